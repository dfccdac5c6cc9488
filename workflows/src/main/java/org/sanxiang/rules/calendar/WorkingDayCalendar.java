package org.sanxiang.rules.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The one implementation of deadline counting used everywhere (see DESIGN.md, "Time").
 * In every count the start day itself is not counted. A day-based deadline whose count reaches a
 * year without holiday data is counted on weekends alone and marked {@link Deadline#provisional()};
 * {@link #recompute(Deadline)} on a calendar with newer data gives the corrected one.
 * The implementation is {@link HolidayCalendar}, held current by {@link CalendarRepository}.
 */
public interface WorkingDayCalendar {

    /** A day that is not a statutory holiday and is Monday–Friday or a make-up working day. */
    boolean isWorkingDay(LocalDate day);

    /** True when the State Council's notice for this year is known (shipped or overridden). */
    boolean hasDataFor(int year);

    /** "within N working days from X": the N-th working day after X, end of that day. */
    Deadline addWorkingDays(LocalDate from, int n);

    /** "within N days": X not counted; a last day that is not a working day moves to the next one. */
    Deadline addCalendarDays(LocalDate from, int n);

    /** "within N hours": counted in hours from the instant given. */
    Deadline addHours(LocalDateTime from, int n);

    /** The deadline for a counted limit from an instant (day-based limits count from its date). */
    Deadline deadline(LocalDateTime from, TimeLimit limit);

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to <= from}. */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /** The same deadline counted again on this calendar's current data. */
    default Deadline recompute(Deadline deadline) {
        return deadline(deadline.start(), deadline.limit());
    }
}
