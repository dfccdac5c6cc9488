package org.sanxiang.workflow.task;

import java.util.Date;
import java.util.Objects;

import org.activiti.engine.delegate.DelegateTask;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxTaskListener;

/**
 * {@code create} listener of every user task (bean {@code sxTaskDueDate}): the deadline scheduled
 * for the task becomes its due date, which Share shows as {@code bpm:dueDate} (Alfresco reads a task's
 * {@code bpm:dueDate} and {@code bpm:description} from its due date and description where no task
 * variable of that name is set, so none is written). A task without a counted limit
 * ({@link TaskDeadlines#noDeadline}) gets no due date, and its description says why.
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
        // the execution's variables: a new task has none of its own, and asking it would query them
        Date due = TaskDeadlines.dueAt(task.getExecution(), task.getTaskDefinitionKey());
        if (due == null) {
            String why = String.valueOf(TaskDeadlines.noDeadlineReason(task.getExecution(), task.getTaskDefinitionKey()));
            task.setDescription(why);
            return;
        }
        task.setDueDate(due);
    }
}
