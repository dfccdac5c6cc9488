package org.sanxiang.bench;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.TaskService;
import org.activiti.engine.impl.cmd.ClaimTaskCmd;
import org.activiti.engine.impl.cmd.CompleteTaskCmd;
import org.activiti.engine.task.Task;
import org.sanxiang.rules.calendar.WeekdaysOnlyTestCalendar;
import org.sanxiang.workflow.VariableCaseLocator;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.access.AccessPolicy;
import org.sanxiang.workflow.engine.SxProcessDefinitions;
import org.sanxiang.workflow.engine.SxProcessEngines;
import org.sanxiang.workflow.port.memory.InMemoryAccessGrants;
import org.sanxiang.workflow.port.memory.InMemoryBorrowingRegister;
import org.sanxiang.workflow.port.memory.InMemoryCases;
import org.sanxiang.workflow.port.memory.InMemoryDisclosureChannel;
import org.sanxiang.workflow.port.memory.RecordingNotifications;
import org.sanxiang.workflow.wiring.SxWorkflowBeans;

/**
 * The engine the process benchmarks share: the five processes on in-memory H2 with in-memory
 * ports, plus the baseline they are measured against — a bare process with two user tasks.
 */
final class BenchEngine implements AutoCloseable {

    private static final String BARE = "<definitions xmlns='http://www.omg.org/spec/BPMN/20100524/MODEL' targetNamespace='bench'>"
            + "<process id='bareTwoTasks' isExecutable='true'><startEvent id='s'/>"
            + "<sequenceFlow id='f1' sourceRef='s' targetRef='a'/><userTask id='a'/>"
            + "<sequenceFlow id='f2' sourceRef='a' targetRef='b'/><userTask id='b'/>"
            + "<sequenceFlow id='f3' sourceRef='b' targetRef='e'/><endEvent id='e'/></process></definitions>";

    final InMemoryCases cases = new InMemoryCases();
    final ProcessEngine engine;

    BenchEngine(String name) {
        Map<String, Object> beans = SxWorkflowBeans.create(new WorkflowPorts(cases, cases, new InMemoryDisclosureChannel(),
                new RecordingNotifications(), new InMemoryBorrowingRegister(), new InMemoryAccessGrants()),
                new WeekdaysOnlyTestCalendar(), ZoneId.of("Asia/Shanghai"), new org.sanxiang.workflow.CaseLocator() {
                    private final org.sanxiang.workflow.CaseLocator variables = new VariableCaseLocator();

                    @Override
                    public String caseId(org.activiti.engine.delegate.VariableScope scope) {
                        return variables.caseId(scope);
                    }

                    @Override
                    public boolean caseIsBusinessKey() {
                        return true; // as the standalone runtime starts every process: with its case as business key
                    }
                }, AccessPolicy.DEFAULT);
        // H2 as the standalone runtime sets it up (RuntimeConfig.h2Settings): 256 parsed statements kept per connection
        engine = SxProcessEngines.forDatabase("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=256").name(name)
                .beans(beans).build();
        SxProcessDefinitions.deployAll(engine);
        engine.getRepositoryService().createDeployment().addString("bare.bpmn20.xml", BARE).deploy();
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(
                LocalDateTime.of(2026, 3, 2, 10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    }

    /**
     * Deploys the same-shape baseline of {@code processKey} as {@code bare<processKey>}: the process's own
     * BPMN (its user tasks, boundary timers, gateways and flows) with every service task a no-op
     * expression and no task or execution listener, so that what it costs is the engine's alone.
     */
    String deploySameShape(String processKey) {
        String xml;
        try (var in = BenchEngine.class.getClassLoader().getResourceAsStream(
                "alfresco/module/sanxiang-repo/workflow/" + processKey + ".bpmn20.xml")) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String key = "bare" + processKey;
        xml = xml.replaceAll("<activiti:(taskListener|executionListener)[^>]*/>", "")
                .replaceAll("activiti:delegateExpression=\"\\$\\{[^}]*\\}\"", "activiti:expression=\"\\${true}\"")
                .replace("<process id=\"" + processKey + "\"", "<process id=\"" + key + "\"");
        engine.getRepositoryService().createDeployment().addString(key + ".bpmn20.xml", xml).deploy();
        sameShapeXml.put(key, xml);
        return key;
    }

    private final Map<String, String> sameShapeXml = new java.util.HashMap<>();
    private final java.util.concurrent.atomic.AtomicLong shapeRuns = new java.util.concurrent.atomic.AtomicLong();

    /** The process-level variables a finished instance had last (its history), by name. */
    Map<String, Object> processVariables(String pi) {
        Map<String, Object> vars = new java.util.LinkedHashMap<>();
        engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi).list().stream()
                .filter(v -> v.getTaskId() == null)
                .forEach(v -> vars.put(v.getVariableName(), v.getValue()));
        return vars;
    }

    /** Of {@code all}, the variables the same-shape process's expressions read (gateways, timers). */
    Map<String, Object> readBy(String sameShapeKey, Map<String, Object> all) {
        Map<String, Object> read = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)")
                .matcher(sameShapeXml.get(sameShapeKey));
        while (m.find()) {
            if (all.containsKey(m.group(1))) {
                read.put(m.group(1), all.get(m.group(1)));
            }
        }
        return read;
    }

    /**
     * Runs the same-shape process: started with {@code start}, its user tasks completed in turn with
     * {@code outcomes} (set on the process, where its gateways read them) and {@code form} values.
     */
    String runSameShape(String sameShapeKey, Map<String, Object> start, List<String> outcomes, Map<String, Object> form) {
        String pi = engine.getRuntimeService().startProcessInstanceByKey(sameShapeKey,
                "shape-" + shapeRuns.incrementAndGet(), start).getId();
        TaskService tasks = engine.getTaskService();
        for (String outcome : outcomes) {
            Task task = tasks.createTaskQuery().processInstanceId(pi).singleResult();
            Map<String, Object> values = new java.util.HashMap<>(form);
            values.put(WorkflowVariables.outcome(task.getTaskDefinitionKey()), outcome);
            claimAndComplete(task.getId(), values, false); // no listener copies them: the gateways read the process's
        }
        assertEnded(pi, sameShapeKey);
        return pi;
    }

    /** The baseline: start the bare process and complete its two tasks. */
    String bareTwoTasks() {
        String pi = engine.getRuntimeService().startProcessInstanceByKey("bareTwoTasks").getId();
        TaskService tasks = engine.getTaskService();
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId());
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId());
        return pi;
    }

    /**
     * Completes the process's one open task with its outcome and form values set on the task itself, as
     * Alfresco's task forms set them (the outcome listener copies them to the process).
     */
    void complete(String pi, String outcome, Map<String, Object> form) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
        Map<String, Object> values = new java.util.HashMap<>(form);
        values.put(WorkflowVariables.outcome(task.getTaskDefinitionKey()), outcome);
        claimAndComplete(task.getId(), values, true);
    }

    /**
     * The one user action every side of a benchmark takes per task, as the standalone runtime's task completion
     * does it: claimed and completed with the form's values in one engine transaction.
     */
    private void claimAndComplete(String taskId, Map<String, Object> values, boolean onTheTask) {
        engine.getManagementService().executeCommand(context -> {
            new ClaimTaskCmd(taskId, "bench").execute(context);
            new CompleteTaskCmd(taskId, values, onTheTask).execute(context);
            return null;
        });
    }

    /** Fails the benchmark when the process did not run to its end. */
    void assertEnded(String pi, String process) {
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).count() != 0) {
            throw new IllegalStateException(process + " " + pi + " did not end");
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
