package org.sanxiang.rules.review;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The time limits of the legal-review procedure in one profile. Any may be absent (the document
 * does not deal with it); a present one without a count says so in its note.
 *
 * @param transfer                the enforcement unit sends the case file to the legal office
 * @param review                  the legal office completes the review
 * @param extension               how much the review may be extended, and who approves
 * @param reReviewRequest         the unit asks for a re-review after receiving the opinion
 * @param reReviewOpinion         the legal office gives its re-review opinion
 * @param leaderDecision          a remaining disagreement goes to the head of the authority
 * @param unitConsideration       the unit studies the opinion
 * @param filing                  the decision made is filed with the legal office
 * @param filingAfterCancellation a cancelled case or acceptance is filed with the legal office
 */
public record TimeLimits(
        LimitRule transfer,
        LimitRule review,
        LimitRule extension,
        LimitRule reReviewRequest,
        LimitRule reReviewOpinion,
        LimitRule leaderDecision,
        LimitRule unitConsideration,
        LimitRule filing,
        LimitRule filingAfterCancellation) {

    public static final TimeLimits NONE = new TimeLimits(null, null, null, null, null, null, null, null, null);

    /** The limits present, by their field name, in declaration order. */
    public Map<String, LimitRule> present() {
        Map<String, LimitRule> all = new LinkedHashMap<>();
        put(all, "transfer", transfer);
        put(all, "review", review);
        put(all, "extension", extension);
        put(all, "reReviewRequest", reReviewRequest);
        put(all, "reReviewOpinion", reReviewOpinion);
        put(all, "leaderDecision", leaderDecision);
        put(all, "unitConsideration", unitConsideration);
        put(all, "filing", filing);
        put(all, "filingAfterCancellation", filingAfterCancellation);
        return all;
    }

    private static void put(Map<String, LimitRule> all, String name, LimitRule rule) {
        if (rule != null) {
            all.put(name, rule);
        }
    }
}
