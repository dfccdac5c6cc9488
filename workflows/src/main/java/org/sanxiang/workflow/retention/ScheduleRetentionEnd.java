package org.sanxiang.workflow.retention;

import java.time.ZoneId;
import java.util.Date;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.Values;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Bean {@code sxRetentionSchedule}: when the record's retention ends: the day after its
 * {@code sx:retainUntil}; none for a record kept permanently.
 */
public final class ScheduleRetentionEnd extends RetentionStep {

    public ScheduleRetentionEnd(CaseRepository cases, CaseLocator locator, ZoneId zone) {
        super(cases, locator, zone);
    }

    @Override
    protected void execute(StepContext step) {
        CaseRecord record = record(step);
        Object until = record.property(SanxiangModel.PROP_RETAIN_UNTIL);
        step.setLocal(SanxiangWorkflowModel.PROP_RETAINED_RECORD_NAME, record.name());
        step.setLocal(WorkflowVariables.PERMANENT, until == null);
        step.setLocal(SanxiangWorkflowModel.PROP_RETAINED_UNTIL, until);
        step.setLocal(WorkflowVariables.RETENTION_ENDS_AT, until == null ? null : Date.from(Values.day(until, zone,
                SanxiangModel.PROP_RETAIN_UNTIL.toPrefixString()).plusDays(1).atStartOfDay(zone).toInstant()));
        TaskDeadlines.setLocal(step.scope(), TaskDeadlines.none(RetentionProcess.REVIEW_TASK));
        TaskDeadlines.setLocal(step.scope(), TaskDeadlines.none(RetentionProcess.HOLD_TASK));
    }
}
