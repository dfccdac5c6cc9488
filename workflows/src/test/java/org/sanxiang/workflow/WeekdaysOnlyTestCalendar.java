package org.sanxiang.workflow;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.sanxiang.rules.calendar.Deadline;
import org.sanxiang.rules.calendar.TimeLimit;
import org.sanxiang.rules.calendar.WorkingDayCalendar;

/**
 * TEST DOUBLE: a calendar that counts Monday–Friday only (no holidays, no make-up days). The real
 * calendar (org.sanxiang.rules.calendar) is wired by the runtimes; these tests need only a
 * predictable count. {@link #closeDay} stands in for new holiday data arriving.
 */
public final class WeekdaysOnlyTestCalendar implements WorkingDayCalendar {

    private final Set<LocalDate> closed = ConcurrentHashMap.newKeySet();

    /** Simulates new calendar data: {@code day} is no longer a working day. */
    public void closeDay(LocalDate day) {
        closed.add(day);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !closed.contains(day);
    }

    @Override
    public boolean hasDataFor(int year) {
        return false;
    }

    @Override
    public Deadline addWorkingDays(LocalDate from, int n) {
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return new Deadline(from.atStartOfDay(), TimeLimit.workingDays(n), day.atTime(Deadline.END_OF_DAY), false);
    }

    @Override
    public Deadline addCalendarDays(LocalDate from, int n) {
        LocalDate day = from.plusDays(n);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return new Deadline(from.atStartOfDay(), TimeLimit.calendarDays(n), day.atTime(Deadline.END_OF_DAY), false);
    }

    @Override
    public Deadline addHours(LocalDateTime from, int n) {
        return new Deadline(from, TimeLimit.hours(n), from.plusHours(n), false);
    }

    @Override
    public Deadline deadline(LocalDateTime from, TimeLimit limit) {
        return switch (limit.unit()) {
            case WORKING_DAYS -> addWorkingDays(from.toLocalDate(), limit.amount());
            case CALENDAR_DAYS -> addCalendarDays(from.toLocalDate(), limit.amount());
            case HOURS -> addHours(from, limit.amount());
            case PROMPTLY -> throw new IllegalArgumentException("limit: 'promptly' has no deadline");
        };
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
