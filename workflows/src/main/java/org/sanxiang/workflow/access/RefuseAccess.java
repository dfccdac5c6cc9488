package org.sanxiang.workflow.access;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.BorrowingEntry;
import org.sanxiang.workflow.port.BorrowingRegister;
import org.sanxiang.workflow.port.Notifications;

/**
 * Bean {@code sxAccessRefuse}: a request the rule refuses, or the approver rejects, is entered in
 * the register as REFUSED with its reason, and the requester is told.
 */
public final class RefuseAccess implements JavaDelegate {

    private final BorrowingRegister register;
    private final Notifications notifications;
    private final CaseLocator locator;

    public RefuseAccess(BorrowingRegister register, Notifications notifications, CaseLocator locator) {
        this.register = Objects.requireNonNull(register, "register");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.locator = Objects.requireNonNull(locator, "locator");
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = locator.caseId(execution);
        String approver = null;
        String reason;
        if (AccessProcess.REJECT.equals(execution.getVariable(WorkflowVariables.outcome(AccessProcess.APPROVE_TASK)))) {
            approver = AccessRequests.text(execution, WorkflowVariables.completedBy(AccessProcess.APPROVE_TASK));
            Object comment = execution.getVariable(WorkflowVariables.COMMENT);
            reason = "rejected by the approver" + (comment == null ? "" : ": " + comment);
            execution.setVariable(WorkflowVariables.ACCESS_REFUSAL, reason);
        } else {
            reason = AccessRequests.text(execution, WorkflowVariables.ACCESS_REFUSAL);
        }
        String requester = AccessRequests.text(execution, SanxiangWorkflowModel.PROP_REQUESTER_NAME.toVariableName());
        BorrowingEntry entry = new BorrowingEntry(null, caseId, execution.getProcessInstanceId(), requester,
                AccessRequests.text(execution, SanxiangWorkflowModel.PROP_REQUESTER_ORGANISATION.toVariableName()),
                AccessRequests.text(execution, SanxiangWorkflowModel.PROP_REQUESTER_KIND.toVariableName()),
                basis(execution), AccessRequests.text(execution, SanxiangWorkflowModel.PROP_ACCESS_REASON.toVariableName()), approver, EngineTime.now(),
                null, null, List.of(), Map.of(), BorrowingEntry.Status.REFUSED, null, EngineTime.now(), reason);
        execution.setVariable(WorkflowVariables.ACCESS_REGISTER_ENTRY_ID, register.record(entry));
        notifications.inform(requester, caseId, "调阅申请未获批准 / access request refused", reason);
    }

    static String basis(DelegateExecution execution) {
        String order = AccessRequests.text(execution, SanxiangWorkflowModel.PROP_COURT_ORDER_NUMBER.toVariableName());
        String basis = AccessRequests.text(execution, SanxiangWorkflowModel.PROP_ACCESS_LEGAL_BASIS.toVariableName());
        if (order != null && !order.isBlank()) {
            return basis == null || basis.isBlank() ? "律师调查令 " + order : basis + "; 律师调查令 " + order;
        }
        return basis;
    }
}
