package org.sanxiang.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.parsing.XNode;
import org.apache.ibatis.scripting.xmltags.DynamicSqlSource;
import org.apache.ibatis.scripting.xmltags.XMLLanguageDriver;
import org.apache.ibatis.session.Configuration;

/**
 * MyBatis's XML statements, the engine's bulk inserts built once per number of rows. A bulk insert
 * ({@code bulkInsert…}: one multi-row INSERT per table and flush, as Alfresco runs the engine) is a {@code <foreach>}
 * over the rows with no condition in it, so its SQL depends on the number of rows alone; MyBatis nevertheless builds it
 * anew on every flush, compiling a regular expression per column and row ({@code ForEachSqlNode}): a quarter of all
 * the memory the standalone runtime allocated in its load test. Here the first flush of n rows is built by MyBatis; the
 * next ones reuse its SQL and parameter mappings and bind the new rows where it bound the old ones. A statement whose
 * bindings are not all the rows, the parameter or constants is always built by MyBatis.
 */
public final class ListSizeLanguageDriver extends XMLLanguageDriver {

    /** The setting that makes this the driver of every statement in a MyBatis configuration file. */
    static final String SETTING = "<setting name=\"defaultScriptingLanguage\" value=\""
            + ListSizeLanguageDriver.class.getName() + "\"/>";

    /**
     * Activiti's MyBatis configuration ({@code mappings.xml}) with this driver as every statement's: MyBatis takes the
     * default driver from the file's settings only. Unchanged (and MyBatis's own driver in use) where the file has no
     * settings element.
     */
    static java.io.InputStream configured(java.io.InputStream activitiConfiguration) {
        try (java.io.InputStream in = activitiConfiguration) {
            String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return new java.io.ByteArrayInputStream(xml.replaceFirst("<settings>", "<settings>" + java.util.regex.Matcher
                    .quoteReplacement(SETTING)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the engine's MyBatis configuration", e);
        }
    }

    /** The statements whose SQL depends on the number of rows alone: Activiti's bulk inserts. */
    static final String BULK_INSERT = "bulkInsert";

    @Override
    public SqlSource createSqlSource(Configuration configuration, XNode script, Class<?> parameterType) {
        SqlSource source = super.createSqlSource(configuration, script, parameterType);
        String id = script.getStringAttribute("id");
        return id != null && id.startsWith(BULK_INSERT) && source instanceof DynamicSqlSource
                ? new ListSizeSqlSource(configuration, source) : source;
    }

    /** A bulk insert's SQL by number of rows. */
    static final class ListSizeSqlSource implements SqlSource {
        private final Configuration configuration;
        private final SqlSource built;
        private final Map<Integer, Template> bySize = new ConcurrentHashMap<>();

        ListSizeSqlSource(Configuration configuration, SqlSource built) {
            this.configuration = configuration;
            this.built = built;
        }

        @Override
        public BoundSql getBoundSql(Object parameter) {
            List<?> rows = rows(parameter);
            if (rows == null) {
                return built.getBoundSql(parameter);
            }
            Template template = bySize.get(rows.size());
            if (template != null) {
                return template.bind(configuration, parameter, rows);
            }
            BoundSql fresh = built.getBoundSql(parameter);
            Template learnt = Template.of(fresh, parameter, rows);
            if (learnt != null) {
                bySize.putIfAbsent(rows.size(), learnt);
            }
            return fresh;
        }

        /** MyBatis's own source of the statement. */
        SqlSource built() {
            return built;
        }

        /** The rows: MyBatis hands a list to a statement wrapped in a map under "list" (and "collection"). */
        private static List<?> rows(Object parameter) {
            if (parameter instanceof List<?> list) {
                return list;
            }
            if (parameter instanceof Map<?, ?> map && map.get("list") instanceof List<?> list) {
                return list;
            }
            return null;
        }
    }

    /** What a built statement bound, by where the value came from. */
    private sealed interface Binding {
        Object value(Object parameter, List<?> rows);
    }

    private record Parameter() implements Binding {
        @Override
        public Object value(Object parameter, List<?> rows) {
            return parameter;
        }
    }

    private record Row(int index) implements Binding {
        @Override
        public Object value(Object parameter, List<?> rows) {
            return rows.get(index);
        }
    }

    private record Constant(Object constant) implements Binding {
        @Override
        public Object value(Object parameter, List<?> rows) {
            return constant;
        }
    }

    /** A built statement for n rows: its SQL, its parameter mappings, and where each of its bindings came from. */
    record Template(String sql, List<ParameterMapping> mappings, List<String> names, List<Binding> bindings) {

        /** The template of {@code fresh}, or null when one of its bindings is neither a row, the parameter nor a constant. */
        static Template of(BoundSql fresh, Object parameter, List<?> rows) {
            List<String> names = new ArrayList<>();
            List<Binding> bindings = new ArrayList<>();
            for (Map.Entry<String, Object> e : fresh.getAdditionalParameters().entrySet()) {
                Binding binding = origin(e.getValue(), parameter, rows);
                if (binding == null) {
                    return null;
                }
                names.add(e.getKey());
                bindings.add(binding);
            }
            return new Template(fresh.getSql(), List.copyOf(fresh.getParameterMappings()), List.copyOf(names),
                    List.copyOf(bindings));
        }

        private static Binding origin(Object value, Object parameter, List<?> rows) {
            if (value == parameter) {
                return new Parameter();
            }
            int found = -1;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i) == value) {
                    if (found >= 0) {
                        return null; // the same row twice: which one it stands for is unknown
                    }
                    found = i;
                }
            }
            if (found >= 0) {
                return new Row(found);
            }
            // an index (the same for every list of this size), the database id, nothing
            return value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                    ? new Constant(value) : null;
        }

        BoundSql bind(Configuration configuration, Object parameter, List<?> rows) {
            BoundSql bound = new BoundSql(configuration, sql, mappings, parameter);
            for (int i = 0; i < names.size(); i++) {
                bound.setAdditionalParameter(names.get(i), bindings.get(i).value(parameter, rows));
            }
            return bound;
        }
    }
}
