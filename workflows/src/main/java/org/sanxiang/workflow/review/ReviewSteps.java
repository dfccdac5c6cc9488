package org.sanxiang.workflow.review;


import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.review.ClockStop;
import org.sanxiang.rules.review.CollectiveDiscussion;
import org.sanxiang.rules.review.Item;
import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.rules.review.LimitRule;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseFacts;
import org.sanxiang.workflow.port.DocumentDraft;

/** The smaller steps of {@code sxLegalReview}, one bean each; every rule comes from the case's profile. */
public final class ReviewSteps {

    /** The blocking item of a legality problem (wuhan-2020 法制审核 第十一条). */
    public static final String LEGALITY_BLOCK = "legality-problem-uncorrected";

    private ReviewSteps() {
    }

    private abstract static class Step implements JavaDelegate {
        final LegalReviewSupport support;

        Step(LegalReviewSupport support) {
            this.support = Objects.requireNonNull(support, "support");
        }

        @Override
        public final void execute(DelegateExecution execution) {
            CaseFacts folder = support.caseOf(execution);
            run(execution, folder, folder.profileId(), support.rules(folder.profileId()));
        }

        abstract void run(DelegateExecution execution, CaseFacts folder, String profile, LegalReviewRules rules);
    }

    /**
     * Bean {@code sxLegalReviewExtension}, after the head decides on an extension: an approved one
     * moves the review deadline by the days approved, never beyond the profile's count.
     */
    public static final class DecideExtension extends Step {
        public DecideExtension(LegalReviewSupport support) {
            super(support);
        }

        @Override
        void run(DelegateExecution execution, CaseFacts folder, String profile, LegalReviewRules rules) {
            if (LegalReviewProcess.APPROVE.equals(execution.getVariable(WorkflowVariables.outcome(LegalReviewProcess.APPROVE_EXTENSION)))) {
                int requested = LegalReviewSupport.number(execution, SanxiangWorkflowModel.PROP_EXTENSION_DAYS_REQUESTED.toVariableName(), 0);
                int approved = LegalReviewSupport.number(execution, SanxiangWorkflowModel.PROP_EXTENSION_DAYS_APPROVED.toVariableName(), requested);
                if (approved < 1) {
                    throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_EXTENSION_DAYS_APPROVED.toVariableName() + ": an approved extension needs at least 1 working day");
                }
                int total = approved + LegalReviewSupport.number(execution, WorkflowVariables.EXTENSION_DAYS, 0);
                LimitRule extension = rules.timeLimits().extension();
                Optional<Integer> most = extension.countedLimit().map(l -> l.amount());
                if (most.isPresent() && total > most.get()) {
                    throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_EXTENSION_DAYS_APPROVED.toVariableName() + ": " + total + " working days in all exceed the "
                            + most.get() + " that " + profile + " " + extension.citation() + " allows");
                }
                execution.setVariable(WorkflowVariables.EXTENSION_DAYS, total);
            }
            support.scheduleReview(execution, profile);
        }
    }

    /**
     * Bean {@code sxLegalReviewResubmit}, when the unit resubmits completed materials: the review clock
     * runs again, paused or restarted as the profile's {@code materialsReturned} says.
     */
    public static final class ResumeReview extends Step {
        public ResumeReview(LegalReviewSupport support) {
            super(support);
        }

        @Override
        void run(DelegateExecution execution, CaseFacts folder, String profile, LegalReviewRules rules) {
            List<ClockStop> stops = new ArrayList<>(LegalReviewSupport.stops(execution));
            ClockStop open = stops.remove(stops.size() - 1);
            stops.add(new ClockStop(open.stopped(), support.today()));
            LegalReviewSupport.storeStops(execution, stops);
            support.scheduleReview(execution, profile);
        }
    }

    /**
     * Bean {@code sxLegalReviewRequestReReview}, when the unit disagrees: re-review as often as the
     * profile's {@code reReview.maxRounds} allows; beyond that the request is refused and the unit's
     * objection goes to the leader with the case.
     */
    public static final class RequestReReview extends Step {
        public RequestReReview(LegalReviewSupport support) {
            super(support);
        }

        @Override
        void run(DelegateExecution execution, CaseFacts folder, String profile, LegalReviewRules rules) {
            int used = LegalReviewSupport.number(execution, WorkflowVariables.RE_REVIEW_ROUNDS, 0);
            int allowed = support.timeline(profile).reReviewRounds().orElse(0);
            if (used >= allowed) {
                String citation = rules.reReview() == null ? profile : profile + " " + rules.reReview().citation();
                throw new IllegalArgumentException(WorkflowVariables.outcome(LegalReviewProcess.RESPOND_OPINION) + ": " + citation + " allows "
                        + allowed + " re-review(s) and " + used + " took place; accept the opinion so that the"
                        + " leader decides, with the objection (" + SanxiangWorkflowModel.PROP_OBJECTION_REASON.toVariableName() + ") on record");
            }
            execution.setVariable(WorkflowVariables.RE_REVIEW_ROUNDS, used + 1);
            support.schedule(execution, LegalReviewProcess.RE_REVIEW, support.timeline(profile).reReviewOpinionDue(support.today()), profile,
                    "the re-review opinion", rules.timeLimits().reReviewOpinion());
        }
    }

    /** Bean {@code sxLegalReviewReReviewed}: the re-review opinion goes into the case; the unit responds again. */
    public static final class RecordReReview extends Step {
        public RecordReReview(LegalReviewSupport support) {
            super(support);
        }

        @Override
        void run(DelegateExecution execution, CaseFacts folder, String profile, LegalReviewRules rules) {
            String outcome = String.valueOf(execution.getVariable(WorkflowVariables.outcome(LegalReviewProcess.RE_REVIEW)));
            String opinion = Objects.toString(LegalReviewSupport.text(execution, SanxiangWorkflowModel.PROP_RE_REVIEW_OPINION.toVariableName()), "");
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("cm:title", "复审意见 " + Objects.toString(folder.caseNumber(), folder.caseId()));
            properties.put(SanxiangModel.PROP_REVIEWED_DECISION_NAME.toPrefixString(), Objects.toString(execution.getVariable(SanxiangWorkflowModel.PROP_DECISION_NAME.toVariableName()), ""));
            properties.put(SanxiangModel.PROP_OPINION_TYPE.toPrefixString(), OpinionCodes.modelValue(String.valueOf(execution.getVariable(WorkflowVariables.OPINION_TYPE))));
            properties.put(SanxiangModel.PROP_OPINION_TEXT.toPrefixString(), opinion);
            properties.put(SanxiangModel.PROP_OPINION_DATE.toPrefixString(), Date.from(support.now()));
            String citation = rules.reReview() == null ? profile : profile + " " + rules.reReview().citation();
            String name = LegalReviewSupport.roundName("复审意见", LegalReviewSupport.number(execution, WorkflowVariables.RE_REVIEW_ROUNDS, 1));
            support.documents.write(folder.caseId(), new DocumentDraft(SanxiangModel.TYPE_REVIEW_OPINION.toPrefixString(), name, properties,
                    "复审意见 / Re-review opinion (" + citation + ")\n" + ("change".equals(outcome) ? "变更原审核意见 / opinion changed"
                            : "维持原审核意见 / opinion maintained") + '\n' + opinion + '\n'));
            RecordOpinion.scheduleResponse(support, execution, profile, rules);
        }
    }

    /**
     * Bean {@code sxLegalReviewPrepareDecision}, before the decision: a legality problem blocks it
     * where the profile says so ({@link #LEGALITY_BLOCK}) until rectified; collective discussion comes
     * first where the profile requires it; then the leader decides.
     */
    public static final class PrepareDecision extends Step {
        public PrepareDecision(LegalReviewSupport support) {
            super(support);
        }

        @Override
        void run(DelegateExecution execution, CaseFacts folder, String profile, LegalReviewRules rules) {
            Optional<Item> block = rules.blocking().stream().filter(i -> LEGALITY_BLOCK.equals(i.id())).findFirst();
            boolean blocked = block.isPresent() && LegalReviewSupport.flag(execution, WorkflowVariables.LEGALITY_PROBLEM);
            execution.setVariable(WorkflowVariables.DECISION_BLOCKED, blocked);
            if (blocked) {
                support.deadlines.noDeadline(execution, LegalReviewProcess.RECTIFY, profile + " " + block.get().citation()
                        + ": the decision is not made until the legality problem is rectified; no time limit is set"
                        + " (no reminder, no escalation)");
                return;
            }
            CollectiveDiscussion collective = rules.collectiveDiscussion();
            boolean required = collective != null && (collective.required() == CollectiveDiscussion.Requirement.ALWAYS
                    || (collective.required() == CollectiveDiscussion.Requirement.WHEN_LAW_REQUIRES
                            && LegalReviewSupport.flag(execution, SanxiangWorkflowModel.PROP_COLLECTIVE_DISCUSSION_REQUIRED.toVariableName())));
            boolean pending = required && !LegalReviewSupport.flag(execution, WorkflowVariables.COLLECTIVE_HELD);
            execution.setVariable(WorkflowVariables.COLLECTIVE_REQUIRED, pending);
            if (pending) {
                support.deadlines.noDeadline(execution, LegalReviewProcess.COLLECTIVE_DISCUSSION, profile + " " + collective.citation()
                        + ": collective discussion before the decision; no time limit is set (no reminder, no escalation)");
                return;
            }
            LimitRule limit = LegalReviewSupport.number(execution, WorkflowVariables.RE_REVIEW_ROUNDS, 0) > 0
                    ? rules.timeLimits().leaderDecision() : null;
            support.schedule(execution, LegalReviewProcess.LEADER_DECISION, Optional.empty(), profile, "the leader's decision", limit);
        }
    }

    /** Bean {@code sxLegalReviewRectified}: the unit has rectified the legality problem; the decision may go on. */
    public static final class RecordRectification extends Step {
        public RecordRectification(LegalReviewSupport support) {
            super(support);
        }

        @Override
        void run(DelegateExecution execution, CaseFacts folder, String profile, LegalReviewRules rules) {
            String note = LegalReviewSupport.text(execution, SanxiangWorkflowModel.PROP_RECTIFICATION_NOTE.toVariableName());
            if (note == null) {
                throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_RECTIFICATION_NOTE.toVariableName() + ": say what was rectified");
            }
            execution.setVariable(WorkflowVariables.LEGALITY_PROBLEM, false);
            support.notifications.inform("GROUP_SX_LEGAL_OFFICE", folder.caseId(), "合法性问题已整改 / legality problem rectified", note);
        }
    }

    /** Bean {@code sxLegalReviewAskCollective}: the leader sends the decision to collective discussion. */
    public static final class AskCollective extends Step {
        public AskCollective(LegalReviewSupport support) {
            super(support);
        }

        @Override
        void run(DelegateExecution execution, CaseFacts folder, String profile, LegalReviewRules rules) {
            execution.setVariable(WorkflowVariables.COLLECTIVE_HELD, false);
            String citation = rules.collectiveDiscussion() == null ? profile : profile + " " + rules.collectiveDiscussion().citation();
            support.deadlines.noDeadline(execution, LegalReviewProcess.COLLECTIVE_DISCUSSION, citation
                    + ": collective discussion asked by the leader; no time limit is set (no reminder, no escalation)");
        }
    }

    /** Bean {@code sxLegalReviewCollectiveHeld}: the collective discussion approved; the leader decides. */
    public static final class CollectiveHeld extends Step {
        public CollectiveHeld(LegalReviewSupport support) {
            super(support);
        }

        @Override
        void run(DelegateExecution execution, CaseFacts folder, String profile, LegalReviewRules rules) {
            execution.setVariable(WorkflowVariables.COLLECTIVE_HELD, true);
        }
    }

    /**
     * Bean {@code sxLegalReviewDecided}: the leader has approved; the leader's opinion completes the
     * review-opinion document; a reviewed decision is filed with the legal office where the profile
     * has a filing limit (chongqing-2024 法制审核 第十七条).
     */
    public static final class RecordDecision extends Step {
        public RecordDecision(LegalReviewSupport support) {
            super(support);
        }

        @Override
        void run(DelegateExecution execution, CaseFacts folder, String profile, LegalReviewRules rules) {
            support.cases.setProperties(folder.caseId(), Map.of(SanxiangModel.PROP_CASE_DECISION_DATE.toPrefixString(), Date.from(support.now())));
            String opinion = LegalReviewSupport.text(execution, WorkflowVariables.OPINION_DOCUMENT_ID);
            if (opinion != null) {
                // the supervising leader's part of the 审核意见书 (chongqing-2024 法制审核 附件1)
                Map<String, Object> leader = new LinkedHashMap<>();
                leader.put(SanxiangModel.PROP_LEADER_OPINION.toPrefixString(), Objects.toString(LegalReviewSupport.text(execution, SanxiangWorkflowModel.PROP_LEADER_OPINION.toVariableName()), "同意"));
                leader.put(SanxiangModel.PROP_LEADER_NAME.toPrefixString(), Objects.toString(
                        LegalReviewSupport.text(execution, WorkflowVariables.completedBy(LegalReviewProcess.LEADER_DECISION)), ""));
                leader.put(SanxiangModel.PROP_LEADER_OPINION_DATE.toPrefixString(), Date.from(support.now()));
                support.cases.setProperties(opinion, leader);
            }
            boolean filing = LegalReviewSupport.flag(execution, WorkflowVariables.REVIEW_REQUIRED) && rules.timeLimits().filing() != null;
            execution.setVariable(WorkflowVariables.FILING_REQUIRED, filing);
            if (filing) {
                support.schedule(execution, LegalReviewProcess.FILE_DECISION, support.timeline(profile).filingDue(support.today()), profile,
                        "filing the decision", rules.timeLimits().filing());
            }
        }
    }

    /** Bean {@code sxLegalReviewFiled}: the decision is on file with the legal office. */
    public static final class RecordFiling extends Step {
        public RecordFiling(LegalReviewSupport support) {
            super(support);
        }

        @Override
        void run(DelegateExecution execution, CaseFacts folder, String profile, LegalReviewRules rules) {
            String number = LegalReviewSupport.text(execution, SanxiangWorkflowModel.PROP_DECISION_DOCUMENT_NUMBER.toVariableName());
            if (number == null) {
                throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_DECISION_DOCUMENT_NUMBER.toVariableName() + " is required to file the decision");
            }
            support.cases.setProperties(folder.caseId(), Map.of(SanxiangModel.PROP_CASE_DECISION_NUMBER.toPrefixString(), number));
            support.notifications.inform("GROUP_SX_LEGAL_OFFICE", folder.caseId(), "重大执法决定备案 / decision filed",
                    number + " (" + profile + " " + rules.timeLimits().filing().citation() + ")");
        }
    }
}
