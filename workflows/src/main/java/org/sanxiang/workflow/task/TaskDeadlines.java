package org.sanxiang.workflow.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.VariableScope;
import org.activiti.engine.history.HistoricTaskInstance;
import org.activiti.engine.impl.context.Context;
import org.activiti.engine.impl.interceptor.CommandContext;
import org.activiti.engine.impl.interceptor.CommandContextCloseListener;
import org.activiti.engine.impl.persistence.entity.ExecutionEntity;
import org.sanxiang.rules.calendar.Deadline;
import org.sanxiang.rules.calendar.TimeLimit;
import org.sanxiang.rules.calendar.WorkingDayCalendar;
import org.sanxiang.workflow.WorkflowVariables;

/**
 * The reminder/escalation pattern, Java side. Before a user task {@code K} is entered, the Java that
 * knows its time limit calls {@link #schedule}: it stores the deadline in {@code sxp_KDueAt} and
 * the reminder (one working day ahead) in {@code sxp_KRemindAt}. The BPMN then needs, on task
 * {@code K}:
 * <ul>
 * <li>task listeners {@code create → ${sxTaskDueDate}} (sets the task's due date, Share's {@code bpm:dueDate},
 * and joins its deadline to the case's) and {@code complete → ${sxTaskOutcome}} (copies {@code sxwf_KOutcome});</li>
 * <li>a non-interrupting boundary timer {@code timeDate ${sxp_KRemindAt}} leading to a service task
 * with id {@code KRemind} and {@code ${sxRemindAssignee}};</li>
 * <li>a non-interrupting boundary timer {@code timeDate ${sxp_KDueAt}} leading to a service task
 * with id {@code KEscalate} and {@code ${sxEscalateToHead}} (or an interrupting one where the
 * deadline ends the task, as when an access grant expires).</li>
 * </ul>
 * Timers are created when the task's scope is entered, before any listener on the task runs, which is
 * why the variables must be set beforehand. A task whose limit the profile sets as "promptly" or not
 * at all gets {@link #noDeadline}: both variables are null, so Activiti creates no timer, and the
 * task's description (Share's {@code bpm:description}) says why.
 */
public final class TaskDeadlines {

    /** The hour a reminder goes out on the working day before the due day. */
    public static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

    private final WorkingDayCalendar calendar;
    private final ZoneId zone;

    public TaskDeadlines(WorkingDayCalendar calendar, ZoneId zone) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The description of a task whose regulation sets no time limit (zh_CN, the users' language). */
    public static final String NO_LIMIT_SET = "规定未设定办理时限（无期限提醒）";

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Stores the deadline of task {@code taskKey} and its reminder, for the timers and listeners. */
    public void schedule(VariableScope scope, String taskKey, Deadline deadline, Instant now) {
        set(scope, variables(taskKey, deadline, now));
    }

    /**
     * Sets {@code variables} on {@code scope}, leaving out a null for a variable the scope does not have
     * and no expression reads: such a null is written only to clear a value an earlier pass of a loop left,
     * never as a new variable (each one is a row, a history row and a flush per task). The due and reminder
     * dates are always written: the BPMN timers read them, and a null one sets no timer.
     */
    public static void set(VariableScope scope, Map<String, Object> variables) {
        Map<String, Object> lean = lean(variables, scope::hasVariable);
        if (scope instanceof ExecutionEntity execution) {
            variables.forEach((name, value) -> {
                if (isNoDeadline(name) && (value == null || !scope.hasVariable(name)) && deferred(execution, name, value)) {
                    lean.remove(name);
                }
            });
        }
        scope.setVariables(lean);
    }

    private static final String DEFERRED = TaskDeadlines.class.getName() + ".deferred";
    private static final String NO_DEADLINE = WorkflowVariables.noDeadline("").substring(WorkflowVariables.INTERNAL.length());

    private static boolean isNoDeadline(String name) {
        return name.startsWith(WorkflowVariables.INTERNAL) && name.endsWith(NO_DEADLINE);
    }

    /** A task's no-limit reason held in the command until its task is created; written at the command's end if it is not. */
    private static final class Deferred {
        final ExecutionEntity processInstance;
        final String name;
        final Object value;
        boolean taken;

        Deferred(ExecutionEntity processInstance, String name, Object value) {
            this.processInstance = processInstance;
            this.name = name;
            this.value = value;
        }
    }

    /**
     * Whether the no-limit reason {@code name} is held in the command instead of written: its one reader is the
     * task's {@code create} listener ({@link DueDateTaskListener}, the description; {@link #dueAt}), which almost
     * always runs in the same command as the step that schedules the task. Where the command ends without the task
     * created (a wait state, an asynchronous continuation between them), the reason is written to the process then,
     * before the engine flushes, where it was written before. A null clears a reason held; a reason the process
     * already holds (an earlier pass) is written, as before.
     */
    private static boolean deferred(ExecutionEntity execution, String name, Object value) {
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            return false;
        }
        ExecutionEntity processInstance = execution.getProcessInstance();
        Map<String, Deferred> held = held(command, value != null);
        String key = processInstance.getId() + "/" + name;
        if (value == null) {
            if (held != null) {
                held.remove(key);
            }
            return false;
        }
        held.put(key, new Deferred(processInstance, name, value));
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Deferred> held(CommandContext command, boolean create) {
        Map<String, Deferred> held = (Map<String, Deferred>) command.getAttribute(DEFERRED);
        if (held == null && create) {
            Map<String, Deferred> map = new LinkedHashMap<>();
            held = map;
            command.addAttribute(DEFERRED, map);
            command.addCloseListener(new CommandContextCloseListener() {
                @Override
                public void closing(CommandContext context) {
                    map.values().forEach(d -> {
                        if (!d.taken && !d.processInstance.isEnded()) {
                            d.processInstance.setVariable(d.name, d.value); // its task comes after this command
                        }
                    });
                }

                @Override
                public void closed(CommandContext context) {
                }
            });
        }
        return held;
    }

    /**
     * Why task {@code taskKey} has no counted limit ({@link #noDeadline}), as its execution sees it: the reason held
     * in this command for the task created now (then taken: not written), else the process's variable, else — a loop
     * back to the task without scheduling it again — the description its last instance in this process took from the
     * reason held then (from the history); null when none.
     */
    public static Object noDeadlineReason(DelegateExecution execution, String taskKey) {
        String name = WorkflowVariables.noDeadline(taskKey);
        CommandContext command = Context.getCommandContext();
        Map<String, Deferred> held = command == null ? null : held(command, false);
        Deferred d = held == null ? null : held.get(execution.getProcessInstanceId() + "/" + name);
        if (d != null) {
            d.taken = true;
            return d.value;
        }
        Object kept = execution.getVariable(name);
        if (kept != null || command == null) {
            return kept;
        }
        return Context.getProcessEngineConfiguration().getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey)
                .orderByHistoricTaskInstanceStartTime().desc().list().stream()
                .map(HistoricTaskInstance::getDescription).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** {@link #set} on the scope's own variables (one per record, as the callers of {@code setVariablesLocal} keep them). */
    public static void setLocal(VariableScope scope, Map<String, Object> variables) {
        scope.setVariablesLocal(lean(variables, scope::hasVariableLocal));
    }

    private static final String DUE_AT = WorkflowVariables.dueAt("").substring(WorkflowVariables.INTERNAL.length());
    private static final String REMIND_AT = WorkflowVariables.remindAt("").substring(WorkflowVariables.INTERNAL.length());

    private static boolean readByTimers(String name) {
        return name.startsWith(WorkflowVariables.INTERNAL) && (name.endsWith(DUE_AT) || name.endsWith(REMIND_AT));
    }

    private static Map<String, Object> lean(Map<String, Object> variables, java.util.function.Predicate<String> present) {
        Map<String, Object> lean = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            if (value != null || readByTimers(name) || present.test(name)) {
                lean.put(name, value);
            }
        });
        return lean;
    }

    /**
     * {@link #schedule(VariableScope, String, Deadline, Instant)}, also storing the article that sets
     * the limit (e.g. "chongqing-2024 法制审核 第十一条"), which the case folder's running deadlines show
     * ({@link CaseDeadlines}): it travels in the stored deadline, {@code start|UNIT|amount|citation}
     * ({@link #citation(Object, Supplier)} reads it), not in a variable of its own.
     */
    public void schedule(VariableScope scope, String taskKey, Deadline deadline, Instant now, String citation) {
        set(scope, variables(taskKey, deadline, now, citation));
    }

    /**
     * Task {@code taskKey} is due on a date the document sets ("每年1月31日前": {@link org.sanxiang.rules.calendar.FixedDates}),
     * at the end of that day: a date, so it is not moved off a holiday and nothing recounts it when the calendar
     * data changes (no stored {@code start|UNIT|amount}).
     */
    public void scheduleDate(VariableScope scope, String taskKey, LocalDate due, Instant now, String citation) {
        Instant dueAt = due.atTime(Deadline.END_OF_DAY).atZone(zone).toInstant();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(WorkflowVariables.dueAt(taskKey), Date.from(dueAt));
        variables.put(WorkflowVariables.remindAt(taskKey), Date.from(reminder(due, dueAt, now)));
        variables.put(WorkflowVariables.deadline(taskKey), null);
        variables.put(WorkflowVariables.noDeadline(taskKey), null);
        variables.put(WorkflowVariables.citation(taskKey), Objects.requireNonNull(citation, "citation"));
        set(scope, variables);
    }

    /**
     * Task {@code taskKey} has no counted limit: no due date, no reminder, no escalation; {@code why}
     * (e.g. "wuhan-2020 法制审核 第十一条: promptly (及时), no count") becomes the task's description.
     */
    public void noDeadline(VariableScope scope, String taskKey, String why) {
        set(scope, none(taskKey, why));
    }

    /** The variables {@link #noDeadline} sets, for callers that set them locally (one per record). */
    public static Map<String, Object> none(String taskKey, String why) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(WorkflowVariables.dueAt(taskKey), null);
        variables.put(WorkflowVariables.remindAt(taskKey), null);
        variables.put(WorkflowVariables.deadline(taskKey), null); // nothing stale to recount on a loop
        variables.put(WorkflowVariables.noDeadline(taskKey), Objects.requireNonNull(why, "why"));
        variables.put(WorkflowVariables.citation(taskKey), null);
        return variables;
    }

    /** {@link #none(String, String)} for tasks whose regulation sets no time limit at all. */
    public static Map<String, Object> none(String taskKey) {
        return none(taskKey, NO_LIMIT_SET);
    }

    /** The variables {@link #schedule} sets: due date, reminder, and what the deadline was counted from. */
    public Map<String, Object> variables(String taskKey, Deadline deadline, Instant now) {
        Instant dueAt = deadline.dueAt().atZone(zone).toInstant();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(WorkflowVariables.dueAt(taskKey), Date.from(dueAt));
        variables.put(WorkflowVariables.remindAt(taskKey), Date.from(reminder(deadline.dueDate(), dueAt, now)));
        variables.put(WorkflowVariables.deadline(taskKey),
                deadline.start() + "|" + deadline.limit().unit() + "|" + deadline.limit().amount());
        variables.put(WorkflowVariables.noDeadline(taskKey), null);
        return variables;
    }

    /**
     * {@link #variables(String, Deadline, Instant)} with the citation of the limit in the stored deadline
     * ({@code start|UNIT|amount|citation}). A separate {@code sxp_KCitation} an earlier pass left (a fixed
     * date's, or one written before the citation moved into the deadline) is cleared where present.
     */
    public Map<String, Object> variables(String taskKey, Deadline deadline, Instant now, String citation) {
        Map<String, Object> variables = variables(taskKey, deadline, now);
        variables.put(WorkflowVariables.deadline(taskKey),
                variables.get(WorkflowVariables.deadline(taskKey)) + "|" + Objects.requireNonNull(citation, "citation"));
        variables.put(WorkflowVariables.citation(taskKey), null);
        return variables;
    }

    /**
     * The citation of a task's limit: the fourth part of its stored deadline ({@code start|UNIT|amount|citation}),
     * else what {@code separate} gives — the {@code sxp_KCitation} variable of a fixed date, and of a process
     * that stored its deadline before the citation moved into it; "" when neither is there.
     */
    public static String citation(Object stored, Supplier<Object> separate) {
        if (stored instanceof String s) {
            String[] parts = s.split("\\|", 4);
            if (parts.length == 4) {
                return parts[3];
            }
        }
        Object citation = separate.get();
        return citation == null ? "" : citation.toString();
    }

    /** {@link #citation(Object, Supplier)} of task {@code taskKey}, from {@code variables} by name (a scope's, a process's). */
    public static String citation(String taskKey, java.util.function.Function<String, Object> variables) {
        return citation(variables.apply(WorkflowVariables.deadline(taskKey)), () -> variables.apply(WorkflowVariables.citation(taskKey)));
    }

    /** Counts a stored deadline ({@code start|UNIT|amount}, or with {@code |citation}) again on the calendar's current data. */
    public Deadline recount(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\|", 4);
        if (parts.length < 3) {
            throw new IllegalArgumentException("stored deadline must be start|UNIT|amount[|citation], got " + stored);
        }
        TimeLimit limit = new TimeLimit(TimeLimit.Unit.valueOf(parts[1]), Integer.parseInt(parts[2]));
        return calendar.deadline(LocalDateTime.parse(parts[0]), limit);
    }

    /**
     * One working day ahead: {@link #REMINDER_TIME} on the last working day before the due day;
     * never before now (a short limit reminds at once) and never after the deadline.
     */
    Instant reminder(LocalDate dueDay, Instant dueAt, Instant now) {
        LocalDate day = dueDay.minusDays(1);
        for (int i = 0; i < 60 && !calendar.isWorkingDay(day); i++) {
            day = day.minusDays(1);
        }
        Instant at = day.atTime(REMINDER_TIME).atZone(zone).toInstant();
        if (at.isBefore(now)) {
            at = now;
        }
        return at.isAfter(dueAt) ? dueAt : at;
    }

    /**
     * The deadline stored for {@code taskKey}, or null when {@link #noDeadline} said it has none;
     * fails naming the variable when it was never scheduled.
     */
    public static Date dueAt(VariableScope scope, String taskKey) {
        Object value = scope.getVariable(WorkflowVariables.dueAt(taskKey));
        if (value instanceof Date date) {
            return date;
        }
        if (value == null && (scope instanceof DelegateExecution execution ? noDeadlineReason(execution, taskKey)
                : scope.getVariable(WorkflowVariables.noDeadline(taskKey))) != null) {
            return null;
        }
        throw new IllegalStateException("task " + taskKey + " has no deadline: variable " + WorkflowVariables.dueAt(taskKey)
                + " was not set before the task (TaskDeadlines.schedule)");
    }
}
