package org.sanxiang.workflow.review;

import java.util.Map;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.port.CaseFolder;

/** Bean {@code sxLegalReviewFiled}: the decision is on file with the legal office. */
public final class RecordFiling extends LegalReviewStep {

    public RecordFiling(LegalReviewSupport support) {
        super(support);
    }

    @Override
    void run(StepContext step, CaseFolder folder, String profile, LegalReviewRules rules) {
        String number = step.string(SanxiangWorkflowModel.PROP_DECISION_DOCUMENT_NUMBER);
        if (number == null) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_DECISION_DOCUMENT_NUMBER.toVariableName() + " is required to file the decision");
        }
        support.cases.setProperties(folder.caseId(), Map.of(SanxiangModel.PROP_CASE_DECISION_NUMBER.toPrefixString(), number));
        support.notifications.inform("GROUP_SX_LEGAL_OFFICE", folder.caseId(), "重大执法决定备案 / decision filed",
                number + " (" + profile + " " + rules.timeLimits().filing().citation() + ")");
    }
}
