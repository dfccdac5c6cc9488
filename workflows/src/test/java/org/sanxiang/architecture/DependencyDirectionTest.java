package org.sanxiang.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: rules ← workflow ← adapters ← (repo-amp, standalone). The rules are
 * pure Java (Jackson for data files is allowed); nothing in this module or in adapters touches
 * Alfresco, and the two hosts never reach into each other. (The Maven module graph already keeps
 * standalone off repo-amp; these scans also catch a copied fully qualified name.)
 */
class DependencyDirectionTest {

    private static final Path MAIN = Path.of("src/main/java/org/sanxiang");

    /** A package name used in code (import or fully qualified), outside comments and strings. */
    private static final Pattern PACKAGE_USE = Pattern.compile("\\b((?:org|com|javax|jakarta)\\.[a-z][\\w.]*)");

    @Test
    void rulesUseNoEngineNoSpringNoAlfrescoAndNoWorkflowCode() throws IOException {
        List<String> violations = uses(MAIN.resolve("rules"), List.of("org.activiti", "org.springframework",
                "org.alfresco", "org.apache.chemistry", "org.apache.tika", "org.sanxiang.workflow",
                "javax.servlet", "jakarta."));
        assertEquals(List.of(), violations);
    }

    @Test
    void workflowCodeDoesNotTouchAlfresco() throws IOException {
        Path workflow = MAIN.resolve("workflow");
        if (!Files.isDirectory(workflow)) {
            return; // nothing to check yet
        }
        assertEquals(List.of(), uses(workflow, List.of("org.alfresco", "org.sanxiang.alfresco", "org.sanxiang.repo")));
    }

    @Test
    void adaptersTouchNeitherAlfrescoNorAHost() throws IOException {
        assertEquals(List.of(), uses(Path.of("../adapters/src/main/java/org/sanxiang"),
                List.of("org.alfresco", "org.sanxiang.alfresco", "org.sanxiang.standalone")));
    }

    @Test
    void theStandaloneHostDoesNotReachIntoAlfrescosAdapter() throws IOException {
        assertEquals(List.of(), uses(Path.of("../standalone/src/main/java/org/sanxiang"),
                List.of("org.alfresco", "org.sanxiang.alfresco")));
    }

    @Test
    void theScannerSeesCodeButNotComments() {
        assertFalse(codeOf("// uses org.activiti.engine in a comment\n").contains("org.activiti"));
        assertFalse(codeOf("/* org.alfresco.service */ int x;").contains("org.alfresco"));
        assertTrue(codeOf("import org.activiti.engine.ProcessEngine;").contains("org.activiti"));
        assertTrue(codeOf("x = new org.springframework.Foo();").contains("org.springframework"));
    }

    private static List<String> uses(Path root, List<String> forbidden) throws IOException {
        List<String> violations = new ArrayList<>();
        assertTrue(Files.isDirectory(root), root + " must exist (run from the module directory)");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher matcher = PACKAGE_USE.matcher(codeOf(Files.readString(file, StandardCharsets.UTF_8)));
                while (matcher.find()) {
                    String used = matcher.group(1);
                    for (String banned : forbidden) {
                        if (used.startsWith(banned)) {
                            violations.add(root.relativize(file) + " uses " + used);
                        }
                    }
                }
            }
        }
        return violations;
    }

    /** The source with comments and string literals blanked out. */
    static String codeOf(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? source.length() : end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }
}
