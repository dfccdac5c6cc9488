package org.sanxiang.workflow.task;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.task.IdentityLink;
import org.activiti.engine.task.IdentityLinkType;
import org.activiti.engine.task.Task;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.TaskNotice;

/**
 * Finds the open task a reminder or escalation is about. The service task after the boundary timer
 * has id {@code <taskKey>Remind} or {@code <taskKey>Escalate}; the suffix is cut to get the task key.
 */
final class TaskNotices {

    private TaskNotices() {
    }

    static String taskKey(DelegateExecution execution, String suffix) {
        String activity = execution.getCurrentActivityId();
        if (activity == null || !activity.endsWith(suffix) || activity.length() == suffix.length()) {
            throw new IllegalStateException("activity " + activity + " must be named <taskKey>" + suffix
                    + " to tell which task it is about");
        }
        return activity.substring(0, activity.length() - suffix.length());
    }

    static List<Task> openTasks(DelegateExecution execution, String taskKey) {
        return execution.getEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey).list();
    }

    static List<TaskNotice> notices(DelegateExecution execution, String taskKey, CaseLocator cases) {
        // a notice about the annual report names the report's key where others name their case
        String caseId = execution.hasVariable(WorkflowVariables.REPORT_KEY)
                ? String.valueOf(execution.getVariable(WorkflowVariables.REPORT_KEY)) : cases.caseId(execution);
        List<TaskNotice> notices = new ArrayList<>();
        for (Task task : openTasks(execution, taskKey)) {
            Set<String> groups = new LinkedHashSet<>();
            for (IdentityLink link : execution.getEngineServices().getTaskService().getIdentityLinksForTask(task.getId())) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                }
            }
            notices.add(new TaskNotice(caseId, execution.getProcessInstanceId(), task.getId(), taskKey, task.getName(),
                    task.getAssignee(), groups, task.getDueDate() == null ? null : task.getDueDate().toInstant()));
        }
        return notices;
    }
}
