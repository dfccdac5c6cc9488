package org.sanxiang.standalone.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.chemistry.opencmis.client.api.ItemIterable;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanxiang.model.cmis.CmisTypeDefinitions;

/**
 * docs/cmis.md, the integrators' page, is true of the populated sandbox: every {@code cmisql} example runs
 * on both bindings with the outcome it states ({@code -- expect: rows}, {@code -- expect: none},
 * {@code -- expect: invalidArgument}), and every sx type id the server exposes is listed.
 */
class CmisDocExamplesTest {

    static final Path DOC = Path.of("../docs/cmis.md");
    private static final Pattern BLOCK = Pattern.compile("```cmisql\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern ID_OF = Pattern.compile("\\$\\{id:([^}]+)}");

    record Example(String expect, String statement) {
    }

    static List<Example> examples() throws IOException {
        String text = Files.readString(DOC, StandardCharsets.UTF_8);
        List<Example> result = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            String block = m.group(1).strip();
            String first = block.lines().findFirst().orElse("");
            assertTrue(first.startsWith("-- expect: "), "an example states its outcome first: " + block);
            String statement = block.lines().skip(1).filter(l -> !l.startsWith("--")).reduce((a, b) -> a + " " + b.strip())
                    .orElse("").strip();
            result.add(new Example(first.substring("-- expect: ".length()).strip(), statement));
        }
        return result;
    }

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    @DisplayName("every query example of docs/cmis.md has the stated outcome against the populated sandbox")
    void examplesRun(BindingType binding) throws IOException {
        PopulatedSandbox sandbox = PopulatedSandbox.get();
        Session session = sandbox.session(binding);
        List<Example> examples = examples();
        assertTrue(examples.size() >= 8, "examples found: " + examples.size());
        for (Example e : examples) {
            String statement = resolve(session, e.statement());
            switch (e.expect()) {
                case "rows" -> {
                    ItemIterable<QueryResult> rows = session.query(statement, false).getPage(1000);
                    int n = 0;
                    for (QueryResult r : rows) {
                        n++;
                        assertFalse(r.getProperties().isEmpty(), statement);
                    }
                    assertTrue(n > 0, "no rows: " + statement);
                }
                case "none" -> assertFalse(session.query(statement, false).iterator().hasNext(), statement);
                case "invalidArgument" -> assertThrows(CmisInvalidArgumentException.class,
                        () -> session.query(statement, false).iterator().hasNext(), statement);
                default -> throw new AssertionError("unknown expectation '" + e.expect() + "' of " + statement);
            }
        }
    }

    @Test
    @DisplayName("docs/cmis.md lists every sx type id the server exposes")
    void everyTypeIdListed() throws IOException {
        String text = Files.readString(DOC, StandardCharsets.UTF_8);
        for (TypeDefinition t : CmisTypeDefinitions.sanxiang(Locale.ENGLISH)) {
            assertTrue(text.contains("`" + t.getId() + "`"), t.getId() + " is not listed in " + DOC);
        }
        assertEquals(1, examples().stream().filter(e -> e.statement().contains("JOIN")).map(Example::expect).distinct().count());
    }

    private static String resolve(Session session, String statement) {
        Matcher m = ID_OF.matcher(statement);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(session.getObjectByPath(m.group(1)).getId()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
