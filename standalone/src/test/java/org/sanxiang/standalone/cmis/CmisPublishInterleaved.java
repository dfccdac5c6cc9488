package org.sanxiang.standalone.cmis;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * The ratio of {@link CmisPublishBenchmark}, measured so that a shared machine's load falls on both
 * sides alike: one JVM, one embedded server, and slices of bare {@code createDocument} (both
 * baselines) and of {@code publish} taking turns; each round's neighbouring slices give one ratio. Prints the
 * throughput and process CPU per operation of each side (medians) and the median of the ratios. The
 * JMH benchmark runs each side in its own fork, one after the other, so on a loaded machine its
 * ratio also measures how the load changed in between.
 *
 * <p>Run (after {@code mvn -B -ntp -pl standalone -am test-compile}):
 * {@code java -cp "standalone/target/test-classes:standalone/target/classes:<test classpath>"
 * org.sanxiang.standalone.cmis.CmisPublishInterleaved [rounds] [seconds per slice]}
 */
public final class CmisPublishInterleaved {

    private CmisPublishInterleaved() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 2;
        int warmup = 4;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        CmisPublishBenchmark b = new CmisPublishBenchmark();
        b.setUp();
        String[] sides = {"bareCreateDocument", "bareCreateDocumentAllProperties", "publish"};
        double[][] opsPerSecond = new double[sides.length][rounds];
        double[][] cpuMsPerOp = new double[sides.length][rounds];
        try {
            for (int round = -warmup; round < rounds; round++) {
                for (int side = 0; side < sides.length; side++) {
                    long cpu0 = os.getProcessCpuTime();
                    long t0 = System.nanoTime();
                    long end = t0 + (long) (seconds * 1e9);
                    int n = 0;
                    while (System.nanoTime() < end) {
                        switch (side) {
                            case 0 -> b.bareCreateDocument();
                            case 1 -> b.bareCreateDocumentAllProperties();
                            default -> b.publish();
                        }
                        n++;
                    }
                    if (round >= 0) {
                        opsPerSecond[side][round] = n / ((System.nanoTime() - t0) / 1e9);
                        cpuMsPerOp[side][round] = (os.getProcessCpuTime() - cpu0) / 1e6 / n;
                    }
                }
            }
        } finally {
            b.tearDown();
        }
        System.out.printf("%d rounds of %.1f s slices, load average %.1f (2 cores)%n", rounds, seconds, os.getSystemLoadAverage());
        for (int side = 0; side < sides.length; side++) {
            System.out.printf("%-32s %6.1f ops/s, %5.2f ms CPU/op%n", sides[side], median(opsPerSecond[side]),
                    median(cpuMsPerOp[side]));
        }
        for (int baseline = 0; baseline < 2; baseline++) {
            double[] ratios = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                ratios[i] = opsPerSecond[2][i] / opsPerSecond[baseline][i];
            }
            System.out.printf("ratio publish / %s: median %.2f, range %.2f-%.2f%n", sides[baseline], median(ratios),
                    Arrays.stream(ratios).min().orElse(0), Arrays.stream(ratios).max().orElse(0));
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
