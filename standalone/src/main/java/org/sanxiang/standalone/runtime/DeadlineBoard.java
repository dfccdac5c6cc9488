package org.sanxiang.standalone.runtime;

import static org.sanxiang.standalone.runtime.RequestChecks.blank;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.task.Task;
import org.sanxiang.rules.calendar.HolidayCalendar;
import org.sanxiang.standalone.runtime.Views.DeadlineView;
import org.sanxiang.standalone.runtime.Views.Listing;
import org.sanxiang.standalone.runtime.Views.TaskView;

/**
 * The deadlines board: open tasks with a due date, soonest first, each marked due or overdue and
 * provisional when its period runs into a year the calendar has no holiday data for.
 */
final class DeadlineBoard {

    private final ProcessEngine engine;
    private final ProtectedPropertyOverlay cases;
    private final HolidayCalendar calendar;
    private final ZoneId zone;
    private final Clock clock;
    private final TaskViews taskViews;

    DeadlineBoard(ProcessEngine engine, ProtectedPropertyOverlay cases, HolidayCalendar calendar, ZoneId zone,
            Clock clock, TaskViews taskViews) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.taskViews = Objects.requireNonNull(taskViews, "taskViews");
    }

    /** The first page's items, without the total: nobody reads it, and counting is a second query. */
    List<DeadlineView> deadlines(Requests.DeadlineQuery query) {
        return deadlines(query, new Requests.Page(0, Requests.Page.DEFAULT_MAX_ITEMS, false)).items();
    }

    /**
     * A page of the board, soonest first: one task query ordered by due date (the status and the horizon
     * are conditions of that query), then the page's cases and case numbers in one lookup each. A case is
     * the process's business key; no query scans process variables.
     */
    Listing<DeadlineView> deadlines(Requests.DeadlineQuery query, Requests.Page page) {
        String status = query == null || blank(query.status()) ? "all" : query.status();
        if (!Set.of("all", "due", "overdue", "provisional").contains(status)) {
            throw ServiceException.badRequest("status", "'" + status + "' is not one of all, due, overdue, provisional");
        }
        Integer within = query == null ? null : query.withinDays();
        if (within != null && within < 0) {
            throw ServiceException.badRequest("withinDays", "must not be negative");
        }
        Instant now = clock.instant();
        var q = engine.getTaskService().createTaskQuery().taskDueAfter(new Date(0L)); // with a due date
        if (query != null && !blank(query.caseId())) {
            q.processInstanceBusinessKey(query.caseId());
        }
        switch (status) {
            case "due" -> q.taskDueAfter(Date.from(now.minusMillis(1)));
            case "overdue" -> q.taskDueBefore(Date.from(now));
            case "provisional" -> q.taskDueAfter(Date.from(firstDayWithoutData(now).minusMillis(1)));
            default -> { }
        }
        if (within != null && !status.equals("overdue")) {
            // overdue ones always, the others up to the horizon: both are due before it
            q.taskDueBefore(Date.from(now.plus(within, ChronoUnit.DAYS).plusMillis(1)));
        }
        Listing<Task> read = page.read(q::count, (first, max) -> q.orderByDueDateNullsLast().asc().orderByTaskId().asc()
                .listPage(first, max));
        List<Task> tasks = read.items();
        List<TaskView> views = taskViews.views(tasks);
        Set<String> processes = new HashSet<>();
        tasks.forEach(t -> processes.add(t.getProcessInstanceId()));
        Map<String, String> caseNumbers = taskViews.rows().processText(processes, ProcessWork.CASE_NUMBER);
        Map<String, String> fromFolders = new HashMap<>();
        List<DeadlineView> board = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            Task t = tasks.get(i);
            TaskView view = views.get(i);
            Instant due = t.getDueDate().toInstant();
            boolean overdue = due.isBefore(now);
            LocalDate dueDay = due.atZone(zone).toLocalDate();
            LocalDate from = t.getCreateTime().toInstant().atZone(zone).toLocalDate();
            boolean provisional = !calendar.missingYears(from.isAfter(dueDay) ? dueDay : from, dueDay).isEmpty();
            if (status.equals("provisional") && !provisional) {
                continue;
            }
            String caseNumber = caseNumbers.get(t.getProcessInstanceId());
            if (caseNumber == null && view.caseId() != null) {
                caseNumber = fromFolders.computeIfAbsent(view.caseId(), this::caseNumberOf);
            }
            board.add(new DeadlineView(view.caseId(), caseNumber, view.processKey(), view.processInstanceId(), view.id(),
                    view.key(), view.name(), due, overdue ? "overdue" : "due", provisional, view.assignee(),
                    view.candidateGroups()));
        }
        return new Listing<>(board, read.totalNumItems(), read.hasMoreItems());
    }

    /**
     * The first day, from today on, of a year the calendar has no holiday data for: a deadline on or after
     * it was counted provisionally (a period that starts in a year without data, before the shipped data
     * begins, does not occur for open tasks).
     */
    private Instant firstDayWithoutData(Instant now) {
        int year = now.atZone(zone).getYear();
        while (calendar.hasDataFor(year)) {
            year++;
        }
        return LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
    }

    /** The case number read from the folder, for a process that does not carry it; null when it cannot be read. */
    private String caseNumberOf(String caseId) {
        try {
            return cases.facts(caseId).caseNumber();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
