package org.sanxiang.rules.disclosure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.calendar.TimeLimit;
import org.sanxiang.rules.calendar.WorkingDayCalendar;
import org.sanxiang.rules.facts.CaseDates;

/**
 * A time limit as a profile file writes it: exactly one of {@code workingDays}, {@code days},
 * {@code hours} or {@code "promptly": true} (及时, which never becomes a day count), the date
 * fields it counts from (the first one present is used), and the article that sets it.
 * Used by both the disclosure and the record rules.
 *
 * @param from names of the start dates, in order of preference: the {@link CaseDates} fields, or
 *             {@code avMade} / {@code started} for record deadlines given explicitly
 */
public record LimitSpec(Integer workingDays, Integer days, Integer hours, Boolean promptly,
        List<String> from, String citation, String note) {

    /** The start-date names a limit may count from. */
    public static final Set<String> START_DATES = Set.of("investigationEnded", "reviewReceived", "decided",
            "inspectionEnded", "revoked", "errorFound", "correctionRequested", "closed", "infoChanged",
            "statutoryLimit", "hearing", "lottery", "queried", "avMade", "started");

    public LimitSpec {
        from = from == null ? List.of() : List.copyOf(from);
    }

    /** The limit as the calendar counts it. */
    public TimeLimit limit() {
        if (workingDays != null) {
            return TimeLimit.workingDays(workingDays);
        }
        if (days != null) {
            return TimeLimit.calendarDays(days);
        }
        if (hours != null) {
            return TimeLimit.hours(hours);
        }
        return TimeLimit.promptly();
    }

    public Citation citation(String profile) {
        return Citation.of(profile, citation);
    }

    /** Problems with this entry, each naming the field under {@code path}; empty when valid. */
    public List<String> problems(String path) {
        List<String> problems = new ArrayList<>();
        int set = (workingDays != null ? 1 : 0) + (days != null ? 1 : 0) + (hours != null ? 1 : 0)
                + (Boolean.TRUE.equals(promptly) ? 1 : 0);
        if (set != 1) {
            problems.add(path + ": set exactly one of workingDays, days, hours, promptly:true (found " + set + ")");
        }
        if (Boolean.FALSE.equals(promptly)) {
            problems.add(path + ".promptly: write true or leave it out");
        }
        for (Integer n : new Integer[] {workingDays, days, hours}) {
            if (n != null && n <= 0) {
                problems.add(path + ": a count must be positive, found " + n);
            }
        }
        if (from.isEmpty()) {
            problems.add(path + ".from: name the date the limit counts from");
        }
        for (String name : from) {
            if (!START_DATES.contains(name)) {
                problems.add(path + ".from: unknown date '" + name + "'; known: " + String.join(", ", START_DATES));
            }
        }
        if (citation == null || citation.isBlank()) {
            problems.add(path + ".citation: required");
        }
        return problems;
    }

    /** The due date counted from the case's dates (the first of {@link #from} present). */
    public DueDate due(String profile, CaseDates dates, WorkingDayCalendar calendar) {
        return due(profile, firstPresent(dates), calendar);
    }

    /** The due date counted from a start date (null when the case has none yet). */
    public DueDate due(String profile, LocalDate start, WorkingDayCalendar calendar) {
        return due(profile, start == null ? null : start.atStartOfDay(), calendar);
    }

    /** The due date counted from a start instant; hour limits count from the instant itself. */
    public DueDate due(String profile, LocalDateTime start, WorkingDayCalendar calendar) {
        TimeLimit limit = limit();
        if (!limit.isCounted()) {
            return DueDate.promptly(limit, citation(profile), note);
        }
        if (start == null) {
            return DueDate.awaitingStart(limit, citation(profile), note);
        }
        return DueDate.counted(calendar.deadline(start, limit), citation(profile), note);
    }

    /** The first of {@link #from} that the case has, or null. */
    public LocalDate firstPresent(CaseDates dates) {
        for (String name : from) {
            LocalDate value = dateOf(dates, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static LocalDate dateOf(CaseDates dates, String name) {
        return dates.named(name);
    }
}
