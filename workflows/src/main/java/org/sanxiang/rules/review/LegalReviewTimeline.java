package org.sanxiang.rules.review;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.sanxiang.rules.Citation;
import java.util.List;
import java.util.Optional;
import org.sanxiang.rules.calendar.Deadline;
import org.sanxiang.rules.calendar.StoppableClock;
import org.sanxiang.rules.calendar.TimeLimit;
import org.sanxiang.rules.calendar.WorkingDayCalendar;
import org.sanxiang.rules.facts.CaseDates;
import org.sanxiang.rules.profile.ProfileRegistry;

/**
 * The deadlines of the legal-review procedure of one profile, counted on the working-day calendar.
 * Every method gives empty when its input date is absent or the profile sets no count (a
 * "promptly" limit included): no count is ever invented.
 */
public final class LegalReviewTimeline {

    private final LegalReviewRules rules;
    private final WorkingDayCalendar calendar;

    public LegalReviewTimeline(LegalReviewRules rules, WorkingDayCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    /** The timeline of a profile in the registry (district profiles included). */
    public static LegalReviewTimeline of(ProfileRegistry registry, String profileId, WorkingDayCalendar calendar) {
        return new LegalReviewTimeline(LegalReviewRules.of(registry.get(profileId)), calendar);
    }

    /** The case file goes to the legal office (Chongqing 法制审核 第九条: 3 working days). */
    public Optional<Deadline> transferDue(LocalDate investigationEnded) {
        return due(rules.timeLimits().transfer(), investigationEnded);
    }

    /** The review is complete, from receipt of the materials. */
    public Optional<Deadline> reviewDue(LocalDate reviewReceived) {
        return reviewDue(reviewReceived, List.of());
    }

    /**
     * The review is complete, with the periods in which materials were out for completion. Under
     * the profile's {@link ClockPolicy}: {@code pause} resumes with the working days left,
     * {@code restart} counts the full limit again from the last resumption. Empty while the clock
     * stands still (the last stop has no resumption). After a pause the deadline's {@code start}
     * is the last resumption and its {@code limit} the working days that were left, so
     * {@link WorkingDayCalendar#recompute} recounts that last stretch.
     */
    public Optional<Deadline> reviewDue(LocalDate reviewReceived, List<ClockStop> stops) {
        return counted(rules.timeLimits().review())
                .flatMap(days -> withStops(reviewReceived, days, stops));
    }

    /**
     * The review deadline, never past the last day of the statutory handling period of the action
     * ({@code statutoryLimit}, may be null) where the profile says so (chongqing-2024 法制审核 第十一条:
     * 至法定办理期限届满前; wuhan-2020 法制审核 第十二条第二款).
     */
    public Optional<Deadline> reviewDue(LocalDate reviewReceived, List<ClockStop> stops, LocalDate statutoryLimit) {
        return reviewDue(reviewReceived, stops).map(d -> cap(d, statutoryLimit));
    }

    public Optional<Deadline> extendedReviewDue(LocalDate reviewReceived, List<ClockStop> stops, LocalDate statutoryLimit) {
        return extendedReviewDue(reviewReceived, stops).map(d -> cap(d, statutoryLimit));
    }

    /** The article capping the review at the statutory limit, or empty when the profile sets none. */
    public Optional<Citation> statutoryLimitCap(String citationProfile) {
        return Optional.ofNullable(rules.statutoryLimitCap()).map(p -> Citation.of(citationProfile, p.citation()));
    }

    private Deadline cap(Deadline deadline, LocalDate statutoryLimit) {
        if (rules.statutoryLimitCap() == null || statutoryLimit == null) {
            return deadline;
        }
        LocalDateTime limit = statutoryLimit.atTime(Deadline.END_OF_DAY);
        return limit.isBefore(deadline.dueAt())
                ? new Deadline(deadline.start(), deadline.limit(), limit, deadline.provisional()) : deadline;
    }

    /** The review is complete when extended by the most the profile allows. */
    public Optional<Deadline> extendedReviewDue(LocalDate reviewReceived) {
        return extendedReviewDue(reviewReceived, List.of());
    }

    public Optional<Deadline> extendedReviewDue(LocalDate reviewReceived, List<ClockStop> stops) {
        Optional<Integer> review = counted(rules.timeLimits().review());
        Optional<Integer> extension = counted(rules.timeLimits().extension());
        if (review.isEmpty() || extension.isEmpty()) {
            return Optional.empty();
        }
        return withStops(reviewReceived, review.get() + extension.get(), stops);
    }

    /** The unit asks for re-review (Ningxia 附件5 第十二条: 2 working days). */
    public Optional<Deadline> reReviewRequestDue(LocalDate opinionReceived) {
        return due(rules.timeLimits().reReviewRequest(), opinionReceived);
    }

    /** The legal office answers a re-review request (Ningxia 附件5 第十二条: 3 working days). */
    public Optional<Deadline> reReviewOpinionDue(LocalDate reReviewRequested) {
        return due(rules.timeLimits().reReviewOpinion(), reReviewRequested);
    }

    /** How many re-reviews the unit may ask for; empty where the document sets no rule. */
    public Optional<Integer> reReviewRounds() {
        return Optional.ofNullable(rules.reReview()).map(ReReviewRule::maxRounds);
    }

    /** The decision is filed with the legal office (Chongqing 法制审核 第十七条: 5 working days). */
    public Optional<Deadline> filingDue(LocalDate decided) {
        return due(rules.timeLimits().filing(), decided);
    }

    /** A cancelled case or acceptance is filed (Chongqing 法制审核 第十七条 second paragraph). */
    public Optional<Deadline> filingAfterCancellationDue(LocalDate cancelled) {
        return due(rules.timeLimits().filingAfterCancellation(), cancelled);
    }

    /** The deadlines the case's dates allow, with the clock never stopped. */
    public ReviewSchedule schedule(CaseDates dates) {
        return schedule(dates, null);
    }

    /**
     * The deadlines the case's dates allow, with the clock never stopped, the review capped at
     * {@code dates.statutoryLimit()} where the profile says so; {@code citationProfile} names the capping
     * article's profile (null: the cap is applied and cited as the profile's own document).
     */
    public ReviewSchedule schedule(CaseDates dates, String citationProfile) {
        Deadline review = reviewDue(dates.reviewReceived(), List.of(), dates.statutoryLimit()).orElse(null);
        Deadline extended = extendedReviewDue(dates.reviewReceived(), List.of(), dates.statutoryLimit()).orElse(null);
        Deadline uncapped = reviewDue(dates.reviewReceived()).orElse(null);
        Deadline uncappedExtended = extendedReviewDue(dates.reviewReceived()).orElse(null);
        boolean capped = (review != null && !review.equals(uncapped)) || (extended != null && !extended.equals(uncappedExtended));
        Citation cappedBy = capped && rules.statutoryLimitCap() != null
                ? Citation.of(citationProfile == null ? "profile" : citationProfile, rules.statutoryLimitCap().citation())
                : null;
        return new ReviewSchedule(
                transferDue(dates.investigationEnded()).orElse(null),
                review, extended,
                filingDue(dates.decided()).orElse(null), cappedBy);
    }

    private Optional<Deadline> due(LimitRule rule, LocalDate from) {
        if (rule == null || from == null) {
            return Optional.empty();
        }
        return rule.countedLimit().map(limit -> calendar.deadline(from.atStartOfDay(), limit));
    }

    private static Optional<Integer> counted(LimitRule rule) {
        if (rule == null) {
            return Optional.empty();
        }
        // the review clock is kept in working days, the unit every legal-review count uses
        return rule.countedLimit().filter(l -> l.unit() == TimeLimit.Unit.WORKING_DAYS).map(TimeLimit::amount);
    }

    private Optional<Deadline> withStops(LocalDate received, int workingDays, List<ClockStop> stops) {
        if (received == null) {
            return Optional.empty();
        }
        checkStops(received, stops);
        if (!stops.isEmpty() && stops.get(stops.size() - 1).resumed() == null) {
            return Optional.empty();
        }
        if (rules.materialsReturned().clock() == ClockPolicy.Mode.RESTART) {
            LocalDate start = stops.isEmpty() ? received : stops.get(stops.size() - 1).resumed();
            return Optional.of(calendar.addWorkingDays(start, workingDays));
        }
        // Paused, not restarted: the calendar's stoppable clock resumes with the days that were left.
        StoppableClock clock = StoppableClock.start(received.atStartOfDay(), TimeLimit.workingDays(workingDays), calendar);
        for (ClockStop stop : stops) {
            if (clock.deadline().orElseThrow().dueDate().isBefore(stop.stopped())) {
                break; // the deadline had passed before the materials went back: nothing to resume
            }
            clock = clock.stop(stop.stopped().atStartOfDay(), calendar).resume(stop.resumed().atStartOfDay(), calendar);
        }
        Deadline last = clock.deadline().orElseThrow();
        return Optional.of(clock.isProvisional() && !last.provisional()
                ? new Deadline(last.start(), last.limit(), last.dueAt(), true) : last);
    }

    private static void checkStops(LocalDate received, List<ClockStop> stops) {
        LocalDate previous = received;
        for (int i = 0; i < stops.size(); i++) {
            ClockStop stop = stops.get(i);
            if (stop.stopped().isBefore(previous)) {
                throw new IllegalArgumentException("stops[" + i + "].stopped: " + stop.stopped()
                        + " is before " + previous + " (review received or the previous resumption)");
            }
            if (stop.resumed() == null && i < stops.size() - 1) {
                throw new IllegalArgumentException("stops[" + i + "].resumed: only the last stop may be open");
            }
            previous = stop.resumed();
        }
    }
}
