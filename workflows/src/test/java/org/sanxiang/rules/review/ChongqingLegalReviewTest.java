package org.sanxiang.rules.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.sanxiang.rules.calendar.Deadline;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.CaseDates;
import org.sanxiang.rules.facts.Measure;
import org.sanxiang.rules.facts.Party;
import org.sanxiang.rules.facts.Procedure;

/** chongqing-2024 重大行政执法决定法制审核制度实施办法 (渝人社发〔2024〕9号). */
class ChongqingLegalReviewTest {

    private static final String CQ = "chongqing-2024";

    // Fine thresholds are tested without a procedure: 第六条（五）makes every general-procedure penalty major.

    @ParameterizedTest(name = "individual fine {0} yuan → major {1}")
    @CsvSource({"4999, false", "5000, true", "5001, true", "0, false"})
    @DisplayName("chongqing-2024 法制审核 第六条（一）: a fine of 5000 yuan or more on an individual (以上 includes 5000)")
    void individualFine(long fine, boolean major) {
        var facts = penalty(CQ, Party.individual()).fine(fine);
        if (major) {
            assertMajorBy("penalty-fine-individual", "法制审核 第六条（一）", facts);
        } else {
            assertNotMajor(facts);
        }
    }

    @ParameterizedTest(name = "organisation fine {0} yuan → major {1}")
    @CsvSource({"5000, false", "49999, false", "50000, true", "50001, true"})
    @DisplayName("chongqing-2024 法制审核 第六条（一）: a fine of 50000 yuan or more on an organisation; the individual threshold does not apply")
    void organisationFine(long fine, boolean major) {
        var facts = penalty(CQ, Party.organisation()).fine(fine);
        if (major) {
            assertMajorBy("penalty-fine-organisation", "法制审核 第六条（一）", facts);
        } else {
            assertNotMajor(facts);
        }
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第六条（一）: with no party kind, 50000 or more is major whichever the kind; between 5000 and 50000 undetermined, naming party.kind")
    void fineWithoutPartyKindIsMajorAboveBothThresholdsAndUndeterminedBetween() {
        // at or above the organisations' 50000: major whichever the party
        MajorDecision high = ReviewTesting.classify(penalty(CQ, null).fine(50_000));
        assertTrue(high.value(), high.toString());
        assertEquals(List.of("penalty-fine-organisation", "penalty-fine-individual"),
                high.reasons().stream().map(r -> r.rule()).toList());
        // between the two thresholds: undetermined, the party's kind is asked for
        for (long fine : new long[] {5_000, 49_999}) {
            MajorDecision between = ReviewTesting.classify(penalty(CQ, null).fine(fine));
            assertTrue(between.undetermined(), between.toString());
            assertEquals(List.of("party.kind"), between.missing());
            assertEquals(List.of("penalty-fine-individual"), between.reasons().stream().map(r -> r.rule()).toList());
            ReviewRequirement requirement = review(penalty(CQ, null).fine(fine));
            assertTrue(requirement.undetermined());
            assertFalse(requirement.required());
            assertEquals(List.of("party.kind"), requirement.missing());
        }
        // a party with no kind is the same as no party
        assertTrue(ReviewTesting.classify(penalty(CQ, new Party(null, false, false)).fine(10_000)).undetermined());
        assertNotMajor(penalty(CQ, null).fine(4_999));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"SUSPEND_LICENCE", "REVOKE_LICENCE"})
    @DisplayName("chongqing-2024 法制审核 第六条（一）: suspending or revoking a licence")
    void suspendOrRevokeLicence(Measure measure) {
        assertMajorBy("penalty-suspend-or-revoke-licence", "法制审核 第六条（一）",
                penalty(CQ, Party.organisation()).measure(measure));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第六条（一）: ordering production or business to stop")
    void stopProduction() {
        assertMajorBy("penalty-stop-production", "法制审核 第六条（一）",
                penalty(CQ, Party.organisation()).measure(Measure.STOP_PRODUCTION));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第六条（二）: conflicting circumstances for no, reduced, lighter or heavier penalty")
    void conflictingCircumstances() {
        assertMajorBy("penalty-circumstances-conflict", "法制审核 第六条（二）",
                penalty(CQ, Party.individual()).circumstancesConflict(true));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第六条（三）: a penalty after a hearing")
    void penaltyAfterHearing() {
        assertMajorBy("penalty-after-hearing", "法制审核 第六条（三）", penalty(CQ, Party.individual()).hearing(true));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第六条（四）: other major, complex or difficult penalty")
    void complexPenalty() {
        assertMajorBy("penalty-complex", "法制审核 第六条（四）", penalty(CQ, Party.individual()).complex(true));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第六条（五）: every general-procedure penalty, but not a summary-procedure one")
    void generalProcedurePenalty() {
        assertMajorBy("penalty-general-procedure", "法制审核 第六条（五）",
                penalty(CQ, Party.individual()).procedure(Procedure.GENERAL).fine(100));
        assertNotMajor(penalty(CQ, Party.individual()).procedure(Procedure.SUMMARY).fine(100));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第六条: all criteria that apply are cited, in the article's order")
    void everyApplicableCriterionIsCited() {
        var decision = ReviewTesting.classify(penalty(CQ, Party.organisation()).procedure(Procedure.GENERAL)
                .fine(80_000).measure(Measure.STOP_PRODUCTION).hearing(true));
        assertEquals(List.of("penalty-stop-production", "penalty-fine-organisation", "penalty-after-hearing",
                "penalty-general-procedure"), decision.reasons().stream().map(r -> r.rule()).toList());
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第七条（一）: withdrawing (撤销) a licence")
    void licenceWithdrawn() {
        assertMajorBy("licence-withdrawn", "法制审核 第七条（一）",
                action(CQ, ActionCategory.LICENCE).measure(Measure.WITHDRAW_LICENCE));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第七条（二）: major interests between applicant and others, or major public interests")
    void licenceMajorInterests() {
        assertMajorBy("licence-major-interests", "法制审核 第七条（二）",
                action(CQ, ActionCategory.LICENCE).majorRights(true));
        assertMajorBy("licence-public-interest", "法制审核 第七条（二）",
                action(CQ, ActionCategory.LICENCE).publicInterest(true));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第七条（三）（四）: a licence after a hearing; a complex licence decision")
    void licenceHearingAndComplex() {
        assertMajorBy("licence-after-hearing", "法制审核 第七条（三）", action(CQ, ActionCategory.LICENCE).hearing(true));
        assertMajorBy("licence-complex", "法制审核 第七条（四）", action(CQ, ActionCategory.LICENCE).complex(true));
        assertNotMajor(action(CQ, ActionCategory.LICENCE));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第八条（一）（二）: sealing and seizing are major coercive decisions")
    void coerciveSealAndSeize() {
        assertMajorBy("coercive-seal", "法制审核 第八条（一）", action(CQ, ActionCategory.COERCIVE).measure(Measure.SEAL));
        assertMajorBy("coercive-seize", "法制审核 第八条（二）", action(CQ, ActionCategory.COERCIVE).measure(Measure.SEIZE));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第八条（三）（四）: a coercive decision after a hearing; a complex one")
    void coerciveHearingAndComplex() {
        assertMajorBy("coercive-after-hearing", "法制审核 第八条（三）", action(CQ, ActionCategory.COERCIVE).hearing(true));
        assertMajorBy("coercive-complex", "法制审核 第八条（四）", action(CQ, ActionCategory.COERCIVE).complex(true));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第六–八条: a hearing or complexity counts only within its own action category")
    void criteriaStayWithinTheirActionCategory() {
        assertNotMajor(action(CQ, ActionCategory.INSPECTION).hearing(true).complex(true));
        assertNotMajor(action(CQ, ActionCategory.LICENCE).fine(90_000));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第六条（一）、第七条（一）、第八条: a measure is classified by what it does, whatever the filing")
    void measuresClassifyWhateverTheFiling() {
        assertMajorBy("penalty-suspend-or-revoke-licence", "法制审核 第六条（一）",
                action(CQ, ActionCategory.LICENCE).measure(Measure.REVOKE_LICENCE));
        assertMajorBy("penalty-suspend-or-revoke-licence", "法制审核 第六条（一）",
                action(CQ, ActionCategory.INSPECTION).measure(Measure.SUSPEND_LICENCE));
        assertMajorBy("licence-withdrawn", "法制审核 第七条（一）",
                action(CQ, ActionCategory.PENALTY).measure(Measure.ANNUL_LICENCE));
        assertMajorBy("licence-withdrawn", "法制审核 第七条（一）",
                action(CQ, ActionCategory.LICENCE).measure(Measure.WITHDRAW_LICENCE));
        assertMajorBy("coercive-seal", "法制审核 第八条（一）", action(CQ, ActionCategory.INSPECTION).measure(Measure.SEAL));
        assertMajorBy("penalty-stop-production", "法制审核 第六条（一）",
                action(CQ, ActionCategory.COERCIVE).measure(Measure.STOP_PRODUCTION));
        // 第七条（一） names 撤销 only: 撤回 alone is not major by it
        assertNotMajor(action(CQ, ActionCategory.LICENCE).measure(Measure.RECALL_LICENCE));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第二条: 'otherwise provided' is a manual exclusion an officer decides")
    void otherwiseProvidedIsManual() {
        var rules = classifier(CQ).rules();
        assertTrue(rules.exclusions().get("otherwise-provided").isManual());
        assertEquals("法制审核 第二条", rules.exclusions().get("otherwise-provided").citation());
        var requirement = review(penalty(CQ, Party.individual()).hearing(true));
        assertTrue(requirement.required());
        assertEquals(List.of(), requirement.exclusions());
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第九条: the case file goes to the legal office within 3 working days after the investigation ends")
    void transferDeadline() {
        // 2024-11-06 is a Wednesday; the 3rd working day after it is Monday 2024-11-11
        assertEquals(date("2024-11-11"), timeline(CQ).transferDue(date("2024-11-06")).orElseThrow().dueDate());
        assertTrue(timeline(CQ).transferDue(null).isEmpty());
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十一条: review within 5 working days, extendable by at most 5 with the legal office head's approval")
    void reviewAndExtension() {
        var tl = timeline(CQ);
        assertEquals(date("2024-11-13"), tl.reviewDue(date("2024-11-06")).orElseThrow().dueDate());
        assertEquals(date("2024-11-20"), tl.extendedReviewDue(date("2024-11-06")).orElseThrow().dueDate());
        var extension = classifier(CQ).rules().timeLimits().extension();
        assertEquals("法制工作机构负责人", extension.approvedBy().zhCN());
        assertEquals("Head of the legal office", extension.approvedBy().en());
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十一条、第十四条（三）: the review clock stops while materials are completed and resumes with the days left")
    void reviewClockPausesWhileMaterialsAreOut() {
        var tl = timeline(CQ);
        // received Wed 11-06; two working days used (Thu 7, Fri 8 — sent back on the 8th); back Wed 11-13;
        // 3 days left: Thu 14, Fri 15, Mon 18
        Deadline due = tl.reviewDue(date("2024-11-06"),
                List.of(new ClockStop(date("2024-11-08"), date("2024-11-13")))).orElseThrow();
        assertEquals(date("2024-11-18"), due.dueDate());
        assertEquals(date("2024-11-25"), tl.extendedReviewDue(date("2024-11-06"),
                List.of(new ClockStop(date("2024-11-08"), date("2024-11-13")))).orElseThrow().dueDate());
        assertTrue(tl.reviewDue(date("2024-11-06"), List.of(ClockStop.running(date("2024-11-08")))).isEmpty(),
                "no due date while the clock stands still");
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十五条: no re-review; disagreements are settled by consultation and the leader")
    void noReReview() {
        assertEquals(0, timeline(CQ).reReviewRounds().orElseThrow());
        assertTrue(timeline(CQ).reReviewRequestDue(date("2024-11-06")).isEmpty());
        assertTrue(timeline(CQ).reReviewOpinionDue(date("2024-11-06")).isEmpty());
        assertEquals("法制审核 第十五条", classifier(CQ).rules().decidedBy().citation());
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十七条: the decision is filed within 5 working days, as is a cancelled case")
    void filingDeadline() {
        var tl = timeline(CQ);
        assertEquals(date("2024-11-13"), tl.filingDue(date("2024-11-06")).orElseThrow().dueDate());
        assertEquals(date("2024-11-13"), tl.filingAfterCancellationDue(date("2024-11-06")).orElseThrow().dueDate());
        var schedule = tl.schedule(new CaseDates(date("2024-11-06"), date("2024-11-12"), date("2024-11-20"),
                null, null, null, null, null, null));
        assertEquals(date("2024-11-11"), schedule.transferDueDate().orElseThrow());
        assertEquals(date("2024-11-19"), schedule.reviewDueDate().orElseThrow());
        assertEquals(date("2024-11-26"), schedule.extendedReviewDueDate().orElseThrow());
        assertEquals(date("2024-11-27"), schedule.filingDueDate().orElseThrow());
        assertFalse(schedule.provisional());
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十条、附件2: materials to transfer and the fields of the case-file transfer list")
    void materialsAndTransferList() {
        var rules = classifier(CQ).rules();
        assertEquals(List.of("review-request", "all-evidence", "transfer-list"),
                rules.materials().stream().map(Item::id).toList());
        assertEquals(List.of("serial-number", "case-file-name", "handed-over-by", "received-by", "transfer-time",
                "transfer-place", "case-file-materials"), rules.transferListFields().stream().map(Item::id).toList());
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 附件1: the fields of the review opinion form")
    void opinionForm() {
        assertEquals(List.of("decision-name", "legal-office-head", "reviewer", "case-summary", "legal-office-opinion",
                "supervising-leader-opinion"), classifier(CQ).rules().opinionFormFields().stream().map(Item::id).toList());
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十三条: the eight review checklist items")
    void checklist() {
        var checklist = classifier(CQ).rules().checklist();
        assertEquals(8, checklist.size());
        for (int i = 0; i < checklist.size(); i++) {
            assertEquals("法制审核 第十三条（" + "一二三四五六七八".charAt(i) + "）", checklist.get(i).citation());
        }
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十四条: the seven opinion types, with zh_CN and en labels")
    void opinionTypes() {
        var types = classifier(CQ).rules().opinionTypes();
        assertEquals(List.of("approve", "investigate-further", "complete-materials", "change", "correct-procedure",
                "transfer", "other"), types.stream().map(OpinionType::id).toList());
        assertEquals(OpinionType.Outcome.APPROVE, types.get(0).outcome());
        assertEquals("同意", types.get(0).label().in("zh_CN"));
        assertEquals("Approve", types.get(0).label().in("en"));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十八条: the four records the legal office keeps")
    void retainedRecords() {
        assertEquals(List.of("transfer-list", "proposed-decision", "review-opinion", "decision"),
                classifier(CQ).rules().retainedRecords().stream().map(Item::id).toList());
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十六条: the document sets no collective discussion; hearings follow their own provisions")
    void collectiveDiscussionNotStated() {
        var discussion = classifier(CQ).rules().collectiveDiscussion();
        assertEquals(CollectiveDiscussion.Requirement.NOT_STATED, discussion.required());
        assertEquals("法制审核 第十六条", discussion.citation());
        assertEquals(List.of(), classifier(CQ).rules().blocking());
    }
}
