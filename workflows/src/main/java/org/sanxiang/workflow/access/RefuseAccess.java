package org.sanxiang.workflow.access;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxDelegate;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.BorrowingEntry;
import org.sanxiang.workflow.port.BorrowingRegister;
import org.sanxiang.workflow.port.Notifications;

/**
 * Bean {@code sxAccessRefuse}: a request the rule refuses, or the approver rejects, is entered in
 * the register as REFUSED with its reason, and the requester is told.
 */
public final class RefuseAccess extends SxDelegate {

    private final BorrowingRegister register;
    private final Notifications notifications;
    private final CaseLocator locator;

    public RefuseAccess(BorrowingRegister register, Notifications notifications, CaseLocator locator) {
        this.register = Objects.requireNonNull(register, "register");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.locator = Objects.requireNonNull(locator, "locator");
    }

    @Override
    protected void execute(StepContext step) {
        String caseId = locator.caseId(step.scope());
        String approver = null;
        String reason;
        if (AccessProcess.REJECT.equals(step.value(WorkflowVariables.outcome(AccessProcess.APPROVE_TASK)))) {
            approver = step.string(WorkflowVariables.completedBy(AccessProcess.APPROVE_TASK));
            Object comment = step.value(WorkflowVariables.COMMENT);
            reason = "rejected by the approver" + (comment == null ? "" : ": " + comment);
            step.set(WorkflowVariables.ACCESS_REFUSAL, reason);
        } else {
            reason = step.string(WorkflowVariables.ACCESS_REFUSAL);
        }
        String requester = step.string(SanxiangWorkflowModel.PROP_REQUESTER_NAME);
        BorrowingEntry entry = new BorrowingEntry(null, caseId, step.processInstanceId(), requester,
                step.string(SanxiangWorkflowModel.PROP_REQUESTER_ORGANISATION),
                step.string(SanxiangWorkflowModel.PROP_REQUESTER_KIND),
                basis(step), step.string(SanxiangWorkflowModel.PROP_ACCESS_REASON), approver, EngineTime.now(),
                null, null, List.of(), Map.of(), BorrowingEntry.Status.REFUSED, null, EngineTime.now(), reason);
        step.set(WorkflowVariables.ACCESS_REGISTER_ENTRY_ID, register.record(entry));
        notifications.inform(requester, caseId, "调阅申请未获批准 / access request refused", reason);
    }

    static String basis(StepContext step) {
        String order = step.string(SanxiangWorkflowModel.PROP_COURT_ORDER_NUMBER);
        String basis = step.string(SanxiangWorkflowModel.PROP_ACCESS_LEGAL_BASIS);
        if (order != null && !order.isBlank()) {
            return basis == null || basis.isBlank() ? "律师调查令 " + order : basis + "; 律师调查令 " + order;
        }
        return basis;
    }
}
