package org.sanxiang.rules.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A running time limit that can be stopped and resumed, e.g. a legal review whose clock stops while
 * the materials are sent back for completion and resumes, when they return, with the days it had
 * left. Immutable: {@link #stop} and {@link #resume} return a new clock.
 *
 * <p>Counted in working days or calendar days (an hour limit runs without pause, so it is refused).
 * The semantics, all following "the start day is not counted":
 * <ul>
 *   <li><b>Stop on day S</b>: day S is used (the clock ran that day). Days left = the working days
 *       after S up to the due day (working-day limits), or the days from S to the nominal last
 *       day X + N before any move off a holiday (calendar-day limits). Never below zero.</li>
 *   <li><b>Resume on day R</b>: day R is not counted, as a start day is not; the new deadline is
 *       the days left counted from R. With nothing left, it is due at the end of day R.</li>
 *   <li>Hence stopping and resuming on the same day changes nothing, and a pause over days that
 *       are all holidays changes nothing for a working-day limit.</li>
 * </ul>
 * Only dates count: the time of day of a stop or resume is kept for the record only.
 *
 * <p>When the calendar data changes, {@link #recompute} replays the start and every pause on the
 * new calendar. (Recomputing only the current {@link #deadline()} would not do: the days left at
 * each stop depend on the calendar too.)
 */
public final class StoppableClock {

    /** One stop, and its resumption if it has been resumed. */
    public record Pause(LocalDateTime stoppedAt, LocalDateTime resumedAt, int daysLeft) {
        public Pause {
            Objects.requireNonNull(stoppedAt, "stoppedAt");
        }

        public Optional<LocalDateTime> resumed() {
            return Optional.ofNullable(resumedAt);
        }
    }

    private final LocalDateTime startedAt;
    private final TimeLimit limit;
    private final List<Pause> pauses;
    /** The deadline while running; null while stopped. */
    private final Deadline deadline;
    /** The days left at the last stop; for a running clock, at its last resume (or the limit). */
    private final int daysLeft;
    /** True when any deadline this clock has had was provisional. */
    private final boolean provisional;

    private StoppableClock(LocalDateTime startedAt, TimeLimit limit, List<Pause> pauses, Deadline deadline,
            int daysLeft, boolean provisional) {
        this.startedAt = startedAt;
        this.limit = limit;
        this.pauses = List.copyOf(pauses);
        this.deadline = deadline;
        this.daysLeft = daysLeft;
        this.provisional = provisional;
    }

    /** Starts the clock for a working-day or calendar-day limit. */
    public static StoppableClock start(LocalDateTime at, TimeLimit limit, WorkingDayCalendar calendar) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(limit, "limit");
        if (limit.unit() != TimeLimit.Unit.WORKING_DAYS && limit.unit() != TimeLimit.Unit.CALENDAR_DAYS) {
            throw new IllegalArgumentException("only working-day and calendar-day limits can be stopped, not " + limit);
        }
        Deadline d = calendar.deadline(at, limit);
        return new StoppableClock(at, limit, List.of(), d, limit.amount(), d.provisional());
    }

    /** Stops the running clock on {@code at}'s day, which counts as used. */
    public StoppableClock stop(LocalDateTime at, WorkingDayCalendar calendar) {
        Objects.requireNonNull(at, "at");
        if (!isRunning()) {
            throw new IllegalStateException("the clock is already stopped (since " + stoppedAt() + ")");
        }
        LocalDateTime runningSince = lastEvent();
        if (at.isBefore(runningSince)) {
            throw new IllegalArgumentException("cannot stop at " + at + ", before the clock last started at " + runningSince);
        }
        LocalDate day = at.toLocalDate();
        int left = switch (limit.unit()) {
            case WORKING_DAYS -> calendar.workingDaysBetween(day, deadline.dueDate());
            case CALENDAR_DAYS -> (int) Math.max(0, nominalLastDay().toEpochDay() - day.toEpochDay());
            default -> throw new IllegalStateException(limit.toString());
        };
        List<Pause> next = new ArrayList<>(pauses);
        next.add(new Pause(at, null, left));
        return new StoppableClock(startedAt, limit, next, null, left, provisional);
    }

    /** Resumes the stopped clock with the days it had left, counted from {@code at}'s day. */
    public StoppableClock resume(LocalDateTime at, WorkingDayCalendar calendar) {
        Objects.requireNonNull(at, "at");
        if (isRunning()) {
            throw new IllegalStateException("the clock is running; stop it before resuming it");
        }
        Pause last = pauses.get(pauses.size() - 1);
        if (at.isBefore(last.stoppedAt())) {
            throw new IllegalArgumentException("cannot resume at " + at + ", before the stop at " + last.stoppedAt());
        }
        TimeLimit rest = limit.unit() == TimeLimit.Unit.WORKING_DAYS
                ? TimeLimit.workingDays(daysLeft) : TimeLimit.calendarDays(daysLeft);
        Deadline d = calendar.deadline(at, rest);
        List<Pause> next = new ArrayList<>(pauses);
        next.set(next.size() - 1, new Pause(last.stoppedAt(), at, last.daysLeft()));
        return new StoppableClock(startedAt, limit, next, d, daysLeft, provisional || d.provisional());
    }

    /** The same history replayed on another calendar (after the calendar data changed). */
    public StoppableClock recompute(WorkingDayCalendar calendar) {
        StoppableClock clock = start(startedAt, limit, calendar);
        for (Pause p : pauses) {
            clock = clock.stop(p.stoppedAt(), calendar);
            if (p.resumedAt() != null) {
                clock = clock.resume(p.resumedAt(), calendar);
            }
        }
        return clock;
    }

    public boolean isRunning() {
        return deadline != null;
    }

    /** The deadline while running; empty while stopped. */
    public Optional<Deadline> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** While stopped: the days it will resume with. While running: the days it last (re)started with. */
    public int daysLeft() {
        return daysLeft;
    }

    /** The instant of the stop in force; empty while running. */
    public Optional<LocalDateTime> stoppedAt() {
        return isRunning() ? Optional.empty() : Optional.of(pauses.get(pauses.size() - 1).stoppedAt());
    }

    public LocalDateTime startedAt() {
        return startedAt;
    }

    public TimeLimit limit() {
        return limit;
    }

    public List<Pause> pauses() {
        return pauses;
    }

    /** True when any count this clock made reached a year without holiday data. */
    public boolean isProvisional() {
        return provisional;
    }

    private LocalDateTime lastEvent() {
        return pauses.isEmpty() ? startedAt : pauses.get(pauses.size() - 1).resumedAt();
    }

    /** For a calendar-day limit: the last day before any move off a holiday. */
    private LocalDate nominalLastDay() {
        return lastEvent().toLocalDate().plusDays(daysLeft);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoppableClock c && startedAt.equals(c.startedAt) && limit.equals(c.limit)
                && pauses.equals(c.pauses) && Objects.equals(deadline, c.deadline) && daysLeft == c.daysLeft
                && provisional == c.provisional;
    }

    @Override
    public int hashCode() {
        return Objects.hash(startedAt, limit, pauses, deadline, daysLeft);
    }

    @Override
    public String toString() {
        return "StoppableClock[" + limit + " from " + startedAt + ", "
                + (isRunning() ? "due " + deadline.dueAt() : "stopped with " + daysLeft + " left")
                + (provisional ? ", provisional" : "") + ", " + pauses.size() + " pause(s)]";
    }
}
