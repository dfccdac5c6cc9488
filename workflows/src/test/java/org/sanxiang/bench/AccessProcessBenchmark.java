package org.sanxiang.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

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
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;

/**
 * sxAccess completed end to end on H2 (start, approve, record the return: the benchmark completes
 * both user tasks itself), against a bare process with two user tasks on the same engine. Each
 * access request is on a new case with three records, one of them withheld.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class AccessProcessBenchmark {

    private final AtomicLong caseIds = new AtomicLong();
    private BenchEngine bench;

    @Setup(Level.Trial)
    public void start() {
        bench = new BenchEngine("bench");
    }

    @TearDown(Level.Trial)
    public void stop() {
        bench.close();
    }

    @Benchmark
    public String accessRequestEndToEnd() {
        String caseId = "case-" + caseIds.incrementAndGet();
        bench.cases.addCase(new CaseFolder(caseId, "wuhan-2020", caseId, "bench", Set.of("party-1"), false, Map.of()));
        bench.cases.createRecord(caseId, "sx:textRecord", "笔录.pdf", Map.of());
        bench.cases.createRecord(caseId, "sx:avRecord", "视频.mp4", Map.of());
        bench.cases.createRecord(caseId, "sx:textRecord", "投诉.pdf", Map.of(CaseRecord.PROTECTED_INFORMATION, List.of("complainant")));
        Map<String, Object> vars = new HashMap<>();
        vars.put(WorkflowVariables.PACKAGE, caseId);
        vars.put(SanxiangWorkflowModel.PROP_REQUESTER_KIND.toVariableName(), "PARTY");
        vars.put(SanxiangWorkflowModel.PROP_REQUESTER_NAME.toVariableName(), "王五");
        vars.put(SanxiangWorkflowModel.PROP_REQUESTER_PARTY_ID.toVariableName(), "party-1");
        vars.put(SanxiangWorkflowModel.PROP_ACCESS_REASON.toVariableName(), "bench");
        vars.put(SanxiangWorkflowModel.PROP_PERIOD_WORKING_DAYS.toVariableName(), 5);
        String pi = bench.engine.getRuntimeService().startProcessInstanceByKey("sxAccess", vars).getId();
        bench.complete(pi, "approve", Map.of());
        bench.complete(pi, "returned", Map.of(SanxiangWorkflowModel.PROP_COPIES_MADE.toVariableName(), 0));
        bench.assertEnded(pi, "sxAccess");
        return pi;
    }

    @Benchmark
    public String bareTwoTaskProcess() {
        return bench.bareTwoTasks();
    }
}
