package org.sanxiang.workflow.task;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.activiti.bpmn.model.BoundaryEvent;
import org.activiti.bpmn.model.BpmnModel;
import org.activiti.bpmn.model.EventDefinition;
import org.activiti.bpmn.model.FlowElement;
import org.activiti.bpmn.model.TimerEventDefinition;
import org.activiti.engine.ProcessEngine;
import org.activiti.engine.impl.jobexecutor.TimerEventHandler;
import org.activiti.engine.impl.persistence.entity.JobEntity;
import org.activiti.engine.runtime.Job;
import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.sanxiang.rules.calendar.Deadline;
import org.sanxiang.workflow.WorkflowVariables;

/**
 * When the calendar data changes (a new year's holiday notice, a local override), every running
 * deadline is counted again: for each process variable {@code sxp_KDeadline} the new due date and
 * reminder are stored, the open tasks {@code K} get the new due date and {@code bpm_dueDate}, and
 * every timer job whose {@code timeDate} is {@code ${sxp_KDueAt}} or {@code ${sxp_KRemindAt}}
 * gets the new time. Reminders already sent are not sent again (their timer is gone).
 */
public final class RecomputeDeadlines {

    private static final Pattern DEADLINE = Pattern.compile("^sxp_(\\w+)Deadline$");
    private static final Pattern TIME_VARIABLE = Pattern.compile("^\\$\\{(sxp_\\w+)\\}$");

    /** What changed. */
    public record Result(int deadlines, int changedDeadlines, int tasks, int timers) {
    }

    private final TaskDeadlines deadlines;

    public RecomputeDeadlines(TaskDeadlines deadlines) {
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    public Result recompute(ProcessEngine engine) {
        Instant now = engine.getProcessEngineConfiguration().getClock().getCurrentTime().toInstant();
        int counted = 0;
        int changed = 0;
        int tasks = 0;
        int timers = 0;
        for (ProcessInstance pi : engine.getRuntimeService().createProcessInstanceQuery().list()) {
            Map<String, Object> variables = engine.getRuntimeService().getVariables(pi.getId());
            Map<String, Object> updates = new HashMap<>();
            Map<String, Date> dueByTask = new HashMap<>();
            for (Map.Entry<String, Object> v : variables.entrySet()) {
                Matcher m = DEADLINE.matcher(v.getKey());
                if (!m.matches() || !(v.getValue() instanceof String stored)) {
                    continue;
                }
                String taskKey = m.group(1);
                counted++;
                Deadline deadline = deadlines.recount(stored);
                Map<String, Object> fresh = deadlines.variables(taskKey, deadline, now);
                if (!fresh.get(WorkflowVariables.dueAt(taskKey)).equals(variables.get(WorkflowVariables.dueAt(taskKey)))) {
                    changed++;
                }
                updates.putAll(fresh);
                dueByTask.put(taskKey, (Date) fresh.get(WorkflowVariables.dueAt(taskKey)));
            }
            if (updates.isEmpty()) {
                continue;
            }
            engine.getRuntimeService().setVariables(pi.getId(), updates);
            for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).list()) {
                Date due = dueByTask.get(task.getTaskDefinitionKey());
                if (due != null && !due.equals(task.getDueDate())) {
                    engine.getTaskService().setDueDate(task.getId(), due);
                    engine.getTaskService().setVariableLocal(task.getId(), WorkflowVariables.DUE_DATE, due);
                    tasks++;
                }
            }
            timers += retime(engine, pi, updates);
        }
        return new Result(counted, changed, tasks, timers);
    }

    /** Moves the timer jobs whose timeDate names one of the updated variables. */
    private static int retime(ProcessEngine engine, ProcessInstance pi, Map<String, Object> updates) {
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
                    Matcher m = TIME_VARIABLE.matcher(timer.getTimeDate().trim());
                    if (m.matches() && updates.get(m.group(1)) instanceof Date due && !due.equals(job.getDuedate())) {
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
