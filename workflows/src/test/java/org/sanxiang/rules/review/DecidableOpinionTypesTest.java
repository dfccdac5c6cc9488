package org.sanxiang.rules.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.rules.profile.ProfileRegistry;

class DecidableOpinionTypesTest {

    private static final ProfileRegistry PROFILES = ProfileRegistry.shipped();

    @Test
    @DisplayName("tianjin-2019 实施方案 三（三） requires the review but names no kinds of opinion: approve or disapprove, cited with the review's ground")
    void tianjinApprovesOrDisapproves() {
        LegalReviewRules rules = LegalReviewRules.of(PROFILES.get("tianjin-2019"));
        assertEquals(List.of(), rules.opinionTypes());
        List<OpinionType> types = rules.decidableOpinionTypes();
        assertEquals(List.of("approve", "disapprove"), types.stream().map(OpinionType::id).toList());
        assertEquals(List.of(OpinionType.Outcome.APPROVE, OpinionType.Outcome.REJECT),
                types.stream().map(OpinionType::outcome).toList());
        String ground = rules.reviewRequired().values().iterator().next().citation();
        types.forEach(t -> assertEquals(ground, t.citation()));
    }

    @Test
    @DisplayName("a profile that names its opinions (chongqing-2024 法制审核 第十四条) keeps exactly those")
    void namedOpinionsStay() {
        LegalReviewRules rules = LegalReviewRules.of(PROFILES.get("chongqing-2024"));
        assertEquals(rules.opinionTypes(), rules.decidableOpinionTypes());
    }

    @Test
    @DisplayName("fushun-2026 does not cover legal review: no opinions at all")
    void notCoveredHasNone() {
        assertEquals(List.of(), LegalReviewRules.of(PROFILES.get("fushun-2026")).decidableOpinionTypes());
    }
}
