package org.sanxiang.workflow.task;

import java.util.Objects;

import org.activiti.engine.TaskService;
import org.activiti.engine.delegate.DelegateExecution;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxDelegate;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.Notifications;
import org.sanxiang.workflow.port.TaskNotice;

/**
 * Bean {@code sxEscalateToHead}: behind the non-interrupting deadline timer of task {@code K}, in a
 * service task with id {@code KEscalate}. The head of the unit is told, the leaders' group becomes a
 * candidate of the task so the head can act on it, and the task is marked
 * {@code sxp_escalated = true}.
 */
public final class EscalateToHead extends SxDelegate {

    public static final String SUFFIX = "Escalate";
    public static final String HEADS_GROUP = "GROUP_SX_LEADERS";

    private final Notifications notifications;
    private final CaseLocator cases;

    public EscalateToHead(Notifications notifications, CaseLocator cases) {
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.cases = Objects.requireNonNull(cases, "cases");
    }

    @Override
    protected void execute(StepContext step) {
        DelegateExecution execution = step.execution();
        String taskKey = TaskNotices.taskKey(execution, SUFFIX);
        TaskService tasks = execution.getEngineServices().getTaskService();
        for (TaskNotice notice : TaskNotices.notices(execution, taskKey, cases)) {
            if (!notice.candidateGroups().contains(HEADS_GROUP)) {
                tasks.addCandidateGroup(notice.taskId(), HEADS_GROUP);
            }
            tasks.setVariableLocal(notice.taskId(), WorkflowVariables.ESCALATED, Boolean.TRUE);
            notifications.escalate(notice);
        }
    }
}
