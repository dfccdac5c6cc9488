package org.sanxiang.rules.review;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.calendar.Deadline;

/**
 * The legal-review deadlines of one case. A deadline is null when its input date is absent or the
 * profile sets no count. {@code cappedBy} is the article that moved the review deadlines back to the
 * statutory handling limit of the action (null when they were not capped).
 */
public record ReviewSchedule(Deadline transferDue, Deadline reviewDue, Deadline extendedReviewDue,
        Deadline filingDue, Citation cappedBy) {

    public static final ReviewSchedule NONE = new ReviewSchedule(null, null, null, null, null);

    public ReviewSchedule(Deadline transferDue, Deadline reviewDue, Deadline extendedReviewDue, Deadline filingDue) {
        this(transferDue, reviewDue, extendedReviewDue, filingDue, null);
    }

    /** True when any deadline was counted on a year without holiday data. */
    public boolean provisional() {
        return Stream.of(transferDue, reviewDue, extendedReviewDue, filingDue)
                .anyMatch(d -> d != null && d.provisional());
    }

    public Optional<LocalDate> transferDueDate() {
        return date(transferDue);
    }

    public Optional<LocalDate> reviewDueDate() {
        return date(reviewDue);
    }

    public Optional<LocalDate> extendedReviewDueDate() {
        return date(extendedReviewDue);
    }

    public Optional<LocalDate> filingDueDate() {
        return date(filingDue);
    }

    private static Optional<LocalDate> date(Deadline deadline) {
        return Optional.ofNullable(deadline).map(Deadline::dueDate);
    }
}
