package org.sanxiang.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.repo.intake.EvidenceIntake;

/**
 * The ratio of {@link IntakeBenchmark}, measured so that a shared machine's load falls on both sides
 * alike: in one JVM, plain SHA-256 and intake of the same 1 GiB file take turns, round after round,
 * and each round's ratio compares neighbours in time. Prints wall and process CPU time per GiB
 * (medians) and the median of the per-round ratios. The JMH benchmark runs each side in its own fork,
 * minutes apart, so on a loaded machine its ratio mostly measures how the load changed in between.
 *
 * <p>Run (after {@code mvn -B -ntp -pl repo-amp -am test-compile}):
 * {@code java -Xmx96m -cp "repo-amp/target/test-classes:repo-amp/target/classes:<test classpath>"
 * org.sanxiang.bench.IntakeInterleaved [rounds]}
 */
public final class IntakeInterleaved {

    private IntakeInterleaved() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        Path dir = Files.createTempDirectory("sanxiang-intake-interleaved");
        Path upload = dir.resolve("bodycam.mp4");
        Path disk = dir.resolve("stored.mp4");
        Path memory = Path.of("/dev/shm", "sanxiang-intake-interleaved-" + ProcessHandle.current().pid() + ".mp4");
        IntakeBenchmark.writeMp4(upload, IntakeBenchmark.MDAT_BYTES);
        IntakeBenchmark bench = new IntakeBenchmark();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String[] sides = {"plainSha256", "intakeStored", "intakeUpload disk", "intakeUpload memory"};
        Map<String, List<double[]>> runs = new LinkedHashMap<>();
        double gib = Files.size(upload) / (double) (1L << 30);
        try (EvidenceIntake intake = new EvidenceIntake()) {
            for (int round = -2; round < rounds; round++) { // two rounds of warm-up
                for (String side : sides) {
                    long cpu0 = os.getProcessCpuTime();
                    long t0 = System.nanoTime();
                    switch (side) {
                        case "plainSha256" -> bench.plainSha256(upload);
                        case "intakeStored" -> intake.intakeStored(upload);
                        default -> {
                            Path target = side.endsWith("disk") ? disk : memory;
                            try (InputStream in = Files.newInputStream(upload)) {
                                intake.intake(in, target);
                            }
                            Files.delete(target);
                        }
                    }
                    if (round >= 0) {
                        runs.computeIfAbsent(side, k -> new ArrayList<>()).add(new double[] {
                            (System.nanoTime() - t0) / 1e6 / gib, (os.getProcessCpuTime() - cpu0) / 1e6 / gib});
                    }
                }
            }
        } finally {
            Files.deleteIfExists(upload);
            Files.deleteIfExists(disk);
            Files.deleteIfExists(memory);
            Files.deleteIfExists(dir);
        }
        List<double[]> plain = runs.get("plainSha256");
        System.out.printf("%d rounds, load average %.1f (2 cores)%n", rounds, os.getSystemLoadAverage());
        for (var e : runs.entrySet()) {
            List<double[]> r = e.getValue();
            double[] ratios = new double[r.size()];
            for (int i = 0; i < r.size(); i++) {
                ratios[i] = plain.get(i)[0] / r.get(i)[0];
            }
            System.out.printf("%-20s wall %5.0f ms/GiB (min %5.0f)  CPU %5.0f ms/GiB  ratio to plain SHA-256: median %.2f, "
                    + "range %.2f-%.2f%n", e.getKey(), Medians.of(r, 0), r.stream().mapToDouble(x -> x[0]).min().orElse(0),
                    Medians.of(r, 1), Medians.of(ratios), Arrays.stream(ratios).min().orElse(0), Arrays.stream(ratios).max().orElse(0));
        }
    }
}
