package org.sanxiang.repo.jobs;

import java.util.Objects;

import org.activiti.engine.ProcessEngine;
import org.sanxiang.rules.calendar.CalendarDataChange;
import org.sanxiang.rules.calendar.CalendarDataException;
import org.sanxiang.rules.calendar.CalendarRepository;
import org.sanxiang.rules.calendar.HolidayCalendar;
import org.sanxiang.workflow.task.RecomputeDeadlines;

/**
 * Reads the calendar override again (the State Council's notice for next year appears each
 * November; an administrator drops it into {@code sanxiang.calendar.override.dir}) and, when the
 * data changed, counts every running deadline of every process again, timers included
 * ({@link RecomputeDeadlines}; DESIGN.md "Time": a provisional deadline becomes final when its
 * year's data arrives).
 *
 * <p>It recounts whenever the calendar in force differs from the one it last recounted on, whoever
 * reloaded it (this job, or {@link org.sanxiang.repo.calendar.LiveCalendar} noticing the file). The
 * first run after start-up
 * always recounts: the override may have changed while the repository was down, and counting again
 * on unchanged data changes nothing. A recount that fails is tried again on the next run. A bad
 * override file is reported and the calendar in force stays.
 */
public final class CalendarRecompute implements ScheduledWork {

    private final CalendarRepository calendar;
    private final ProcessEngine engine;
    private final RecomputeDeadlines recompute;
    /** The calendar the running deadlines were last recounted on; null before the first run. */
    private HolidayCalendar recountedOn;

    public CalendarRecompute(CalendarRepository calendar, ProcessEngine engine, RecomputeDeadlines recompute) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.recompute = Objects.requireNonNull(recompute, "recompute");
    }

    @Override
    public String name() {
        return "sanxiangCalendarRecompute";
    }

    @Override
    public synchronized String run() {
        String reload;
        try {
            calendar.reload();
            reload = "calendar reloaded";
        } catch (CalendarDataException e) {
            reload = "override refused, calendar in force kept: " + e.getMessage();
        }
        HolidayCalendar current = calendar.current();
        CalendarDataChange change = recountedOn == null ? null : CalendarDataChange.between(recountedOn, current);
        if (change != null && change.isEmpty()) {
            return "calendar recompute: " + (reload.startsWith("override refused") ? reload : "calendar unchanged");
        }
        if (change != null) {
            reload = "calendar changed for " + change.changedYears();
        }
        RecomputeDeadlines.Result r = recompute.recompute(engine);
        recountedOn = current;
        return "calendar recompute: " + reload + "; " + r.deadlines() + " running deadline(s) counted, "
                + r.changedDeadlines() + " changed, " + r.tasks() + " task(s) and " + r.timers() + " timer(s) moved";
    }
}
