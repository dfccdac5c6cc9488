package org.sanxiang.workflow.review;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.Reason;
import org.sanxiang.rules.review.Criterion;
import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.rules.review.MajorDecision;
import org.sanxiang.rules.review.MajorDecisionClassifier;
import org.sanxiang.rules.review.ReviewRequirement;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseFacts;

/**
 * Bean {@code sxLegalReviewClassify}: asks the profile's classifier whether the proposed decision is
 * major and whether it must be reviewed, records the answer with its reasons and citations on the
 * case (aspect {@code sx:majorDecision}), and schedules the next task: the transfer list when review
 * is required (transfer deadline of the profile); otherwise the process goes to the decision.
 */
public final class ClassifyDecision implements JavaDelegate {

    private final LegalReviewSupport support;

    public ClassifyDecision(LegalReviewSupport support) {
        this.support = Objects.requireNonNull(support, "support");
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseFacts folder = support.caseOf(execution);
        String profile = folder.profileId();
        MajorDecisionClassifier classifier = support.classifier(profile);
        var facts = ReviewFacts.read(folder, LegalReviewSupport.flag(execution, SanxiangWorkflowModel.PROP_COLLECTIVE_DISCUSSION_REQUIRED.toVariableName()));
        MajorDecision major = withManualGrounds(classifier.classify(facts), execution, profile, classifier.rules());
        ReviewRequirement requirement = classifier.reviewRequirement(facts, major);

        Map<String, Object> aspect = new LinkedHashMap<>();
        aspect.put(SanxiangModel.PROP_MAJOR.toPrefixString(), major.value());
        List<Reason> reasons = requirement.reasons().isEmpty() ? major.reasons() : requirement.reasons();
        aspect.put(SanxiangModel.PROP_MAJOR_REASONS.toPrefixString(), reasons.stream().map(Reason::rule).toList());
        aspect.put(SanxiangModel.PROP_MAJOR_CITATIONS.toPrefixString(), reasons.stream().map(r -> r.citation().toString()).toList());
        aspect.put(SanxiangModel.PROP_MAJOR_CLASSIFIED_AT.toPrefixString(), Date.from(support.now()));
        aspect.put(SanxiangModel.PROP_MAJOR_CLASSIFIED_BY.toPrefixString(), "sxLegalReview " + execution.getProcessInstanceId());
        support.cases.addAspect(folder.caseId(), SanxiangModel.ASPECT_MAJOR_DECISION.toPrefixString(), aspect);

        execution.setVariable(WorkflowVariables.MAJOR, major.value());
        execution.setVariable(WorkflowVariables.REVIEW_REQUIRED, requirement.required());
        execution.setVariable(WorkflowVariables.RE_REVIEW_ROUNDS, 0);
        execution.setVariable(WorkflowVariables.EXTENSION_DAYS, 0);
        execution.setVariable(WorkflowVariables.LEGALITY_PROBLEM, false);
        execution.setVariable(WorkflowVariables.COLLECTIVE_HELD, false);
        execution.setVariable(WorkflowVariables.FILING_REQUIRED, false);
        LegalReviewRules rules = classifier.rules();
        if (requirement.required()) {
            LocalDate ended = LegalReviewSupport.date(execution.getVariable(SanxiangWorkflowModel.PROP_INVESTIGATION_ENDED_AT.toVariableName()), support.zone());
            LocalDate from = ended == null ? support.today() : ended;
            support.schedule(execution, LegalReviewProcess.ASSEMBLE_TRANSFER, support.timeline(profile).transferDue(from), profile,
                    "the transfer to the legal office", rules.timeLimits().transfer());
        }
    }

    /**
     * The grounds the profile leaves to an officer (criteria marked {@code manual}, e.g. wuhan-2020
     * 法制审核 第六条（五） decisions designated major) come from the start form's
     * {@code sxwf_majorReasons}; any other id there is refused, naming the ones allowed.
     */
    private MajorDecision withManualGrounds(MajorDecision major, DelegateExecution execution, String profile,
            LegalReviewRules rules) {
        List<String> claimed = LegalReviewSupport.list(execution, SanxiangWorkflowModel.PROP_MAJOR_REASONS.toVariableName());
        if (claimed.isEmpty()) {
            return major;
        }
        List<String> manual = rules.manualGrounds();
        List<Reason> reasons = new ArrayList<>(major.reasons());
        String citationProfile = LegalReviewRules.citationProfile(support.registry, profile);
        for (String id : claimed) {
            if (!manual.contains(id)) {
                throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_MAJOR_REASONS.toVariableName() + ": '" + id + "' is not a ground " + profile
                        + " leaves to the officer (one of " + manual + ")");
            }
            Criterion criterion = rules.majorCriteria().get(id);
            reasons.add(Reason.of(id, Citation.of(criterion.profile() != null ? criterion.profile() : citationProfile,
                    criterion.citation())));
        }
        return new MajorDecision(true, reasons);
    }
}
