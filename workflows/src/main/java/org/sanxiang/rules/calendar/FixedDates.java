package org.sanxiang.rules.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Deadlines that a document sets as dates, not counts: "by January 31 each year" (每年1月31日前),
 * "in the first quarter", "by the end of March next year". They are dates, and are not moved off
 * holidays (DESIGN.md, "Time"); the profiles hold which date applies, with its citation.
 */
public final class FixedDates {

    private FixedDates() {
    }

    /** "by {@code day} each year", for the given year (February 29 falls on the 28th in other years). */
    public static LocalDate annualBy(MonthDay day, int year) {
        return Objects.requireNonNull(day, "day").atYear(year);
    }

    /** The first "by {@code day}" date on or after {@code today}: the next one to meet. */
    public static LocalDate nextAnnualBy(MonthDay day, LocalDate today) {
        LocalDate thisYear = annualBy(day, today.getYear());
        return thisYear.isBefore(today) ? annualBy(day, today.getYear() + 1) : thisYear;
    }

    /** "in quarter {@code quarter} (1–4) of {@code year}": its last day. */
    public static LocalDate endOfQuarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, not " + quarter);
        }
        return YearMonth.of(year, quarter * 3).atEndOfMonth();
    }

    /** "by the end of {@code month}" of a year. */
    public static LocalDate endOfMonth(Month month, int year) {
        return YearMonth.of(year, month).atEndOfMonth();
    }

    /** "by the end of {@code month} next year", counted from the year of {@code from}. */
    public static LocalDate endOfMonthNextYear(Month month, LocalDate from) {
        return endOfMonth(month, from.getYear() + 1);
    }
}
