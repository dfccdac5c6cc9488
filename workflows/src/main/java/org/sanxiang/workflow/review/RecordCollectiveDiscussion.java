package org.sanxiang.workflow.review;

import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseFolder;

/** Bean {@code sxLegalReviewCollectiveHeld}: the collective discussion approved; the leader decides. */
public final class RecordCollectiveDiscussion extends LegalReviewStep {

    public RecordCollectiveDiscussion(LegalReviewSupport support) {
        super(support);
    }

    @Override
    void run(StepContext step, CaseFolder folder, String profile, LegalReviewRules rules) {
        step.set(WorkflowVariables.COLLECTIVE_HELD, true);
    }
}
