package org.sanxiang.standalone.runtime;

import static org.sanxiang.standalone.runtime.EngineValues.instant;
import static org.sanxiang.standalone.runtime.EngineValues.processKey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.task.Task;
import org.sanxiang.standalone.runtime.Views.TaskView;
import org.sanxiang.workflow.WorkflowVariables;

/**
 * Open tasks as {@link TaskView}s, and whether a process has ended. A page of tasks is read without its
 * process variables: the case is the process's business key, the candidate groups come in one statement
 * for the page, so a page costs the same few queries however many tasks or cases there are. Thread-safe.
 */
final class TaskViews {

    private final ProcessEngine engine;
    private final EngineRows rows;
    /** The form key by process definition and task key: fixed once deployed. */
    private final Map<String, String> formKeys = new ConcurrentHashMap<>();

    TaskViews(ProcessEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.rows = new EngineRows(engine);
    }

    EngineRows rows() {
        return rows;
    }

    /** One task's view. */
    TaskView view(Task t) {
        return views(List.of(t)).get(0);
    }

    /** The tasks' views, in their order: a business-key query and a candidate-group query for all of them. */
    List<TaskView> views(List<Task> tasks) {
        return views(tasks, Map.of());
    }

    /** As {@link #views(List)}, the cases of the processes in {@code known} (process to case) taken as given. */
    private List<TaskView> views(List<Task> tasks, Map<String, String> known) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Set<String> processes = new LinkedHashSet<>();
        List<String> taskIds = new ArrayList<>(tasks.size());
        for (Task t : tasks) {
            taskIds.add(t.getId());
            if (t.getProcessInstanceId() != null && !known.containsKey(t.getProcessInstanceId())) {
                processes.add(t.getProcessInstanceId());
            }
        }
        Map<String, String> cases = processes.isEmpty() ? new java.util.HashMap<>() : rows.businessKeys(processes);
        if (cases.size() < processes.size()) {
            // a process started before cases were business keys: its case is in its variable
            Set<String> missing = new LinkedHashSet<>(processes);
            missing.removeAll(cases.keySet());
            cases.putAll(rows.processText(missing, WorkflowVariables.CASE_ID));
        }
        // the annual report's key is its business key, not a case (chongqing-2024 公示 第十四条: a bureau's report)
        cases.values().removeIf(org.sanxiang.workflow.report.AnnualReportProcess::isReportKey);
        cases.putAll(known);
        Map<String, Set<String>> groups = rows.candidateGroups(taskIds);
        List<TaskView> views = new ArrayList<>(tasks.size());
        for (Task t : tasks) {
            views.add(new TaskView(t.getId(), t.getTaskDefinitionKey(), t.getName(), processKey(t.getProcessDefinitionId()),
                    t.getProcessInstanceId(), cases.get(t.getProcessInstanceId()), t.getAssignee(),
                    groups.getOrDefault(t.getId(), Set.of()), instant(t.getCreateTime()), instant(t.getDueDate()),
                    t.getDescription(), formKey(t.getProcessDefinitionId(), t.getTaskDefinitionKey())));
        }
        return views;
    }

    /** The sxwf task type of a task's form. */
    String formKey(String processDefinitionId, String taskKey) {
        return formKeys.computeIfAbsent(processDefinitionId + "/" + taskKey,
                k -> engine.getFormService().getTaskFormKey(processDefinitionId, taskKey));
    }

    /** The process's open tasks, oldest first. */
    List<TaskView> openTasks(String processInstanceId) {
        return openTasks(processInstanceId, null);
    }

    /** The open tasks of a process whose case the caller read already (null: read it with the tasks). */
    List<TaskView> openTasks(String processInstanceId, String caseId) {
        return views(engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                .orderByTaskCreateTime().asc().orderByTaskId().asc().list(),
                caseId == null ? Map.of() : Map.of(processInstanceId, caseId));
    }

    /** Whether a process with these open tasks has ended: one with an open task runs (no query). */
    boolean ended(String processInstanceId, List<TaskView> openTasks) {
        return openTasks.isEmpty() && ended(processInstanceId);
    }

    boolean ended(String processInstanceId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult() == null;
    }
}
