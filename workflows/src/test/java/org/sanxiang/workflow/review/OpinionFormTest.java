package org.sanxiang.workflow.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.workflow.document.OfficialDocument;
import org.sanxiang.workflow.document.ReviewOpinionForm;
import org.sanxiang.workflow.port.CaseFolder;

/** The review opinion as the legal review writes it, for the seed's form and the other profiles'. */
class OpinionFormTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 12);

    private static CaseFolder folder(String profile) {
        return new CaseFolder("case-1", profile, "渝人社监罚〔2026〕7号", "拖欠工资案", Set.of(), false,
                Map.of(SanxiangModel.PROP_LEGAL_OFFICE_HEAD.toPrefixString(), "李明华"), Set.of());
    }

    private static Map<String, Object> properties(String decision) {
        return Map.of(SanxiangModel.PROP_REVIEWED_DECISION_NAME.toPrefixString(), decision,
                SanxiangModel.PROP_CASE_SUMMARY.toPrefixString(), "拟罚款五万元");
    }

    private static LegalReviewRules rules(String profile) {
        return LegalReviewRules.of(ProfileRegistry.shipped().get(profile));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 附件1: the seed's form, the opinion type opening the office's opinion, the head named")
    void chongqingPrintsTheSeedForm() {
        OfficialDocument form = LegalReviewSupport.opinionForm(folder("chongqing-2024"), "chongqing-2024", rules("chongqing-2024"),
                "lawyer1", "同意（chongqing-2024 法制审核 第十三条）", "事实清楚", List.of(), properties("行政处罚决定"), DAY);
        assertEquals(ReviewOpinionForm.TITLE, form.title());
        List<String> texts = form.texts();
        assertTrue(texts.contains("同意（chongqing-2024 法制审核 第十三条）\n事实清楚"), texts.toString());
        assertTrue(texts.containsAll(List.of("行政处罚决定", "李明华", "lawyer1", "拟罚款五万元", "2026年3月12日")), texts.toString());
        assertFalse(texts.contains("审核意见类型"), "附件1 has no such row");
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第十三条: the other form, the items checked by their labels, the type in its own row only")
    void otherProfilesPrintItemsAndType() {
        LegalReviewRules rules = rules("wuhan-2020");
        String item = rules.checklist().get(0).id();
        OfficialDocument form = LegalReviewSupport.opinionForm(folder("wuhan-2020"), "wuhan-2020", rules, "lawyer1",
                "同意（wuhan-2020 法制审核 第十条（一））", "事实清楚", List.of(item), properties("行政处罚决定"), DAY);
        assertEquals(ReviewOpinionForm.OTHER_TITLE, form.title());
        String text = form.toPlainText();
        assertTrue(text.contains(rules.checklist().get(0).label().zhCN()), text);
        assertEquals(1, text.split("同意（wuhan-2020", -1).length - 1, "the type printed once: " + text);
    }

    @Test
    @DisplayName("no decision name and no opinion text: the form is still written, the name marked as not given, the type as the opinion")
    void missingValuesDoNotStopTheStep() {
        OfficialDocument form = LegalReviewSupport.opinionForm(folder("wuhan-2020"), "wuhan-2020", rules("wuhan-2020"), null,
                "同意（wuhan-2020 法制审核 第十条（一））", " ", List.of(), properties(""), DAY);
        List<String> texts = form.texts();
        assertTrue(texts.contains(LegalReviewSupport.NOT_GIVEN), texts.toString());
        assertTrue(texts.contains("同意（wuhan-2020 法制审核 第十条（一））"), texts.toString());
    }
}
