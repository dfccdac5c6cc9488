package org.sanxiang.workflow.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The completer of a task ({@code sxp_<taskKey>CompletedBy}) is written for exactly the tasks a step reads it of
 * ({@link SxWorkflowBeans#COMPLETERS_READ}): a step reading one the listener skips would record nobody as who acted.
 */
class CompletersReadTest {

    private static final Path MAIN = Path.of("src/main/java/org/sanxiang/workflow");
    private static final Pattern READ = Pattern.compile("completedBy\\(\\s*(\\w+)\\.(\\w+)\\s*\\)");

    @Test
    @DisplayName("issue 17 (lean process state): every completer a step reads is written, and no other")
    void theCompletersWrittenAreTheCompletersRead() throws IOException, ReflectiveOperationException {
        Set<String> read = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = READ.matcher(code);
                while (m.find()) {
                    read.add((String) processClass(code, m.group(1)).getField(m.group(2)).get(null));
                }
            }
        }
        assertTrue(read.size() > 10, "the scan found the readers: " + read);
        assertEquals(read, new TreeSet<>(SxWorkflowBeans.COMPLETERS_READ));
    }

    /** The class a reader names by its simple name: imported, or in the reader's own package. */
    private static Class<?> processClass(String code, String simpleName) throws ClassNotFoundException {
        Matcher imported = Pattern.compile("import ([\\w.]+\\." + simpleName + ");").matcher(code);
        if (imported.find()) {
            return Class.forName(imported.group(1));
        }
        Matcher pkg = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE).matcher(code);
        assertTrue(pkg.find());
        return Class.forName(pkg.group(1) + "." + simpleName);
    }
}
