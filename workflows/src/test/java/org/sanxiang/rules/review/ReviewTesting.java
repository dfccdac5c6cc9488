package org.sanxiang.rules.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.Reason;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.facts.Party;
import org.sanxiang.rules.profile.ProfileRegistry;

/** Shared fixtures: the shipped profiles' classifiers and builders for typical cases. */
final class ReviewTesting {

    static final ProfileRegistry SHIPPED = ProfileRegistry.shipped();
    static final MondayToFridayCalendar CALENDAR = new MondayToFridayCalendar();
    private static final Map<String, MajorDecisionClassifier> CLASSIFIERS = new ConcurrentHashMap<>();

    private ReviewTesting() {
    }

    static MajorDecisionClassifier classifier(String profile) {
        return CLASSIFIERS.computeIfAbsent(profile, id -> MajorDecisionClassifier.of(SHIPPED, id));
    }

    static LegalReviewTimeline timeline(String profile) {
        return new LegalReviewTimeline(classifier(profile).rules(), CALENDAR);
    }

    static CaseFacts.Builder penalty(String profile, Party party) {
        return CaseFacts.builder("t", profile).action(ActionCategory.PENALTY).party(party);
    }

    static CaseFacts.Builder action(String profile, ActionCategory action) {
        return CaseFacts.builder("t", profile).action(action).party(Party.organisation());
    }

    static MajorDecision classify(CaseFacts.Builder facts) {
        CaseFacts built = facts.build();
        return classifier(built.profile()).classify(built);
    }

    static ReviewRequirement review(CaseFacts.Builder facts) {
        CaseFacts built = facts.build();
        return classifier(built.profile()).reviewRequirement(built);
    }

    /** Major, and because of exactly this rule with this article (among possibly others). */
    static void assertMajorBy(String rule, String article, CaseFacts.Builder facts) {
        CaseFacts built = facts.build();
        MajorDecision decision = classifier(built.profile()).classify(built);
        assertTrue(decision.value(), () -> "expected major by " + rule + ": " + decision);
        Reason expected = Reason.of(rule, Citation.of(built.profile(), article));
        assertTrue(decision.reasons().contains(expected), () -> "expected " + expected + " in " + decision.reasons());
    }

    static void assertNotMajor(CaseFacts.Builder facts) {
        MajorDecision decision = classify(facts);
        assertFalse(decision.value(), () -> "expected not major: " + decision);
        assertEquals(List.of(), decision.reasons());
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
