package org.sanxiang.repo.calendar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

import org.sanxiang.rules.calendar.CalendarRepository;
import org.sanxiang.rules.calendar.Deadline;
import org.sanxiang.rules.calendar.TimeLimit;
import org.sanxiang.rules.calendar.WorkingDayCalendar;

/**
 * The working-day calendar the workflow beans count with: always the calendar in force in the
 * {@link CalendarRepository}, so a reloaded override (next year's State Council notice) applies to
 * the next deadline without a restart. The override is {@value #OVERRIDE_FILE} in the directory
 * {@code sanxiang.calendar.override.dir}; an empty setting or a missing file means the shipped data.
 */
public final class CalendarInForce implements WorkingDayCalendar {

    public static final String OVERRIDE_FILE = "calendar-override.json";

    private final CalendarRepository repository;

    public CalendarInForce(CalendarRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    /** The shipped calendar with the override file of the directory, if there is one. */
    public static CalendarRepository repository(String overrideDirectory) {
        return new CalendarRepository(overrideDirectory == null || overrideDirectory.isBlank() ? null
                : Path.of(overrideDirectory).resolve(OVERRIDE_FILE));
    }

    public CalendarRepository repository() {
        return repository;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return repository.current().isWorkingDay(day);
    }

    @Override
    public boolean hasDataFor(int year) {
        return repository.current().hasDataFor(year);
    }

    @Override
    public Deadline addWorkingDays(LocalDate from, int n) {
        return repository.current().addWorkingDays(from, n);
    }

    @Override
    public Deadline addCalendarDays(LocalDate from, int n) {
        return repository.current().addCalendarDays(from, n);
    }

    @Override
    public Deadline addHours(LocalDateTime from, int n) {
        return repository.current().addHours(from, n);
    }

    @Override
    public Deadline deadline(LocalDateTime from, TimeLimit limit) {
        return repository.current().deadline(from, limit);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return repository.current().workingDaysBetween(from, to);
    }

    @Override
    public Deadline recompute(Deadline deadline) {
        return repository.current().recompute(deadline);
    }
}
