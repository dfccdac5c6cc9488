package org.sanxiang.workflow.task;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.activiti.bpmn.model.BoundaryEvent;
import org.activiti.bpmn.model.BpmnModel;
import org.activiti.bpmn.model.EventDefinition;
import org.activiti.bpmn.model.FlowElement;
import org.activiti.bpmn.model.TimerEventDefinition;
import org.activiti.engine.ProcessEngine;
import org.activiti.engine.RuntimeService;
import org.activiti.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.activiti.engine.impl.jobexecutor.TimerEventHandler;
import org.activiti.engine.impl.persistence.entity.JobEntity;
import org.activiti.engine.runtime.Execution;
import org.activiti.engine.runtime.Job;
import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.sanxiang.rules.calendar.Deadline;
import org.sanxiang.workflow.WorkflowVariables;

/**
 * When the calendar data changes (a new year's holiday notice, a local override), every running
 * deadline is counted again: for each variable {@code sxp_KDeadline}, whether a process variable or
 * a local variable of a child execution (sxCaseRecord's per-AV-record storage subprocess,
 * sxRetention's per-record subprocesses), the new due date and reminder are stored in the same
 * scope, the open tasks {@code K} that see that scope get the new due date and {@code bpm_dueDate},
 * and every timer job whose {@code timeDate} is {@code ${sxp_KDueAt}} or {@code ${sxp_KRemindAt}}
 * gets the time its own execution now sees. Reminders already sent are not sent again (their timer
 * is gone). The case folders of the recounted deadlines are projected again ({@link CaseDeadlines}).
 */
public final class RecomputeDeadlines {

    /** What changed. */
    public record Result(int deadlines, int changedDeadlines, int tasks, int timers) {
    }

    private final TaskDeadlines deadlines;

    public RecomputeDeadlines(TaskDeadlines deadlines) {
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    public Result recompute(ProcessEngine engine) {
        Instant now = engine.getProcessEngineConfiguration().getClock().getCurrentTime().toInstant();
        RuntimeService runtime = engine.getRuntimeService();
        int counted = 0;
        int changed = 0;
        int tasks = 0;
        int timers = 0;
        Set<String> recountedCases = new LinkedHashSet<>();
        for (ProcessInstance pi : runtime.createProcessInstanceQuery().list()) {
            Set<String> taskKeys = new HashSet<>();
            Set<String> updatedNames = new HashSet<>();
            // the process instance is itself an execution: its variables are the process variables
            for (Execution execution : runtime.createExecutionQuery().processInstanceId(pi.getId()).list()) {
                Map<String, Object> variables = runtime.getVariablesLocal(execution.getId());
                Map<String, Object> updates = new HashMap<>();
                for (Map.Entry<String, Object> v : variables.entrySet()) {
                    Optional<String> deadlineOf = WorkflowVariables.deadlineTaskKey(v.getKey());
                    if (deadlineOf.isEmpty() || !(v.getValue() instanceof String stored)) {
                        continue;
                    }
                    String taskKey = deadlineOf.get();
                    counted++;
                    Deadline deadline = deadlines.recount(stored);
                    Map<String, Object> fresh = deadlines.variables(taskKey, deadline, now);
                    // what it was counted from, and its citation, stay as stored: only the dates move
                    fresh.keySet().retainAll(Set.of(WorkflowVariables.dueAt(taskKey), WorkflowVariables.remindAt(taskKey)));
                    if (!fresh.get(WorkflowVariables.dueAt(taskKey)).equals(variables.get(WorkflowVariables.dueAt(taskKey)))) {
                        changed++;
                    }
                    updates.putAll(fresh);
                    taskKeys.add(taskKey);
                }
                if (!updates.isEmpty()) {
                    runtime.setVariablesLocal(execution.getId(), updates);
                    updatedNames.addAll(updates.keySet());
                }
            }
            if (taskKeys.isEmpty()) {
                continue;
            }
            for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).list()) {
                if (!taskKeys.contains(task.getTaskDefinitionKey())) {
                    continue;
                }
                // the due date the task's own execution sees: its subprocess's local value, else the process's
                Object due = runtime.getVariable(task.getExecutionId(), WorkflowVariables.dueAt(task.getTaskDefinitionKey()));
                if (due instanceof Date date && !date.equals(task.getDueDate())) {
                    engine.getTaskService().setDueDate(task.getId(), date);
                    if (engine.getTaskService().hasVariableLocal(task.getId(), WorkflowVariables.DUE_DATE)) {
                        // a task created before bpm_dueDate was left to the task's due date: Alfresco would show it
                        engine.getTaskService().setVariableLocal(task.getId(), WorkflowVariables.DUE_DATE, date);
                    }
                    tasks++;
                }
            }
            timers += retime(engine, pi, updatedNames);
            if (runtime.getVariable(pi.getId(), WorkflowVariables.CASE_ID) instanceof String caseId) {
                recountedCases.add(caseId);
            }
        }
        // the case folders show the recounted dates and whether they are still provisional
        Map<Object, Object> beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
        if (beans != null) {
            beans.values().stream().filter(CaseDeadlines.class::isInstance).map(CaseDeadlines.class::cast).findFirst()
                    .ifPresent(caseDeadlines -> recountedCases.forEach(caseId -> caseDeadlines.project(engine, caseId)));
        }
        return new Result(counted, changed, tasks, timers);
    }

    /** Moves the timer jobs whose timeDate names one of the updated variables, as their execution sees it. */
    private static int retime(ProcessEngine engine, ProcessInstance pi, Set<String> updatedNames) {
        BpmnModel model = engine.getRepositoryService().getBpmnModel(pi.getProcessDefinitionId());
        List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().list();
        int moved = 0;
        for (Job job : jobs) {
            String activityId = TimerEventHandler.getActivityIdFromConfiguration(((JobEntity) job).getJobHandlerConfiguration());
            FlowElement element = model.getFlowElement(activityId);
            if (!(element instanceof BoundaryEvent boundary)) {
                continue;
            }
            for (EventDefinition definition : boundary.getEventDefinitions()) {
                if (definition instanceof TimerEventDefinition timer && timer.getTimeDate() != null) {
                    Optional<String> variable = WorkflowVariables.timerVariable(timer.getTimeDate());
                    if (variable.isEmpty() || !updatedNames.contains(variable.get())) {
                        continue;
                    }
                    Object value = engine.getRuntimeService().getVariable(job.getExecutionId(), variable.get());
                    if (value instanceof Date due && !due.equals(job.getDuedate())) {
                        String jobId = job.getId();
                        engine.getManagementService().executeCommand(context -> {
                            context.getJobEntityManager().findJobById(jobId).setDuedate(due);
                            return null;
                        });
                        moved++;
                    }
                }
            }
        }
        return moved;
    }
}
