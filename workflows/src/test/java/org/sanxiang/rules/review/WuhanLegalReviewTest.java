package org.sanxiang.rules.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanxiang.rules.review.ReviewTesting.action;
import static org.sanxiang.rules.review.ReviewTesting.assertMajorBy;
import static org.sanxiang.rules.review.ReviewTesting.assertNotMajor;
import static org.sanxiang.rules.review.ReviewTesting.classifier;
import static org.sanxiang.rules.review.ReviewTesting.date;
import static org.sanxiang.rules.review.ReviewTesting.penalty;
import static org.sanxiang.rules.review.ReviewTesting.review;
import static org.sanxiang.rules.review.ReviewTesting.timeline;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanxiang.rules.calendar.TimeLimit;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.Measure;
import org.sanxiang.rules.facts.Party;
import org.sanxiang.rules.facts.Procedure;

/** wuhan-2020 市人社局重大行政执法决定法制审核办法 (武人社办〔2020〕24号). */
class WuhanLegalReviewTest {

    private static final String WH = "wuhan-2020";

    @Test
    @DisplayName("wuhan-2020 法制审核 第五条（一）: a licence decision made after a hearing")
    void licenceAfterHearing() {
        assertMajorBy("licence-after-hearing", "法制审核 第五条（一）", action(WH, ActionCategory.LICENCE).hearing(true));
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第五条（二）: withdrawing or revoking a licence")
    void licenceWithdrawn() {
        assertMajorBy("licence-withdrawn", "法制审核 第五条（二）",
                action(WH, ActionCategory.LICENCE).measure(Measure.WITHDRAW_LICENCE));
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第五条（三）、第六条（五）: 'the bureau considers it major' is a manual ground, never matched")
    void designatedMajorIsManual() {
        var rules = classifier(WH).rules();
        assertEquals(List.of("licence-designated-major", "penalty-designated-major"), rules.manualGrounds());
        assertEquals("法制审核 第五条（三）", rules.majorCriteria().get("licence-designated-major").citation());
        assertEquals("法制审核 第六条（五）", rules.majorCriteria().get("penalty-designated-major").citation());
        assertNotMajor(action(WH, ActionCategory.LICENCE));
        assertNotMajor(penalty(WH, Party.individual()).procedure(Procedure.GENERAL).fine(100));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"SUSPEND_LICENCE", "REVOKE_LICENCE"})
    @DisplayName("wuhan-2020 法制审核 第六条（一）: suspending or revoking a licence")
    void suspendOrRevoke(Measure measure) {
        assertMajorBy("penalty-suspend-or-revoke-licence", "法制审核 第六条（一）",
                penalty(WH, Party.organisation()).measure(measure));
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第六条（二）: ordering production or business to stop")
    void stopProduction() {
        assertMajorBy("penalty-stop-production", "法制审核 第六条（二）",
                penalty(WH, Party.organisation()).measure(Measure.STOP_PRODUCTION));
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第六条（三）: a complex case decided by the leaders collectively")
    void complexCase() {
        assertMajorBy("penalty-complex", "法制审核 第六条（三）", penalty(WH, Party.individual()).complex(true));
    }

    @ParameterizedTest(name = "individual fine {0} → major {1}")
    @CsvSource({"4999, false", "5000, true", "5001, true"})
    @DisplayName("wuhan-2020 法制审核 第十四条: 以上 includes 5000 itself (individual, 第六条（三）)")
    void individualLargeFine(long fine, boolean major) {
        var facts = penalty(WH, Party.individual()).fine(fine);
        if (major) {
            assertMajorBy("penalty-fine-individual", "法制审核 第六条（三）、第十四条", facts);
        } else {
            assertNotMajor(facts);
        }
    }

    @ParameterizedTest(name = "organisation fine {0} → major {1}")
    @CsvSource({"5000, false", "49999, false", "50000, true", "50001, true"})
    @DisplayName("wuhan-2020 法制审核 第十四条: 以上 includes 50000 itself (organisation, 第六条（三）); 5000 on an organisation is not large")
    void organisationLargeFine(long fine, boolean major) {
        var facts = penalty(WH, Party.organisation()).fine(fine);
        if (major) {
            assertMajorBy("penalty-fine-organisation", "法制审核 第六条（三）、第十四条", facts);
        } else {
            assertNotMajor(facts);
        }
    }

    @ParameterizedTest(name = "{0} parties → major {1}")
    @CsvSource({"9, false", "10, true", "11, true"})
    @DisplayName("wuhan-2020 法制审核 第六条（四）、第十四条: many parties means a group case of 10 or more (以上 includes 10)")
    void manyParties(int parties, boolean major) {
        var facts = penalty(WH, Party.organisation()).partiesAffected(parties);
        if (major) {
            assertMajorBy("penalty-many-parties", "法制审核 第六条（四）、第十四条", facts);
        } else {
            assertNotMajor(facts);
        }
    }

    @ParameterizedTest(name = "{0} workers → major {1}")
    @CsvSource({"9, false", "10, true"})
    @DisplayName("wuhan-2020 法制审核 第六条（四）、第十四条: 10 or more workers concerned (interested persons) make a group case")
    void manyWorkers(int workers, boolean major) {
        var facts = penalty(WH, Party.organisation()).workersAffected(workers);
        if (major) {
            assertMajorBy("penalty-many-workers", "法制审核 第六条（四）、第十四条", facts);
        } else {
            assertNotMajor(facts);
        }
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第七条: a referral to the police or the supervisory commission, whatever the action")
    void criminalReferral() {
        assertMajorBy("criminal-or-disciplinary-referral", "法制审核 第七条",
                penalty(WH, Party.individual()).criminalReferral(true));
        assertMajorBy("criminal-or-disciplinary-referral", "法制审核 第七条",
                action(WH, ActionCategory.INSPECTION).criminalReferral(true));
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第四条: emergency decisions are a manual exclusion; review is otherwise required for major decisions")
    void emergencyExclusionIsManual() {
        var exclusion = classifier(WH).rules().exclusions().get("emergency");
        assertTrue(exclusion.isManual());
        assertEquals("法制审核 第四条", exclusion.citation());
        var requirement = review(penalty(WH, Party.individual()).fine(6000));
        assertTrue(requirement.required());
        assertEquals(List.of("penalty-fine-individual"), requirement.reasons().stream().map(r -> r.rule()).toList());
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第八条: materials go before the leader's approval; no transfer count is set")
    void transferHasNoCount() {
        var transfer = classifier(WH).rules().timeLimits().transfer();
        assertTrue(transfer.limit().isEmpty());
        assertTrue(timeline(WH).transferDue(date("2024-11-06")).isEmpty());
        assertEquals(List.of("unit-proposal", "case-file", "other-evidence"),
                classifier(WH).rules().materials().stream().map(Item::id).toList());
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第九条: the nine review checklist items")
    void checklist() {
        var checklist = classifier(WH).rules().checklist();
        assertEquals(9, checklist.size());
        assertEquals("materials-complete", checklist.get(0).id());
        assertEquals("法制审核 第九条（九）", checklist.get(8).citation());
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第十条: the opinion types, including 'do not make the decision'")
    void opinionTypes() {
        var rules = classifier(WH).rules();
        assertEquals(List.of("approve", "investigate-further", "complete-materials", "do-not-decide", "change",
                "correct-procedure", "transfer"), rules.opinionTypes().stream().map(OpinionType::id).toList());
        assertEquals(OpinionType.Outcome.REJECT, rules.opinionType("do-not-decide").orElseThrow().outcome());
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第十一条: re-review may be asked once; then the bureau's head decides promptly")
    void reReviewOnce() {
        assertEquals(1, timeline(WH).reReviewRounds().orElseThrow());
        assertTrue(timeline(WH).reReviewRequestDue(date("2024-11-06")).isEmpty(), "no count for the request");
        assertEquals(TimeLimit.promptly(), classifier(WH).rules().timeLimits().leaderDecision().limit().orElseThrow());
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第十一条: an uncorrected legality problem blocks the decision; collective discussion where the law requires")
    void legalityProblemBlocks() {
        var rules = classifier(WH).rules();
        assertEquals("legality-problem-uncorrected", rules.blocking().get(0).id());
        assertEquals("法制审核 第十一条", rules.blocking().get(0).citation());
        assertEquals(CollectiveDiscussion.Requirement.WHEN_LAW_REQUIRES, rules.collectiveDiscussion().required());
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第十二条: review within 5 working days, extendable by 5 with the head's approval")
    void reviewAndExtension() {
        var tl = timeline(WH);
        assertEquals(date("2024-11-13"), tl.reviewDue(date("2024-11-06")).orElseThrow().dueDate());
        assertEquals(date("2024-11-20"), tl.extendedReviewDue(date("2024-11-06")).orElseThrow().dueDate());
        assertEquals("本局行政负责人", classifier(WH).rules().timeLimits().extension().approvedBy().zhCN());
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第十二条: the count runs from complete materials, so completing them restarts it")
    void completingMaterialsRestartsTheCount() {
        // sent back Fri 11-08, complete again Wed 11-13: 5 full working days from then → Wed 11-20
        assertEquals(date("2024-11-20"), timeline(WH).reviewDue(date("2024-11-06"),
                List.of(new ClockStop(date("2024-11-08"), date("2024-11-13")))).orElseThrow().dueDate());
    }

    @Test
    @DisplayName("wuhan-2020 has no filing deadline for decisions")
    void noFiling() {
        assertTrue(timeline(WH).filingDue(date("2024-11-06")).isEmpty());
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第十三条: the opinion is made in two copies, one for the case file, one kept by the legal office")
    void opinionInTwoCopies() {
        var records = classifier(WH).rules().retainedRecords();
        assertEquals(1, records.size());
        assertEquals("法制审核 第十三条", records.get(0).citation());
        assertTrue(records.get(0).label().zhCN().contains("一式两份"));
    }
}
