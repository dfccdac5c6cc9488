package org.sanxiang.rules.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SeparationOfDutiesTest {

    static Map<Duty, Set<String>> did(Duty duty, String user) {
        return Map.of(duty, Set.of(user));
    }

    static void refused(Duty earlier, Duty later, Separation.Scope scope, String article) {
        Map<Duty, Set<String>> done = did(earlier, "u1");
        var conflict = scope == Separation.Scope.CASE ? SeparationOfDuties.check(later, "u1", done, Map.of())
                : SeparationOfDuties.check(later, "u1", Map.of(), done);
        assertTrue(conflict.isPresent(), earlier + " then " + later);
        assertTrue(conflict.get().message().contains(article), conflict.get().message());
        assertTrue(SeparationOfDuties.check(later, "u2", done, done).isEmpty(), "another person may");
    }

    @Test
    void handlerIsNotReviewer_chongqing2024_法制审核_第九条_第十一至十三条() {
        refused(Duty.HANDLE_CASE, Duty.LEGAL_REVIEW, Separation.Scope.CASE, "chongqing-2024 法制审核 第九条, 第十一–十三条");
    }

    @Test
    void handlerDoesNotDecide_wuhan2020_法制审核_第八条_第十一条第二款() {
        refused(Duty.HANDLE_CASE, Duty.LEADER_DECISION, Separation.Scope.CASE, "wuhan-2020 法制审核 第八条, 第十一条第二款");
    }

    @Test
    void reviewerDoesNotDecide_wuhan2020_法制审核_第十一条第二款() {
        refused(Duty.LEGAL_REVIEW, Duty.LEADER_DECISION, Separation.Scope.CASE, "wuhan-2020 法制审核 第四条, 第十一条第二款");
    }

    @Test
    void drafterDoesNotReview_chongqing2024_公示_第六条() {
        refused(Duty.DRAFT_DISCLOSURE, Duty.REVIEW_DISCLOSURE, Separation.Scope.PROCESS, "chongqing-2024 公示 第六条");
    }

    @Test
    void drafterDoesNotApprove_wuhan2020_公示_第三条() {
        refused(Duty.DRAFT_DISCLOSURE, Duty.APPROVE_DISCLOSURE, Separation.Scope.PROCESS, "wuhan-2020 公示 第三条");
    }

    @Test
    void requesterDoesNotApprove_wuhan2020_全过程记录_第二十七条第三款() {
        refused(Duty.REQUEST_ACCESS, Duty.APPROVE_ACCESS, Separation.Scope.PROCESS, "wuhan-2020 全过程记录 第二十七条第三款");
        refused(Duty.REQUEST_ACCESS, Duty.APPROVE_ACCESS, Separation.Scope.PROCESS, "fushun-2026 全过程记录细则 第二十六条");
    }

    @Test
    void unitAndLegalOfficeCheckAnObjectionAsTwoPersons_chongqing2024_公示_第十三条第二款() {
        refused(Duty.CHECK_OBJECTION, Duty.LEGAL_CHECK_OBJECTION, Separation.Scope.PROCESS, "chongqing-2024 公示 第十三条第二款");
        refused(Duty.LEGAL_CHECK_OBJECTION, Duty.CHECK_OBJECTION, Separation.Scope.PROCESS, "chongqing-2024 公示 第十三条第二款");
    }

    @Test
    void annualReportCompilerReviewerAndApproverAreThreePersons_chongqing2024_公示_第十四条_tianjin2019_实施方案_三_一_3_3() {
        refused(Duty.COMPILE_ANNUAL_REPORT, Duty.REVIEW_ANNUAL_REPORT, Separation.Scope.PROCESS, "chongqing-2024 公示 第六条, 第十四条");
        refused(Duty.COMPILE_ANNUAL_REPORT, Duty.APPROVE_ANNUAL_REPORT, Separation.Scope.PROCESS, "tianjin-2019 实施方案 三（一）3（3）");
        refused(Duty.REVIEW_ANNUAL_REPORT, Duty.APPROVE_ANNUAL_REPORT, Separation.Scope.PROCESS, "tianjin-2019 实施方案 三（一）3（3）");
    }

    @Test
    void aDisclosureDraftedElsewhereDoesNotBarTheReviewOfThisOne() {
        assertTrue(SeparationOfDuties.check(Duty.REVIEW_DISCLOSURE, "u1", did(Duty.DRAFT_DISCLOSURE, "u1"), Map.of()).isEmpty());
    }

    @Test
    void everyRuleCitesAnArticle() {
        assertEquals(11, SeparationOfDuties.RULES.size());
        SeparationOfDuties.RULES.forEach(r -> assertTrue(r.cited().contains("第"), r.toString()));
    }
}
