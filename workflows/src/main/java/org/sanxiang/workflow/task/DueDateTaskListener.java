package org.sanxiang.workflow.task;

import java.util.Date;
import java.util.Objects;

import org.activiti.engine.delegate.DelegateTask;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxTaskListener;
import org.sanxiang.workflow.WorkflowVariables;

/**
 * {@code create} listener of every user task (bean {@code sxTaskDueDate}): the deadline scheduled
 * for the task becomes its due date and its {@code bpm_dueDate}, which Share shows. A task without a
 * counted limit ({@link TaskDeadlines#noDeadline}) gets no due date, and its description
 * ({@code bpm_description}) says why.
 */
public final class DueDateTaskListener extends SxTaskListener {

    private static final long serialVersionUID = 1L;

    private final transient CaseDeadlines caseDeadlines;

    public DueDateTaskListener(CaseDeadlines caseDeadlines) {
        this.caseDeadlines = Objects.requireNonNull(caseDeadlines, "caseDeadlines");
    }

    @Override
    protected void notify(StepContext step) {
        DelegateTask task = step.task();
        caseDeadlines.taskStarted(task); // its deadline joins the case's
        Date due = TaskDeadlines.dueAt(task, task.getTaskDefinitionKey());
        if (due == null) {
            String why = String.valueOf(step.value(WorkflowVariables.noDeadline(task.getTaskDefinitionKey())));
            task.setDescription(why);
            task.setVariableLocal(WorkflowVariables.DESCRIPTION, why);
            return;
        }
        task.setDueDate(due);
        task.setVariableLocal(WorkflowVariables.DUE_DATE, due);
    }
}
