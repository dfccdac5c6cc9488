package org.sanxiang.rules.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.sanxiang.rules.calendar.Deadline;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.facts.Measure;
import org.sanxiang.rules.facts.Party;
import org.sanxiang.rules.facts.PartyKind;
import org.sanxiang.rules.facts.Procedure;

/** Properties every profile's classification and timeline must have, on generated cases. */
class ClassificationPropertiesTest {

    private static final List<String> PROFILES = List.of("chongqing-2024", "wuhan-2020", "ningxia-2019", "tianjin-2019");

    @Property(tries = 400)
    @Label("classification is monotone in the fine: a larger fine, all else equal, is never less major")
    void monotoneInFine(@ForAll("cases") CaseFacts.Builder facts,
            @ForAll @LongRange(min = 0, max = 2_000_000) long fine, @ForAll @LongRange(min = 0, max = 2_000_000) long more) {
        CaseFacts smaller = facts.fine(fine).build();
        CaseFacts larger = facts.fine(fine + more).build();
        MajorDecisionClassifier classifier = ReviewTesting.classifier(smaller.profile());
        if (classifier.classify(smaller).value()) {
            assertTrue(classifier.classify(larger).value(), () -> "fine " + fine + " major but " + (fine + more) + " not");
        }
        if (classifier.reviewRequirement(smaller).required()) {
            assertTrue(classifier.reviewRequirement(larger).required());
        }
    }

    @Property(tries = 400)
    @Label("adding a hearing, complexity, public interest or a measure never removes a reason")
    void monotoneInFlags(@ForAll("cases") CaseFacts.Builder facts, @ForAll Measure measure) {
        CaseFacts before = facts.build();
        CaseFacts after = facts.hearing(true).complex(true).publicInterest(true).measure(measure).build();
        MajorDecisionClassifier classifier = ReviewTesting.classifier(before.profile());
        MajorDecision less = classifier.classify(before);
        MajorDecision more = classifier.classify(after);
        assertTrue(more.reasons().containsAll(less.reasons()), () -> less + " ⊄ " + more);
        assertEquals(!more.reasons().isEmpty(), more.value());
    }

    @Property(tries = 300)
    @Label("a stopped review clock (pause policy) ends exactly as many working days later as it stood still")
    void pausedClockShiftsByTheStoppedWorkingDays(@ForAll("mondays") LocalDate received,
            @ForAll @IntRange(min = 0, max = 3) int usedBeforeStop, @ForAll @IntRange(min = 0, max = 15) int stoppedFor) {
        MondayToFridayCalendar calendar = ReviewTesting.CALENDAR;
        LegalReviewTimeline timeline = ReviewTesting.timeline("chongqing-2024"); // 5 working days, pause
        LocalDate stopped = calendar.addWorkingDays(received, usedBeforeStop).dueDate();
        LocalDate resumed = calendar.addWorkingDays(stopped, stoppedFor).dueDate();
        Deadline plain = timeline.reviewDue(received).orElseThrow();
        Deadline paused = timeline.reviewDue(received, List.of(new ClockStop(stopped, resumed))).orElseThrow();
        assertEquals(calendar.addWorkingDays(plain.dueDate(), stoppedFor).dueDate(), paused.dueDate());
        assertTrue(calendar.isWorkingDay(paused.dueDate()));
        assertEquals(5, calendar.workingDaysBetween(received, paused.dueDate()) - calendar.workingDaysBetween(stopped, resumed));
    }

    @Provide
    Arbitrary<LocalDate> mondays() {
        return Arbitraries.integers().between(0, 500).map(weeks -> LocalDate.of(2024, 1, 1).plusWeeks(weeks));
    }

    @Provide
    Arbitrary<CaseFacts.Builder> cases() {
        Arbitrary<String> profile = Arbitraries.of(PROFILES);
        Arbitrary<ActionCategory> action = Arbitraries.of(ActionCategory.class).injectNull(0.1);
        Arbitrary<Procedure> procedure = Arbitraries.of(Procedure.class).injectNull(0.3);
        Arbitrary<Party> party = Combinators.combine(Arbitraries.of(PartyKind.class), Arbitraries.of(true, false))
                .as((kind, foreign) -> new Party(kind, false, foreign)).injectNull(0.1);
        Arbitrary<BigDecimal> maximum = Arbitraries.longs().between(1, 3_000_000).map(BigDecimal::valueOf).injectNull(0.4);
        Arbitrary<BigDecimal> multiple = Arbitraries.integers().between(1, 5).map(BigDecimal::valueOf).injectNull(0.6);
        Arbitrary<Integer> workers = Arbitraries.integers().between(0, 120).injectNull(0.5);
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return Combinators.combine(profile, action, procedure, party, maximum, multiple, workers, flag)
                .as((p, a, proc, pa, max, mult, w, referral) -> CaseFacts.builder("p", p).action(a).procedure(proc)
                        .party(pa).fineMaximum(max).fineMultiple(mult).workersAffected(w).criminalReferral(referral));
    }
}
