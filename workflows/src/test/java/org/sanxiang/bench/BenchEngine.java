package org.sanxiang.bench;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.TaskService;
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
                new WeekdaysOnlyTestCalendar(), ZoneId.of("Asia/Shanghai"), new VariableCaseLocator(), AccessPolicy.DEFAULT);
        engine = SxProcessEngines.forDatabase("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1").name(name).beans(beans).build();
        SxProcessDefinitions.deployAll(engine);
        engine.getRepositoryService().createDeployment().addString("bare.bpmn20.xml", BARE).deploy();
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(
                LocalDateTime.of(2026, 3, 2, 10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    }

    /** The baseline: start the bare process and complete its two tasks. */
    String bareTwoTasks() {
        String pi = engine.getRuntimeService().startProcessInstanceByKey("bareTwoTasks").getId();
        TaskService tasks = engine.getTaskService();
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId());
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId());
        return pi;
    }

    /** Completes the process's one open task with its outcome and form values, as Share would. */
    void complete(String pi, String outcome, Map<String, Object> form) {
        TaskService tasks = engine.getTaskService();
        Task task = tasks.createTaskQuery().processInstanceId(pi).singleResult();
        tasks.claim(task.getId(), "bench");
        tasks.setVariableLocal(task.getId(), WorkflowVariables.outcome(task.getTaskDefinitionKey()), outcome);
        form.forEach((k, v) -> tasks.setVariableLocal(task.getId(), k, v));
        tasks.complete(task.getId());
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
