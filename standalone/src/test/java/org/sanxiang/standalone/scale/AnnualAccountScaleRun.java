package org.sanxiang.standalone.scale;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sanxiang.standalone.cmis.EmbeddedCmisServer;

/**
 * The "Annual account at scale" table of docs/benchmarks.md: an embedded CMIS server filled with a
 * generated year ({@link AnnualYearGenerator}, in this JVM, several writer threads), and at each size the
 * annual account computed by {@code CmisAnnualData} over CMIS HTTP in a separate JVM with a small fixed
 * heap ({@link AnnualAccountRun}), three times (or {@code runs}): wall time (median), the client's heap after collections,
 * the CMIS calls the server received, and whether the figures equal the generator's own counts.
 * Not a test: it prints a Markdown table.
 *
 * <pre>java -Xmx6g -cp ... org.sanxiang.standalone.scale.AnnualAccountScaleRun 1000,10000,100000 [writers] [pageSize] [clientXmx] [port] [runs]</pre>
 */
public final class AnnualAccountScaleRun {

    private static final int YEAR = 2026;

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "1000,10000").split(",")).mapToInt(Integer::parseInt).toArray();
        int writers = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int pageSize = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        String clientXmx = args.length > 3 ? args[3] : "64m";
        int port = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        int runs = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        Map<Integer, Map<String, String>> table = new LinkedHashMap<>();
        try (EmbeddedCmisServer server = new EmbeddedCmisServer(port, Map.of("admin", "admin-secret")).start()) {
            AnnualYearGenerator generator = new AnnualYearGenerator(server, YEAR, 20261207L);
            int written = 0;
            for (int size : sizes) {
                long objectsBefore = generator.objects();
                long start = System.nanoTime();
                generator.generate(written, size - written, writers);
                double seconds = (System.nanoTime() - start) / 1e9;
                written = size;
                System.err.printf("%d cases: %d objects, generated %d objects in %.1f s (%.0f objects/s)%n", size,
                        generator.objects(), generator.objects() - objectsBefore, seconds,
                        (generator.objects() - objectsBefore) / seconds);
                Map<String, String> row = new LinkedHashMap<>();
                row.put("objects in the repository", String.format("%,d", generator.objects()));
                row.put("generated, objects/s", String.format("%,.0f", (generator.objects() - objectsBefore) / seconds));
                List<Long> ms = new ArrayList<>();
                List<Long> calls = new ArrayList<>();
                List<Long> serverMs = new ArrayList<>();
                Map<String, Long> kinds = new TreeMap<>();
                long peak = 0;
                long peakFull = 0;
                long baseline = 0;
                boolean match = true;
                for (int run = 0; run < runs; run++) {
                    long callsBefore = server.calls().total();
                    long serverBefore = server.calls().time().toMillis();
                    Map<String, Long> kindsBefore = server.calls().byKind();
                    Map<String, String> out = compute(server.browserUrl(), pageSize, clientXmx);
                    calls.add(server.calls().total() - callsBefore);
                    serverMs.add(server.calls().time().toMillis() - serverBefore);
                    server.calls().byKind().forEach((k, v) -> kinds.put(k, v - kindsBefore.getOrDefault(k, 0L)));
                    ms.add(Long.parseLong(out.get("ms")));
                    peak = Math.max(peak, Long.parseLong(out.get("peakAfterGcKb")));
                    peakFull = Math.max(peakFull, Long.parseLong(out.get("peakAfterFullGcKb")));
                    baseline = Math.max(baseline, Long.parseLong(out.get("baselineKb")));
                    Map<String, Long> figures = new TreeMap<>();
                    out.forEach((k, v) -> {
                        if (k.startsWith("figure ")) {
                            figures.put(k.substring("figure ".length()), Long.parseLong(v));
                        }
                    });
                    if (!figures.equals(generator.expected())) {
                        match = false;
                        System.err.println("figures differ: computed " + figures + "\n expected " + generator.expected());
                    }
                    System.err.println("  run " + run + ": " + out.entrySet().stream().filter(e -> !e.getKey().startsWith("figure"))
                            .toList() + ", " + calls.get(run) + " CMIS calls " + kinds + ", server " + serverMs.get(run) + " ms");
                }
                List<Long> sorted = new ArrayList<>(ms);
                sorted.sort(Long::compare);
                int median = ms.indexOf(sorted.get(sorted.size() / 2));
                row.put("computation, ms (median)", String.format("%,d", ms.get(median)));
                row.put("computation, ms (each run)", ms.toString());
                row.put("of which the server answering, ms (same run)", String.format("%,d", serverMs.get(median)));
                row.put("CMIS calls per computation", String.format("%,d", calls.get(0)));
                row.put("server ms per call (same run)", String.format("%.1f", serverMs.get(median) / (double) calls.get(median)));
                row.put("client ms per call (same run)", String.format("%.1f",
                        (ms.get(median) - serverMs.get(median)) / (double) calls.get(median)));
                row.put("client heap before, MB (after a full GC)", mb(baseline));
                row.put("client heap after any GC during it, max MB", mb(peak));
                row.put("client heap after a full GC during it, max MB", mb(peakFull));
                row.put("figures equal the generator's counts", match ? "yes" : "NO");
                row.put("cases filed in " + YEAR, String.format("%,d", generator.expected().getOrDefault("cases.filed", 0L)));
                table.put(size, row);
                print(table, "client -Xmx" + clientXmx + ", page size " + pageSize);
            }
        }
    }

    /** One computation in a JVM of its own with a fixed small heap; its output lines as key=value. */
    static Map<String, String> compute(String url, int pageSize, String xmx) throws Exception {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx" + xmx, "-Xms" + xmx, "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), AnnualAccountRun.class.getName(), url,
                Integer.toString(YEAR), Integer.toString(pageSize)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, String> out = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("figure ")) {
                    int eq = line.indexOf('=');
                    out.put(line.substring(0, eq), line.substring(eq + 1));
                } else {
                    for (String part : line.split(" ")) {
                        int eq = part.indexOf('=');
                        if (eq > 0) {
                            out.put(part.substring(0, eq), part.substring(eq + 1));
                        }
                    }
                }
            }
        }
        if (process.waitFor() != 0 || !out.containsKey("ms")) {
            throw new IllegalStateException("the computation failed (exit " + process.exitValue() + ")");
        }
        return out;
    }

    static String mb(long kb) {
        return String.format("%.1f", kb / 1024.0);
    }

    /** Prints the table as Markdown under its heading: one column per size, one row per measure. */
    static void print(Map<Integer, Map<String, String>> table, String heading) {
        StringBuilder out = new StringBuilder("\n" + heading + "\n\n|  |");
        StringBuilder rule = new StringBuilder("|---|");
        table.keySet().forEach(size -> {
            out.append(' ').append(String.format("%,d", size)).append(" cases |");
            rule.append("---:|");
        });
        out.append('\n').append(rule).append('\n');
        for (String key : table.values().iterator().next().keySet()) {
            out.append("| ").append(key).append(" |");
            table.values().forEach(row -> out.append(' ').append(row.getOrDefault(key, "")).append(" |"));
            out.append('\n');
        }
        System.out.println(out);
    }
}
