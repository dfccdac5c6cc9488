package org.sanxiang.workflow.review;

import java.util.Optional;

import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.review.CollectiveDiscussion;
import org.sanxiang.rules.review.Item;
import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.rules.review.LimitRule;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseFolder;

/**
 * Bean {@code sxLegalReviewPrepareDecision}, before the decision: a legality problem blocks it
 * where the profile says so ({@link LegalReviewProcess#LEGALITY_BLOCK}) until rectified; collective discussion comes
 * first where the profile requires it; then the leader decides.
 */
public final class PrepareDecision extends LegalReviewStep {

    public PrepareDecision(LegalReviewSupport support) {
        super(support);
    }

    @Override
    void run(StepContext step, CaseFolder folder, String profile, LegalReviewRules rules) {
        Optional<Item> block = rules.blocking().stream().filter(i -> LegalReviewProcess.LEGALITY_BLOCK.equals(i.id())).findFirst();
        boolean blocked = block.isPresent() && step.flag(WorkflowVariables.LEGALITY_PROBLEM);
        step.set(WorkflowVariables.DECISION_BLOCKED, blocked);
        if (blocked) {
            support.deadlines.noDeadline(step.scope(), LegalReviewProcess.RECTIFY, profile + " " + block.get().citation()
                    + ": the decision is not made until the legality problem is rectified; no time limit is set"
                    + " (no reminder, no escalation)");
            return;
        }
        CollectiveDiscussion collective = rules.collectiveDiscussion();
        boolean required = collective != null && (collective.required() == CollectiveDiscussion.Requirement.ALWAYS
                || (collective.required() == CollectiveDiscussion.Requirement.WHEN_LAW_REQUIRES
                        && step.flag(SanxiangWorkflowModel.PROP_COLLECTIVE_DISCUSSION_REQUIRED)));
        boolean pending = required && !step.flag(WorkflowVariables.COLLECTIVE_HELD);
        step.set(WorkflowVariables.COLLECTIVE_REQUIRED, pending);
        if (pending) {
            support.deadlines.noDeadline(step.scope(), LegalReviewProcess.COLLECTIVE_DISCUSSION, profile + " " + collective.citation()
                    + ": collective discussion before the decision; no time limit is set (no reminder, no escalation)");
            return;
        }
        LimitRule limit = step.number(WorkflowVariables.RE_REVIEW_ROUNDS, 0) > 0
                ? rules.timeLimits().leaderDecision() : null;
        support.schedule(step, LegalReviewProcess.LEADER_DECISION, Optional.empty(), profile, "the leader's decision", limit);
    }
}
