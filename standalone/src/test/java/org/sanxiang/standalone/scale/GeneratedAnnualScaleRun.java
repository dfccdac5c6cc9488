package org.sanxiang.standalone.scale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The generated-repository table of docs/benchmarks.md "Annual account at scale": for each size, a
 * {@link GeneratedCmisRepository} of that many drawn cases (in this JVM, each on its own port), and the
 * annual account computed by {@code CmisAnnualData} over CMIS HTTP in a separate JVM with a small fixed
 * heap ({@link AnnualAccountRun}); the sizes interleaved run after run, so that the machine's load falls on
 * every size alike. Records the wall time, the repository's time answering, the calls by kind, the
 * client's heap after collections, and whether the figures equal the draw's own counts. Not a test: it
 * prints a Markdown table.
 *
 * <pre>java -Xmx2g -cp ... org.sanxiang.standalone.scale.GeneratedAnnualScaleRun 1000,10000,100000 [pageSize] [clientXmx] [runs] [aspectQueries]</pre>
 */
public final class GeneratedAnnualScaleRun {

    private static final int YEAR = 2026;
    private static final long SEED = 20261207L;

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "1000,10000,100000").split(",")).mapToInt(Integer::parseInt).toArray();
        int pageSize = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String clientXmx = args.length > 2 ? args[2] : "64m";
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        boolean aspectQueries = args.length <= 4 || Boolean.parseBoolean(args[4]);
        Map<Integer, GeneratedCmisRepository> repositories = new LinkedHashMap<>();
        Map<Integer, Map<String, String>> table = new LinkedHashMap<>();
        Map<Integer, List<Map<String, Long>>> results = new LinkedHashMap<>();
        try {
            for (int size : sizes) {
                long start = System.nanoTime();
                GeneratedCmisRepository repository = new GeneratedCmisRepository(size, YEAR, SEED, aspectQueries).start(0);
                long ms = (System.nanoTime() - start) / 1_000_000;
                repositories.put(size, repository);
                Map<String, String> row = new LinkedHashMap<>();
                row.put("objects in the served trees", String.format("%,d", repository.objects()));
                row.put("cases filed in " + YEAR + " (ours)", String.format("%,d", repository.expected().getOrDefault("cases.filed", 0L)));
                row.put("index built, ms (once, before the runs)", String.format("%,d", ms));
                table.put(size, row);
                results.put(size, new ArrayList<>());
                System.err.printf("%d cases: %d objects, index in %d ms%n", size, repository.objects(), ms);
            }
            boolean match = true;
            for (int run = 0; run < runs; run++) {
                for (int size : sizes) {
                    GeneratedCmisRepository repository = repositories.get(size);
                    long callsBefore = repository.calls().total();
                    long serverBefore = repository.calls().time().toMillis();
                    Map<String, Long> kindsBefore = repository.calls().byKind();
                    Map<String, Long> shapesBefore = repository.queriesByShape();
                    Map<String, String> out = AnnualAccountScaleRun.compute(repository.browserUrl(), pageSize, clientXmx);
                    Map<String, Long> r = new LinkedHashMap<>();
                    r.put("ms", Long.parseLong(out.get("ms")));
                    r.put("calls", repository.calls().total() - callsBefore);
                    r.put("serverMs", repository.calls().time().toMillis() - serverBefore);
                    r.put("baselineKb", Long.parseLong(out.get("baselineKb")));
                    r.put("peakAfterGcKb", Long.parseLong(out.get("peakAfterGcKb")));
                    r.put("peakAfterFullGcKb", Long.parseLong(out.get("peakAfterFullGcKb")));
                    r.put("collections", Long.parseLong(out.get("collections")));
                    results.get(size).add(r);
                    Map<String, Long> figures = new TreeMap<>();
                    out.forEach((k, v) -> {
                        if (k.startsWith("figure ")) {
                            figures.put(k.substring("figure ".length()), Long.parseLong(v));
                        }
                    });
                    boolean equal = figures.equals(repository.expected()) && repository.refused() == 0;
                    match &= equal;
                    Map<String, Long> kinds = new TreeMap<>();
                    repository.calls().byKind().forEach((k, v) -> kinds.put(k, v - kindsBefore.getOrDefault(k, 0L)));
                    Map<String, Long> shapes = new TreeMap<>();
                    repository.queriesByShape().forEach((k, v) -> shapes.put(k, v - shapesBefore.getOrDefault(k, 0L)));
                    System.err.println("run " + run + ", " + size + " cases: " + r + " figures equal: " + equal + "\n  calls "
                            + kinds + "\n  queries " + shapes);
                    if (!equal) {
                        System.err.println("figures differ: computed " + figures + "\n expected " + repository.expected()
                                + "\n refused " + repository.refused());
                    }
                }
            }
            for (int size : sizes) {
                List<Map<String, Long>> rs = results.get(size);
                Map<String, Long> median = rs.stream().sorted((a, b) -> Long.compare(a.get("ms"), b.get("ms")))
                        .toList().get(rs.size() / 2);
                Map<String, String> row = table.get(size);
                row.put("figures equal the draw's counts (every run), nothing refused", match ? "yes" : "NO");
                row.put("CMIS calls per computation", String.format("%,d", median.get("calls")));
                row.put("computation, ms (median)", String.format("%,d", median.get("ms")));
                row.put("computation, ms (each run)", rs.stream().map(r -> String.format("%,d", r.get("ms"))).toList().toString());
                row.put("of which the repository answering, ms (median run)", String.format("%,d", median.get("serverMs")));
                row.put("repository, ms per call", String.format("%.2f", median.get("serverMs") / (double) median.get("calls")));
                row.put("client (wall − repository), ms per call", String.format("%.2f",
                        (median.get("ms") - median.get("serverMs")) / (double) median.get("calls")));
                row.put("client heap after a full GC before it, MB", AnnualAccountScaleRun.mb(
                        rs.stream().mapToLong(r -> r.get("baselineKb")).max().orElse(0)));
                row.put("client heap after any GC during it, at most, MB", AnnualAccountScaleRun.mb(
                        rs.stream().mapToLong(r -> r.get("peakAfterGcKb")).max().orElse(0)));
                row.put("client heap after a full GC during it, at most, MB", AnnualAccountScaleRun.mb(
                        rs.stream().mapToLong(r -> r.get("peakAfterFullGcKb")).max().orElse(0)));
                row.put("collections during it (median run)", Long.toString(median.get("collections")));
            }
            AnnualAccountScaleRun.print(table, "client -Xmx" + clientXmx + ", page size " + pageSize + ", aspect queries "
                    + (aspectQueries ? "answered" : "refused"));
        } finally {
            repositories.values().forEach(GeneratedCmisRepository::close);
        }
    }
}
