package org.sanxiang.rules.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanxiang.rules.review.ReviewTesting.action;
import static org.sanxiang.rules.review.ReviewTesting.assertMajorBy;
import static org.sanxiang.rules.review.ReviewTesting.assertNotMajor;
import static org.sanxiang.rules.review.ReviewTesting.penalty;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.Measure;
import org.sanxiang.rules.facts.Party;

/** Issue #18 items 1 and 2 for wuhan-2020; chongqing-2024 and ningxia-2019 have theirs in their own tests. */
class WhatTheDecisionDoesTest {

    private static final String WH = "wuhan-2020";

    @ParameterizedTest(name = "{0}")
    @EnumSource(ActionCategory.class)
    @DisplayName("wuhan-2020 法制审核 第五条（二）、第六条（一）: 撤回、撤销、暂扣、吊销 are major whatever the action category filed")
    void licenceMeasuresWhateverTheFiling(ActionCategory filed) {
        for (Measure measure : List.of(Measure.WITHDRAW_LICENCE, Measure.ANNUL_LICENCE, Measure.RECALL_LICENCE)) {
            assertMajorBy("licence-withdrawn", "法制审核 第五条（二）", action(WH, filed).measure(measure));
        }
        for (Measure measure : List.of(Measure.SUSPEND_LICENCE, Measure.REVOKE_LICENCE)) {
            assertMajorBy("penalty-suspend-or-revoke-licence", "法制审核 第六条（一）", action(WH, filed).measure(measure));
        }
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第十四条、第四条: no party kind — 50000 or more major whichever the kind, 5000 to 49999 undetermined")
    void partyKindUnknown() {
        MajorDecision high = ReviewTesting.classify(penalty(WH, null).fine(60_000));
        assertTrue(high.value());
        MajorDecision between = ReviewTesting.classify(penalty(WH, null).fine(5_000));
        assertTrue(between.undetermined());
        assertEquals(List.of("party.kind"), between.missing());
        assertNotMajor(penalty(WH, null).fine(4_999));
        // once the kind is given the answer is settled
        assertNotMajor(penalty(WH, Party.organisation()).fine(5_000));
        assertMajorBy("penalty-fine-individual", "法制审核 第六条（三）、第十四条", penalty(WH, Party.individual()).fine(5_000));
        // another ground settles it whatever the kind
        assertMajorBy("penalty-many-workers", "法制审核 第六条（四）、第十四条", penalty(WH, null).fine(5_000).workersAffected(10));
    }

    @Test
    @DisplayName("measure codes keep their first meaning and carry their Chinese term")
    void codesAndTerms() {
        assertEquals("withdraw-licence", Measure.WITHDRAW_LICENCE.code());
        assertEquals("撤销或撤回行政许可", Measure.WITHDRAW_LICENCE.label("zh_CN"));
        assertEquals("撤销行政许可", Measure.fromCode("annul-licence").label("zh_CN"));
        assertEquals("撤回行政许可", Measure.fromCode("recall-licence").label("zh_CN"));
        assertEquals("终止行政许可主体资格", Measure.fromCode("terminate-licence").label("zh_CN"));
        assertEquals("没收（罚没财物）", Measure.fromCode("confiscate").label("zh_CN"));
        assertEquals("行政征收", ActionCategory.LEVY.label("zh_CN"));
    }
}
