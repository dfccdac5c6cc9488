package org.sanxiang.rules.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.Reason;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.facts.Party;
import org.sanxiang.rules.facts.Procedure;
import org.sanxiang.rules.profile.ProfileRegistry;

/** District and city profiles that change the amounts of their parent. */
class DistrictProfileTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("chongqing-2024 法制审核 第六条: a district lowers the amounts of item (1) and the classification follows")
    void chongqingDistrictLowersAmounts() throws IOException {
        write("yuzhong-2024", """
                {"id": "yuzhong-2024", "extends": "chongqing-2024",
                 "jurisdiction": {"zh_CN": "重庆市渝中区人力资源和社会保障局", "en": "Yuzhong District HRSS Bureau"},
                 "legalReview": {"majorCriteria": {
                   "penalty-fine-individual": {"fine": {"atLeast": 2000},
                     "label": {"zh_CN": "对公民处以2000元以上罚款", "en": "Fine of 2,000 yuan or more on an individual"}},
                   "penalty-fine-organisation": {"fine": {"atLeast": 20000}}}}}
                """);
        ProfileRegistry registry = ProfileRegistry.load(dir);
        MajorDecisionClassifier district = MajorDecisionClassifier.of(registry, "yuzhong-2024");
        MajorDecisionClassifier city = MajorDecisionClassifier.of(registry, "chongqing-2024");

        CaseFacts individual3000 = penalty("yuzhong-2024", Party.individual(), 3000);
        assertTrue(district.classify(individual3000).value());
        assertFalse(city.classify(penalty("chongqing-2024", Party.individual(), 3000)).value());
        assertFalse(district.classify(penalty("yuzhong-2024", Party.individual(), 1999)).value());
        assertTrue(district.classify(penalty("yuzhong-2024", Party.organisation(), 20000)).value());
        assertFalse(city.classify(penalty("chongqing-2024", Party.organisation(), 20000)).value());
        // the district changes an amount under the city's article, so the citation stays the city's
        assertEquals(List.of(Reason.of("penalty-fine-individual", Citation.of("chongqing-2024", "法制审核 第六条（一）"))),
                district.classify(individual3000).reasons());
        // everything else is inherited
        assertEquals(district.rules().timeLimits(), city.rules().timeLimits());
        assertEquals(district.rules().majorCriteria().size(), city.rules().majorCriteria().size());
    }

    @Test
    @DisplayName("ningxia-2019 附件6 备注: a city sets its own thresholds and its own article is cited")
    void ningxiaCitySetsItsOwnThresholds() throws IOException {
        write("yinchuan-2020", """
                {"id": "yinchuan-2020", "extends": "ningxia-2019",
                 "legalReview": {"majorCriteria": {
                   "fine-share-of-maximum": {"fine": {"atLeast": 10000}, "profile": "yinchuan-2020",
                     "citation": "审核事项清单 罚款"},
                   "coercive-amount": {"amountInvolved": {"atLeast": null, "greaterThan": 200000}, "profile": "yinchuan-2020",
                     "citation": "审核事项清单 行政强制"}}}}
                """);
        ProfileRegistry registry = ProfileRegistry.load(dir);
        MajorDecisionClassifier city = MajorDecisionClassifier.of(registry, "yinchuan-2020");
        MajorDecisionClassifier region = MajorDecisionClassifier.of(registry, "ningxia-2019");

        CaseFacts fine = CaseFacts.builder("c", "yinchuan-2020").action(ActionCategory.PENALTY)
                .party(Party.organisation()).fine(12_000).fineMaximum(BigDecimal.valueOf(20_000)).build();
        assertEquals(List.of(Reason.of("fine-share-of-maximum", Citation.of("yinchuan-2020", "审核事项清单 罚款"))),
                city.classify(fine).reasons());
        assertFalse(region.classify(fine).value());

        CaseFacts coercive = CaseFacts.builder("c", "yinchuan-2020").action(ActionCategory.COERCIVE)
                .party(Party.organisation()).amountInvolved(BigDecimal.valueOf(200_000)).build();
        assertFalse(city.classify(coercive).value(), "greaterThan excludes 200000 itself");
        CaseFacts coerciveMore = CaseFacts.builder("c", "yinchuan-2020").action(ActionCategory.COERCIVE)
                .party(Party.organisation()).amountInvolved(BigDecimal.valueOf(200_001)).build();
        assertTrue(city.classify(coerciveMore).value());
        assertFalse(region.classify(coerciveMore).value());
    }

    @Test
    @DisplayName("ningxia-2019 附件6 备注: turning an inherited 以上 bound into 超过 without clearing atLeast is an error naming the field")
    void mergedBoundsMustStayUnambiguous() throws IOException {
        write("wuzhong-2020", """
                {"id": "wuzhong-2020", "extends": "ningxia-2019",
                 "legalReview": {"majorCriteria": {"coercive-amount": {"amountInvolved": {"greaterThan": 200000}}}}}
                """);
        ProfileRegistry registry = ProfileRegistry.load(dir);
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.sanxiang.rules.profile.ProfileException.class,
                () -> MajorDecisionClassifier.of(registry, "wuzhong-2020"));
        assertTrue(e.getMessage().contains("wuzhong-2020.json")
                && e.getMessage().contains("majorCriteria.coercive-amount.amountInvolved"), e.getMessage());
    }

    @Test
    @DisplayName("a district exclusion with conditions removes the review requirement and is cited")
    void districtExclusion() throws IOException {
        write("demo-2024", """
                {"id": "demo-2024", "extends": "chongqing-2024",
                 "legalReview": {"exclusions": {"summary-procedure": {"actions": ["penalty"], "procedure": "summary",
                   "profile": "demo-2024", "citation": "第三条",
                   "label": {"zh_CN": "适用简易程序的除外", "en": "Summary procedure excluded"}}}}}
                """);
        MajorDecisionClassifier district = MajorDecisionClassifier.of(ProfileRegistry.load(dir), "demo-2024");
        CaseFacts summary = CaseFacts.builder("c", "demo-2024").action(ActionCategory.PENALTY)
                .procedure(Procedure.SUMMARY).party(Party.individual()).hearing(true).build();
        ReviewRequirement requirement = district.reviewRequirement(summary);
        assertTrue(district.classify(summary).value());
        assertFalse(requirement.required());
        assertEquals(List.of(Reason.of("summary-procedure", Citation.of("demo-2024", "第三条"))), requirement.exclusions());
    }

    @Test
    @DisplayName("a district profile removes an inherited criterion by setting it to null")
    void districtRemovesACriterion() throws IOException {
        write("demo-2024", """
                {"id": "demo-2024", "extends": "chongqing-2024",
                 "legalReview": {"majorCriteria": {"penalty-general-procedure": null}}}
                """);
        MajorDecisionClassifier district = MajorDecisionClassifier.of(ProfileRegistry.load(dir), "demo-2024");
        CaseFacts general = CaseFacts.builder("c", "demo-2024").action(ActionCategory.PENALTY)
                .procedure(Procedure.GENERAL).party(Party.individual()).fine(100).build();
        assertFalse(district.classify(general).value());
        assertFalse(district.rules().majorCriteria().containsKey("penalty-general-procedure"));
        assertEquals(16, district.rules().majorCriteria().size());
    }

    private static CaseFacts penalty(String profile, Party party, long fine) {
        return CaseFacts.builder("c", profile).action(ActionCategory.PENALTY).party(party).fine(fine).build();
    }

    private void write(String id, String json) throws IOException {
        Files.writeString(dir.resolve(id + ".json"), json, StandardCharsets.UTF_8);
    }
}
