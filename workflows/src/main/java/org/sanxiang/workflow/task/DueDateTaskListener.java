package org.sanxiang.workflow.task;

import java.util.Date;

import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.sanxiang.workflow.WorkflowVariables;

/**
 * {@code create} listener of every user task (bean {@code sxTaskDueDate}): the deadline scheduled
 * for the task becomes its due date and its {@code bpm_dueDate}, which Share shows. A task without a
 * counted limit ({@link TaskDeadlines#noDeadline}) gets no due date, and its description
 * ({@code bpm_description}) says why.
 */
public final class DueDateTaskListener implements TaskListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void notify(DelegateTask task) {
        CaseDeadlines.refreshAfterCommit(task); // a deadline starts (or a task without one replaces one that ran)
        Date due = TaskDeadlines.dueAt(task, task.getTaskDefinitionKey());
        if (due == null) {
            String why = String.valueOf(task.getVariable(WorkflowVariables.noDeadline(task.getTaskDefinitionKey())));
            task.setDescription(why);
            task.setVariableLocal(WorkflowVariables.DESCRIPTION, why);
            return;
        }
        task.setDueDate(due);
        task.setVariableLocal(WorkflowVariables.DUE_DATE, due);
    }
}
