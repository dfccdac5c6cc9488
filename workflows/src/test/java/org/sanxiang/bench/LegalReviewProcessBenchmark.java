package org.sanxiang.bench;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.TaskService;
import org.activiti.engine.task.Task;
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
import org.sanxiang.workflow.SxWorkflowBeans;
import org.sanxiang.workflow.VariableCaseLocator;
import org.sanxiang.rules.calendar.WeekdaysOnlyTestCalendar;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.access.AccessPolicy;
import org.sanxiang.workflow.engine.SxProcessDefinitions;
import org.sanxiang.workflow.engine.SxProcessEngines;
import org.sanxiang.workflow.port.CaseFacts;
import org.sanxiang.workflow.port.memory.InMemoryAccessGrants;
import org.sanxiang.workflow.port.memory.InMemoryBorrowingRegister;
import org.sanxiang.workflow.port.memory.InMemoryCases;
import org.sanxiang.workflow.port.memory.InMemoryDisclosureChannel;
import org.sanxiang.workflow.port.memory.RecordingNotifications;
import org.sanxiang.workflow.review.LegalReviewVariables;

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

    private static final String BARE = "<definitions xmlns='http://www.omg.org/spec/BPMN/20100524/MODEL' targetNamespace='bench'>"
            + "<process id='bareTwoTasks' isExecutable='true'><startEvent id='s'/>"
            + "<sequenceFlow id='f1' sourceRef='s' targetRef='a'/><userTask id='a'/>"
            + "<sequenceFlow id='f2' sourceRef='a' targetRef='b'/><userTask id='b'/>"
            + "<sequenceFlow id='f3' sourceRef='b' targetRef='e'/><endEvent id='e'/></process></definitions>";

    private final AtomicLong caseIds = new AtomicLong();
    private InMemoryCases cases;
    private ProcessEngine engine;

    @Setup(Level.Trial)
    public void start() {
        cases = new InMemoryCases();
        Map<String, Object> beans = SxWorkflowBeans.create(new WorkflowPorts(cases, cases, new InMemoryDisclosureChannel(),
                new RecordingNotifications(), new InMemoryBorrowingRegister(), new InMemoryAccessGrants()),
                new WeekdaysOnlyTestCalendar(), ZoneId.of("Asia/Shanghai"), new VariableCaseLocator(), AccessPolicy.DEFAULT);
        engine = SxProcessEngines.forDatabase("jdbc:h2:mem:benchreview;DB_CLOSE_DELAY=-1").name("benchreview").beans(beans).build();
        SxProcessDefinitions.deployAll(engine);
        engine.getRepositoryService().createDeployment().addString("bare.bpmn20.xml", BARE).deploy();
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(java.util.Date.from(
                LocalDateTime.of(2026, 3, 2, 10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    }

    @TearDown(Level.Trial)
    public void stop() {
        engine.close();
    }

    @Benchmark
    public String legalReviewEndToEnd() {
        String caseId = "case-" + caseIds.incrementAndGet();
        cases.addCase(new CaseFacts(caseId, "chongqing-2024", caseId, "bench", Set.of("p1"), false,
                Map.of("sx:actionCategory", "penalty", "sx:partyKind", "individual", "sx:fineAmount", 8000)));
        Map<String, Object> vars = new HashMap<>();
        vars.put(WorkflowVariables.PACKAGE, caseId);
        vars.put(LegalReviewVariables.DECISION_NAME, "罚款决定");
        String pi = engine.getRuntimeService().startProcessInstanceByKey("sxLegalReview", vars).getId();
        complete(pi, "submit", Map.of(LegalReviewVariables.TRANSFERRED_MATERIALS,
                List.of("review-request", "all-evidence", "transfer-list")));
        complete(pi, "agree", Map.of(LegalReviewVariables.OPINION_TEXT, "同意"));
        complete(pi, "approve", Map.of());
        complete(pi, "filed", Map.of(LegalReviewVariables.DECISION_DOCUMENT_NUMBER, caseId));
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).count() != 0) {
            throw new IllegalStateException("sxLegalReview " + pi + " did not end");
        }
        return pi;
    }

    @Benchmark
    public String bareTwoTaskProcess() {
        String pi = engine.getRuntimeService().startProcessInstanceByKey("bareTwoTasks").getId();
        TaskService tasks = engine.getTaskService();
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId());
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId());
        return pi;
    }

    private void complete(String pi, String outcome, Map<String, Object> form) {
        TaskService tasks = engine.getTaskService();
        Task task = tasks.createTaskQuery().processInstanceId(pi).singleResult();
        tasks.claim(task.getId(), "bench");
        tasks.setVariableLocal(task.getId(), WorkflowVariables.outcome(task.getTaskDefinitionKey()), outcome);
        form.forEach((k, v) -> tasks.setVariableLocal(task.getId(), k, v));
        tasks.complete(task.getId());
    }
}
