package org.sanxiang.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AnnualAccountTest {

    private static final Year Y2026 = Year.of(2026);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Map<String, Long> byCode(AnnualAccount account) {
        return account.figures().stream().collect(Collectors.toMap(Figure::code, Figure::value));
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十四条: the previous year's figures count what happened in that year, by the date each figure is about")
    void aCaseCountsInTheYearOfEachEvent() {
        AnnualAccount account = new AnnualAccount(Y2026);
        account.add(new CaseRow("c1", "penalty", "general", d("2026-03-01"), d("2027-01-10"), new BigDecimal("50000"),
                true, null, null));
        account.add(new CaseRow("c2", "penalty", "summary", d("2025-12-30"), d("2026-01-05"), new BigDecimal("200.50"),
                false, d("2026-02-01"), d("2026-02-01")));
        account.add(new CaseRow("c3", "licence", null, d("2026-06-01"), d("2026-06-20"), null, true, d("2026-08-01"),
                d("2026-07-31")));
        Map<String, Long> f = byCode(account);
        assertEquals(2, f.get("cases.filed"));
        assertEquals(1, f.get("cases.byAction.penalty"));
        assertEquals(1, f.get("cases.byAction.licence"));
        assertEquals(1, f.get("cases.byProcedure.general"));
        assertNull(f.get("cases.byProcedure.summary"), "c2 was filed in 2025");
        assertEquals(2, f.get("decisions"), "c2 and c3; c1 is decided in 2027");
        assertEquals(1, f.get("fines.count"));
        assertEquals(201, f.get("fines.yuan"), "200.50 rounds half up to whole yuan");
        assertEquals(1, f.get("major"), "c3; c1's major decision falls in 2027");
        assertEquals(2, f.get("records.archived"));
        assertEquals(1, f.get("records.archivedOnTime"), "archived on its due day is on time");
        assertEquals(1, f.get("records.archivedLate"));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十一条: a review on its due day is on time, a day later is late; a row without a due date is in neither")
    void reviewsOnTimeAndLate() {
        AnnualAccount account = new AnnualAccount(Y2026);
        account.add(new OpinionRow("c1", "agree", d("2026-05-10"), d("2026-05-10")));
        account.add(new OpinionRow("c2", "disagree", d("2026-05-11"), d("2026-05-10")));
        account.add(new OpinionRow("c3", "agree", d("2026-05-11"), null));
        account.add(new OpinionRow("c4", "agree", d("2025-05-11"), null));
        Map<String, Long> f = byCode(account);
        assertEquals(3, f.get("reviews"));
        assertEquals(2, f.get("reviews.byOpinion.agree"));
        assertEquals(1, f.get("reviews.byOpinion.disagree"));
        assertEquals(1, f.get("reviews.onTime"));
        assertEquals(1, f.get("reviews.late"));
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十三条: publications on time and late, corrections, withdrawals and expiries by their own dates")
    void disclosures() {
        AnnualAccount account = new AnnualAccount(Y2026);
        account.add(new DisclosureRow("c1", "published", d("2026-01-09"), d("2026-01-09"), null, null, d("2027-01-09")));
        account.add(new DisclosureRow("c2", "corrected", d("2026-02-10"), d("2026-02-09"), d("2026-03-01"), null, null));
        account.add(new DisclosureRow("c3", "withdrawn", d("2025-12-01"), null, null, d("2026-01-02"), null));
        account.add(new DisclosureRow("c4", "expired", d("2025-06-01"), d("2025-06-01"), null, null, d("2026-06-01")));
        Map<String, Long> f = byCode(account);
        assertEquals(2, f.get("disclosures.published"));
        assertEquals(1, f.get("disclosures.onTime"));
        assertEquals(1, f.get("disclosures.late"));
        assertEquals(1, f.get("disclosures.corrected"));
        assertEquals(1, f.get("disclosures.withdrawn"));
        assertEquals(1, f.get("disclosures.expired"));
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十七条: access approved (returned ones were approved) and rejected; fushun-2026 第二十三条: holds")
    void accessAndHolds() {
        AnnualAccount account = new AnnualAccount(Y2026);
        account.add(new AccessRow("c1", "approved", d("2026-04-01")));
        account.add(new AccessRow("c1", "returned", d("2026-04-02")));
        account.add(new AccessRow("c2", "rejected", d("2026-04-03")));
        account.add(new AccessRow("c3", "requested", null));
        account.add(new HoldRow("c2", d("2026-09-09")));
        account.add(new HoldRow("c3", d("2025-09-09")));
        Map<String, Long> f = byCode(account);
        assertEquals(2, f.get("access.approved"));
        assertEquals(1, f.get("access.refused"));
        assertEquals(1, f.get("holds"));
    }

    @Test
    @DisplayName("fushun-2026 第九条 (AV mandatory, or a written reason): AV coverage counts each mandatory stage of a case once, however many recordings it has")
    void avCoverageCountsStagesOnce() {
        AnnualAccount account = new AnnualAccount(Y2026);
        account.add(new StageAvRow("c1", "investigation", true, d("2026-03-01")));
        account.add(new StageAvRow("c1", "investigation", true, d("2026-03-02")));
        account.add(new StageAvRow("c1", "service", false, d("2026-03-05")));
        account.add(new StageAvRow("c2", "investigation", false, d("2026-04-01")));
        account.add(new StageAvRow("c3", "investigation", true, d("2025-04-01")));
        Map<String, Long> f = byCode(account);
        assertEquals(3, f.get("records.avMandatory"));
        assertEquals(1, f.get("records.avCovered"));
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十四条: a drill-down lists exactly the ids behind a figure, for totals, breakdowns and stages")
    void drillDownAddsUpToTheFigure() {
        List<String> penalties = new java.util.ArrayList<>();
        List<String> late = new java.util.ArrayList<>();
        List<String> stages = new java.util.ArrayList<>();
        AnnualAccount byAction = AnnualAccount.drillingInto(Y2026, "cases.byAction.penalty", penalties::add);
        AnnualAccount lateReviews = AnnualAccount.drillingInto(Y2026, "reviews.late", late::add);
        AnnualAccount av = AnnualAccount.drillingInto(Y2026, "records.avMandatory", stages::add);
        for (AnnualAccount a : List.of(byAction, lateReviews, av)) {
            a.add(new CaseRow("c1", "penalty", null, d("2026-01-01"), null, null, null, null, null));
            a.add(new CaseRow("c2", "licence", null, d("2026-01-01"), null, null, null, null, null));
            a.add(new CaseRow("c3", "penalty", null, d("2025-01-01"), null, null, null, null, null));
            a.add(new OpinionRow("o1", "agree", d("2026-05-11"), d("2026-05-10")));
            a.add(new OpinionRow("o2", "agree", d("2026-05-09"), d("2026-05-10")));
            a.add(new StageAvRow("c1", "investigation", true, d("2026-03-01")));
            a.add(new StageAvRow("c1", "investigation", true, d("2026-03-02")));
            a.add(new StageAvRow("c2", "service", false, d("2026-03-01")));
        }
        assertEquals(List.of("c1"), penalties);
        assertEquals(List.of("o1"), late);
        Map<String, Long> f = byCode(av);
        assertEquals(List.of("c1", "c2"), stages);
        assertEquals(2, f.get("records.avMandatory"));
        assertEquals(byCode(byAction).get("cases.byAction.penalty"), (long) penalties.size());
    }

    @Test
    @DisplayName("an empty year still lists every total, at zero, and no breakdown rows")
    void emptyYear() {
        List<Figure> figures = new AnnualAccount(Y2026).figures();
        assertEquals(FigureGroup.values().length - 3, figures.size());
        figures.forEach(f -> assertEquals(0, f.value(), f.code()));
        assertEquals("cases.filed", figures.get(0).code());
        assertEquals("立案数", figures.get(0).group().label("zh_CN"));
        assertEquals("Cases filed", figures.get(0).group().label("en"));
    }
}
