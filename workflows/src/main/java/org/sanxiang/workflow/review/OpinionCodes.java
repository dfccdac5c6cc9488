package org.sanxiang.workflow.review;

import java.util.List;
import java.util.Map;

/**
 * The opinion values of the model (LIST {@code sx:opinionTypes}, used by {@code sxwf:legalReviewOutcome}
 * and {@code sx:opinionType}) and the opinion type ids of the profiles: one naming, two spellings.
 * Which opinions a profile allows, and what each does to the case, is the profile's
 * ({@code legalReview.opinionTypes}); this only translates names.
 */
public final class OpinionCodes {

    /** Model value → the profile ids it stands for (a profile has at most one of them). */
    static final Map<String, List<String>> PROFILE_IDS = Map.ofEntries(
            Map.entry("agree", List.of("approve")),
            Map.entry("disagree", List.of("disapprove", "do-not-decide")),
            Map.entry("furtherInvestigation", List.of("investigate-further")),
            Map.entry("supplementMaterials", List.of("complete-materials")),
            Map.entry("change", List.of("change", "amend")),
            Map.entry("correctProcedure", List.of("correct-procedure")),
            Map.entry("transfer", List.of("transfer")),
            Map.entry("noPenalty", List.of("no-penalty")),
            Map.entry("collectiveDecision", List.of("collective-decision")),
            Map.entry("transferToJudicial", List.of("judicial-referral")),
            Map.entry("other", List.of("other")));

    private OpinionCodes() {
    }

    /** The profile ids a model value may stand for; empty for values that are not opinions. */
    public static List<String> profileIds(String modelValue) {
        return PROFILE_IDS.getOrDefault(modelValue, List.of());
    }

    /** The model value of a profile's opinion type id; null when none. */
    public static String modelValue(String profileId) {
        return PROFILE_IDS.entrySet().stream().filter(e -> e.getValue().contains(profileId)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }
}
