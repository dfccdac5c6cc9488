package org.sanxiang.rules.review;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.sanxiang.rules.calendar.Deadline;
import org.sanxiang.rules.calendar.TimeLimit;
import org.sanxiang.rules.calendar.WorkingDayCalendar;

/**
 * TEST DOUBLE: a calendar where every Monday–Friday is a working day and nothing else is; no
 * holidays. Stands in for the real working-day calendar, which another package implements; tests
 * using it pick dates away from statutory holidays, so they hold on the real calendar too.
 */
final class MondayToFridayCalendar implements WorkingDayCalendar {

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public boolean hasDataFor(int year) {
        return true;
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
            case PROMPTLY -> throw new IllegalArgumentException("a 'promptly' limit has no deadline");
        };
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
