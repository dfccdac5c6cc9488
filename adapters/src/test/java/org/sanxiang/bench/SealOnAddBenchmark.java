package org.sanxiang.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

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
import org.sanxiang.repo.guard.RecordGuard;
import org.sanxiang.repo.node.FakeNodes;
import org.sanxiang.repo.node.NodeCaseRepository;
import org.sanxiang.repo.node.NodeValues;
import org.sanxiang.repo.seal.ChainLocks;
import org.sanxiang.repo.seal.RecordSealer;
import org.sanxiang.rules.chain.HashChain;

/**
 * Sealing a record on add ({@link RecordSealer}) in a case that already holds {@code records} sealed
 * records of {@code sizeKib} KiB each, on the in-memory repository with the guard bound, against the
 * bare SHA-256 of the new record's content (what any seal must cost). The difference is the seal's own
 * work: listing the case, recomputing the previous link from its record (one more content read) and
 * writing the aspect through the guard. Repository I/O in Alfresco comes on top and is not measured here.
 * Each sealed record is removed again after the operation, so the case keeps its size.
 *
 * <p>Run: {@code mvn -B -ntp -pl repo-amp -am -Pbench -Dexec.skip=true test-compile exec:exec -Dbench=SealOnAddBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class SealOnAddBenchmark {

    @Param({"10", "1000"})
    int records;

    @Param({"64", "1024"})
    int sizeKib;

    FakeNodes nodes;
    NodeCaseRepository cases;
    RecordSealer sealer;
    String caseId;
    byte[] content;
    String next;
    long added;

    @Setup(Level.Trial)
    public void fill() {
        nodes = new FakeNodes();
        nodes.guardedBy(new RecordGuard(nodes));
        cases = new NodeCaseRepository(nodes, new NodeValues(ZoneId.of("Asia/Shanghai")));
        sealer = new RecordSealer(nodes, cases, Clock.systemUTC(), ChainLocks.NONE);
        caseId = nodes.caseFolder("case", Map.of("sx:jurisdictionProfile", "chongqing-2024"));
        content = new byte[sizeKib * 1024];
        new SplittableRandom(7).nextBytes(content);
        for (int i = 0; i < records; i++) {
            sealer.sealIfReady(add(), "bench");
        }
    }

    @Setup(Level.Invocation)
    public void nextRecord() {
        next = add();
    }

    /** The case stays at {@code records} sealed records: each op appends to the same last link. */
    @TearDown(Level.Invocation)
    public void dropRecord() {
        nodes.purge(next);
    }

    private String add() {
        String id = cases.createRecord(caseId, "sx:textRecord", "r" + (added++) + ".pdf",
                Map.of("sx:stage", "investigation", "sx:recordedBy", "张三")).id();
        nodes.writeBytes(id, content);
        return id;
    }

    @Benchmark
    public RecordSealer.Outcome sealOnAdd() {
        return sealer.sealIfReady(next, "bench");
    }

    @Benchmark
    public HashChain.ContentDigest contentDigestOnly() throws IOException {
        return HashChain.digestOf(new ByteArrayInputStream(content));
    }
}
