package org.sanxiang.standalone.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.sanxiang.rules.calendar.HolidayCalendar;

/** A due date as the console shows it: the working days left or overdue, counted by the calendar in force. */
public record DueText(LocalDate date, boolean overdue, boolean today, boolean provisional, int workingDays) {

    /** Null when there is no due date. */
    static DueText of(Instant dueAt, Instant now, ZoneId zone, HolidayCalendar calendar) {
        if (dueAt == null) {
            return null;
        }
        LocalDate due = dueAt.atZone(zone).toLocalDate();
        LocalDate today = now.atZone(zone).toLocalDate();
        boolean overdue = dueAt.isBefore(now);
        int days = overdue ? calendar.workingDaysBetween(due, today) : calendar.workingDaysBetween(today, due);
        return new DueText(due, overdue, due.equals(today), !calendar.hasDataFor(due.getYear()), days);
    }
}
