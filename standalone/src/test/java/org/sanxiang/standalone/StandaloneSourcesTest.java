package org.sanxiang.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sanxiang.standalone.runtime.SanxiangService;

/**
 * The shape of standalone's main code, kept by its sources: the runtime in small files, its facade one
 * line per operation, and model names never spelled.
 */
class StandaloneSourcesTest {

    private static final Path MAIN = Path.of("src/main/java/org/sanxiang/standalone");
    private static final int MAX_RUNTIME_LINES = 400;

    /** An sx or sxwf name as a property ({@code sx:caseNumber}) or a task variable ({@code sxwf_decisionDate}). */
    private static final Pattern MODEL_NAME = Pattern.compile("\\b(?:sx|sxwf):[A-Za-z]|\\bsxwf_");

    @Test
    void noRuntimeFileIsLongerThan400Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path file : javaFiles(MAIN.resolve("runtime"))) {
            long lines = Files.readAllLines(file, StandardCharsets.UTF_8).size();
            if (lines > MAX_RUNTIME_LINES) {
                tooLong.add(MAIN.relativize(file) + ": " + lines + " lines");
            }
        }
        assertEquals(List.of(), tooLong, "split the file into focused classes");
    }

    @Test
    void theFacadeDelegatesEachOperationInOneLine() throws IOException {
        String facade = Files.readString(MAIN.resolve("runtime/LocalSanxiangService.java"), StandardCharsets.UTF_8);
        Matcher operation = Pattern.compile("@Override\\s+public [^{;]+\\{([^}]*)\\}").matcher(facade);
        int operations = 0;
        while (operation.find()) {
            String body = operation.group(1).strip();
            assertTrue(body.matches("return \\w+\\.\\w+\\([\\w, ]*\\);"), "not a one-line delegation: " + body);
            operations++;
        }
        assertEquals(SanxiangService.class.getMethods().length, operations);
    }

    @Test
    void modelNamesAreConstantsNotStrings() throws IOException {
        List<String> spelled = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            for (String literal : stringLiterals(Files.readString(file, StandardCharsets.UTF_8))) {
                if (MODEL_NAME.matcher(literal).find()) {
                    spelled.add(MAIN.relativize(file) + ": \"" + literal + "\"");
                }
            }
        }
        assertEquals(List.of(), spelled, "use SanxiangModel / SanxiangWorkflowModel (toPrefixString, toVariableName)");
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The string literals of a source, comments skipped. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
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
                literals.add(source.substring(i + 3, end < 0 ? source.length() : end));
                i = end < 0 ? source.length() : end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    literals.add(source.substring(i + 1, Math.min(j, source.length())));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }
}
