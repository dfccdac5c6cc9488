package org.sanxiang.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sanxiang.repo.intake.EvidenceIntake;
import org.sanxiang.repo.intake.IntakeResult;

/**
 * Evidence intake of a 1 GiB body-camera style MP4 (ftyp, 1 GiB mdat of incompressible bytes, moov
 * at the end), against a plain SHA-256 of the same file. Each operation handles the whole file
 * (SingleShotTime, ms per GiB).
 *
 * <ul>
 *   <li>{@code plainSha256}: read the file, SHA-256 it (the baseline);</li>
 *   <li>{@code intakeStored}: intake of a file its store already wrote (Alfresco's content store):
 *       one streaming read for the SHA-256, then Tika type detection and metadata;</li>
 *   <li>{@code intakeUpload}: intake of an upload stream, stored while hashed (direct I/O where the
 *       file system allows it, forced to the device), then inspected;
 *       {@code storeOn} = disk (the temp dir) or memory (/dev/shm), to separate the disk's write
 *       speed from intake's own cost;</li>
 *   <li>{@code plainCopy}: the same store without hashing or Tika: what writing costs by itself.</li>
 * </ul>
 *
 * <p>The fork runs with -Xmx96m: constant memory shows as intake passing 1 GiB in that heap. A
 * sampler thread reads the used heap every 2 ms; each iteration prints its peak over the baseline
 * taken after a GC ("heap growth"), and the native memory of direct buffers (the write ring).
 *
 * <p>Run: {@code mvn -B -ntp -pl repo-amp -am -Pbench -Dexec.skip=true -Dexec.executable=java
 * test-compile exec:exec -Dbench=IntakeBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx96m"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class IntakeBenchmark {

    static final long MDAT_BYTES = 1024L * 1024 * 1024;

    private Path dir;
    private Path upload;
    private EvidenceIntake intake;
    private final HeapSampler heap = new HeapSampler();

    /** Where {@code intakeUpload} and {@code plainCopy} store the file. */
    @State(Scope.Benchmark)
    public static class Store {
        @Param({"disk", "memory"})
        public String storeOn;
        Path target;

        @Setup(Level.Trial)
        public void choose(IntakeBenchmark bench) throws IOException {
            Path base = "memory".equals(storeOn) ? Path.of("/dev/shm") : bench.dir;
            target = base.resolve("sanxiang-intake-stored-" + ProcessHandle.current().pid() + ".mp4");
        }

        @TearDown(Level.Iteration)
        public void delete() throws IOException {
            Files.deleteIfExists(target);
        }
    }

    @Setup(Level.Trial)
    public void createFile() throws IOException {
        dir = Files.createTempDirectory("sanxiang-intake-bench");
        upload = dir.resolve("bodycam.mp4");
        writeMp4(upload, MDAT_BYTES);
        intake = new EvidenceIntake();
        heap.start();
    }

    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        heap.stop();
        intake.close();
        Files.deleteIfExists(upload);
        Files.deleteIfExists(dir);
    }

    @Setup(Level.Iteration)
    public void heapBaseline() {
        heap.reset();
    }

    @TearDown(Level.Iteration)
    public void heapReport() {
        heap.report();
    }

    @Benchmark
    public String plainSha256() throws Exception {
        return plainSha256(upload);
    }

    /** Read the file, SHA-256 it: the baseline (also used by {@link IntakeInterleaved}). */
    String plainSha256(Path file) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[256 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    @Benchmark
    public IntakeResult intakeStored() throws IOException {
        return understood(intake.intakeStored(upload));
    }

    @Benchmark
    public IntakeResult intakeUpload(Store store) throws IOException {
        try (InputStream in = Files.newInputStream(upload)) {
            return understood(intake.intake(in, store.target));
        }
    }

    @Benchmark
    public long plainCopy(Store store) throws IOException {
        byte[] buffer = new byte[256 * 1024];
        long size = 0;
        try (InputStream in = Files.newInputStream(upload); OutputStream out = Files.newOutputStream(store.target)) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                size += n;
            }
        }
        return size;
    }

    private static IntakeResult understood(IntakeResult r) {
        if (!r.metadataAvailable() || r.duration() == null || r.recordingStart() == null) {
            throw new IllegalStateException("benchmark file not understood: " + r);
        }
        return r;
    }

    /** Samples the used heap from a daemon thread and keeps the peak. */
    static final class HeapSampler {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile long baseline;
        private volatile boolean running;
        private Thread thread;

        void start() {
            running = true;
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(used(), Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void reset() {
            System.gc();
            baseline = used();
            peak.set(baseline);
        }

        void report() {
            System.out.printf("%n[heap] baseline %.1f MB, peak %.1f MB, growth %.1f MB; native direct buffers %.1f MB%n",
                    mb(baseline), mb(peak.get()), mb(peak.get() - baseline), mb(directBuffers()));
        }

        /** Native memory held by direct buffers (intake's write ring lives there, outside the heap). */
        private static long directBuffers() {
            return ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                    .filter(p -> p.getName().equals("direct")).mapToLong(BufferPoolMXBean::getMemoryUsed).sum();
        }

        void stop() {
            running = false;
            thread.interrupt();
        }

        private long used() {
            return memory.getHeapMemoryUsage().getUsed();
        }

        private static double mb(long bytes) {
            return bytes / (1024.0 * 1024.0);
        }
    }

    /** ftyp, an mdat of pseudo-random bytes (incompressible, like video), then moov with mvhd. */
    public static void writeMp4(Path file, long mdatBytes) throws IOException {
        SplittableRandom random = new SplittableRandom(2024);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(box("ftyp", ByteBuffer.allocate(16).put(ascii("mp42")).putInt(0)
                    .put(ascii("mp42")).put(ascii("isom")).array()));
            out.write(ByteBuffer.allocate(16).putInt(1).put(ascii("mdat")).putLong(16 + mdatBytes).array());
            byte[] chunk = new byte[1 << 20];
            ByteBuffer longs = ByteBuffer.wrap(chunk);
            for (long written = 0; written < mdatBytes; written += chunk.length) {
                longs.clear();
                while (longs.hasRemaining()) {
                    longs.putLong(random.nextLong());
                }
                out.write(chunk, 0, (int) Math.min(chunk.length, mdatBytes - written));
            }
            ByteBuffer mvhd = ByteBuffer.allocate(100);
            long created = 1_709_602_215L + 2_082_844_800L; // 2024-03-05T01:30:15Z on the 1904 epoch
            mvhd.putInt(0).putInt((int) created).putInt((int) created).putInt(1000).putInt(3_600_000)
                    .putInt(0x00010000).putShort((short) 0x0100);
            out.write(box("moov", box("mvhd", mvhd.array())));
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] box(String type, byte[] payload) {
        return ByteBuffer.allocate(8 + payload.length).putInt(8 + payload.length)
                .put(ascii(type)).put(payload).array();
    }
}
