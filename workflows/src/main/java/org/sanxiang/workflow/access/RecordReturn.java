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
 * Bean {@code sxAccessReturn}: the archivist records the return and the copies made; the grant ends. The
 * register accounts for every copy the grantee took under the grant: fewer copies entered than taken is
 * refused (wuhan-2020 全过程记录 第二十七条第三款: 调阅人, 复制人 … are registered).
 */
public final class RecordReturn extends CloseAccess {

    public RecordReturn(AccessGrants grants, BorrowingRegister register, Notifications notifications, CaseLocator locator) {
        super(grants, register, notifications, locator);
    }

    @Override
    protected void execute(StepContext step) {
        String grantId = required(step, WorkflowVariables.ACCESS_GRANT_ID);
        String entryId = required(step, WorkflowVariables.ACCESS_REGISTER_ENTRY_ID);
        int copies = step.number(SanxiangWorkflowModel.PROP_COPIES_MADE);
        if (copies < 0) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_COPIES_MADE.toVariableName() + " cannot be negative");
        }
        int taken = grants.copiesTaken(grantId);
        if (copies < taken) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_COPIES_MADE.toVariableName() + ": " + copies
                    + " copies entered, but " + taken + " were taken under the grant; the register accounts for every copy"
                    + " (wuhan-2020 全过程记录 第二十七条第三款)");
        }
        grants.revoke(grantId, "returned");
        register.close(entryId, BorrowingEntry.Status.RETURNED, copies, EngineTime.now(), "returned");
    }
}
