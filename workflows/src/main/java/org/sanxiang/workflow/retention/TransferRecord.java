package org.sanxiang.workflow.retention;

import java.time.ZoneId;
import java.util.Objects;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.ModelProperties;
import org.sanxiang.workflow.port.Notifications;

/** Bean {@code sxRetentionTransfer}: the record's retention ended and it is handed to the archive. */
public final class TransferRecord extends RetentionStep {

    public static final String ARCHIVISTS = "GROUP_SX_ARCHIVISTS";

    private final Notifications notifications;

    public TransferRecord(CaseRepository cases, Notifications notifications, CaseLocator locator, ZoneId zone) {
        super(cases, locator, zone);
        this.notifications = Objects.requireNonNull(notifications, "notifications");
    }

    @Override
    protected void execute(StepContext step) {
        CaseRecord record = record(step);
        cases.setProperties(record.id(), ModelProperties.of(SanxiangModel.PROP_DISPOSITION, "transfer"));
        notifications.inform(ARCHIVISTS, caseId(step), "移交档案 / transfer to the archive",
                record.name() + ": retention ended, transfer to the archive approved by "
                        + step.value(WorkflowVariables.completedBy(RetentionProcess.REVIEW_TASK)));
    }
}
