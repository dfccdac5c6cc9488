package org.sanxiang.standalone.runtime;

import static org.sanxiang.standalone.runtime.RequestChecks.blank;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.task.Task;
import org.sanxiang.rules.calendar.HolidayCalendar;
import org.sanxiang.standalone.runtime.Views.DeadlineView;
import org.sanxiang.standalone.runtime.Views.TaskView;
import org.sanxiang.workflow.WorkflowVariables;

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

    List<DeadlineView> deadlines(Requests.DeadlineQuery query) {
        String status = query == null || blank(query.status()) ? "all" : query.status();
        if (!Set.of("all", "due", "overdue", "provisional").contains(status)) {
            throw ServiceException.badRequest("status", "'" + status + "' is not one of all, due, overdue, provisional");
        }
        Integer within = query == null ? null : query.withinDays();
        if (within != null && within < 0) {
            throw ServiceException.badRequest("withinDays", "must not be negative");
        }
        Instant now = clock.instant();
        Instant horizon = within == null ? null : now.plus(within, ChronoUnit.DAYS);
        var q = engine.getTaskService().createTaskQuery().includeProcessVariables();
        if (query != null && !blank(query.caseId())) {
            q.processVariableValueEquals(WorkflowVariables.CASE_ID, query.caseId());
        }
        Map<String, String> caseNumbers = new HashMap<>();
        List<DeadlineView> board = new ArrayList<>();
        for (Task t : q.list()) {
            if (t.getDueDate() == null) {
                continue;
            }
            Instant due = t.getDueDate().toInstant();
            boolean overdue = due.isBefore(now);
            LocalDate dueDay = due.atZone(zone).toLocalDate();
            LocalDate from = t.getCreateTime().toInstant().atZone(zone).toLocalDate();
            boolean provisional = !calendar.missingYears(from.isAfter(dueDay) ? dueDay : from, dueDay).isEmpty();
            if ((status.equals("due") && overdue) || (status.equals("overdue") && !overdue)
                    || (status.equals("provisional") && !provisional)) {
                continue;
            }
            if (horizon != null && !overdue && due.isAfter(horizon)) {
                continue;
            }
            TaskView view = taskViews.view(t);
            String caseNumber = (String) t.getProcessVariables().get(ProcessWork.CASE_NUMBER);
            if (caseNumber == null && view.caseId() != null) {
                caseNumber = caseNumbers.computeIfAbsent(view.caseId(), this::caseNumberOf);
            }
            board.add(new DeadlineView(view.caseId(), caseNumber, view.processKey(), view.processInstanceId(), view.id(),
                    view.key(), view.name(), due, overdue ? "overdue" : "due", provisional, view.assignee(),
                    view.candidateGroups()));
        }
        board.sort(Comparator.comparing(DeadlineView::dueAt).thenComparing(DeadlineView::taskId));
        return board;
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
