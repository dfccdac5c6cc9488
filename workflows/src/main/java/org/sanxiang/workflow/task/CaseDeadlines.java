package org.sanxiang.workflow.task;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.RuntimeService;
import org.activiti.engine.TaskService;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.VariableScope;
import org.activiti.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.activiti.engine.impl.cfg.TransactionState;
import org.activiti.engine.impl.context.Context;
import org.activiti.engine.impl.interceptor.CommandConfig;
import org.activiti.engine.impl.interceptor.CommandContext;
import org.activiti.engine.impl.persistence.entity.ExecutionEntity;
import org.activiti.engine.task.Task;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxExecutionListener;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.ModelProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Projects the running deadlines of a case onto its folder: {@code sx:runningDeadlines}
 * ("kind|ISO due date|citation", earliest first), {@code sx:nextDeadline}/{@code sx:nextDeadlineKind}
 * (the earliest) and {@code sx:deadlinesProvisional} (any counted on a year without holiday data),
 * which the deadlines web script and dashlet read. The truth is the open user tasks of every running
 * process instance of the case whose key the task → deadline-kind table lists (given by the wiring),
 * with the due date their execution sees.
 *
 * <p>A task that starts or completes changes one entry: {@link DueDateTaskListener} (create) and
 * {@link OutcomeTaskListener} (complete) call {@link #taskStarted}/{@link #taskEnded}, which note the
 * entry from the task's own variables; once the transaction commits, the folder's list gets that entry
 * added or removed (a read of the folder, one {@code setProperties}), in a new engine transaction, once
 * per case per transaction — no task or variable query. The projection is rewritten from the truth
 * ({@link #project}: one task query, one variable read per listed task) where a change cannot be
 * applied to what the folder shows: an entry to remove that the folder does not list (a stale
 * projection is so repaired), a removal while the folder says provisional (another entry may be), a
 * process cancelled with its tasks open (bean {@code sxCaseDeadlines}, the end listener of every
 * process), and for the cases whose deadlines {@link RecomputeDeadlines} recounted.
 */
public final class CaseDeadlines extends SxExecutionListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CaseDeadlines.class);
    private static final String PENDING = CaseDeadlines.class.getName() + ".pending";

    /** The changes of one transaction to one case's projection, in order; {@code full} when they cannot be applied. */
    private static final class Changes {
        final List<Entry> added = new ArrayList<>();
        final List<Entry> removed = new ArrayList<>();
        final List<Boolean> order = new ArrayList<>(); // true: the next of added, false: the next of removed
        boolean full;
        /** The folder's properties as read to apply the changes. */
        Map<String, Object> folder;
    }

    /** One running deadline of a case. */
    public record Entry(String kind, Date dueAt, String citation, boolean provisional) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::dueAt).thenComparing(Entry::kind)
            .thenComparing(Entry::citation);

    private final transient CaseRepository cases;
    private final transient CaseLocator locator;
    private final transient TaskDeadlines deadlines;
    private final transient Map<String, String> kindByTask;

    /**
     * @param kindByTask user task key → the deadline kind the case folder shows (constraint
     *                   {@code sx:deadlineKinds}); tasks absent are not listed on the case
     */
    public CaseDeadlines(CaseRepository cases, CaseLocator locator, TaskDeadlines deadlines, Map<String, String> kindByTask) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.kindByTask = Map.copyOf(kindByTask);
    }

    /** The open deadlines of case {@code caseId}, earliest first. */
    public List<Entry> running(ProcessEngine engine, String caseId) {
        return running(engine.getTaskService(), engine.getRuntimeService(), caseId);
    }

    private List<Entry> running(TaskService taskService, RuntimeService runtime, String caseId) {
        var query = taskService.createTaskQuery().active();
        if (locator.caseIsBusinessKey()) {
            query.processInstanceBusinessKey(caseId); // indexed; a variable match scans every process's variables
        } else {
            query.processVariableValueEquals(WorkflowVariables.CASE_ID, caseId);
        }
        List<Task> tasks = query.list();
        List<Entry> entries = new ArrayList<>();
        for (Task task : tasks) {
            String key = task.getTaskDefinitionKey();
            Optional<String> kind = Optional.ofNullable(kindByTask.get(key));
            if (kind.isEmpty()) {
                continue;
            }
            Map<String, Object> v = runtime.getVariables(task.getExecutionId(),
                    List.of(WorkflowVariables.dueAt(key), WorkflowVariables.deadline(key), WorkflowVariables.citation(key)));
            if (!(v.get(WorkflowVariables.dueAt(key)) instanceof Date due)) {
                continue; // "promptly" or no limit: no counted deadline to show
            }
            Object stored = v.get(WorkflowVariables.deadline(key));
            boolean provisional = stored instanceof String s && deadlines.recount(s).provisional();
            entries.add(new Entry(kind.get(), due, TaskDeadlines.citation(stored, () -> v.get(WorkflowVariables.citation(key))), provisional));
        }
        entries.sort(ORDER);
        return entries;
    }

    /** Rewrites the four properties of the case folder from its open deadlines. */
    public List<Entry> project(ProcessEngine engine, String caseId) {
        return project(engine.getTaskService(), engine.getRuntimeService(), caseId);
    }

    private List<Entry> project(TaskService taskService, RuntimeService runtime, String caseId) {
        List<Entry> entries = running(taskService, runtime, caseId);
        cases.setProperties(caseId, properties(entries, deadlines.zone()));
        return entries;
    }

    /** The case folder's properties for {@code entries} (earliest first); null next when none runs. */
    public static Map<String, Object> properties(List<Entry> entries, ZoneId zone) {
        List<String> running = new ArrayList<>();
        boolean provisional = false;
        for (Entry e : entries) {
            running.add(line(e, zone));
            provisional |= e.provisional();
        }
        return ModelProperties.create()
                .put(SanxiangModel.PROP_RUNNING_DEADLINES, running)
                .put(SanxiangModel.PROP_NEXT_DEADLINE, entries.isEmpty() ? null : entries.get(0).dueAt())
                .put(SanxiangModel.PROP_NEXT_DEADLINE_KIND, entries.isEmpty() ? null : entries.get(0).kind())
                .put(SanxiangModel.PROP_DEADLINES_PROVISIONAL, provisional)
                .toMap();
    }

    /** An entry as {@code sx:runningDeadlines} lists it. */
    static String line(Entry e, ZoneId zone) {
        return e.kind() + "|" + e.dueAt().toInstant().atZone(zone).toOffsetDateTime() + "|" + e.citation();
    }

    /** An entry {@link #line} listed; its provisional flag is the folder's, which lists none per entry. */
    static Entry entry(String line, boolean provisional) {
        String[] parts = line.split("\\|", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a running deadline is kind|due|citation, got " + line);
        }
        return new Entry(parts[0], Date.from(OffsetDateTime.parse(parts[1]).toInstant()), parts[2], provisional);
    }

    /**
     * The folder's projection with {@code changes} applied, or empty when they cannot be applied to what it
     * shows and the projection must be rewritten from the truth.
     */
    private Optional<List<Entry>> applied(String caseId, Changes changes) {
        if (changes.full) {
            return Optional.empty();
        }
        Map<String, Object> folder = changes.folder = cases.facts(caseId).properties();
        boolean provisional = Boolean.TRUE.equals(folder.get(SanxiangModel.PROP_DEADLINES_PROVISIONAL.toPrefixString()));
        List<String> lines = new ArrayList<>();
        if (folder.get(SanxiangModel.PROP_RUNNING_DEADLINES.toPrefixString()) instanceof Collection<?> listed) {
            listed.forEach(line -> lines.add(String.valueOf(line)));
        }
        List<Entry> entries = new ArrayList<>();
        try {
            for (String line : lines) {
                entries.add(entry(line, provisional));
            }
        } catch (RuntimeException unreadable) {
            return Optional.empty(); // not a list this class wrote: the truth replaces it
        }
        int added = 0;
        int removed = 0;
        for (boolean add : changes.order) {
            if (add) {
                entries.add(changes.added.get(added++));
                continue;
            }
            Entry gone = changes.removed.get(removed++);
            String goneLine = line(gone, deadlines.zone());
            int at = -1;
            for (int i = 0; i < entries.size() && at < 0; i++) {
                at = line(entries.get(i), deadlines.zone()).equals(goneLine) ? i : -1;
            }
            if (at < 0 || entries.get(at).provisional()) {
                return Optional.empty(); // not listed (a stale projection), or the others' flag is unknown
            }
            entries.remove(at);
        }
        entries.sort(ORDER);
        return Optional.of(entries);
    }

    @Override
    protected void notify(StepContext step) {
        if (step.scope().hasVariable(WorkflowVariables.REPORT_KEY)) {
            return; // a bureau's annual report: no case folder to project onto
        }
        // a process that ends normally completed its listed tasks (each took its entry away); one cancelled
        // may leave tasks open that no listener saw end: their entries go by rewriting from the truth
        if (step.execution() instanceof ExecutionEntity e && e.getProcessInstance().getDeleteReason() != null) {
            changes(locator.caseId(step.scope())).full = true;
        }
    }

    /** User task {@code task} starts: its deadline, if it has a counted one and a kind, joins the case's. */
    public void taskStarted(DelegateTask task) {
        // read through the execution: a new task has no variables of its own, and asking it would query them
        DelegateExecution execution = task.getExecution();
        if (execution.hasVariable(WorkflowVariables.REPORT_KEY)) {
            return; // a bureau's annual report: its deadlines are its tasks' due dates, on the board, not on a case
        }
        Changes changes = changes(caseOf(execution));
        entry(task.getTaskDefinitionKey(), execution).ifPresent(e -> {
            changes.added.add(e);
            changes.order.add(true);
        });
    }

    /** User task {@code task} completes: its deadline leaves the case's. */
    public void taskEnded(DelegateTask task) {
        if (task.hasVariable(WorkflowVariables.REPORT_KEY)) {
            return;
        }
        Changes changes = changes(caseOf(task));
        entry(task.getTaskDefinitionKey(), task).ifPresent(e -> {
            changes.removed.add(e);
            changes.order.add(false);
        });
    }

    /** The entry of task {@code key} if the table lists it and its deadline is counted (a Date), from the variables it sees. */
    private Optional<Entry> entry(String key, VariableScope variables) {
        String kind = kindByTask.get(key);
        if (kind == null || !(variables.getVariable(WorkflowVariables.dueAt(key)) instanceof Date due)) {
            return Optional.empty(); // no kind on the folder, or "promptly" / no limit: nothing counted to show
        }
        Object stored = variables.getVariable(WorkflowVariables.deadline(key));
        boolean provisional = stored instanceof String s && deadlines.recount(s).provisional();
        return Optional.of(new Entry(kind, due, TaskDeadlines.citation(stored, () -> variables.getVariable(WorkflowVariables.citation(key))),
                provisional));
    }

    /**
     * The case of {@code scope}. Makes sure the process carries {@code sx_caseId} (in Alfresco the case
     * travels in bpm_package), so that a rewrite from the truth by the case variable finds it.
     */
    private String caseOf(VariableScope scope) {
        String caseId = locator.caseId(scope);
        if (!caseId.equals(scope.getVariable(WorkflowVariables.CASE_ID))) {
            scope.setVariable(WorkflowVariables.CASE_ID, caseId);
        }
        return caseId;
    }

    /**
     * The changes to case {@code caseId}'s projection in the current transaction; the first one registers
     * their application once the transaction commits (once per case and transaction).
     */
    private Changes changes(String caseId) {
        CommandContext context = Context.getCommandContext();
        @SuppressWarnings("unchecked")
        Map<String, Changes> pending = (Map<String, Changes>) context.getAttribute(PENDING);
        if (pending == null) {
            Map<String, Changes> cases = new LinkedHashMap<>();
            pending = cases;
            context.addAttribute(PENDING, cases);
            ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
            context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> {
                cases.forEach((id, changes) -> {
                    try {
                        engine.getManagementService().executeCommand(new CommandConfig().transactionRequiresNew(),
                                c -> write(engine, id, changes));
                    } catch (RuntimeException e) {
                        // the workflow step is committed; a stale projection is repaired by the next change
                        LOG.warn("could not project the running deadlines of case {}: {}", id, e.toString(), e);
                    }
                });
            });
        }
        return pending.computeIfAbsent(caseId, id -> new Changes());
    }

    /** Whether the folder shows {@code properties} already (a list it never had is written, even empty). */
    private static boolean shows(Map<String, Object> folder, Map<String, Object> properties) {
        for (Map.Entry<String, Object> p : properties.entrySet()) {
            Object shown = folder.get(p.getKey());
            boolean same = p.getValue() instanceof Collection<?> list
                    ? shown instanceof Collection<?> listed && new ArrayList<>(listed).equals(new ArrayList<>(list))
                    : Objects.equals(shown, p.getValue());
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private List<Entry> write(ProcessEngineConfigurationImpl engine, String caseId, Changes changes) {
        Optional<List<Entry>> applied = applied(caseId, changes);
        if (applied.isEmpty()) {
            return project(engine.getTaskService(), engine.getRuntimeService(), caseId);
        }
        Map<String, Object> properties = properties(applied.get(), deadlines.zone());
        if (!shows(changes.folder, properties)) {
            cases.setProperties(caseId, properties); // a task without a listed deadline changes nothing shown
        }
        return applied.get();
    }
}
