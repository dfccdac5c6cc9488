package org.sanxiang.workflow.disclosure;

import java.util.Date;
import java.util.List;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.ModelProperties;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Bean {@code sxDisclosureRecordExclusion}: after the legal office confirmed them, the exclusions
 * are recorded on the case (aspect {@code sx:disclosureExclusion}) with their articles and who
 * confirmed them (chongqing-2024 公示 第十二条; wuhan-2020 公示 第十条).
 */
public final class RecordExclusion extends DisclosureStep {

    public RecordExclusion(WorkflowPorts ports, CaseLocator locator, TaskDeadlines deadlines, DisclosureRulebook rules) {
        super(ports, locator, deadlines, rules);
    }

    @Override
    protected void execute(StepContext step) {
        List<String> values = step.list(SanxiangWorkflowModel.PROP_EXCLUSION_REASONS);
        if (values.isEmpty()) {
            throw new IllegalStateException(SanxiangWorkflowModel.PROP_EXCLUSION_REASONS.toVariableName() + ": a confirmed exclusion needs its reasons");
        }
        ports.cases().addAspect(locator.caseId(step.scope()), SanxiangModel.ASPECT_DISCLOSURE_EXCLUSION, ModelProperties.create()
                .put(SanxiangModel.PROP_EXCLUSION_REASONS, values)
                .put(SanxiangModel.PROP_EXCLUSION_NOTE, step.string(SanxiangWorkflowModel.PROP_EXCLUSION_NOTE))
                .put(SanxiangModel.PROP_EXCLUSION_CONFIRMED_BY, step.string(WorkflowVariables.completedBy(DisclosureProcess.CONFIRM_EXCLUSION)))
                .put(SanxiangModel.PROP_EXCLUSION_CONFIRMED_AT, Date.from(EngineTime.now()))
                .toMap());
    }
}
