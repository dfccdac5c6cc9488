package org.sanxiang.workflow.task;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.RuntimeService;
import org.activiti.engine.TaskService;
import org.activiti.engine.delegate.VariableScope;
import org.activiti.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.activiti.engine.impl.cfg.TransactionState;
import org.activiti.engine.impl.context.Context;
import org.activiti.engine.impl.interceptor.CommandConfig;
import org.activiti.engine.impl.interceptor.CommandContext;
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
 * which the deadlines web script and dashlet read. The projection is always rewritten from the truth:
 * the open user tasks of every running process instance of the case ({@code sx_caseId}) whose key
 * the task → deadline-kind table lists (given by the wiring), with the due date their execution sees. One task query, one
 * variable read per listed task, one {@code setProperties}; idempotent.
 *
 * <p>Bean {@code sxCaseDeadlines}: the end listener of every process (normal end and cancellation);
 * {@link DueDateTaskListener} (create) and {@link OutcomeTaskListener} (complete) call
 * {@link #refresh}, {@link RecomputeDeadlines} calls {@link #project} for the cases whose
 * deadlines it recounted. Inside a command the task table is not flushed yet, so the projection runs
 * after the transaction commits, in a new one, once per case per transaction.
 */
public final class CaseDeadlines extends SxExecutionListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CaseDeadlines.class);
    private static final String PENDING = CaseDeadlines.class.getName() + ".pending";

    /** One running deadline of a case. */
    public record Entry(String kind, Date dueAt, String citation, boolean provisional) {
    }

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
            Object citation = v.get(WorkflowVariables.citation(key));
            entries.add(new Entry(kind.get(), due, citation == null ? "" : citation.toString(), provisional));
        }
        entries.sort(Comparator.comparing(Entry::dueAt).thenComparing(Entry::kind));
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
            running.add(e.kind() + "|" + e.dueAt().toInstant().atZone(zone).toOffsetDateTime() + "|" + e.citation());
            provisional |= e.provisional();
        }
        return ModelProperties.create()
                .put(SanxiangModel.PROP_RUNNING_DEADLINES, running)
                .put(SanxiangModel.PROP_NEXT_DEADLINE, entries.isEmpty() ? null : entries.get(0).dueAt())
                .put(SanxiangModel.PROP_NEXT_DEADLINE_KIND, entries.isEmpty() ? null : entries.get(0).kind())
                .put(SanxiangModel.PROP_DEADLINES_PROVISIONAL, provisional)
                .toMap();
    }

    @Override
    protected void notify(StepContext step) {
        if (step.scope().hasVariable(WorkflowVariables.REPORT_KEY)) {
            return; // a bureau's annual report: no case folder to project onto
        }
        // the process is ending: no variable is set on it, it only needs to drop out of the projection
        afterCommit(locator.caseId(step.scope()));
    }

    /**
     * Projects the case of {@code scope} once the current transaction commits. Makes sure the process
     * carries {@code sx_caseId} (in Alfresco the case travels in bpm_package), so the query finds it.
     */
    public void refresh(VariableScope scope) {
        if (scope.hasVariable(WorkflowVariables.REPORT_KEY)) {
            return; // a bureau's annual report: its deadlines are its tasks' due dates, on the board, not on a case
        }
        String caseId = locator.caseId(scope);
        if (!caseId.equals(scope.getVariable(WorkflowVariables.CASE_ID))) {
            scope.setVariable(WorkflowVariables.CASE_ID, caseId);
        }
        afterCommit(caseId);
    }

    /** Projects case {@code caseId} once the current transaction commits (once per case and transaction). */
    private void afterCommit(String caseId) {
        CommandContext context = Context.getCommandContext();
        @SuppressWarnings("unchecked")
        Set<String> pending = (Set<String>) context.getAttribute(PENDING);
        if (pending != null) {
            pending.add(caseId);
            return;
        }
        Set<String> cases = new LinkedHashSet<>();
        cases.add(caseId);
        context.addAttribute(PENDING, cases);
        ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
        context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> {
            for (String id : cases) {
                try {
                    engine.getManagementService().executeCommand(new CommandConfig().transactionRequiresNew(),
                            c -> project(engine.getTaskService(), engine.getRuntimeService(), id));
                } catch (RuntimeException e) {
                    // the workflow step is committed; a stale projection is repaired by the next change
                    LOG.warn("could not project the running deadlines of case {}: {}", id, e.toString(), e);
                }
            }
        });
    }

}
