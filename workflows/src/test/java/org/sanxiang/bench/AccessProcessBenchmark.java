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
import org.sanxiang.workflow.access.AccessVariables;
import org.sanxiang.workflow.engine.SxProcessDefinitions;
import org.sanxiang.workflow.engine.SxProcessEngines;
import org.sanxiang.workflow.port.CaseFacts;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.memory.InMemoryAccessGrants;
import org.sanxiang.workflow.port.memory.InMemoryBorrowingRegister;
import org.sanxiang.workflow.port.memory.InMemoryCases;
import org.sanxiang.workflow.port.memory.InMemoryDisclosureChannel;
import org.sanxiang.workflow.port.memory.RecordingNotifications;

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
        engine = SxProcessEngines.forDatabase("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1").name("bench").beans(beans).build();
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
    public String accessRequestEndToEnd() {
        String caseId = "case-" + caseIds.incrementAndGet();
        cases.addCase(new CaseFacts(caseId, "wuhan-2020", caseId, "bench", Set.of("party-1"), false, Map.of()));
        cases.createRecord(caseId, "sx:textRecord", "笔录.pdf", Map.of());
        cases.createRecord(caseId, "sx:avRecord", "视频.mp4", Map.of());
        cases.createRecord(caseId, "sx:textRecord", "投诉.pdf", Map.of(CaseRecord.PROTECTED_INFORMATION, List.of("complainant")));
        Map<String, Object> vars = new HashMap<>();
        vars.put(WorkflowVariables.PACKAGE, caseId);
        vars.put(AccessVariables.REQUESTER_KIND, "PARTY");
        vars.put(AccessVariables.REQUESTER_NAME, "王五");
        vars.put(AccessVariables.PARTY_ID, "party-1");
        vars.put(AccessVariables.REASON, "bench");
        vars.put(AccessVariables.PERIOD_DAYS, 5);
        String pi = engine.getRuntimeService().startProcessInstanceByKey("sxAccess", vars).getId();
        complete(pi, "sxwf_approveAccessOutcome", "approve", Map.of());
        complete(pi, "sxwf_returnAccessOutcome", "returned", Map.of(AccessVariables.COPIES_MADE, 0));
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

    private void complete(String pi, String outcomeVariable, String outcome, Map<String, Object> more) {
        TaskService tasks = engine.getTaskService();
        Task task = tasks.createTaskQuery().processInstanceId(pi).singleResult();
        tasks.claim(task.getId(), "bench");
        tasks.setVariableLocal(task.getId(), outcomeVariable, outcome);
        more.forEach((k, v) -> tasks.setVariable(task.getId(), k, v));
        tasks.complete(task.getId());
        if (outcomeVariable.contains("return") && engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).count() != 0) {
            throw new IllegalStateException("sxAccess " + pi + " did not end");
        }
    }
}
