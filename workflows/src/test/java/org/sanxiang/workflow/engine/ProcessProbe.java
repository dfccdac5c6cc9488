package org.sanxiang.workflow.engine;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.history.HistoricProcessInstance;
import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.IdentityLink;
import org.activiti.engine.task.Task;
import org.sanxiang.workflow.WorkflowVariables;

/** What the process tests ask the engine: open tasks, completions as a user makes them, variables, how it ended. */
public interface ProcessProbe {

    ProcessEngine engine();

    /** The open task {@code key} of the process; fails naming the open ones when it is not open. */
    default Task task(ProcessInstance pi, String key) {
        Task task = engine().getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
        assertNotNull(task, "open task " + key + "; open: " + engine().getTaskService().createTaskQuery()
                .processInstanceId(pi.getId()).list().stream().map(Task::getTaskDefinitionKey).toList());
        return task;
    }

    /** Claims and completes the task with its outcome (on the task) and the other values (on the process). */
    default void complete(Task task, String user, String outcome, Map<String, Object> more) {
        engine().getTaskService().claim(task.getId(), user);
        engine().getTaskService().setVariableLocal(task.getId(), WorkflowVariables.outcome(task.getTaskDefinitionKey()), outcome);
        more.forEach((k, v) -> engine().getTaskService().setVariable(task.getId(), k, v));
        engine().getTaskService().complete(task.getId());
    }

    default void complete(ProcessInstance pi, String key, String user, String outcome, Map<String, Object> more) {
        complete(task(pi, key), user, outcome, more);
    }

    default Object var(ProcessInstance pi, String name) {
        return engine().getRuntimeService().getVariable(pi.getId(), name);
    }

    default Object historic(ProcessInstance pi, String name) {
        return engine().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(name).singleResult().getValue();
    }

    default Set<String> candidateGroups(Task task) {
        return engine().getTaskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** The end event the process ended at; fails while it runs. */
    default String endedAt(ProcessInstance pi) {
        HistoricProcessInstance h = engine().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(pi.getId()).singleResult();
        assertNotNull(h.getEndTime(), "process " + pi.getId() + " has ended");
        return h.getEndActivityId();
    }

    default long timers(ProcessInstance pi) {
        return engine().getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().count();
    }
}
