package org.sanxiang.workflow.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.ModelProperties;

/** Bean {@code sxRetentionExtend}: the archivists keep the record longer, to a new retain-until day later than today. */
public final class ExtendRetention extends RetentionStep {

    public ExtendRetention(CaseRepository cases, CaseLocator locator, ZoneId zone) {
        super(cases, locator, zone);
    }

    @Override
    protected void execute(StepContext step) {
        CaseRecord record = record(step);
        Instant now = EngineTime.now();
        String field = SanxiangWorkflowModel.PROP_EXTEND_UNTIL.toVariableName();
        LocalDate until = step.day(SanxiangWorkflowModel.PROP_EXTEND_UNTIL, zone);
        if (until == null) {
            throw new IllegalArgumentException(field + ": required to extend the retention of " + record.name());
        }
        if (!until.isAfter(now.atZone(zone).toLocalDate())) {
            throw new IllegalArgumentException(field + ": " + until + " is not after today");
        }
        cases.setProperties(record.id(), ModelProperties.of(SanxiangModel.PROP_RETAIN_UNTIL,
                Date.from(until.atStartOfDay(zone).toInstant()), SanxiangModel.PROP_DISPOSITION, "extend"));
        step.set(SanxiangWorkflowModel.PROP_EXTEND_UNTIL, null);
    }
}
