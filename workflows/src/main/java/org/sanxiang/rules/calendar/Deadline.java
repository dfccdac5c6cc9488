package org.sanxiang.rules.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A computed deadline. It keeps what it was computed from (start and limit) so it can be
 * recomputed when the calendar data changes. {@code provisional} is true when any year it spans
 * had no holiday data, so weekends alone were counted.
 *
 * <p>Day-based deadlines are due at the end of their last day ({@link #END_OF_DAY}).
 */
public record Deadline(LocalDateTime start, TimeLimit limit, LocalDateTime dueAt, boolean provisional) {

    /** The last instant of a due day, as stored in timers and {@code bpm:dueDate}. */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    public Deadline {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(dueAt, "dueAt");
        if (!limit.isCounted()) {
            throw new IllegalArgumentException("a 'promptly' limit has no deadline");
        }
    }

    public LocalDate dueDate() {
        return dueAt.toLocalDate();
    }

    public boolean isOverdue(LocalDateTime now) {
        return now.isAfter(dueAt);
    }
}
