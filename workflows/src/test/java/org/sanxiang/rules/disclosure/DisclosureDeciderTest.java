package org.sanxiang.rules.disclosure;

import org.sanxiang.rules.calendar.WeekdaysOnlyTestCalendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.facts.Party;
import org.sanxiang.rules.facts.PartyKind;
import org.sanxiang.rules.facts.Secrets;
import org.sanxiang.rules.profile.ProfileRegistry;

/**
 * The disclosure rules of each profile, article by article. Dates are chosen away from statutory
 * holidays (March and November 2025), so the weekday test double gives the real calendar's answers.
 */
class DisclosureDeciderTest {

    static final ProfileRegistry PROFILES = ProfileRegistry.shipped();
    static final WeekdaysOnlyTestCalendar CALENDAR = new WeekdaysOnlyTestCalendar();
    static final LocalDate MON_3_MARCH = LocalDate.of(2025, 3, 3);

    static DisclosureDecider decider(String profile) {
        return new DisclosureDecider(PROFILES.get(profile), CALENDAR);
    }

    static CaseFacts withFacts(String profile, java.util.function.UnaryOperator<CaseFacts.Builder> facts) {
        return facts.apply(Cases.of(profile, ActionCategory.PENALTY).dates(Cases.decided(MON_3_MARCH))).build();
    }

    static Exclusion only(List<Exclusion> exclusions) {
        assertEquals(1, exclusions.size(), exclusions.toString());
        return exclusions.get(0);
    }

    @Nested
    @DisplayName("exclusions")
    class Exclusions {

        @ParameterizedTest(name = "chongqing-2024 {1}: {0}")
        @DisplayName("chongqing-2024 公示 第十二条: each ground withholds, with its code and article")
        @CsvSource({
                "minor,             公示 第十二条（一）",
                "state-secret,      公示 第十二条（二）",
                "commercial-secret, 公示 第十二条（二）",
                "privacy,           公示 第十二条（二）",
                "security,          公示 第十二条（三）"})
        void chongqingArticle12(String code, String article) {
            DisclosureDecision decision = decider("chongqing-2024").decide(caseShowing("chongqing-2024", code), false);
            assertFalse(decision.disclose());
            Exclusion exclusion = only(decision.exclusions());
            assertEquals(code, exclusion.reason().code());
            assertEquals(Citation.of("chongqing-2024", article), exclusion.citation());
            assertEquals(Exclusion.Effect.WITHHOLD, exclusion.effect());
        }

        @ParameterizedTest(name = "wuhan-2020 {1}: {0}")
        @DisplayName("wuhan-2020 公示 第十条（一）–（五）: every ground withholds, with its code and article")
        @CsvSource({
                "minor,             公示 第十条（一）",
                "state-secret,      公示 第十条（二）",
                "commercial-secret, 公示 第十条（二）",
                "privacy,           公示 第十条（二）",
                "security,          公示 第十条（三）",
                "investigation,     公示 第十条（四）",
                "criminal-referral, 公示 第十条（五）"})
        void wuhanArticle10(String code, String article) {
            DisclosureDecision decision = decider("wuhan-2020").decide(caseShowing("wuhan-2020", code), false);
            assertFalse(decision.disclose());
            Exclusion exclusion = only(decision.exclusions());
            assertEquals(code, exclusion.reason().code());
            assertEquals(Citation.of("wuhan-2020", article), exclusion.citation());
        }

        @ParameterizedTest(name = "ningxia-2019 {1}: {0}")
        @DisplayName("ningxia-2019 附件1 第七条: secrets, privacy and security withhold")
        @CsvSource({
                "state-secret,      附件1 第七条（一）",
                "security,          附件1 第七条（一）",
                "commercial-secret, 附件1 第七条（二）",
                "privacy,           附件1 第七条（二）"})
        void ningxiaArticle7(String code, String article) {
            DisclosureDecision decision = decider("ningxia-2019").decide(caseShowing("ningxia-2019", code), false);
            assertFalse(decision.disclose());
            assertEquals(Citation.of("ningxia-2019", article), only(decision.exclusions()).citation());
        }

        @Test
        @DisplayName("Chongqing 公示 第十二条 lists neither investigation nor criminal referral; Ningxia 附件1 第七条 lists no minors")
        void groundsAProfileDoesNotListDoNotWithhold() {
            for (String code : List.of("investigation", "criminal-referral")) {
                DisclosureDecision decision = decider("chongqing-2024").decide(caseShowing("chongqing-2024", code), false);
                assertTrue(decision.disclose(), code);
                assertTrue(decision.exclusions().isEmpty(), code);
            }
            assertTrue(decider("ningxia-2019").decide(caseShowing("ningxia-2019", "minor"), false).disclose());
        }

        @ParameterizedTest(name = "tianjin-2019: {0}")
        @DisplayName("tianjin-2019 实施方案 三（一）3（1）: secrets and privacy are treated, then disclosed (作适当处理后公开)")
        @CsvSource({"state-secret", "commercial-secret", "privacy"})
        void tianjinTreatsThenDiscloses(String code) {
            DisclosureDecision decision = decider("tianjin-2019").decide(caseShowing("tianjin-2019", code), false);
            assertTrue(decision.disclose());
            Exclusion exclusion = only(decision.exclusions());
            assertEquals(Exclusion.Effect.DISCLOSE_AFTER_TREATMENT, exclusion.effect());
            assertEquals(Citation.of("tianjin-2019", "实施方案 三（一）3（1）"), exclusion.citation());
        }

        @Test
        @DisplayName("wuhan-2020 公示 第十条: several grounds at once are all reported, in the article's order")
        void severalGrounds() {
            CaseFacts facts = withFacts("wuhan-2020", b -> b.party(new Party(PartyKind.INDIVIDUAL, true, false))
                    .criminalReferral(true).secrets(new Secrets(false, false, true)));
            assertEquals(List.of("minor", "privacy", "criminal-referral"), decider("wuhan-2020").exclusions(facts)
                    .stream().map(e -> e.reason().code()).toList());
        }

        @Test
        @DisplayName("a case with no ground is disclosed (chongqing-2024 公示 第十一条)")
        void noGround() {
            DisclosureDecision decision = decider("chongqing-2024").decide(withFacts("chongqing-2024", b -> b), false);
            assertTrue(decision.disclose());
            assertTrue(decision.exclusions().isEmpty());
        }

        private CaseFacts caseShowing(String profile, String code) {
            return withFacts(profile, b -> switch (code) {
                case "minor" -> b.party(new Party(PartyKind.INDIVIDUAL, true, false));
                case "state-secret" -> b.secrets(new Secrets(true, false, false));
                case "commercial-secret" -> b.secrets(new Secrets(false, true, false));
                case "privacy" -> b.secrets(new Secrets(false, false, true));
                case "security" -> b.securityRisk(true);
                case "investigation" -> b.affectsInvestigation(true);
                case "criminal-referral" -> b.criminalReferral(true);
                default -> throw new IllegalArgumentException(code);
            });
        }
    }

    @Nested
    @DisplayName("due dates by action category")
    class Due {

        @ParameterizedTest(name = "{0} {1}: {3}")
        @DisplayName("result due N working days after the decision (Mon 2025-03-03 + 7 = 03-12, + 20 = 03-31)")
        @CsvSource({
                "chongqing-2024, penalty,      2025-03-12, 公示 第十一条（一）",
                "chongqing-2024, licence,      2025-03-12, 公示 第十一条（一）",
                "chongqing-2024, coercive,     2025-03-31, 公示 第十一条（二）",
                "chongqing-2024, reward,       2025-03-31, 公示 第十一条（二）",
                "chongqing-2024, confirmation, 2025-03-31, 公示 第十一条（二）",
                "wuhan-2020,     penalty,      2025-03-12, 公示 第九条第一款",
                "wuhan-2020,     licence,      2025-03-12, 公示 第九条第一款",
                "wuhan-2020,     levy,         2025-03-31, 公示 第九条第一款",
                "wuhan-2020,     coercive,     2025-03-31, 公示 第九条第一款",
                "ningxia-2019,   penalty,      2025-03-12, 附件2 第18项",
                "ningxia-2019,   coercive,     2025-03-12, 附件2 第20项",
                "ningxia-2019,   licence,      2025-03-12, 附件2 第23项",
                "ningxia-2019,   confirmation, 2025-03-12, 附件1 第十一条（一）",
                "tianjin-2019,   penalty,      2025-03-12, 实施方案 三（一）3（1）",
                "tianjin-2019,   coercive,     2025-03-31, 实施方案 三（一）3（1）"})
        void dueAfterDecision(String profile, String action, LocalDate expected, String article) {
            CaseFacts facts = Cases.of(profile, ActionCategory.fromCode(action)).dates(Cases.decided(MON_3_MARCH)).build();
            DueDate due = decider(profile).due(facts);
            assertEquals(DueDate.Status.DUE, due.status());
            assertEquals(expected, due.dateOrNull());
            assertEquals(Citation.of(profile, article), due.citation());
        }

        @Test
        @DisplayName("chongqing-2024 公示 第十一条（二）: an inspection's result is due 20 working days after the inspection ended")
        void chongqingInspectionFromItsEnd() {
            CaseFacts facts = Cases.of("chongqing-2024", ActionCategory.INSPECTION)
                    .dates(Cases.dates().inspectionEnded(MON_3_MARCH).build()).build();
            assertEquals(LocalDate.of(2025, 3, 31), decider("chongqing-2024").due(facts).dateOrNull());
            // with a later decision on record too, the inspection's end is still what counts
            CaseFacts both = Cases.of("chongqing-2024", ActionCategory.INSPECTION)
                    .dates(Cases.dates().inspectionEnded(MON_3_MARCH).decided(MON_3_MARCH.plusDays(7)).build()).build();
            assertEquals(LocalDate.of(2025, 3, 31), decider("chongqing-2024").due(both).dateOrNull());
        }

        @Test
        @DisplayName("ningxia-2019 附件2 第21项 / 附件1 第十一条（二）: an inspection's result is due 20 working days after it ended")
        void ningxiaInspection() {
            CaseFacts facts = Cases.of("ningxia-2019", ActionCategory.INSPECTION)
                    .dates(Cases.dates().inspectionEnded(MON_3_MARCH).build()).build();
            DueDate due = decider("ningxia-2019").due(facts);
            assertEquals(LocalDate.of(2025, 3, 31), due.dateOrNull());
            assertEquals(Citation.of("ningxia-2019", "附件1 第十一条（二）、附件2 第21项"), due.citation());
        }

        @Test
        @DisplayName("ningxia-2019 附件1 第十一条（二）: an inspection that found problems is published promptly once handled, never a day count")
        void ningxiaInspectionWithProblems() {
            CaseFacts facts = Cases.of("ningxia-2019", ActionCategory.INSPECTION)
                    .dates(Cases.dates().inspectionEnded(MON_3_MARCH).decided(MON_3_MARCH).build()).problemsFound(true).build();
            DisclosureDecision decision = decider("ningxia-2019").decide(facts, false);
            assertEquals(DueDate.Status.PROMPTLY, decision.due().status());
            assertNull(decision.due().dateOrNull());
            assertEquals(Citation.of("ningxia-2019", "附件1 第十一条（二）"), decision.due().citation());
            assertEquals("P1Y", decision.displayPeriodValue(), "附件2 第21项");
        }

        @Test
        @DisplayName("chongqing-2024 公示 第十一条 sets no limit for a levy; fushun-2026 does not cover disclosure")
        void noLimit() {
            CaseFacts levy = Cases.of("chongqing-2024", ActionCategory.LEVY).dates(Cases.decided(MON_3_MARCH)).build();
            assertEquals(DueDate.Status.NOT_SET, decider("chongqing-2024").due(levy).status());
            assertNull(decider("chongqing-2024").due(levy).dateOrNull());
            CaseFacts fushun = Cases.of("fushun-2026", ActionCategory.PENALTY).dates(Cases.decided(MON_3_MARCH)).build();
            DisclosureDecision decision = decider("fushun-2026").decide(fushun, false);
            assertFalse(decision.covered());
            assertNull(decision.due().dateOrNull());
            // not covered, never "do not disclose" (DESIGN.md, No invented law)
            assertNull(decision.discloseOrNull());
            assertEquals(Citation.of("fushun-2026", "细则 第一条"), decision.notCovered().citation());
            assertTrue(decision.notCovered().reason().contains("does not regulate disclosure"));
        }

        @Test
        @DisplayName("wuhan-2020 公示 第九条: without a decision date the limit is known but no date is computed")
        void awaitingStart() {
            CaseFacts facts = Cases.of("wuhan-2020", ActionCategory.PENALTY).build();
            DueDate due = decider("wuhan-2020").due(facts);
            assertEquals(DueDate.Status.AWAITING_START, due.status());
            assertNull(due.dateOrNull());
            assertEquals(7, due.limit().amount());
        }
    }

    @Nested
    @DisplayName("display periods")
    class Display {

        @Test
        @DisplayName("ningxia-2019 附件2 第18项: a penalty is displayed 1 year, a major penalty 3 years")
        void ningxiaPenalty() {
            DisclosureDecider ningxia = decider("ningxia-2019");
            assertEquals("P1Y", ningxia.displayPeriod(ActionCategory.PENALTY, false).orElseThrow().value());
            DisplayPeriod major = ningxia.displayPeriod(ActionCategory.PENALTY, true).orElseThrow();
            assertEquals("P3Y", major.value());
            assertEquals(java.time.Period.ofYears(3), major.period().orElseThrow());
            assertEquals(Citation.of("ningxia-2019", "附件2 第18项"), major.citation());
        }

        @ParameterizedTest(name = "{0}: {1} ({2})")
        @DisplayName("ningxia-2019 附件2: display period per action category")
        @CsvSource({
                "coercive,   P1Y,       附件2 第20项",
                "inspection, P1Y,       附件2 第21项",
                "licence,    permanent, 附件2 第23项"})
        void ningxiaByCategory(String action, String period, String article) {
            DisplayPeriod display = decider("ningxia-2019").displayPeriod(ActionCategory.fromCode(action), false).orElseThrow();
            assertEquals(period, display.value());
            assertEquals(Citation.of("ningxia-2019", article), display.citation());
        }

        @ParameterizedTest(name = "item {0}: {1}")
        @DisplayName("ningxia-2019 附件2 公示事项清单: display period of listed items (长期 = permanent)")
        @CsvSource({"1, permanent", "9, permanent", "11, permanent", "19, P3Y", "20, P1Y", "22, P1Y", "24, permanent"})
        void ningxiaItems(int item, String period) {
            DisplayPeriod display = decider("ningxia-2019").displayPeriodOfItem(item, false).orElseThrow();
            assertEquals(period, display.value());
            assertEquals(Citation.of("ningxia-2019", "附件2 第" + item + "项"), display.citation());
        }

        @ParameterizedTest(name = "item {0}: display {1}, due {2} working days")
        @DisplayName("ningxia-2019 附件2 第1–24项: every item's display period and time limit (from Mon 2025-03-03)")
        @CsvSource(nullValues = "-", value = {
                "1, permanent, 20", "2, permanent, 20", "3, permanent, 20", "4, permanent, 20", "5, permanent, 20",
                "6, permanent, 20", "7, permanent, 20", "8, permanent, 20", "9, permanent, 20", "10, permanent, 20",
                "11, permanent, 20", "12, -, -", "13, -, -", "14, -, -", "15, -, -", "16, -, -", "17, -, -",
                "18, P1Y, 7", "19, P3Y, -", "20, P1Y, 7", "21, P1Y, 20", "22, P1Y, 20", "23, permanent, 7",
                "24, permanent, 7"})
        void ningxiaEveryItem(int item, String period, Integer workingDays) {
            DisclosureDecider ningxia = decider("ningxia-2019");
            assertEquals(period, ningxia.displayPeriodOfItem(item, false).map(DisplayPeriod::value).orElse(null));
            org.sanxiang.rules.facts.CaseDates dates = Cases.dates().decided(MON_3_MARCH).inspectionEnded(MON_3_MARCH)
                    .infoChanged(MON_3_MARCH).build();
            DueDate due = ningxia.itemDue(item, dates);
            if (workingDays == null) {
                assertEquals(DueDate.Status.NOT_SET, due.status());
            } else {
                assertEquals(workingDays, due.limit().amount());
                assertEquals(workingDays == 7 ? LocalDate.of(2025, 3, 12) : LocalDate.of(2025, 3, 31), due.dateOrNull());
                assertEquals(Citation.of("ningxia-2019", "附件2 第" + item + "项"), due.citation());
            }
        }

        @Test
        @DisplayName("ningxia-2019 附件2 第12–17项 are shown during work or enforcement, with no period; the list has 24 items")
        void ningxiaInActionItems() {
            DisclosureDecider ningxia = decider("ningxia-2019");
            assertEquals(24, ningxia.rules().items().size());
            for (int item = 12; item <= 17; item++) {
                assertTrue(ningxia.displayPeriodOfItem(item, false).isEmpty(), "item " + item);
            }
            assertEquals("执法期间", ningxia.rules().items().get(12).displayWhile());
        }

        @Test
        @DisplayName("chongqing-2024, wuhan-2020 and tianjin-2019 set no display period")
        void othersSetNone() {
            for (String profile : List.of("chongqing-2024", "wuhan-2020", "tianjin-2019")) {
                CaseFacts facts = Cases.of(profile, ActionCategory.PENALTY).build();
                assertNull(decider(profile).decide(facts, true).displayPeriodValue(), profile);
            }
        }
    }

    @Nested
    @DisplayName("withdrawal, correction, update, annual dates, approval")
    class Maintenance {

        @Test
        @DisplayName("chongqing-2024 公示 第十三条（二）: withdraw within 3 working days of revocation")
        void chongqingWithdrawal() {
            DueDate due = decider("chongqing-2024").withdrawalDue(revokedOn("chongqing-2024", MON_3_MARCH));
            assertEquals(LocalDate.of(2025, 3, 6), due.dateOrNull());
            assertEquals(Citation.of("chongqing-2024", "公示 第十三条（二）"), due.citation());
        }

        @Test
        @DisplayName("ningxia-2019 附件1 第十一条（三）: the change or revocation is published within 7 working days")
        void ningxiaWithdrawal() {
            DueDate due = decider("ningxia-2019").withdrawalDue(revokedOn("ningxia-2019", MON_3_MARCH));
            assertEquals(LocalDate.of(2025, 3, 12), due.dateOrNull());
        }

        @ParameterizedTest(name = "{0} {1}")
        @DisplayName("withdrawal 'promptly' (及时) gives no date and no invented count")
        @CsvSource({"wuhan-2020, 公示 第九条第三款", "tianjin-2019, 实施方案 三（一）3（2）"})
        void promptlyWithdrawal(String profile, String article) {
            DueDate due = decider(profile).withdrawalDue(revokedOn(profile, MON_3_MARCH));
            assertEquals(DueDate.Status.PROMPTLY, due.status());
            assertNull(due.dateOrNull());
            assertFalse(due.limit().isCounted());
            assertEquals(Citation.of(profile, article), due.citation());
        }

        @Test
        @DisplayName("chongqing-2024 公示 第十三条（三）: an error the bureau finds is corrected within 3 working days")
        void chongqingCorrectionOnFinding() {
            CaseFacts facts = Cases.of("chongqing-2024", ActionCategory.PENALTY)
                    .dates(Cases.dates().errorFound(MON_3_MARCH).build()).build();
            DueDate due = decider("chongqing-2024").correctionDue(facts);
            assertEquals(LocalDate.of(2025, 3, 6), due.dateOrNull());
            assertEquals(Citation.of("chongqing-2024", "公示 第十三条（三）"), due.citation());
        }

        @Test
        @DisplayName("chongqing-2024 公示 第十三条第二款: an objection is checked promptly (no count)")
        void chongqingCorrectionOnRequest() {
            CaseFacts facts = Cases.of("chongqing-2024", ActionCategory.PENALTY)
                    .dates(Cases.dates().correctionRequested(MON_3_MARCH).build()).build();
            assertEquals(DueDate.Status.PROMPTLY, decider("chongqing-2024").correctionDue(facts).status());
        }

        @Test
        @DisplayName("ningxia-2019 附件1 第十四条: a correction request is handled within 10 working days; 第十三条: errors found promptly")
        void ningxiaCorrection() {
            DisclosureDecider ningxia = decider("ningxia-2019");
            CaseFacts requested = Cases.of("ningxia-2019", ActionCategory.PENALTY)
                    .dates(Cases.dates().correctionRequested(MON_3_MARCH).build()).build();
            DueDate due = ningxia.correctionDue(requested);
            assertEquals(LocalDate.of(2025, 3, 17), due.dateOrNull());
            assertEquals(Citation.of("ningxia-2019", "附件1 第十四条"), due.citation());
            CaseFacts found = Cases.of("ningxia-2019", ActionCategory.PENALTY)
                    .dates(Cases.dates().errorFound(MON_3_MARCH).build()).build();
            assertEquals(DueDate.Status.PROMPTLY, ningxia.correctionDue(found).status());
            CaseFacts both = Cases.of("ningxia-2019", ActionCategory.PENALTY)
                    .dates(Cases.dates().errorFound(MON_3_MARCH).correctionRequested(MON_3_MARCH).build()).build();
            assertEquals(LocalDate.of(2025, 3, 17), ningxia.correctionDue(both).dateOrNull());
        }

        @Test
        @DisplayName("wuhan-2020 公示 第十二条: corrections promptly; no correction date without a trigger date")
        void wuhanCorrection() {
            DisclosureDecider wuhan = decider("wuhan-2020");
            CaseFacts requested = Cases.of("wuhan-2020", ActionCategory.PENALTY)
                    .dates(Cases.dates().correctionRequested(MON_3_MARCH).build()).build();
            DueDate due = wuhan.correctionDue(requested);
            assertEquals(DueDate.Status.PROMPTLY, due.status());
            assertEquals(Citation.of("wuhan-2020", "公示 第十二条第二款"), due.citation());
            assertEquals(DueDate.Status.NOT_SET, wuhan.correctionDue(Cases.of("wuhan-2020", ActionCategory.PENALTY).build()).status());
        }

        @Test
        @DisplayName("basic information: 20 working days chongqing-2024 公示 第十三条（一） and ningxia-2019 附件2 第1–11项; promptly wuhan-2020 公示 第六条")
        void basicInformation() {
            DueDate chongqing = decider("chongqing-2024").basicInfoUpdateDue(MON_3_MARCH);
            assertEquals(LocalDate.of(2025, 3, 31), chongqing.dateOrNull());
            assertEquals(Citation.of("chongqing-2024", "公示 第十三条（一）"), chongqing.citation());
            assertEquals(LocalDate.of(2025, 3, 31), decider("ningxia-2019").basicInfoUpdateDue(MON_3_MARCH).dateOrNull());
            DueDate wuhan = decider("wuhan-2020").basicInfoUpdateDue(MON_3_MARCH);
            assertEquals(DueDate.Status.PROMPTLY, wuhan.status());
            assertEquals(Citation.of("wuhan-2020", "公示 第六条第三款"), wuhan.citation());
            assertEquals(DueDate.Status.NOT_SET, decider("tianjin-2019").basicInfoUpdateDue(MON_3_MARCH).status());
        }

        @Test
        @DisplayName("annual report: chongqing-2024 公示 第十四条 by 31 January; tianjin-2019 三（一）3（3） by 15 January")
        void annualReport() {
            DisclosureDecider.AnnualDue chongqing = decider("chongqing-2024").annualReportDue(2025).orElseThrow();
            assertEquals(LocalDate.of(2026, 1, 31), chongqing.date());
            assertEquals(Citation.of("chongqing-2024", "公示 第十四条"), chongqing.citation());
            DisclosureDecider.AnnualDue tianjin = decider("tianjin-2019").annualReportDue(2025).orElseThrow();
            assertEquals(LocalDate.of(2026, 1, 15), tianjin.date());
            assertEquals(Citation.of("tianjin-2019", "实施方案 三（一）3（3）"), tianjin.citation());
            assertTrue(decider("ningxia-2019").annualReportDue(2025).isEmpty());
            assertTrue(decider("wuhan-2020").annualReportDue(2025).isEmpty());
        }

        @Test
        @DisplayName("wuhan-2020 公示 第八条: the year's inspection plan is published in the first quarter (by 31 March)")
        void wuhanInspectionPlan() {
            DisclosureDecider.AnnualDue plan = decider("wuhan-2020").annualDue("inspection-plan", 2026).orElseThrow();
            assertEquals(LocalDate.of(2026, 3, 31), plan.date());
            assertEquals(Citation.of("wuhan-2020", "公示 第八条第一款"), plan.citation());
        }

        @Test
        @DisplayName("wuhan-2020 公示 第三条: the leader in charge approves; major decisions the principal leader")
        void wuhanApproval() {
            DisclosureDecider wuhan = decider("wuhan-2020");
            DisclosureDecider.Approval major = wuhan.approver(true).orElseThrow();
            assertEquals("principal-leader", major.approver());
            assertEquals("局主要负责人", major.label("zh_CN"));
            assertEquals(Citation.of("wuhan-2020", "公示 第三条第二款"), major.citation());
            assertEquals("deputy-leader", wuhan.approver(false).orElseThrow().approver());
        }

        @Test
        @DisplayName("chongqing-2024 公示 第六条: heads of units review; ningxia-2019 附件1 第十二条 names no approver")
        void otherApprovals() {
            assertEquals("unit-head", decider("chongqing-2024").approver(true).orElseThrow().approver());
            DisclosureDecider.Approval ningxia = decider("ningxia-2019").approver(false).orElseThrow();
            assertEquals("unspecified", ningxia.approver());
            assertFalse(ningxia.label("en").isBlank());
            assertTrue(decider("tianjin-2019").approver(false).isEmpty());
        }

        private CaseFacts revokedOn(String profile, LocalDate day) {
            return Cases.of(profile, ActionCategory.PENALTY).dates(Cases.dates().revoked(day).build()).build();
        }
    }

    @Test
    @DisplayName("decide() puts it together: wuhan-2020 公示 第九条 penalty due 7 working days, nothing revoked")
    void decideTogether() {
        CaseFacts facts = Cases.of("wuhan-2020", ActionCategory.PENALTY).dates(Cases.decided(MON_3_MARCH)).build();
        DisclosureDecision decision = decider("wuhan-2020").decide(facts, false);
        assertTrue(decision.covered());
        assertTrue(decision.disclose());
        assertEquals(LocalDate.of(2025, 3, 12), decision.due().dateOrNull());
        assertNull(decision.withdrawalDue().dateOrNull());
        assertNull(decision.correctionDue().dateOrNull());
        assertFalse(decision.provisional());
    }

    @Test
    @DisplayName("exclusion reasons have zh_CN and en labels")
    void labels() {
        for (ExclusionReason reason : ExclusionReason.values()) {
            assertFalse(reason.label("zh_CN").isBlank());
            assertFalse(reason.label("en").isBlank());
            assertEquals(reason, ExclusionReason.fromCode(reason.code()));
        }
        assertEquals(PartyKind.INDIVIDUAL, PartyKind.fromCode("individual"));
    }

    @Test
    @DisplayName("tianjin-2019 names no approver of disclosure records: reviewed before publication by the leaders (unspecified); a named approver stays (chongqing-2024)")
    void unnamedApprover() {
        assertTrue(decider("tianjin-2019").approver(false).isEmpty());
        assertEquals("unspecified", decider("tianjin-2019").approverOrUnnamed(false).approver());
        assertEquals("先审查后公开（未明确审核人）", decider("tianjin-2019").approverOrUnnamed(true).label("zh_CN"));
        assertEquals(decider("chongqing-2024").approver(true).orElseThrow(), decider("chongqing-2024").approverOrUnnamed(true));
    }
}
