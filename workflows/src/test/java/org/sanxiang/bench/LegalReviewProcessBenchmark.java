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

/**
 * sxLegalReview completed end to end on H2, the benchmark completing every user task itself: a
 * chongqing-2024 major fine is classified, transferred (materials checked, transfer list written),
 * reviewed (opinion document written), decided by the leader and filed — four user tasks, each with
 * its reminder and deadline timers. Against a bare process with two user tasks on the same engine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class LegalReviewProcessBenchmark {

    private final AtomicLong caseIds = new AtomicLong();
    private BenchEngine bench;

    /** The outcomes the end-to-end run gives its four user tasks, in turn. */
    static final List<String> OUTCOMES = List.of("submit", "agree", "approve", "filed");

    private String sameShape;
    private Map<String, Object> sameVariables;
    private Map<String, Object> shapeVariables;

    @Setup(Level.Trial)
    public void start() {
        bench = new BenchEngine("benchreview");
        sameShape = bench.deploySameShape("sxLegalReview");
        // one real run gives the variables the baselines start with: all of them, or those the shape reads
        sameVariables = bench.processVariables(legalReviewEndToEnd());
        shapeVariables = bench.readBy(sameShape, sameVariables);
    }

    /** The engine the sides share (for {@link LegalReviewStatements}). */
    org.activiti.engine.ProcessEngine engine() {
        return bench.engine;
    }

    @TearDown(Level.Trial)
    public void stop() {
        bench.close();
    }

    @Benchmark
    public String legalReviewEndToEnd() {
        String caseId = "case-" + caseIds.incrementAndGet();
        bench.cases.addCase(new CaseFolder(caseId, "chongqing-2024", caseId, "bench", Set.of("p1"), false,
                Map.of("sx:actionCategory", "penalty", "sx:partyKind", "individual", "sx:fineAmount", 8000)));
        Map<String, Object> vars = new HashMap<>();
        vars.put(WorkflowVariables.CASE_ID, caseId); // as the standalone runtime starts a process (ProcessWork)
        vars.put(SanxiangWorkflowModel.PROP_DECISION_NAME.toVariableName(), "罚款决定");
        String pi = bench.engine.getRuntimeService().startProcessInstanceByKey("sxLegalReview", caseId, vars).getId();
        bench.complete(pi, "submit", Map.of(SanxiangWorkflowModel.PROP_TRANSFERRED_MATERIALS.toVariableName(),
                List.of("review-request", "all-evidence", "transfer-list")));
        bench.complete(pi, "agree", Map.of(SanxiangWorkflowModel.PROP_OPINION_TEXT.toVariableName(), "同意"));
        bench.complete(pi, "approve", Map.of());
        bench.complete(pi, "filed", Map.of(SanxiangWorkflowModel.PROP_DECISION_DOCUMENT_NUMBER.toVariableName(), caseId));
        bench.assertEnded(pi, "sxLegalReview");
        return pi;
    }

    /** sxLegalReview and its two fair baselines, by name, in the order the tables show them. */
    Map<String, java.util.function.Supplier<String>> fairSides() {
        Map<String, java.util.function.Supplier<String>> sides = new java.util.LinkedHashMap<>();
        sides.put("sxLegalReview", this::legalReviewEndToEnd);
        sides.put("sameShape", this::sameShape);
        sides.put("sameShapeSameVariables", this::sameShapeSameVariables);
        return sides;
    }

    /** The same shape (user tasks, timers, gateways, no-op service tasks), starting with only what it reads. */
    @Benchmark
    public String sameShape() {
        return bench.runSameShape(sameShape, shapeVariables, OUTCOMES, Map.of());
    }

    /** The same shape writing the same process variables as the end-to-end run left. */
    @Benchmark
    public String sameShapeSameVariables() {
        return bench.runSameShape(sameShape, sameVariables, OUTCOMES, Map.of());
    }

    @Benchmark
    public String bareTwoTaskProcess() {
        return bench.bareTwoTasks();
    }
}
