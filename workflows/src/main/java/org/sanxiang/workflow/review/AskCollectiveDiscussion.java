package org.sanxiang.workflow.review;

import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseFolder;

/** Bean {@code sxLegalReviewAskCollective}: the leader sends the decision to collective discussion. */
public final class AskCollectiveDiscussion extends LegalReviewStep {

    public AskCollectiveDiscussion(LegalReviewSupport support) {
        super(support);
    }

    @Override
    void run(StepContext step, CaseFolder folder, String profile, LegalReviewRules rules) {
        step.set(WorkflowVariables.COLLECTIVE_HELD, false);
        String citation = rules.collectiveDiscussion() == null ? profile : profile + " " + rules.collectiveDiscussion().citation();
        support.deadlines.noDeadline(step.scope(), LegalReviewProcess.COLLECTIVE_DISCUSSION, citation
                + ": collective discussion asked by the leader; no time limit is set (no reminder, no escalation)");
    }
}
