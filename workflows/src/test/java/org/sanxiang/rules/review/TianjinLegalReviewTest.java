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
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.Reason;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.CaseDates;
import org.sanxiang.rules.facts.Party;
import org.sanxiang.rules.facts.Procedure;

/** tianjin-2019 实施方案 三（三） (津人社办发〔2019〕69号). */
class TianjinLegalReviewTest {

    private static final String TJ = "tianjin-2019";
    private static final String SCOPE = "三（三）2（1）";

    @Test
    @DisplayName("tianjin-2019 三（三）2（1）: public interest, major influence or rights, hearing, complex, several legal relations")
    void majorCriteria() {
        assertMajorBy("public-interest", SCOPE, action(TJ, ActionCategory.LICENCE).publicInterest(true));
        assertMajorBy("major-influence-or-rights", SCOPE, penalty(TJ, Party.individual()).majorRights(true));
        assertMajorBy("after-hearing", SCOPE, action(TJ, ActionCategory.COERCIVE).hearing(true));
        assertMajorBy("complex", SCOPE, action(TJ, ActionCategory.INSPECTION).complex(true));
        assertMajorBy("several-legal-relations", SCOPE, penalty(TJ, Party.organisation()).legalRelations(true));
        assertNotMajor(penalty(TJ, Party.organisation()).fine(1_000_000));
    }

    @Test
    @DisplayName("tianjin-2019 三（三）2（1）: every general-procedure penalty is reviewed although it is not major")
    void generalProcedurePenaltyIsReviewedButNotMajor() {
        var facts = penalty(TJ, Party.individual()).procedure(Procedure.GENERAL).fine(200);
        assertNotMajor(facts);
        var requirement = review(facts);
        assertTrue(requirement.required());
        assertEquals(List.of(Reason.of("general-procedure-penalty", Citation.of(TJ, SCOPE))), requirement.reasons());
    }

    @Test
    @DisplayName("tianjin-2019 三（三）2（1）: a summary-procedure penalty needs no review unless a major ground applies")
    void summaryProcedurePenalty() {
        assertFalse(review(penalty(TJ, Party.individual()).procedure(Procedure.SUMMARY).fine(50)).required());
        assertTrue(review(penalty(TJ, Party.individual()).procedure(Procedure.SUMMARY).complex(true)).required());
    }

    @Test
    @DisplayName("tianjin-2019 三（三）2（1）: a licence through a hearing is reviewed, cited as both major and review-required")
    void licenceWithHearing() {
        var requirement = review(action(TJ, ActionCategory.LICENCE).hearing(true));
        assertTrue(requirement.required());
        assertEquals(List.of("after-hearing", "licence-with-hearing"),
                requirement.reasons().stream().map(Reason::rule).toList());
        assertFalse(review(action(TJ, ActionCategory.LICENCE)).required());
    }

    @Test
    @DisplayName("tianjin-2019 三（三）2（2）: the bureau's list of matters is a manual ground (not among the seeds)")
    void listedMatterIsManual() {
        assertEquals(List.of("listed-matter"), classifier(TJ).rules().manualGrounds());
    }

    @Test
    @DisplayName("tianjin-2019 三（三）3（1）: the ten review checklist items")
    void checklist() {
        var checklist = classifier(TJ).rules().checklist();
        assertEquals(10, checklist.size());
        assertEquals("criminal-referral", checklist.get(9).id());
    }

    @Test
    @DisplayName("tianjin-2019 三（三）3（2）: the time limits are in 津人社办发〔2018〕289号, not among the seeds: no deadline is invented")
    void noTimeLimits() {
        var tl = timeline(TJ);
        var schedule = tl.schedule(new CaseDates(date("2024-11-06"), date("2024-11-06"), date("2024-11-06"),
                null, null, null, null, null, null));
        assertEquals(ReviewSchedule.NONE, schedule);
        classifier(TJ).rules().timeLimits().present().values()
                .forEach(limit -> assertTrue(limit.limit().isEmpty() && limit.note() != null, limit.citation()));
    }

    @Test
    @DisplayName("tianjin-2019 三（三）4（1）: no decision without review")
    void blocking() {
        assertEquals("三（三）4（1）", classifier(TJ).rules().blocking().get(0).citation());
    }

    @Test
    @DisplayName("tianjin-2019 三（三）1（1）: decisions in the bureau's name are reviewed by the unit, then by the bureau's legal department")
    void twoTierReview() {
        var decidedBy = classifier(TJ).rules().decidedBy();
        assertEquals("三（三）1（1）", decidedBy.citation());
        assertTrue(decidedBy.label().zhCN().contains("局法规处"));
        assertEquals(List.of(), classifier(TJ).rules().opinionTypes(), "the plan lists no opinion types");
    }
}
