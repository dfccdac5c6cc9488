package org.sanxiang.workflow.access;

import java.util.Objects;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.AccessGrants;
import org.sanxiang.workflow.port.BorrowingEntry;
import org.sanxiang.workflow.port.BorrowingRegister;
import org.sanxiang.workflow.port.Notifications;

/**
 * Ends a grant. Bean {@code sxAccessReturn} (the archivist records the return and the copies made)
 * and bean {@code sxAccessExpire} (the end of the borrowing period has passed: the grant is revoked
 * and the requester and the archivists are told).
 */
public final class CloseAccess implements JavaDelegate {

    public static final String ARCHIVISTS = "GROUP_SX_ARCHIVISTS";

    private final BorrowingEntry.Status closing;
    private final AccessGrants grants;
    private final BorrowingRegister register;
    private final Notifications notifications;
    private final CaseLocator locator;

    public CloseAccess(BorrowingEntry.Status closing, AccessGrants grants, BorrowingRegister register,
            Notifications notifications, CaseLocator locator) {
        if (closing != BorrowingEntry.Status.RETURNED && closing != BorrowingEntry.Status.EXPIRED) {
            throw new IllegalArgumentException("closing: RETURNED or EXPIRED, not " + closing);
        }
        this.closing = closing;
        this.grants = Objects.requireNonNull(grants, "grants");
        this.register = Objects.requireNonNull(register, "register");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.locator = Objects.requireNonNull(locator, "locator");
    }

    @Override
    public void execute(DelegateExecution execution) {
        String grantId = required(execution, WorkflowVariables.ACCESS_GRANT_ID);
        String entryId = required(execution, WorkflowVariables.ACCESS_REGISTER_ENTRY_ID);
        if (closing == BorrowingEntry.Status.RETURNED) {
            int copies = AccessRequests.number(execution, SanxiangWorkflowModel.PROP_COPIES_MADE.toVariableName());
            if (copies < 0) {
                throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_COPIES_MADE.toVariableName() + " cannot be negative");
            }
            grants.revoke(grantId, "returned");
            register.close(entryId, closing, copies, EngineTime.now(), "returned");
        } else {
            grants.revoke(grantId, "borrowing period ended");
            register.close(entryId, closing, null, EngineTime.now(), "borrowing period ended; access revoked");
            String caseId = locator.caseId(execution);
            String requester = AccessRequests.text(execution, SanxiangWorkflowModel.PROP_REQUESTER_NAME.toVariableName());
            notifications.inform(requester, caseId, "调阅期限届满 / access expired", "access to the records has ended");
            notifications.inform(ARCHIVISTS, caseId, "调阅期限届满未归还 / not returned in time",
                    requester + ": borrowing period ended, register entry " + entryId);
        }
    }

    private static String required(DelegateExecution execution, String name) {
        String value = AccessRequests.text(execution, name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: the grant was never made");
        }
        return value;
    }
}
