package org.sanxiang.workflow.retention;

import java.time.ZoneId;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;

/** Bean {@code sxRetentionCheckHold}: is the record under a long-term hold (fushun-2026 细则 第二十三条)? */
public final class CheckLegalHold extends RetentionStep {

    public CheckLegalHold(CaseRepository cases, CaseLocator locator, ZoneId zone) {
        super(cases, locator, zone);
    }

    @Override
    protected void execute(StepContext step) {
        CaseRecord record = record(step);
        boolean held = record.hasAspect(SanxiangModel.ASPECT_LEGAL_HOLD);
        step.setLocal(WorkflowVariables.HELD, held);
        Object reasons = record.property(SanxiangModel.PROP_HOLD_REASONS);
        step.setLocal(SanxiangWorkflowModel.PROP_HOLD_REASONS, held && reasons != null ? reasons.toString() : null);
    }
}
