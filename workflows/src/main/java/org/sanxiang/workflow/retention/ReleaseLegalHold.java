package org.sanxiang.workflow.retention;

import java.time.Instant;
import java.time.ZoneId;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.ModelProperties;

/**
 * Bean {@code sxRetentionReleaseHold}: the archivists lift the record's long-term hold
 * (fushun-2026 细则 第二十三条), saying why; the reason stays in the record's retention citation.
 */
public final class ReleaseLegalHold extends RetentionStep {

    public ReleaseLegalHold(CaseRepository cases, CaseLocator locator, ZoneId zone) {
        super(cases, locator, zone);
    }

    @Override
    protected void execute(StepContext step) {
        CaseRecord record = record(step);
        Instant now = EngineTime.now();
        String reason = step.trimmed(SanxiangWorkflowModel.PROP_HOLD_RELEASE_REASON);
        if (reason == null) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_HOLD_RELEASE_REASON.toVariableName()
                    + ": required to release the long-term hold on " + record.name() + " (fushun-2026 细则 第二十三条)");
        }
        cases.removeAspect(record.id(), SanxiangModel.ASPECT_LEGAL_HOLD);
        Object citation = record.property(SanxiangModel.PROP_RETENTION_CITATION);
        cases.setProperties(record.id(), ModelProperties.of(SanxiangModel.PROP_RETENTION_CITATION,
                (citation == null ? "" : citation) + "; hold released " + now + " by "
                        + step.value(WorkflowVariables.completedBy(RetentionProcess.HOLD_TASK)) + ": " + reason));
        step.set(SanxiangWorkflowModel.PROP_HOLD_RELEASE_REASON, null);
    }
}
