package org.sanxiang.workflow.review;

import static org.sanxiang.model.SanxiangModel.ASPECT_MAJOR_DECISION;
import static org.sanxiang.model.SanxiangModel.PROP_MAJOR;
import static org.sanxiang.model.SanxiangModel.PROP_MAJOR_CITATIONS;
import static org.sanxiang.model.SanxiangModel.PROP_MAJOR_CLASSIFIED_AT;
import static org.sanxiang.model.SanxiangModel.PROP_MAJOR_CLASSIFIED_BY;
import static org.sanxiang.model.SanxiangModel.PROP_MAJOR_REASONS;
import static org.sanxiang.model.SanxiangModel.PROP_LICENCE_TYPE;
import static org.sanxiang.model.SanxiangModel.PROP_PARTY_KIND;
import static org.sanxiang.model.SanxiangWorkflowModel.PROP_COLLECTIVE_DISCUSSION_REQUIRED;
import static org.sanxiang.model.SanxiangWorkflowModel.PROP_INVESTIGATION_ENDED_AT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.Reason;
import org.sanxiang.rules.review.Criterion;
import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.rules.review.MajorDecision;
import org.sanxiang.rules.review.MajorDecisionClassifier;
import org.sanxiang.rules.review.ReviewRequirement;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.FolderFacts;
import org.sanxiang.workflow.port.ModelProperties;

/**
 * Bean {@code sxLegalReviewClassify}: asks the profile's classifier whether the proposed decision is
 * major and whether it must be reviewed, records the answer with its reasons and citations on the
 * case (aspect {@code sx:majorDecision}), and schedules the next task: the transfer list when review
 * is required (transfer deadline of the profile); otherwise the process goes to the decision. An
 * undetermined classification refuses the start, naming the missing fact ({@link #undetermined}).
 */
public final class ClassifyDecision extends LegalReviewStep {

    public ClassifyDecision(LegalReviewSupport support) {
        super(support);
    }

    @Override
    void run(StepContext step, CaseFolder folder, String profile, LegalReviewRules rules) {
        MajorDecisionClassifier classifier = support.classifier(profile);
        var json = FolderFacts.json(folder).put("collectiveDiscussion", step.flag(PROP_COLLECTIVE_DISCUSSION_REQUIRED));
        var facts = FolderFacts.read(json, folder);
        MajorDecision classified = classifier.classify(facts);
        if (!classified.covered()) {
            // "not covered" is no "not major": nothing is recorded, the start is refused saying why (fushun-2026 细则 第一条)
            throw new IllegalStateException("case " + folder.caseId() + " (" + profile + "): legal review (法制审核) is not covered by this profile: "
                    + classified.notCovered().reason() + "; no sxLegalReview for its cases");
        }
        MajorDecision major = withManualGrounds(classified, step, profile, rules);
        ReviewRequirement requirement = classifier.reviewRequirement(facts, major);
        if (requirement.undetermined()) {
            throw undetermined(folder, profile, requirement);
        }

        List<Reason> reasons = requirement.reasons().isEmpty() ? major.reasons() : requirement.reasons();
        support.cases.addAspect(folder.caseId(), ASPECT_MAJOR_DECISION, ModelProperties.create()
                .put(PROP_MAJOR, major.value())
                .put(PROP_MAJOR_REASONS, reasons.stream().map(Reason::rule).toList())
                .put(PROP_MAJOR_CITATIONS, reasons.stream().map(r -> r.citation().toString()).toList())
                .put(PROP_MAJOR_CLASSIFIED_AT, Date.from(support.now()))
                .put(PROP_MAJOR_CLASSIFIED_BY, "sxLegalReview " + step.processInstanceId())
                .toMap());

        step.set(WorkflowVariables.MAJOR, major.value());
        step.set(WorkflowVariables.REVIEW_REQUIRED, requirement.required());
        // the counters and flags the later steps keep (re-review rounds, extension days, legality problem,
        // collective discussion held, filing required) start absent: their readers take 0 / false, and the
        // step that decides one writes it before any gateway reads it
        if (requirement.required()) {
            LocalDate ended = step.day(PROP_INVESTIGATION_ENDED_AT, support.zone());
            LocalDate from = ended == null ? support.today() : ended;
            support.schedule(step, LegalReviewProcess.ASSEMBLE_TRANSFER, support.timeline(profile).transferDue(from), profile,
                    "the transfer to the legal office", rules.timeLimits().transfer());
        }
    }

    /**
     * The refusal of an undetermined classification: the decision does not pass as "not major" while
     * a fact its grounds hinge on is missing (wuhan-2020 法制审核 第四条: a major decision is not made
     * unreviewed; chongqing-2024 法制审核 第六条（一） and wuhan-2020 法制审核 第十四条 set one fine threshold
     * for individuals and a higher one for organisations). The message names each missing fact, where
     * to give it, and the grounds hinging on it; nothing is written, so the start can be retried.
     */
    static IllegalStateException undetermined(CaseFolder folder, String profile, ReviewRequirement requirement) {
        List<String> give = requirement.missing().stream().map(ClassifyDecision::whereToGive).toList();
        List<String> grounds = requirement.reasons().stream().map(r -> r.rule() + " (" + r.citation() + ")").toList();
        return new IllegalStateException("case " + folder.caseId() + " (" + profile + "): whether the decision is major"
                + " is undetermined; give " + String.join(", ", give) + " and start the review again; grounds hinging on it: "
                + grounds + "; a major decision must not pass unreviewed (wuhan-2020 法制审核 第四条)");
    }

    /** A missing fact (as {@code evaluate} spells it) and the case property that holds it. */
    private static String whereToGive(String fact) {
        return MajorDecisionClassifier.PARTY_KIND.equals(fact)
                ? fact + " (case property " + PROP_PARTY_KIND.toPrefixString() + ": individual or organisation)"
                : fact + " (case property " + PROP_LICENCE_TYPE.toPrefixString() + ")";
    }

    /**
     * The grounds the profile leaves to an officer (criteria marked {@code manual}, e.g. wuhan-2020
     * 法制审核 第六条（五） decisions designated major) come from the start form's
     * {@code sxwf_majorReasons}; any other id there is refused, naming the ones allowed.
     */
    private MajorDecision withManualGrounds(MajorDecision major, StepContext step, String profile, LegalReviewRules rules) {
        List<String> claimed = step.list(SanxiangWorkflowModel.PROP_MAJOR_REASONS);
        if (claimed.isEmpty()) {
            return major;
        }
        List<String> manual = rules.manualGrounds();
        List<Reason> reasons = new ArrayList<>(major.reasons());
        String citationProfile = LegalReviewRules.citationProfile(support.registry, profile);
        for (String id : claimed) {
            if (!manual.contains(id)) {
                throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_MAJOR_REASONS.toVariableName() + ": '" + id
                        + "' is not a ground " + profile + " leaves to the officer (one of " + manual + ")");
            }
            Criterion criterion = rules.majorCriteria().get(id);
            reasons.add(Reason.of(id, Citation.of(criterion.profile() != null ? criterion.profile() : citationProfile,
                    criterion.citation())));
        }
        return new MajorDecision(true, reasons);
    }
}
