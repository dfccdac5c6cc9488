package org.sanxiang.rules.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sanxiang.rules.Reason;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.profile.ProfileRegistry;

/**
 * Decides, for one profile, whether a proposed decision is major and whether it needs legal
 * review, citing every criterion that applies. Immutable and thread-safe; build one per profile
 * and reuse it.
 */
public final class MajorDecisionClassifier {

    private final LegalReviewRules rules;
    private final CriterionMatcher[] major;
    private final CriterionMatcher[] beyondMajor;
    private final CriterionMatcher[] exclusions;

    /**
     * @param citationProfile the profile id the citations name (see
     *                        {@link LegalReviewRules#citationProfile})
     */
    public MajorDecisionClassifier(LegalReviewRules rules, String citationProfile) {
        this.rules = rules;
        this.major = compile(rules.majorCriteria(), citationProfile);
        this.beyondMajor = compile(rules.reviewRequired(), citationProfile);
        this.exclusions = compile(rules.exclusions(), citationProfile);
    }

    /** The classifier of a profile in the registry (district profiles included). */
    public static MajorDecisionClassifier of(ProfileRegistry registry, String profileId) {
        return new MajorDecisionClassifier(LegalReviewRules.of(registry.get(profileId)),
                LegalReviewRules.citationProfile(registry, profileId));
    }

    public LegalReviewRules rules() {
        return rules;
    }

    /** Major or not, with the reasons of every criterion that matches, in the profile's order. */
    public MajorDecision classify(CaseFacts facts) {
        List<Reason> reasons = matching(major, facts);
        return reasons.isEmpty() ? MajorDecision.NOT_MAJOR : new MajorDecision(true, reasons);
    }

    /** Whether review is required; classifies the facts first. */
    public ReviewRequirement reviewRequirement(CaseFacts facts) {
        return reviewRequirement(facts, classify(facts));
    }

    /** Whether review is required, given the facts' classification from {@link #classify}. */
    public ReviewRequirement reviewRequirement(CaseFacts facts, MajorDecision major) {
        List<Reason> beyond = matching(beyondMajor, facts);
        if (!major.value() && beyond.isEmpty()) {
            return ReviewRequirement.NOT_REQUIRED;
        }
        List<Reason> reasons = new ArrayList<>(major.reasons());
        reasons.addAll(beyond);
        List<Reason> excluded = matching(exclusions, facts);
        return new ReviewRequirement(excluded.isEmpty(), reasons, excluded);
    }

    private static List<Reason> matching(CriterionMatcher[] matchers, CaseFacts facts) {
        List<Reason> reasons = null;
        for (CriterionMatcher matcher : matchers) {
            if (matcher.matches(facts)) {
                if (reasons == null) {
                    reasons = new ArrayList<>(4);
                }
                reasons.add(matcher.reason());
            }
        }
        return reasons == null ? List.of() : reasons;
    }

    private static CriterionMatcher[] compile(Map<String, Criterion> criteria, String citationProfile) {
        return criteria.entrySet().stream()
                .map(e -> new CriterionMatcher(e.getKey(), e.getValue(), citationProfile))
                .toArray(CriterionMatcher[]::new);
    }
}
