package org.sanxiang.rules.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanxiang.rules.review.ReviewTesting.action;
import static org.sanxiang.rules.review.ReviewTesting.assertMajorBy;
import static org.sanxiang.rules.review.ReviewTesting.assertNotMajor;
import static org.sanxiang.rules.review.ReviewTesting.classifier;
import static org.sanxiang.rules.review.ReviewTesting.date;
import static org.sanxiang.rules.review.ReviewTesting.penalty;
import static org.sanxiang.rules.review.ReviewTesting.timeline;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.LicenceType;
import org.sanxiang.rules.facts.Measure;
import org.sanxiang.rules.facts.Party;
import org.sanxiang.rules.facts.PartyKind;

/** ningxia-2019 附件5 重大行政执法决定法制审核办法 and 附件6 审核事项清单 (宁人社规字〔2019〕15号). */
class NingxiaLegalReviewTest {

    private static final String NX = "ningxia-2019";
    private static final String FINE = "附件5 第二条（六）、附件6 行政处罚·罚款";

    @Test
    @DisplayName("ningxia-2019 附件5 第二条（一）: major public interests, social influence or risk")
    void publicInterest() {
        assertMajorBy("public-interest", "附件5 第二条（一）、附件6 其他情形", action(NX, ActionCategory.LICENCE).publicInterest(true));
    }

    @Test
    @DisplayName("ningxia-2019 附件5 第二条（二）: directly concerns major rights of the party or others")
    void majorRights() {
        assertMajorBy("major-rights", "附件5 第二条（二）、附件6 其他情形", penalty(NX, Party.individual()).majorRights(true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"REVOKE_LICENCE", "WITHDRAW_LICENCE"})
    @DisplayName("ningxia-2019 附件5 第二条（三）、附件6: a licence revoked or withdrawn")
    void licenceRevokedOrWithdrawn(Measure measure) {
        assertMajorBy("licence-revoked-or-withdrawn", "附件5 第二条（三）、附件6 行政处罚·吊销、撤销行政许可证",
                penalty(NX, Party.organisation()).measure(measure));
    }

    @Test
    @DisplayName("ningxia-2019 附件5 第二条（四）: a decision after a hearing")
    void afterHearing() {
        assertMajorBy("after-hearing", "附件5 第二条（四）、附件6 其他情形", action(NX, ActionCategory.COERCIVE).hearing(true));
    }

    @Test
    @DisplayName("ningxia-2019 附件5 第二条（五）: a complex case, or two or more legal relations")
    void complexOrSeveralLegalRelations() {
        assertMajorBy("complex", "附件5 第二条（五）、附件6 其他情形", penalty(NX, Party.individual()).complex(true));
        assertMajorBy("several-legal-relations", "附件5 第二条（五）、附件6 其他情形",
                penalty(NX, Party.individual()).legalRelations(true));
    }

    @ParameterizedTest(name = "fine {0} of maximum {1} → major {2}")
    @CsvSource({
        "30000, 50000, true",   // 60% exactly, 30 000 exactly: both 以上, both included
        "29999, 49998, false",  // 60% but under 30 000
        "59999, 100000, false", // 30 000 or more but under 60%
        "60000, 100000, true",
        "30000, , false"        // no maximum known: the share cannot be judged
    })
    @DisplayName("ningxia-2019 附件5 第二条（六）、附件6: a fine of 60% or more of the maximum and 30000 yuan or more")
    void fineShareOfMaximum(long fine, BigDecimal maximum, boolean major) {
        var facts = penalty(NX, Party.organisation()).fine(fine).fineMaximum(maximum);
        if (major) {
            assertMajorBy("fine-share-of-maximum", FINE, facts);
        } else {
            assertNotMajor(facts);
        }
    }

    @ParameterizedTest(name = "{0} times, fine {1} → major {2}")
    @CsvSource({"3, 30000, true", "2.9, 90000, false", "5, 29999, false", "3, 29999, false"})
    @DisplayName("ningxia-2019 附件5 第二条（六）、附件6: a fine of 3 times or more the amount defrauded and 30000 yuan or more")
    void fineMultiple(BigDecimal multiple, long fine, boolean major) {
        var facts = penalty(NX, Party.individual()).fine(fine).fineMultiple(multiple);
        if (major) {
            assertMajorBy("fine-multiple", FINE, facts);
        } else {
            assertNotMajor(facts);
        }
    }

    @ParameterizedTest(name = "{0} workers, fine {1} → major {2}")
    @CsvSource({"49, 29999, false", "50, 1000, true", "3, 30000, true", "3, 29999, false"})
    @DisplayName("ningxia-2019 附件5 第二条（六）、附件6: a fine per worker with 50 workers or more, or of 30000 yuan or more")
    void finePerWorker(int workers, long fine, boolean major) {
        var facts = penalty(NX, Party.organisation()).fine(fine).workersAffected(workers).finePerWorker(true);
        if (major) {
            assertTrue(ReviewTesting.classify(facts).reasons().stream().anyMatch(r -> r.rule().startsWith("fine-per-worker")
                    && r.citation().article().equals(FINE)));
        } else {
            assertNotMajor(facts);
        }
    }

    @Test
    @DisplayName("ningxia-2019 附件6 按涉及劳动者人数罚款: a fine counted per worker is stated, never inferred from the workers concerned")
    void finePerWorkerIsNeverInferred() {
        assertNotMajor(penalty(NX, Party.organisation()).fine(40_000).workersAffected(80));
        assertMajorBy("fine-per-worker-head-count", FINE,
                penalty(NX, Party.organisation()).fine(10_000).workersAffected(80).finePerWorker(true));
    }

    @Test
    @DisplayName("ningxia-2019 附件5 第二条（五）: 二个以上法律关系 is a count; true keeps meaning two")
    void legalRelationsAreCounted() {
        String article = "附件5 第二条（五）、附件6 其他情形";
        assertNotMajor(penalty(NX, Party.organisation()).legalRelations(1));
        assertMajorBy("several-legal-relations", article, penalty(NX, Party.organisation()).legalRelations(2));
        assertMajorBy("several-legal-relations", article, penalty(NX, Party.organisation()).legalRelations(3));
        assertMajorBy("several-legal-relations", article, penalty(NX, Party.organisation()).legalRelations(true));
        assertNotMajor(penalty(NX, Party.organisation()).legalRelations(false));
    }

    @Test
    @DisplayName("ningxia-2019 附件5 第二条（三）: 终止 of a licensee's standing is major, whatever the filing")
    void terminationIsAMeasure() {
        assertMajorBy("licence-terminated", "附件5 第二条（三）",
                action(NX, ActionCategory.LICENCE).measure(Measure.TERMINATE_LICENCE));
        assertMajorBy("licence-terminated", "附件5 第二条（三）",
                action(NX, ActionCategory.INSPECTION).measure(Measure.TERMINATE_LICENCE));
        assertMajorBy("licence-revoked-or-withdrawn", "附件5 第二条（三）、附件6 行政处罚·吊销、撤销行政许可证",
                action(NX, ActionCategory.LICENCE).measure(Measure.ANNUL_LICENCE));
    }

    @Test
    @DisplayName("ningxia-2019 附件6: a fine of 30000 yuan alone (no maximum, multiple or workers) is not major")
    void fineAloneIsNotMajor() {
        assertNotMajor(penalty(NX, Party.organisation()).fine(1_000_000));
    }

    @Test
    @DisplayName("ningxia-2019 附件6 行政许可: a licence for a foreign-, HK-, Macao- or Taiwan-invested enterprise or a foreigner")
    void foreignInvestedLicence() {
        var foreign = new Party(PartyKind.ORGANISATION, false, true);
        for (LicenceType listed : List.of(LicenceType.TECHNICAL_SCHOOL, LicenceType.VOCATIONAL_TRAINING,
                LicenceType.JOB_INTERMEDIARY, LicenceType.LABOUR_DISPATCH, LicenceType.WORKING_HOURS)) {
            assertMajorBy("licence-foreign-invested", "附件6 行政许可",
                    action(NX, ActionCategory.LICENCE).party(foreign).licenceType(listed));
        }
        // a type 附件6 does not list is not major by this ground
        assertNotMajor(action(NX, ActionCategory.LICENCE).party(foreign).licenceType(LicenceType.HR_SERVICE));
        assertNotMajor(action(NX, ActionCategory.LICENCE).licenceType(LicenceType.LABOUR_DISPATCH));
        // without the type it is undetermined, naming the fact to ask for
        MajorDecision unknown = ReviewTesting.classify(action(NX, ActionCategory.LICENCE).party(foreign));
        assertTrue(unknown.undetermined(), unknown.toString());
        assertEquals(List.of("licenceType"), unknown.missing());
        assertEquals("licence-foreign-invested", unknown.reasons().get(0).rule());
    }

    @ParameterizedTest(name = "amount {0} → major {1}")
    @CsvSource({"499999, false", "500000, true"})
    @DisplayName("ningxia-2019 附件6 行政强制: sealing records in a case involving 500000 yuan or more")
    void coerciveAmount(long amount, boolean major) {
        var facts = action(NX, ActionCategory.COERCIVE).measure(Measure.SEAL).amountInvolved(BigDecimal.valueOf(amount));
        if (major) {
            assertMajorBy("coercive-amount", "附件6 行政强制", facts);
        } else {
            assertNotMajor(facts);
        }
    }

    @Test
    @DisplayName("ningxia-2019 附件5 第二条（七）: review required by other provisions is a manual ground")
    void requiredByLawIsManual() {
        assertEquals(List.of("required-by-law"), classifier(NX).rules().manualGrounds());
    }

    @Test
    @DisplayName("ningxia-2019 附件5 第三条、第四条: no decision without a passed review; then collective discussion always")
    void blockingAndCollectiveDiscussion() {
        var rules = classifier(NX).rules();
        assertEquals("附件5 第三条", rules.blocking().get(0).citation());
        assertEquals(CollectiveDiscussion.Requirement.ALWAYS, rules.collectiveDiscussion().required());
        assertEquals("附件5 第四条", rules.collectiveDiscussion().citation());
    }

    @Test
    @DisplayName("ningxia-2019 附件5 第五条、第六条: the materials, the hearing record only after a hearing")
    void materials() {
        var materials = classifier(NX).rules().materials();
        assertEquals(List.of("proposed-decision", "statement", "evidence", "hearing-record", "assessment-report"),
                materials.stream().map(Item::id).toList());
        assertEquals("hearing", materials.get(3).when());
    }

    @Test
    @DisplayName("ningxia-2019 附件5 第七条: the nine review checklist items")
    void checklist() {
        assertEquals(9, classifier(NX).rules().checklist().size());
    }

    @Test
    @DisplayName("ningxia-2019 附件5 第八条: review within 7 working days; the extension sets no count")
    void reviewAndExtension() {
        var tl = timeline(NX);
        assertEquals(date("2024-11-15"), tl.reviewDue(date("2024-11-06")).orElseThrow().dueDate());
        assertTrue(tl.extendedReviewDue(date("2024-11-06")).isEmpty(), "适当延长 sets no count");
        assertEquals("主管领导", classifier(NX).rules().timeLimits().extension().approvedBy().zhCN());
        assertTrue(tl.transferDue(date("2024-11-06")).isEmpty());
    }

    @Test
    @DisplayName("ningxia-2019 附件5 第八条: returned materials are resubmitted and the 7 days count again")
    void resubmissionRestartsTheCount() {
        assertEquals(date("2024-11-22"), timeline(NX).reviewDue(date("2024-11-06"),
                List.of(new ClockStop(date("2024-11-08"), date("2024-11-13")))).orElseThrow().dueDate());
    }

    @Test
    @DisplayName("ningxia-2019 附件5 第九条: the nine opinion types")
    void opinionTypes() {
        var types = classifier(NX).rules().opinionTypes();
        assertEquals(9, types.size());
        assertEquals("不予同意或建议撤销案件", types.get(1).label().zhCN());
        assertEquals(OpinionType.Outcome.TRANSFER, types.get(8).outcome());
    }

    @Test
    @DisplayName("ningxia-2019 附件5 第十二条: re-review asked within 2 working days, answered within 3")
    void reReviewWindows() {
        var tl = timeline(NX);
        assertEquals(date("2024-11-08"), tl.reReviewRequestDue(date("2024-11-06")).orElseThrow().dueDate());
        assertEquals(date("2024-11-13"), tl.reReviewOpinionDue(date("2024-11-08")).orElseThrow().dueDate());
        assertEquals(1, tl.reReviewRounds().orElseThrow());
    }

    @Test
    @DisplayName("ningxia-2019 附件5 第十条: the opinion in two copies, one archived, one returned with the case file")
    void opinionInTwoCopies() {
        assertEquals("附件5 第十条", classifier(NX).rules().retainedRecords().get(0).citation());
    }

    @Test
    @DisplayName("ningxia-2019 附件5 第十一条: the unit studies the opinion promptly (no count)")
    void unitStudiesPromptly() {
        var limit = classifier(NX).rules().timeLimits().unitConsideration();
        assertEquals(org.sanxiang.rules.calendar.TimeLimit.promptly(), limit.limit().orElseThrow());
        assertTrue(limit.countedLimit().isEmpty());
        assertEquals("附件5 第十一条", limit.citation());
    }

    @Test
    @DisplayName("ningxia-2019 附件5 第十三条: the leader in charge of law and enforcement approves the decision")
    void decidedBy() {
        assertEquals("附件5 第四条、第十三条", classifier(NX).rules().decidedBy().citation());
    }
}
