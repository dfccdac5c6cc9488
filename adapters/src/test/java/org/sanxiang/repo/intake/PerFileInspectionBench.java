package org.sanxiang.repo.intake;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.apache.tika.config.TikaConfig;

/**
 * The cost of inspecting one small file — the journey's uploads: short UTF-8 texts, a camera JPEG, a
 * small MP4 — with Tika's composite parser as configured (its type → parser map rebuilt on every parse)
 * against the intake's own ({@link ResolvedParser}). The two inspectors take turns in one JVM, a block
 * of each per round, and each round's ratio compares neighbours in time. Process CPU time per file
 * (the inspection runs on the intake's worker threads). Not a test: run it by hand (docs/benchmarks.md).
 *
 * <p>Usage: {@code PerFileInspectionBench [rounds] [files per block]}
 */
public final class PerFileInspectionBench {

    private PerFileInspectionBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        int perBlock = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        Path dir = Files.createTempDirectory("sx-perfile-");
        List<Path> files = new ArrayList<>();
        // the journey's mix per case (RecordFiles): mostly short texts, then camera media
        for (int i = 0; i < 8; i++) {
            files.add(Files.writeString(dir.resolve("t" + i + ".txt"),
                    ("询问笔录 第" + i + "页：执法人员于2026年9月14日对当事人进行询问，当事人承认其母亲去世后继续领取养老金。")
                            .repeat(1 + i % 4), StandardCharsets.UTF_8));
        }
        files.add(SampleFiles.jpegWithExif(dir.resolve("scene.jpg"), "Canon", "EOS R6", "2024:03:05 09:30:15",
                new SampleFiles.Dms(29, 33, 48.0), new SampleFiles.Dms(106, 33, 0.0)));
        SampleFiles.Mp4Spec cam = new SampleFiles.Mp4Spec(Instant.parse("2024-03-05T01:30:15Z"), 1000, 754_500,
                "Hikvision", "DSJ-V9", "+29.5633+106.5500/");
        files.add(SampleFiles.mp4(dir.resolve("cam.mp4"), cam, 4_000, true));
        files.add(SampleFiles.mp4(dir.resolve("cam2.mp4"), cam, 4_000, false));
        files.add(SampleFiles.jpegWithExif(dir.resolve("scene2.jpg"), "Hikvision", "DS-2", "2024:03:06 10:00:00",
                new SampleFiles.Dms(30, 1, 2.0), new SampleFiles.Dms(105, 3, 4.0)));

        TikaConfig config = MetadataInspector.loadTikaConfig();
        Duration timeout = EvidenceIntake.DEFAULT_PARSE_TIMEOUT;
        long budget = EvidenceIntake.DEFAULT_TEXT_BUDGET;
        try (MetadataInspector asConfigured = new MetadataInspector(config, config.getParser(), timeout, budget);
             MetadataInspector resolved = new MetadataInspector(timeout, budget)) {
            // same findings, file by file, before anything is timed
            for (Path f : files) {
                Inspection a = asConfigured.inspect(f);
                Inspection b = resolved.inspect(f);
                if (!Objects.equals(a.mediaType(), b.mediaType()) || a.problem() != b.problem()
                        || !Arrays.equals(sorted(a), sorted(b))) {
                    throw new IllegalStateException(f + ": " + a + " vs " + b);
                }
            }
            double[] before = new double[rounds];
            double[] after = new double[rounds];
            for (int round = -2; round < rounds; round++) { // two warm-up rounds
                double cpuBefore = block(asConfigured, files, perBlock);
                double cpuAfter = block(resolved, files, perBlock);
                if (round >= 0) {
                    before[round] = cpuBefore;
                    after[round] = cpuAfter;
                    System.out.printf("round %d: as configured %.0f µs CPU per file, resolved %.0f µs (%.2f×)%n",
                            round + 1, cpuBefore, cpuAfter, cpuAfter / cpuBefore);
                }
            }
            double[] ratios = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                ratios[i] = after[i] / before[i];
            }
            System.out.printf("median: as configured %.0f µs, resolved %.0f µs CPU per file; ratio median %.2f (%.2f–%.2f)%n",
                    median(before), median(after), median(ratios), Arrays.stream(ratios).min().orElse(0),
                    Arrays.stream(ratios).max().orElse(0));
        } finally {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        }
    }

    private static String[] sorted(Inspection i) {
        if (i.tika() == null) {
            return new String[0];
        }
        return Arrays.stream(i.tika().names()).sorted()
                .map(n -> n + "=" + String.join("|", i.tika().getValues(n))).toArray(String[]::new);
    }

    /** Process CPU µs per file over {@code n} inspections of the files in turn. */
    private static double block(MetadataInspector inspector, List<Path> files, int n) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long start = os.getProcessCpuTime();
        for (int i = 0; i < n; i++) {
            Inspection inspection = inspector.inspect(files.get(i % files.size()));
            if (!inspection.available()) {
                throw new IllegalStateException(files.get(i % files.size()) + ": " + inspection);
            }
        }
        return (os.getProcessCpuTime() - start) / 1000.0 / n;
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
