package org.sanxiang.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The load-robust variant of {@link LegalReviewProcessBenchmark}: one JVM, one engine, slices of each
 * side taking turns, so a load spike hits every side alike; prints per side the median ops/s and CPU
 * per operation, and the median of the per-round ratios sxLegalReview / baseline.
 *
 * <pre>java -cp ... org.sanxiang.bench.LegalReviewInterleaved [rounds] [seconds per slice]</pre>
 */
public final class LegalReviewInterleaved {

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        double slice = args.length > 1 ? Double.parseDouble(args[1]) : 2;
        LegalReviewProcessBenchmark b = new LegalReviewProcessBenchmark();
        b.start();
        Map<String, Supplier<String>> sides = b.fairSides();
        sides.put("bareTwoTaskProcess", b::bareTwoTaskProcess);
        Map<String, List<Double>> opsPerSecond = new LinkedHashMap<>();
        Map<String, List<Double>> cpuMs = new LinkedHashMap<>();
        sides.keySet().forEach(k -> {
            opsPerSecond.put(k, new ArrayList<>());
            cpuMs.put(k, new ArrayList<>());
        });
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = -3; round < rounds; round++) { // 3 warm-up rounds
            for (Map.Entry<String, Supplier<String>> side : sides.entrySet()) {
                long end = System.nanoTime() + (long) (slice * 1e9);
                long start = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                int ops = 0;
                while (System.nanoTime() < end) {
                    side.getValue().get();
                    ops++;
                }
                if (round >= 0) {
                    opsPerSecond.get(side.getKey()).add(ops / ((System.nanoTime() - start) / 1e9));
                    cpuMs.get(side.getKey()).add((threads.getCurrentThreadCpuTime() - cpu) / 1e6 / ops);
                }
            }
        }
        b.stop();
        StringBuilder out = new StringBuilder("| side | ops/s (median) | CPU ms/op (median) | sxLegalReview / side, median of rounds (range) |\n|---|---:|---:|---|\n");
        List<Double> review = opsPerSecond.get("sxLegalReview");
        for (String side : sides.keySet()) {
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                ratios.add(review.get(i) / opsPerSecond.get(side).get(i));
            }
            out.append(String.format("| %s | %.1f | %.2f | %.2f (%.2f–%.2f) |%n", side, median(opsPerSecond.get(side)),
                    median(cpuMs.get(side)), median(ratios), Collections.min(ratios), Collections.max(ratios)));
        }
        System.out.println(out);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((sorted.size() - 1) / 2);
    }
}
