package org.sanxiang.repo.jobs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

import org.sanxiang.rules.calendar.CalendarRepository;
import org.sanxiang.rules.calendar.Deadline;
import org.sanxiang.rules.calendar.TimeLimit;
import org.sanxiang.rules.calendar.WorkingDayCalendar;

/**
 * The working-day calendar in force, always: every call asks the {@link CalendarRepository} for its
 * current data, so deadlines counted after a reload (the calendar recompute job) use the new
 * holiday notice without a restart.
 */
public final class LiveCalendar implements WorkingDayCalendar {

    private final CalendarRepository repository;

    public LiveCalendar(CalendarRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
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
}
