package org.sanxiang.workflow.task;

import java.util.Objects;

import org.activiti.engine.delegate.DelegateExecution;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxDelegate;
import org.sanxiang.workflow.port.Notifications;

/**
 * Bean {@code sxRemindAssignee}: behind the non-interrupting reminder timer of task {@code K}, in a
 * service task with id {@code KRemind}; tells the assignee (or the candidate groups) that the
 * deadline is one working day away.
 */
public final class RemindAssignee extends SxDelegate {

    public static final String SUFFIX = "Remind";

    private final Notifications notifications;
    private final CaseLocator cases;

    public RemindAssignee(Notifications notifications, CaseLocator cases) {
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.cases = Objects.requireNonNull(cases, "cases");
    }

    @Override
    protected void execute(StepContext step) {
        DelegateExecution execution = step.execution();
        String taskKey = TaskNotices.taskKey(execution, SUFFIX);
        TaskNotices.notices(execution, taskKey, cases).forEach(notifications::remind);
    }
}
