package org.sanxiang.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of {@code org.sanxiang.workflow} form no import circle: the wiring
 * ({@code SxWorkflowBeans}) is on top and passes down what a step needs; the process packages use the
 * shared task, port and root packages, never the other way round; every delegate and listener has the
 * one base shape; and no two main classes share a simple name.
 */
class WorkflowPackagesTest {

    private static final Path WORKFLOW = Path.of("src/main/java/org/sanxiang/workflow");
    private static final String BASE = "org.sanxiang.workflow";
    private static final Set<String> PROCESS_PACKAGES = Set.of("access", "disclosure", "record", "retention", "review");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    /** A reference to a class of the workflow packages: its package, then the class's simple name. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.sanxiang\\.workflow(?:\\.[a-z]\\w*)*)\\.[A-Z]\\w*");

    @Test
    void theWorkflowPackagesFormNoImportCircle() throws IOException {
        Map<String, Set<String>> uses = packageGraph();
        assertTrue(uses.size() > 5, "the scan found the packages: " + uses.keySet());
        assertEquals(List.of(), cycles(uses));
    }

    @Test
    void taskKnowsNoProcess() throws IOException {
        Set<String> used = packageGraph().getOrDefault(BASE + ".task", Set.of());
        List<String> upward = used.stream().filter(p -> PROCESS_PACKAGES.contains(p.substring(p.lastIndexOf('.') + 1))
                || p.equals(BASE + ".wiring")).sorted().toList();
        assertEquals(List.of(), upward, "workflow.task imports from the process packages or the wiring");
    }

    @Test
    void everyDelegateAndListenerHasTheBaseShape() throws IOException {
        Set<String> base = Set.of("SxDelegate.java", "SxTaskListener.java", "SxExecutionListener.java");
        Pattern direct = Pattern.compile("\\bimplements\\s+[^{]*\\b(JavaDelegate|TaskListener|ExecutionListener)\\b");
        List<String> implementing = new ArrayList<>();
        for (Path file : javaFiles(WORKFLOW)) {
            if (!base.contains(file.getFileName().toString())
                    && direct.matcher(DependencyDirectionTest.codeOf(read(file))).find()) {
                implementing.add(WORKFLOW.relativize(file).toString());
            }
        }
        assertEquals(List.of(), implementing, "extend SxDelegate, SxTaskListener or SxExecutionListener");
    }

    @Test
    void noTwoMainClassesShareASimpleName() throws IOException {
        Map<String, List<String>> byName = new TreeMap<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../adapters/src/main/java"))) {
            for (Path file : javaFiles(root)) {
                String name = file.getFileName().toString();
                if (!name.equals("package-info.java")) {
                    byName.computeIfAbsent(name, n -> new ArrayList<>()).add(root.relativize(file).toString());
                }
            }
        }
        byName.values().removeIf(files -> files.size() < 2);
        assertEquals(Map.of(), byName);
    }

    /** Package → the other workflow packages its classes refer to (imports and qualified names, not comments). */
    static Map<String, Set<String>> packageGraph() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Path file : javaFiles(WORKFLOW)) {
            String source = read(file);
            Matcher declared = PACKAGE.matcher(source);
            assertTrue(declared.find(), file + " declares its package");
            String own = declared.group(1);
            Set<String> used = uses.computeIfAbsent(own, p -> new TreeSet<>());
            Matcher reference = REFERENCE.matcher(DependencyDirectionTest.codeOf(source));
            while (reference.find()) {
                if (!reference.group(1).equals(own)) {
                    used.add(reference.group(1));
                }
            }
        }
        return uses;
    }

    /** Every circle, as "a -> b -> a", found by a depth-first walk. */
    static List<String> cycles(Map<String, Set<String>> uses) {
        List<String> cycles = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>(); // 1 on the path, 2 done
        for (String start : uses.keySet()) {
            walk(start, uses, state, new ArrayList<>(), cycles);
        }
        return cycles;
    }

    private static void walk(String node, Map<String, Set<String>> uses, Map<String, Integer> state, List<String> path,
            List<String> cycles) {
        Integer seen = state.get(node);
        if (seen != null) {
            if (seen == 1) {
                List<String> circle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
                circle.add(node);
                cycles.add(String.join(" -> ", circle));
            }
            return;
        }
        state.put(node, 1);
        path.add(node);
        for (String next : uses.getOrDefault(node, Set.of())) {
            walk(next, uses, state, path, cycles);
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        assertTrue(Files.isDirectory(root), root + " must exist (run from the workflows module)");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
