package org.sanxiang.repo.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

import org.sanxiang.rules.calendar.CalendarDataException;
import org.sanxiang.rules.calendar.CalendarRepository;
import org.sanxiang.rules.calendar.HolidayCalendar;
import org.sanxiang.rules.calendar.Deadline;
import org.sanxiang.rules.calendar.TimeLimit;
import org.sanxiang.rules.calendar.WorkingDayCalendar;

/**
 * The working-day calendar in force, always: every call asks the {@link CalendarRepository} for its
 * current data, so deadlines counted after a reload use the new holiday notice without a restart.
 * The override is {@value #OVERRIDE_FILE} in the directory {@code sanxiang.calendar.override.dir};
 * an empty setting or a missing file means the shipped data.
 *
 * <p>At most once per {@code checkEvery} it also looks at the override file's modification time and
 * reloads when it changed. So every node of a cluster picks up a new notice (the override directory
 * being shared or the same everywhere), while the recount of running deadlines, which needs doing
 * once, is the cluster-locked calendar recompute job's. A bad override is not loaded (the calendar in
 * force stays; the job reports it).
 */
public final class LiveCalendar implements WorkingDayCalendar {

    /** The override file's name inside {@code sanxiang.calendar.override.dir}. */
    public static final String OVERRIDE_FILE = "calendar-override.json";

    private final CalendarRepository repository;
    private final long checkNanos;
    private long nextCheck;
    private FileTime seen;

    /** The shipped calendar with the override file of the directory, if there is one. */
    public static CalendarRepository repository(String overrideDirectory) {
        return new CalendarRepository(overrideDirectory == null || overrideDirectory.isBlank() ? null
                : Path.of(overrideDirectory.strip()).resolve(OVERRIDE_FILE));
    }

    public CalendarRepository repository() {
        return repository;
    }

    /** Checks the override file at most once a minute. */
    public LiveCalendar(CalendarRepository repository) {
        this(repository, Duration.ofMinutes(1));
    }

    public LiveCalendar(CalendarRepository repository, Duration checkEvery) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.checkNanos = checkEvery.toNanos();
        this.seen = modified();
        this.nextCheck = System.nanoTime() + checkNanos;
    }

    private HolidayCalendar current() {
        synchronized (this) {
            long now = System.nanoTime();
            if (now - nextCheck >= 0) {
                nextCheck = now + checkNanos;
                FileTime modified = modified();
                if (!Objects.equals(modified, seen)) {
                    seen = modified;
                    try {
                        repository.reload();
                    } catch (CalendarDataException e) {
                        // the calendar in force stays; CalendarRecompute reports the bad file
                    }
                }
            }
        }
        return repository.current();
    }

    private FileTime modified() {
        Path file = repository.overrideFile().orElse(null);
        try {
            return file == null || !Files.exists(file) ? null : Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return current().isWorkingDay(day);
    }

    @Override
    public boolean hasDataFor(int year) {
        return current().hasDataFor(year);
    }

    @Override
    public Deadline addWorkingDays(LocalDate from, int n) {
        return current().addWorkingDays(from, n);
    }

    @Override
    public Deadline addCalendarDays(LocalDate from, int n) {
        return current().addCalendarDays(from, n);
    }

    @Override
    public Deadline addHours(LocalDateTime from, int n) {
        return current().addHours(from, n);
    }

    @Override
    public Deadline deadline(LocalDateTime from, TimeLimit limit) {
        return current().deadline(from, limit);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return current().workingDaysBetween(from, to);
    }

    @Override
    public Deadline recompute(Deadline deadline) {
        return current().recompute(deadline);
    }
}
