package org.sanxiang.workflow.review;

import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseFolder;

/** Bean {@code sxLegalReviewRectified}: the unit has rectified the legality problem; the decision may go on. */
public final class RecordRectification extends LegalReviewStep {

    public RecordRectification(LegalReviewSupport support) {
        super(support);
    }

    @Override
    void run(StepContext step, CaseFolder folder, String profile, LegalReviewRules rules) {
        String note = step.string(SanxiangWorkflowModel.PROP_RECTIFICATION_NOTE);
        if (note == null) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_RECTIFICATION_NOTE.toVariableName() + ": say what was rectified");
        }
        step.set(WorkflowVariables.LEGALITY_PROBLEM, false);
        support.notifications.inform("GROUP_SX_LEGAL_OFFICE", folder.caseId(), "合法性问题已整改 / legality problem rectified", note);
    }
}
