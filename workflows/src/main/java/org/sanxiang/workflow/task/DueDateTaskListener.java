package org.sanxiang.workflow.task;

import java.util.Date;

import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.sanxiang.workflow.WorkflowVariables;

/**
 * {@code create} listener of every user task (bean {@code sxTaskDueDate}): the deadline scheduled
 * for the task becomes its due date and its {@code bpm_dueDate}, which Share shows.
 */
public final class DueDateTaskListener implements TaskListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void notify(DelegateTask task) {
        Date due = TaskDeadlines.dueAt(task, task.getTaskDefinitionKey());
        task.setDueDate(due);
        task.setVariableLocal(WorkflowVariables.DUE_DATE, due);
    }
}
