package org.sanxiang.workflow.review;

import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseFolder;

/**
 * Bean {@code sxLegalReviewRequestReReview}, when the unit disagrees: re-review as often as the
 * profile's {@code reReview.maxRounds} allows; beyond that the request is refused and the unit's
 * objection goes to the leader with the case.
 */
public final class RequestReReview extends LegalReviewStep {

    public RequestReReview(LegalReviewSupport support) {
        super(support);
    }

    @Override
    void run(StepContext step, CaseFolder folder, String profile, LegalReviewRules rules) {
        int used = step.number(WorkflowVariables.RE_REVIEW_ROUNDS, 0);
        int allowed = support.timeline(profile).reReviewRounds().orElse(0);
        if (used >= allowed) {
            String citation = rules.reReview() == null ? profile : profile + " " + rules.reReview().citation();
            throw new IllegalArgumentException(WorkflowVariables.outcome(LegalReviewProcess.RESPOND_OPINION) + ": " + citation + " allows "
                    + allowed + " re-review(s) and " + used + " took place; accept the opinion so that the"
                    + " leader decides, with the objection (" + SanxiangWorkflowModel.PROP_OBJECTION_REASON.toVariableName() + ") on record");
        }
        step.set(WorkflowVariables.RE_REVIEW_ROUNDS, used + 1);
        support.schedule(step, LegalReviewProcess.RE_REVIEW, support.timeline(profile).reReviewOpinionDue(support.today()), profile,
                "the re-review opinion", rules.timeLimits().reReviewOpinion());
    }
}
