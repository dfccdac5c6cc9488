package org.sanxiang.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Main code takes model names from {@code SanxiangModel} / {@code SanxiangWorkflowModel} (in
 * content-models, not scanned here) and derives a task property's variable name from its QName; it
 * never spells {@code sx:}, {@code sxwf:} or {@code sxwf_} in a string literal or text block.
 * Comments may name the model.
 */
class ModelLiteralsTest {

    private static final Pattern MODEL_NAME = Pattern.compile("(?<![A-Za-z0-9_])(sx:|sxwf:|sxwf_)");

    /** The main sources held to this now; {@link #STANDALONE} joins them when its cleanup lands. */
    static final List<Path> CLEAN = List.of(Path.of("src/main/java"), Path.of("../adapters/src/main/java"));
    static final List<Path> STANDALONE = List.of(Path.of("../standalone/src/main/java"));

    @Test
    void workflowsAndAdaptersMainCodeSpellsNoModelNames() throws IOException {
        assertEquals(List.of(), modelNameLiterals(CLEAN));
    }

    @Test
    void standaloneMainCodeSpellsNoModelNames() throws IOException {
        assertEquals(List.of(), modelNameLiterals(STANDALONE));
    }

    @Test
    void theScannerSeesLiteralsAndTextBlocksButNotComments() {
        assertEquals(List.of(), literals("// \"sx:caseFolder\" in a comment\n/* \"sxwf_x\" */ int x = 1;\n"));
        assertEquals(List.of("sx:caseFolder"), names("String t = \"sx:caseFolder\";"));
        assertEquals(List.of("name sxwf_decisionName: "), names("throw new X(\"name sxwf_decisionName: \" + v);"));
        assertEquals(List.of("TYPE:\\\"sx:caseFolder\\\""), names("q = \"TYPE:\\\"sx:caseFolder\\\"\";"));
        assertEquals(List.of("\n    sxwf:task\n    "), names("s = \"\"\"\n    sxwf:task\n    \"\"\";"));
        assertEquals(List.of(), names("c = ':'; s = \"sx_caseId\"; t = \"jsx:x\"; u = \"cm:title\";"));
    }

    private static List<String> names(String source) {
        return literals(source).stream().filter(l -> MODEL_NAME.matcher(l.text()).find()).map(Literal::text).toList();
    }

    /** {@code file:line: "literal"} for every literal that spells a model name, in the Java files under {@code roots}. */
    static List<String> modelNameLiterals(List<Path> roots) throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        for (Path root : roots) {
            assertTrue(Files.isDirectory(root), root + " must exist (run from the workflows module)");
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    files++;
                    for (Literal literal : literals(Files.readString(file, StandardCharsets.UTF_8))) {
                        if (MODEL_NAME.matcher(literal.text()).find()) {
                            found.add(root.relativize(file) + ":" + literal.line() + ": \"" + literal.text() + "\"");
                        }
                    }
                }
            }
        }
        assertTrue(files > 0, "the scan found the sources");
        return found;
    }

    record Literal(int line, String text) {
    }

    /** The string literals and text blocks of a Java source (their text as written), outside comments. */
    static List<Literal> literals(String source) {
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                literals.add(new Literal(line, source.substring(i + 3, Math.max(i + 3, end - 3))));
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                end = Math.min(j + 1, source.length());
                if (c == '"') {
                    literals.add(new Literal(line, source.substring(i + 1, Math.min(j, source.length()))));
                }
            } else {
                end = i + 1;
            }
            for (int k = i; k < end; k++) {
                if (source.charAt(k) == '\n') {
                    line++;
                }
            }
            i = end;
        }
        return literals;
    }
}
