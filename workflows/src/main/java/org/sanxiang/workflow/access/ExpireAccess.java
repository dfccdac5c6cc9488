package org.sanxiang.workflow.access;

import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.AccessGrants;
import org.sanxiang.workflow.port.BorrowingEntry;
import org.sanxiang.workflow.port.BorrowingRegister;
import org.sanxiang.workflow.port.Notifications;

/**
 * Bean {@code sxAccessExpire}: the end of the borrowing period has passed: the grant is revoked and
 * the requester and the archivists are told.
 */
public final class ExpireAccess extends CloseAccess {

    public ExpireAccess(AccessGrants grants, BorrowingRegister register, Notifications notifications, CaseLocator locator) {
        super(grants, register, notifications, locator);
    }

    @Override
    protected void execute(StepContext step) {
        String grantId = required(step, WorkflowVariables.ACCESS_GRANT_ID);
        String entryId = required(step, WorkflowVariables.ACCESS_REGISTER_ENTRY_ID);
        grants.revoke(grantId, "borrowing period ended");
        register.close(entryId, BorrowingEntry.Status.EXPIRED, null, EngineTime.now(), "borrowing period ended; access revoked");
        String caseId = locator.caseId(step.scope());
        String requester = step.string(SanxiangWorkflowModel.PROP_REQUESTER_NAME);
        notifications.inform(requester, caseId, "调阅期限届满 / access expired", "access to the records has ended");
        notifications.inform(ARCHIVISTS, caseId, "调阅期限届满未归还 / not returned in time",
                requester + ": borrowing period ended, register entry " + entryId);
    }
}
