package org.sanxiang.workflow.review;

import java.util.Optional;

import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.rules.review.LimitRule;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseFolder;

/**
 * Bean {@code sxLegalReviewExtension}, after the head decides on an extension: an approved one
 * moves the review deadline by the days approved, never beyond the profile's count.
 */
public final class DecideExtension extends LegalReviewStep {

    public DecideExtension(LegalReviewSupport support) {
        super(support);
    }

    @Override
    void run(StepContext step, CaseFolder folder, String profile, LegalReviewRules rules) {
        if (LegalReviewProcess.APPROVE.equals(step.value(WorkflowVariables.outcome(LegalReviewProcess.APPROVE_EXTENSION)))) {
            int requested = step.number(SanxiangWorkflowModel.PROP_EXTENSION_DAYS_REQUESTED, 0);
            int approved = step.number(SanxiangWorkflowModel.PROP_EXTENSION_DAYS_APPROVED, requested);
            if (approved < 1) {
                throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_EXTENSION_DAYS_APPROVED.toVariableName() + ": an approved extension needs at least 1 working day");
            }
            int total = approved + step.number(WorkflowVariables.EXTENSION_DAYS, 0);
            LimitRule extension = rules.timeLimits().extension();
            Optional<Integer> most = extension.countedLimit().map(l -> l.amount());
            if (most.isPresent() && total > most.get()) {
                throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_EXTENSION_DAYS_APPROVED.toVariableName() + ": " + total + " working days in all exceed the "
                        + most.get() + " that " + profile + " " + extension.citation() + " allows");
            }
            step.set(WorkflowVariables.EXTENSION_DAYS, total);
        }
        support.scheduleReview(step, profile);
    }
}
