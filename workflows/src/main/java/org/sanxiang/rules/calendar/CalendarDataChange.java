package org.sanxiang.rules.calendar;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a reload of the calendar data changed: the calendars before and after, and the years in
 * which they count differently (or gained or lost their data). Workflows recompute the running
 * deadlines and timers that {@link #affects(Deadline) touch} those years.
 */
public record CalendarDataChange(HolidayCalendar previous, HolidayCalendar current, SortedSet<Integer> changedYears) {

    public CalendarDataChange {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        changedYears = Collections.unmodifiableSortedSet(new TreeSet<>(changedYears));
    }

    /** The change from {@code previous} to {@code current}. */
    public static CalendarDataChange between(HolidayCalendar previous, HolidayCalendar current) {
        return new CalendarDataChange(previous, current, current.yearsThatDifferFrom(previous));
    }

    public boolean isEmpty() {
        return changedYears.isEmpty();
    }

    /**
     * True when the deadline may come out differently on the new data: its span, from its start
     * day to its due day, reaches a changed year. (If no day in that span changed, counting again
     * reaches the same day.) Hour limits never depend on the calendar.
     */
    public boolean affects(Deadline deadline) {
        if (deadline.limit().unit() == TimeLimit.Unit.HOURS) {
            return false;
        }
        SortedSet<Integer> inSpan = changedYears.subSet(deadline.start().getYear(), deadline.dueDate().getYear() + 1);
        return !inSpan.isEmpty();
    }

    /** The deadline counted again on the new data. */
    public Deadline recompute(Deadline deadline) {
        return current.recompute(deadline);
    }
}
