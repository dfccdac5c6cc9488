package org.sanxiang.workflow.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.impl.ProcessEngineImpl;
import org.activiti.engine.impl.persistence.entity.VariableInstanceEntity;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;

/** The engine's bulk inserts are built once per number of rows, and bind each new row where MyBatis would. */
class ListSizeLanguageDriverTest {

    private static VariableInstanceEntity variable(String id, String name, long value) {
        VariableInstanceEntity v = new AccessibleObjectFactory().create(VariableInstanceEntity.class);
        v.setId(id);
        v.setName(name);
        v.setLongValue(value);
        v.setTextValue(name + "=" + value);
        v.setProcessInstanceId("p-" + id);
        v.setExecutionId("e-" + id);
        return v;
    }

    /** As MyBatis hands a list to a statement. */
    private static Map<String, Object> rows(List<?> list) {
        Map<String, Object> p = new HashMap<>();
        p.put("collection", list);
        p.put("list", list);
        return p;
    }

    /** Each parameter's value as the parameter handler reads it. */
    private static List<Object> values(Configuration configuration, BoundSql bound) {
        List<Object> values = new ArrayList<>();
        for (ParameterMapping m : bound.getParameterMappings()) {
            values.add(bound.hasAdditionalParameter(m.getProperty()) ? bound.getAdditionalParameter(m.getProperty())
                    : configuration.newMetaObject(bound.getParameterObject()).getValue(m.getProperty()));
        }
        return values;
    }

    @Test
    void aBulkInsertIsBuiltOncePerNumberOfRowsAndBindsTheNewRows() {
        H2TestDatabase db = new H2TestDatabase();
        ProcessEngine engine = SxProcessEngines.forDatabase(db.jdbcUrl()).name("bulk-test").build();
        try {
            Configuration configuration = ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getSqlSessionFactory()
                    .getConfiguration();
            MappedStatement insert = configuration.getMappedStatement("bulkInsertVariableInstance");
            ListSizeLanguageDriver.ListSizeSqlSource source = assertInstanceOf(ListSizeLanguageDriver.ListSizeSqlSource.class,
                    insert.getSqlSource());
            // a statement that is not a bulk insert is MyBatis's own
            assertEquals(org.apache.ibatis.scripting.xmltags.DynamicSqlSource.class,
                    configuration.getMappedStatement("selectTaskByQueryCriteria").getSqlSource().getClass());

            Map<String, Object> first = rows(List.of(variable("1", "a", 1), variable("2", "b", 2), variable("3", "c", 3)));
            source.getBoundSql(first); // learnt
            Map<String, Object> second = rows(List.of(variable("4", "d", 4), variable("5", "e", 5), variable("6", "f", 6)));
            BoundSql reused = source.getBoundSql(second);
            BoundSql mybatis = builtByMyBatis(source, second);
            assertEquals(mybatis.getSql(), reused.getSql());
            assertEquals(mybatis.getParameterMappings().stream().map(ParameterMapping::getProperty).toList(),
                    reused.getParameterMappings().stream().map(ParameterMapping::getProperty).toList());
            assertEquals(values(configuration, mybatis), values(configuration, reused));
            assertEquals("4", values(configuration, reused).get(0)); // the new rows', not the first list's

            // another number of rows is built again
            BoundSql two = source.getBoundSql(rows(List.of(variable("7", "g", 7), variable("8", "h", 8))));
            assertNotSame(reused.getSql(), two.getSql());
            assertEquals(builtByMyBatis(source, rows(List.of(variable("7", "g", 7), variable("8", "h", 8)))).getSql(), two.getSql());
        } finally {
            SxProcessEngines.close(engine);
            db.close();
        }
    }

    private static BoundSql builtByMyBatis(ListSizeLanguageDriver.ListSizeSqlSource source, Object parameter) {
        return source.built().getBoundSql(parameter);
    }

    @Test
    void aConfigurationWithoutSettingsIsLeftAsItIs() throws Exception {
        String xml = "<configuration><mappers/></configuration>";
        assertEquals(xml, new String(ListSizeLanguageDriver.configured(new java.io.ByteArrayInputStream(xml.getBytes()))
                .readAllBytes()));
    }
}
