package org.sanxiang.workflow.review;


import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.review.ClockStop;
import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.rules.review.LimitRule;
import org.sanxiang.rules.review.OpinionType;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.document.OfficialDocument;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.DocumentDraft;

/**
 * Bean {@code sxLegalReviewOpinion}, after the legal office's review task. The outcome is an opinion
 * of the profile (its {@code opinionTypes}), a request for an extension, or a request for materials.
 * An opinion becomes a review-opinion document ({@code sx:reviewOpinion}, the fields of the 审核意见书)
 * in the case; what it does next is the profile's: approve goes on to the decision, resubmit sends
 * the case back and stops the review clock (materialsReturned), any other opinion goes to the unit,
 * which accepts it or asks for re-review.
 */
public final class RecordOpinion extends LegalReviewStep {

    public RecordOpinion(LegalReviewSupport support) {
        super(support);
    }

    @Override
    void run(StepContext step, CaseFolder folder, String profile, LegalReviewRules rules) {
        String outcome = String.valueOf(step.value(WorkflowVariables.outcome(LegalReviewProcess.LEGAL_REVIEW)));
        if (LegalReviewProcess.REQUEST_EXTENSION.equals(outcome)) {
            requestExtension(step, profile, rules);
            return;
        }
        if (LegalReviewProcess.REQUEST_MATERIALS.equals(outcome)) {
            sendBack(step, profile, rules);
            return;
        }
        OpinionType type = opinionType(outcome, profile, rules);
        step.set(WorkflowVariables.OPINION_TYPE, type.id());
        step.setFlag(WorkflowVariables.LEGALITY_PROBLEM, step.flag(SanxiangWorkflowModel.PROP_LEGALITY_PROBLEM));
        step.set(WorkflowVariables.OPINION_DOCUMENT_ID, writeOpinion(step, folder, outcome, type, profile));
        switch (type.outcome()) {
            case APPROVE -> step.set(WorkflowVariables.REVIEW_ROUTE, LegalReviewProcess.ROUTE_APPROVED);
            case RESUBMIT -> sendBack(step, profile, rules);
            default -> {
                step.set(WorkflowVariables.REVIEW_ROUTE, LegalReviewProcess.ROUTE_RESPOND);
                scheduleResponse(support, step, profile, rules);
            }
        }
    }

    /** The unit's response to an opinion: the re-review request deadline where the profile counts one. */
    static void scheduleResponse(LegalReviewSupport support, StepContext step, String profile,
            LegalReviewRules rules) {
        Optional<org.sanxiang.rules.calendar.Deadline> due = support.timeline(profile).reReviewRequestDue(support.today());
        LimitRule limit = rules.timeLimits().reReviewRequest() != null && rules.timeLimits().reReviewRequest().countedLimit().isPresent()
                ? rules.timeLimits().reReviewRequest()
                : rules.timeLimits().unitConsideration() != null ? rules.timeLimits().unitConsideration()
                : rules.timeLimits().reReviewRequest();
        support.schedule(step, LegalReviewProcess.RESPOND_OPINION, due, profile, "the response to the opinion", limit);
    }

    private OpinionType opinionType(String outcome, String profile, LegalReviewRules rules) {
        List<String> allowed = new ArrayList<>();
        for (OpinionType type : rules.decidableOpinionTypes()) {
            allowed.add(OpinionCodes.modelValue(type.id()));
            if (OpinionCodes.profileIds(outcome).contains(type.id())) {
                return type;
            }
        }
        throw new IllegalArgumentException(WorkflowVariables.outcome(LegalReviewProcess.LEGAL_REVIEW) + ": '" + outcome
                + "' is not an opinion type of " + profile + " (allowed: " + allowed
                + ", or " + LegalReviewProcess.REQUEST_EXTENSION
                + ", " + LegalReviewProcess.REQUEST_MATERIALS + ")");
    }

    private void requestExtension(StepContext step, String profile, LegalReviewRules rules) {
        LimitRule extension = rules.timeLimits().extension();
        if (extension == null) {
            throw new IllegalArgumentException(WorkflowVariables.outcome(LegalReviewProcess.LEGAL_REVIEW) + ": " + profile
                    + " provides no extension of the review");
        }
        int requested = step.number(SanxiangWorkflowModel.PROP_EXTENSION_DAYS_REQUESTED, 0);
        int used = step.number(WorkflowVariables.EXTENSION_DAYS, 0);
        Optional<Integer> most = extension.countedLimit().map(l -> l.amount());
        if (most.isPresent() && requested + used > most.get()) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_EXTENSION_DAYS_REQUESTED.toVariableName() + ": " + requested + " working days (with " + used
                    + " already approved) exceed the " + most.get() + " that " + profile + " " + extension.citation() + " allows");
        }
        step.set(WorkflowVariables.REVIEW_ROUTE, LegalReviewProcess.ROUTE_EXTENSION);
        String approver = extension.approvedBy() == null ? "" : " by " + extension.approvedBy().zhCN();
        support.deadlines.noDeadline(step.scope(), LegalReviewProcess.APPROVE_EXTENSION, profile + " " + extension.citation()
                + ": the extension is approved" + approver + "; no time limit is set for the approval (no reminder, no escalation)");
    }

    private void sendBack(StepContext step, String profile, LegalReviewRules rules) {
        List<ClockStop> stops = new ArrayList<>(LegalReviewSupport.stops(step));
        stops.add(ClockStop.running(support.today()));
        LegalReviewSupport.storeStops(step, stops);
        step.set(WorkflowVariables.REVIEW_ROUTE, LegalReviewProcess.ROUTE_RETURNED);
        String clock = rules.materialsReturned().clock().name().toLowerCase();
        String citation = rules.materialsReturned().citation() == null ? "DESIGN.md (Time)"
                : profile + " " + rules.materialsReturned().citation();
        support.deadlines.noDeadline(step.scope(), LegalReviewProcess.SUPPLEMENT_MATERIALS, citation + ": the review clock stands still while the"
                + " materials are completed; on resubmission it " + (clock.equals("restart") ? "starts again" : "resumes with the days left")
                + "; no time limit is set for the completion (no reminder, no escalation)");
    }

    private String writeOpinion(StepContext step, CaseFolder folder, String outcome, OpinionType type, String profile) {
        String reviewer = step.string(WorkflowVariables.completedBy(LegalReviewProcess.LEGAL_REVIEW));
        String opinion = Objects.toString(step.string(SanxiangWorkflowModel.PROP_OPINION_TEXT), "");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("cm:title", "法制审核意见书 " + Objects.toString(folder.caseNumber(), folder.caseId()));
        properties.put(SanxiangModel.PROP_REVIEWED_DECISION_NAME.toPrefixString(), Objects.toString(step.value(SanxiangWorkflowModel.PROP_DECISION_NAME), ""));
        properties.put(SanxiangModel.PROP_REVIEWERS.toPrefixString(), reviewer == null ? List.of() : List.of(reviewer));
        properties.put(SanxiangModel.PROP_CASE_SUMMARY.toPrefixString(), Objects.toString(step.value(SanxiangWorkflowModel.PROP_PROPOSED_DECISION), ""));
        properties.put(SanxiangModel.PROP_OPINION_TYPE.toPrefixString(), outcome);
        properties.put(SanxiangModel.PROP_OPINION_TEXT.toPrefixString(), opinion);
        properties.put(SanxiangModel.PROP_OPINION_DATE.toPrefixString(), Date.from(support.now()));
        properties.put(SanxiangModel.PROP_REVIEW_ITEMS_CHECKED.toPrefixString(), step.list(SanxiangWorkflowModel.PROP_REVIEW_ITEMS_CHECKED));
        String text = "法制审核意见书 / Legal review opinion\n"
                + "案卷 Case: " + Objects.toString(folder.caseNumber(), folder.caseId()) + '\n'
                + "重大执法决定 Decision: " + properties.get(SanxiangModel.PROP_REVIEWED_DECISION_NAME.toPrefixString()) + '\n'
                + "审核人 Reviewer: " + Objects.toString(reviewer, "") + '\n'
                + "基本情况 Summary: " + properties.get(SanxiangModel.PROP_CASE_SUMMARY.toPrefixString()) + '\n'
                + "审核意见 Opinion: " + type.label().zhCN() + " / " + type.label().en() + " (" + profile + " " + type.citation() + ")\n"
                + opinion + '\n'
                + (step.flag(SanxiangWorkflowModel.PROP_LEGALITY_PROBLEM) ? "存在合法性问题，须整改 / legality problem to be rectified\n" : "");
        // the first opinion leaves only its document id; the count is kept from the second on
        int round = step.value(WorkflowVariables.OPINION_DOCUMENT_ID) == null ? 1 : step.number(WorkflowVariables.OPINIONS_WRITTEN, 1) + 1;
        if (round > 1) {
            step.set(WorkflowVariables.OPINIONS_WRITTEN, round);
        }
        String typed = type.label().zhCN() + "（" + profile + " " + type.citation() + "）";
        OfficialDocument form = LegalReviewSupport.opinionForm(folder, profile, support.rules(profile), reviewer, typed,
                opinion + (step.flag(SanxiangWorkflowModel.PROP_LEGALITY_PROBLEM) ? "\n存在合法性问题，须整改。" : ""),
                step.list(SanxiangWorkflowModel.PROP_REVIEW_ITEMS_CHECKED), properties, support.today());
        return support.documents.write(folder.caseId(), new DocumentDraft(SanxiangModel.TYPE_REVIEW_OPINION.toPrefixString(),
                LegalReviewSupport.roundName("法制审核意见书", round), properties, text, form));
    }
}
