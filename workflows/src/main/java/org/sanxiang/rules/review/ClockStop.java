package org.sanxiang.rules.review;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A period in which the review clock stood still: the legal office sent the materials back on
 * {@code stopped} and received them complete on {@code resumed} (null while they are still out).
 * The day materials go back still counts as a review day; counting resumes the day after
 * {@code resumed}, as a count never includes its start day.
 */
public record ClockStop(LocalDate stopped, LocalDate resumed) {

    public ClockStop {
        Objects.requireNonNull(stopped, "stopped");
        if (resumed != null && resumed.isBefore(stopped)) {
            throw new IllegalArgumentException("resumed " + resumed + " is before stopped " + stopped);
        }
    }

    public static ClockStop running(LocalDate stopped) {
        return new ClockStop(stopped, null);
    }

    public Optional<LocalDate> resumedDate() {
        return Optional.ofNullable(resumed);
    }
}
