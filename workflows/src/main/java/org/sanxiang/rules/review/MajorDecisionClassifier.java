package org.sanxiang.rules.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.Reason;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.facts.LicenceType;
import org.sanxiang.rules.facts.PartyKind;
import org.sanxiang.rules.profile.Coverage;
import org.sanxiang.rules.profile.JurisdictionProfile;
import org.sanxiang.rules.profile.ProfileRegistry;

/**
 * Decides, for one profile, whether a proposed decision is major and whether it needs legal
 * review, citing every criterion that applies. Immutable and thread-safe; build one per profile
 * and reuse it.
 *
 * <p>A fact a criterion depends on may be missing (the party's kind, the licence type). The
 * classifier then tries every value the fact can take: major under all of them is major (a fine at or
 * above the organisations' threshold is major whichever the party, chongqing-2024 法制审核 第六条（一）,
 * wuhan-2020 法制审核 第十四条), major under none is not major, and anything between is undetermined,
 * naming the fact to ask for: a major decision must not pass unreviewed (wuhan-2020 法制审核 第四条).
 */
public final class MajorDecisionClassifier {

    /** The missing-fact names, as the {@code evaluate} input spells the fields. */
    public static final String PARTY_KIND = "party.kind";
    public static final String LICENCE_TYPE = "licenceType";

    private static final PartyKind[] KINDS = PartyKind.values();
    /** Every licence type, and null for a type no criterion names. */
    private static final LicenceType[] TYPES = withNull(LicenceType.values());

    private final LegalReviewRules rules;
    private final Coverage notCovered;
    private final CriterionMatcher[] major;
    private final CriterionMatcher[] beyondMajor;
    private final CriterionMatcher[] exclusions;
    private final boolean majorUsesKind;
    private final boolean majorUsesType;

    /**
     * @param citationProfile the profile id the citations name (see
     *                        {@link LegalReviewRules#citationProfile})
     */
    public MajorDecisionClassifier(LegalReviewRules rules, String citationProfile) {
        this(rules, citationProfile, rules.covered() ? null
                : new Coverage(JurisdictionProfile.LEGAL_REVIEW, Citation.of(citationProfile, "（本文件未规定法制审核）"), null));
    }

    private MajorDecisionClassifier(LegalReviewRules rules, String citationProfile, Coverage notCovered) {
        this.rules = rules;
        this.notCovered = rules.covered() ? null : notCovered;
        this.major = compile(rules.majorCriteria(), citationProfile);
        this.beyondMajor = compile(rules.reviewRequired(), citationProfile);
        this.exclusions = compile(rules.exclusions(), citationProfile);
        this.majorUsesKind = Arrays.stream(major).anyMatch(CriterionMatcher::usesPartyKind);
        this.majorUsesType = Arrays.stream(major).anyMatch(CriterionMatcher::usesLicenceType);
    }

    /** The classifier of a profile in the registry (district profiles included). */
    public static MajorDecisionClassifier of(ProfileRegistry registry, String profileId) {
        JurisdictionProfile profile = registry.get(profileId);
        String citationProfile = LegalReviewRules.citationProfile(registry, profileId);
        LegalReviewRules rules = LegalReviewRules.of(profile);
        return new MajorDecisionClassifier(rules, citationProfile,
                profile.notCovered(JurisdictionProfile.LEGAL_REVIEW).orElse(rules.covered() ? null
                        : new Coverage(JurisdictionProfile.LEGAL_REVIEW, Citation.of(citationProfile, "（本文件未规定法制审核）"), null)));
    }

    public LegalReviewRules rules() {
        return rules;
    }

    /** Major, not major, undetermined (naming the missing facts) or not covered, with the reasons. */
    public MajorDecision classify(CaseFacts facts) {
        if (notCovered != null) {
            return MajorDecision.notCovered(notCovered);
        }
        boolean splitKind = majorUsesKind && facts.partyKind() == null;
        boolean splitType = majorUsesType && facts.licenceType() == null;
        if (!splitKind && !splitType) {
            List<Reason> reasons = matching(major, facts, facts.partyKind(), facts.licenceType());
            return reasons.isEmpty() ? MajorDecision.NOT_MAJOR : new MajorDecision(true, reasons);
        }
        PartyKind[] kinds = splitKind ? KINDS : new PartyKind[] {facts.partyKind()};
        LicenceType[] types = splitType ? TYPES : new LicenceType[] {facts.licenceType()};
        boolean[][] isMajor = new boolean[kinds.length][types.length];
        Set<Reason> union = new LinkedHashSet<>();
        boolean all = true;
        boolean any = false;
        for (int k = 0; k < kinds.length; k++) {
            for (int t = 0; t < types.length; t++) {
                List<Reason> reasons = matching(major, facts, kinds[k], types[t]);
                isMajor[k][t] = !reasons.isEmpty();
                union.addAll(reasons);
                all &= isMajor[k][t];
                any |= isMajor[k][t];
            }
        }
        List<Reason> ordered = ordered(union);
        if (all) {
            return new MajorDecision(true, ordered);
        }
        if (!any) {
            return MajorDecision.NOT_MAJOR;
        }
        List<String> missing = new ArrayList<>(2);
        if (splitKind && varies(isMajor, true)) {
            missing.add(PARTY_KIND);
        }
        if (splitType && varies(isMajor, false)) {
            missing.add(LICENCE_TYPE);
        }
        return MajorDecision.undetermined(ordered, missing);
    }

    /** Whether review is required; classifies the facts first. */
    public ReviewRequirement reviewRequirement(CaseFacts facts) {
        return reviewRequirement(facts, classify(facts));
    }

    /**
     * Whether review is required, given the facts' classification from {@link #classify}. The
     * review-beyond-major grounds and the exclusions are matched on the facts as stated.
     */
    public ReviewRequirement reviewRequirement(CaseFacts facts, MajorDecision major) {
        if (major.status() == MajorDecision.Status.NOT_COVERED) {
            return new ReviewRequirement(ReviewRequirement.Status.NOT_COVERED, List.of(), List.of(), List.of(),
                    major.notCovered());
        }
        List<Reason> beyond = matching(beyondMajor, facts, facts.partyKind(), facts.licenceType());
        if (!major.value() && beyond.isEmpty()) {
            return major.undetermined()
                    ? new ReviewRequirement(ReviewRequirement.Status.UNDETERMINED, major.reasons(), List.of(),
                            major.missing(), null)
                    : ReviewRequirement.NOT_REQUIRED;
        }
        List<Reason> reasons = new ArrayList<>(major.value() ? major.reasons() : List.of());
        reasons.addAll(beyond);
        List<Reason> excluded = matching(exclusions, facts, facts.partyKind(), facts.licenceType());
        return new ReviewRequirement(excluded.isEmpty(), reasons, excluded);
    }

    /** True when, for some value of the other fact, changing this one changes the answer. */
    private static boolean varies(boolean[][] isMajor, boolean alongKind) {
        int rows = isMajor.length;
        int cols = isMajor[0].length;
        if (alongKind) {
            for (int t = 0; t < cols; t++) {
                for (int k = 1; k < rows; k++) {
                    if (isMajor[k][t] != isMajor[0][t]) {
                        return true;
                    }
                }
            }
            return false;
        }
        for (int k = 0; k < rows; k++) {
            for (int t = 1; t < cols; t++) {
                if (isMajor[k][t] != isMajor[k][0]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The reasons in the profile's order of criteria. */
    private List<Reason> ordered(Set<Reason> reasons) {
        List<Reason> ordered = new ArrayList<>(reasons.size());
        for (CriterionMatcher matcher : major) {
            if (reasons.contains(matcher.reason())) {
                ordered.add(matcher.reason());
            }
        }
        return ordered;
    }

    private static List<Reason> matching(CriterionMatcher[] matchers, CaseFacts facts, PartyKind kind, LicenceType type) {
        List<Reason> reasons = null;
        for (CriterionMatcher matcher : matchers) {
            if (matcher.matches(facts, kind, type)) {
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

    private static LicenceType[] withNull(LicenceType[] values) {
        LicenceType[] all = Arrays.copyOf(values, values.length + 1);
        all[values.length] = null;
        return all;
    }
}
