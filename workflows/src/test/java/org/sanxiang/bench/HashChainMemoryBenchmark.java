package org.sanxiang.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sanxiang.rules.chain.ChainLink;
import org.sanxiang.rules.chain.HashChain;

/**
 * Chains a 2 GiB stream, generated and never stored, in a JVM limited to a 64 MiB heap: it
 * completes only if chaining holds constant memory. Prints the peak heap used (sum of the heap
 * pools' peaks) after each iteration; add {@code -prof gc} for bytes allocated per operation.
 *
 * <pre>mvn -B -ntp -pl workflows -am -Pbench test-compile exec:exec -Dbench='HashChainMemoryBenchmark -prof gc'</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m", "-Xms64m"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class HashChainMemoryBenchmark {

    static final long SIZE = 2L << 30;

    @Setup(Level.Iteration)
    public void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    @Benchmark
    public ChainLink chainTwoGiB() {
        ChainLink link = HashChain.append("渝人社监〔2024〕12号", null, Map.of("kind", "av"),
                new GeneratedContentStream(SIZE, 3));
        if (link.contentLength() != SIZE) {
            throw new IllegalStateException("read " + link.contentLength() + " bytes");
        }
        return link;
    }

    @TearDown(Level.Iteration)
    public void reportPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%n2 GiB chained; peak heap used %.1f MiB of max %.1f MiB%n", peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }
}
