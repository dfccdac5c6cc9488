package org.sanxiang.standalone.runtime;

import static org.sanxiang.standalone.runtime.EngineValues.instant;
import static org.sanxiang.standalone.runtime.EngineValues.processKey;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.task.IdentityLink;
import org.activiti.engine.task.Task;
import org.sanxiang.standalone.runtime.Views.TaskView;
import org.sanxiang.workflow.WorkflowVariables;

/** Open tasks as {@link TaskView}s, and whether a process has ended. Thread-safe. */
final class TaskViews {

    private final ProcessEngine engine;
    /** The form key by process definition and task key: fixed once deployed. */
    private final Map<String, String> formKeys = new ConcurrentHashMap<>();

    TaskViews(ProcessEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** A task read with its process variables. */
    TaskView view(Task t) {
        Set<String> groups = new LinkedHashSet<>();
        for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(t.getId())) {
            if (link.getGroupId() != null && "candidate".equals(link.getType())) {
                groups.add(link.getGroupId());
            }
        }
        Object caseId = t.getProcessVariables().get(WorkflowVariables.CASE_ID);
        if (caseId == null) {
            caseId = t.getProcessVariables().get(WorkflowVariables.PACKAGE);
        }
        return new TaskView(t.getId(), t.getTaskDefinitionKey(), t.getName(), processKey(t.getProcessDefinitionId()),
                t.getProcessInstanceId(), caseId == null ? null : caseId.toString(), t.getAssignee(), groups,
                instant(t.getCreateTime()), instant(t.getDueDate()), t.getDescription(),
                formKey(t.getProcessDefinitionId(), t.getTaskDefinitionKey()));
    }

    /** The sxwf task type of a task's form. */
    String formKey(String processDefinitionId, String taskKey) {
        return formKeys.computeIfAbsent(processDefinitionId + "/" + taskKey,
                k -> engine.getFormService().getTaskFormKey(processDefinitionId, taskKey));
    }

    /** The process's open tasks, oldest first. */
    List<TaskView> openTasks(String processInstanceId) {
        return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).includeProcessVariables()
                .orderByTaskCreateTime().asc().orderByTaskId().asc().list().stream().map(this::view).toList();
    }

    boolean ended(String processInstanceId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult() == null;
    }
}
