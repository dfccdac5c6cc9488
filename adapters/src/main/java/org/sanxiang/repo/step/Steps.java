package org.sanxiang.repo.step;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.activiti.engine.impl.cfg.TransactionState;
import org.activiti.engine.impl.context.Context;
import org.activiti.engine.impl.interceptor.CommandContext;
import org.activiti.engine.impl.persistence.entity.ExecutionEntity;
import org.sanxiang.repo.step.StepJournal.Kind;
import org.sanxiang.repo.step.StepJournal.Pending;
import org.sanxiang.repo.step.StepJournal.Write;
import org.sanxiang.workflow.port.CaseRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of one runtime: which step runs on this thread, the journal of its writes, the case locks,
 * and settling — finishing a step whose commit marker exists, undoing any other. A step is opened by
 * the outermost engine command ({@link StepInterceptor}) or by a service call ({@link #run}); it is
 * journaled from its first repository write, which {@link JournalingCaseRepository} makes.
 *
 * <p>Settling is idempotent (a delete of what is gone, a restore of values already restored), so a
 * crash while settling only means settling again: at start-up ({@link #recoverAll()}, before the engine
 * and the API run) or by the sweeper, which also retries steps whose settling failed and logs an error
 * for a step older than the stuck limit.
 */
public final class Steps implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Steps.class);
    /** In a create's journaled before-values: when it was about to be made (repository clock). */
    static final String SINCE = "since";
    /** In a create's journaled before-values: the case folder had a document of its name before the step. */
    static final String EXISTED = "existed";

    /** A step in flight on this thread. */
    static final class Step {
        final String id = java.util.UUID.randomUUID().toString();
        final Instant startedAt;
        String origin;
        String caseId;
        boolean journaled;
        int seq;
        int points;
        boolean abandoned;
        final List<String> locked = new ArrayList<>();
        final Set<CommandContext> marked = Collections.newSetFromMap(new IdentityHashMap<>());
        /** The step this one interrupts (a command in a transaction of its own inside another), or null. */
        Step outer;

        Step(String origin, Instant startedAt) {
            this.origin = origin;
            this.startedAt = startedAt;
        }
    }

    /** A write as a test sees it, after it reached the repository. */
    public record Written(String stepId, String origin, Kind kind, String nodeId, String name, Map<String, Object> values) {
    }

    private final StepJournal journal;
    private final CaseRepository target;
    private final StepNodes nodes;
    private final Clock clock;
    private final CaseLocks locks;
    private final Duration stuckAfter;
    private final boolean enabled;
    private final boolean undoing = undoing();
    private final boolean locking = !switchedOff("no-locks");
    private final ThreadLocal<Step> current = new ThreadLocal<>();
    private final ThreadLocal<String> label = new ThreadLocal<>();
    /** When the operation on this thread began, on {@link #writes}' clock; null outside {@link #operation}. */
    private final ThreadLocal<long[]> operationStart = new ThreadLocal<>();
    /** Counts the steps that wrote to a case; a case's last one is in {@link #lastWrite}. */
    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();
    /** By case: when a step last wrote to it (on {@link #writes}' clock) and on which thread. */
    private final Map<String, long[]> lastWrite = new ConcurrentHashMap<>();
    private final Set<String> unsettledCases = ConcurrentHashMap.newKeySet();
    private final Set<String> reportedStuck = ConcurrentHashMap.newKeySet();
    private volatile StepFaults faults = StepFaults.fromSystemProperties();
    private volatile Consumer<Written> observer;
    private ScheduledExecutorService sweeper;

    /**
     * @param target the repository the journaled writes go to, and the undo's writes
     * @param clock  the journal's clock; a create is dated on it against the repository's creation dates, so it must
     *               be the repository's (see {@link StepNodes#createdAt})
     * @param enabled false runs without the mechanism (no journal, no case locks): for the benchmark's
     *        baseline and to show the tests fail without it; {@code -Dsanxiang.steps=off}
     */
    public Steps(StepJournal journal, CaseRepository target, StepNodes nodes, Clock clock, Duration lockWait,
            Duration stuckAfter, boolean enabled) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.target = Objects.requireNonNull(target, "target");
        this.nodes = Objects.requireNonNull(nodes, "nodes");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.locks = new CaseLocks(lockWait.toMillis());
        this.stuckAfter = Objects.requireNonNull(stuckAfter, "stuckAfter");
        this.enabled = enabled;
    }

    /** Whether the mechanism is on (it is unless {@code -Dsanxiang.steps=off}). */
    public static boolean enabledBySystemProperty() {
        return !switchedOff("off");
    }

    /**
     * Whether one part of the mechanism is switched off under the tests, to show that they fail without it:
     * {@code -Dsanxiang.steps=} a comma-separated list of {@code no-undo} (steps are journaled and pass their
     * fault points, but are neither undone nor finished), {@code no-locks} (steps take no case locks),
     * {@code no-start-refusal} (a second start for a case and trigger is not refused) and
     * {@code no-channel-idempotence} (the disclosure channel accepts a withdrawal or take-down again as new);
     * {@code off} is the whole mechanism (the benchmark's baseline).
     */
    public static boolean switchedOff(String part) {
        for (String s : System.getProperty("sanxiang.steps", "on").split(",")) {
            if (s.strip().equalsIgnoreCase(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean undoing() {
        return !switchedOff("no-undo");
    }

    public boolean enabled() {
        return enabled;
    }

    /** For the fault-injection tests. */
    public void faults(StepFaults faults) {
        this.faults = faults == null ? StepFaults.NONE : faults;
    }

    /** For the fault-injection tests: told of every journaled write once it reached the repository. */
    public void observe(Consumer<Written> observer) {
        this.observer = observer;
    }

    CaseRepository target() {
        return target;
    }

    /** The repository as the journal reads it (for the fault-injection tests' checks). */
    public StepNodes nodes() {
        return nodes;
    }

    // ---- scopes

    /**
     * Runs one operation of the service (its checks, its engine commands, its answer) as the repository's
     * step: what it reads of the repository is read once ({@code readScope}, the repository's step cache),
     * and whatever it writes is journaled in the steps it runs. When the operation takes a case that a step
     * on another thread wrote to since the operation began, what it read before is dropped
     * ({@link StepNodes#readsMayBeStale()}), so the journal's before-values and the delegates' reads are
     * the case as it is under the lock. Nested operations join the outer one.
     */
    public <T> T operation(java.util.function.UnaryOperator<Supplier<T>> readScope, Supplier<T> body) {
        if (operationStart.get() != null) {
            return body.get();
        }
        operationStart.set(new long[] {writes.get()});
        try {
            return readScope.apply(body).get();
        } finally {
            operationStart.remove();
        }
    }

    /** The case is taken by this thread: drops the operation's reads if another thread's step wrote it since they were made. */
    private void taken(String caseId) {
        long[] start = operationStart.get();
        long[] last = start == null ? null : lastWrite.get(caseId);
        if (last != null && last[0] > start[0] && last[1] != Thread.currentThread().getId()) {
            start[0] = writes.get(); // every read from now on is newer than what it drops
            nodes.readsMayBeStale();
        }
    }

    /** Names the step that writes next on this thread (e.g. "complete task 42 (archive) by archivist1"); null clears it. */
    public void label(String origin) {
        if (origin == null) {
            label.remove();
        } else {
            label.set(origin);
        }
    }

    /** Opens a step on this thread, or null when one is open already (the outer one covers this). */
    Step open(String fallbackOrigin) {
        if (!enabled || current.get() != null) {
            return null;
        }
        Step step = new Step(fallbackOrigin, clock.instant());
        current.set(step);
        return step;
    }

    /**
     * Opens a step for a command that runs in a transaction of its own (REQUIRES_NEW) inside another
     * step, such as the projection of a case's deadlines after a step has committed: its own transaction,
     * so its own step, named after the step it follows.
     */
    Step openNested(String fallbackOrigin) {
        Step outer = current.get();
        if (!enabled || outer == null) {
            return open(fallbackOrigin);
        }
        Step step = new Step(fallbackOrigin, clock.instant());
        step.outer = outer;
        current.set(step);
        return step;
    }

    /** Closes the step opened by {@link #open}: settles it when it wrote, then lets its cases go. */
    void close(Step step, Throwable failure) {
        if (step.outer != null) {
            current.set(step.outer);
        } else {
            current.remove();
        }
        try {
            if (step.journaled && !step.abandoned) {
                if (failure == null) {
                    try {
                        point(step, "settle");
                    } catch (StepFaults.Crash crash) {
                        // a test's crash after the commit: the answer stands, the journal waits for recoverAll
                        return;
                    }
                }
                settleQuietly(step.id, step.caseId);
            }
        } finally {
            if (step.journaled && step.caseId != null) {
                lastWrite.put(step.caseId, new long[] {writes.incrementAndGet(), Thread.currentThread().getId()});
            }
            for (int i = step.locked.size() - 1; i >= 0; i--) {
                locks.unlock(step.locked.get(i));
            }
            step.locked.clear();
        }
    }

    /** The step open on this thread; a write outside any step is a programming error. */
    Step requireStep() {
        Step step = current.get();
        if (step == null) {
            throw new IllegalStateException("a repository write outside a step: run it in an engine command or in Steps.run");
        }
        return step;
    }

    /**
     * Runs a call that is not an engine command as one step on a case (an upload and its findings, a
     * change of a case's properties): it takes effect wholly or is undone, as a command's step.
     */
    public <T> T run(String caseId, String origin, Supplier<T> body) {
        Step step = open(origin);
        if (step == null) {
            return body.get();
        }
        Throwable failure = null;
        try {
            lock(step, caseId);
            T result = body.get();
            if (step.journaled) {
                point(step, "commit");
                journal.mark(step.id, clock.instant());
            }
            return result;
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            close(step, failure);
        }
    }

    /**
     * Runs {@code body} holding the case: steps on the case wait until it returns. A completion takes it
     * before it looks at the task again, so of parallel completions one runs and the others find the task
     * completed.
     */
    public <T> T onCase(String caseId, Supplier<T> body) {
        if (!enabled || !locking || caseId == null) {
            return body.get();
        }
        locks.lock(caseId);
        try {
            taken(caseId);
            return body.get();
        } finally {
            locks.unlock(caseId);
        }
    }

    // ---- journaling, for JournalingCaseRepository

    /**
     * Takes the case for the step; returns whether this thread held it already (so what it read of the
     * case before calling is still current).
     */
    boolean lock(Step step, String caseId) {
        if (caseId == null) {
            return true;
        }
        if (step.locked.contains(caseId) || !locking) {
            return true;
        }
        boolean held = locks.heldByThisThread(caseId);
        locks.lock(caseId);
        step.locked.add(caseId);
        taken(caseId);
        if (unsettledCases.contains(caseId)) {
            recover(caseId);
            if (unsettledCases.contains(caseId)) {
                throw new CaseBusyException("case " + caseId + " has a step awaiting reconciliation (see GET /api/health); "
                        + "try again when it is settled");
            }
        }
        return held;
    }

    /** Records a write before it is made; returns its sequence number in the step. */
    int journal(Step step, Kind kind, String caseId, String nodeId, String name, String aspect, String before) {
        if (!step.journaled) {
            step.caseId = caseId;
            step.origin = describe(origin(step));
            journal.begin(step.id, step.origin, caseId, step.startedAt);
            step.journaled = true;
        }
        markOnCommit(step);
        int seq = ++step.seq;
        journal.write(new Write(step.id, seq, kind, caseId, nodeId, name, aspect, before, null));
        return seq;
    }

    /**
     * What undoing a create needs, journaled before it is made: when it was about to be made, on the repository's
     * clock. No listing of the case folder: a name taken before the step is the repository's refusal of the create,
     * recorded by {@link #refused}; a document of the name created since is the step's (see {@link #undo}).
     */
    String creating() {
        Map<String, Object> before = new java.util.HashMap<>();
        before.put(SINCE, new java.util.Date(clock.millis()));
        return TypedValues.encode(before);
    }

    /**
     * A create failed: if the repository refused it because the case folder had a document of that name, the
     * journal records that the document was there before the step (so undoing the step leaves it), before the
     * failure goes on. A point precedes the record, where a test kills the step as between the refusal and it.
     *
     * @param seqs the journaled creates of the failed call, by name
     */
    void refused(Step step, Throwable failure, Map<String, Integer> seqs) {
        java.util.Optional<String> taken = nodes.takenName(failure);
        if (taken.isEmpty() || !seqs.containsKey(taken.get())) {
            return;
        }
        point(step, "refused");
        Map<String, Object> before = new java.util.HashMap<>();
        before.put(EXISTED, true);
        journal.before(step.id, seqs.get(taken.get()), TypedValues.encode(before));
    }

    /** After a write reached the repository: records its result (a created node's id), passes a fault point. */
    void written(Step step, int seq, Kind kind, String nodeId, String name, Map<String, Object> values, boolean recordResult) {
        point(step, "write");
        if (recordResult) {
            journal.result(step.id, seq, nodeId);
        }
        Consumer<Written> o = observer;
        if (o != null) {
            o.accept(new Written(step.id, step.origin, kind, nodeId, name, values));
        }
    }

    /** The marker goes into the engine's transaction of the command that writes (once per transaction). */
    private void markOnCommit(Step step) {
        CommandContext context;
        try {
            context = Context.getCommandContext();
        } catch (RuntimeException none) {
            context = null;
        }
        if (context == null || !step.marked.add(context)) {
            return; // a service step: run() inserts the marker
        }
        context.getTransactionContext().addTransactionListener(TransactionState.COMMITTING, cc -> {
            point(step, "commit");
            try {
                Connection c = cc.getDbSqlSession().getSqlSession().getConnection();
                StepJournal.mark(c, step.id, clock.instant());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("step journal: cannot mark step " + step.id + " committed: " + e.getMessage(), e);
            }
            // committed with the engine's changes even when the command changed nothing else in the engine
            cc.getDbSqlSession().getSqlSession().commit(true);
        });
    }

    private void point(Step step, String next) {
        int point = ++step.points;
        try {
            faults.at(step.origin, point, next);
        } catch (StepFaults.Crash crash) {
            step.abandoned = true;
            throw crash;
        }
    }

    /**
     * The step's name, fixed at its first write: the label the service gave the thread (the engine also
     * runs read-only commands under it, which never write and so never take it), else the command; a step
     * in a transaction of its own is named after the step it follows.
     */
    private String origin(Step step) {
        String named = label.get();
        if (step.outer != null) {
            String outer = step.outer.journaled || named == null ? step.outer.origin : named;
            return "after " + outer + ": " + step.origin;
        }
        return named != null ? named : step.origin;
    }

    private static String describe(String origin) {
        try {
            if (Context.isExecutionContextActive()) {
                ExecutionEntity e = Context.getExecutionContext().getExecution();
                return origin + " at " + e.getActivityId() + " of process " + e.getProcessInstanceId();
            }
        } catch (RuntimeException ignored) {
            // no execution: the origin alone
        }
        return origin;
    }

    // ---- settling

    private void settleQuietly(String stepId, String caseId) {
        try {
            settle(stepId);
            if (caseId != null) {
                unsettledCases.remove(caseId);
            }
        } catch (RuntimeException e) {
            if (caseId != null) {
                unsettledCases.add(caseId);
            }
            LOG.error("step {} on case {} could not be settled; it is retried: {}", stepId, caseId, e.toString());
            try {
                journal.unsettled(stepId, e.toString());
            } catch (RuntimeException again) {
                e.addSuppressed(again);
            }
        }
    }

    /** Finishes a committed step (its deferred deletes) or undoes one that did not commit; then forgets it. */
    private void settle(String stepId) {
        List<Write> writes = journal.writes(stepId);
        if (!undoing) {
            journal.forget(stepId);
            return;
        }
        if (journal.committed(stepId)) {
            for (Write w : writes) {
                if (w.kind() == Kind.DELETE) {
                    nodes.delete(w.nodeId());
                }
            }
        } else {
            for (int i = writes.size() - 1; i >= 0; i--) {
                undo(writes.get(i));
            }
        }
        journal.forget(stepId);
    }

    private void undo(Write w) {
        Map<String, Object> before = TypedValues.decode(w.before());
        switch (w.kind()) {
            case CREATE -> {
                String id = w.resultId();
                if (id == null && !Boolean.TRUE.equals(before.get(EXISTED))) {
                    id = nodes.documentNamed(w.caseId(), w.name()).filter(d -> madeSince(before, d)).orElse(null);
                }
                if (id != null) {
                    nodes.delete(id);
                }
            }
            case UPDATE -> ifPresent(w, () -> target.setProperties(w.nodeId(), before));
            case ADD_ASPECT -> ifPresent(w, () -> {
                if (Boolean.TRUE.equals(before.remove("@had"))) {
                    if (!before.isEmpty()) {
                        target.setProperties(w.nodeId(), before);
                    }
                } else {
                    target.removeAspect(w.nodeId(), w.aspect());
                }
            });
            case REMOVE_ASPECT -> ifPresent(w, () -> {
                if (Boolean.TRUE.equals(before.remove("@had"))) {
                    before.values().removeIf(Objects::isNull);
                    target.addAspect(w.nodeId(), w.aspect(), before);
                }
            });
            case DELETE -> {
                // deferred to the commit: nothing happened
            }
        }
    }

    /**
     * Whether the document of a create's name, found when its id never came back, is the step's: the repository
     * dated it no earlier than the journal's record of the create. One that was there before is older (the
     * repository refused the step's create). An entry journaled with a listing's {@code existed: false} (before
     * {@link #SINCE}) names a document the step made.
     */
    private boolean madeSince(Map<String, Object> before, String documentId) {
        if (!(before.get(SINCE) instanceof java.util.Date since)) {
            return before.containsKey(EXISTED);
        }
        Instant created = nodes.createdAt(documentId);
        return created != null && !created.isBefore(since.toInstant());
    }

    /** Undoes a change of a node unless the node is gone (then there is nothing to restore). */
    private void ifPresent(Write w, Runnable undo) {
        try {
            nodes.state(w.nodeId());
        } catch (IllegalArgumentException gone) {
            return;
        }
        undo.run();
    }

    /** Settles every step a crash left (at start-up, before the engine and the API run); returns how many. */
    public int recoverAll() {
        int n = 0;
        for (Pending p : journal.pending()) {
            settleQuietly(p.stepId(), p.caseId());
            n++;
        }
        return n;
    }

    private void recover(String caseId) {
        boolean left = false;
        for (Pending p : journal.pending()) {
            if (caseId.equals(p.caseId()) && "unsettled".equals(p.state())) {
                settleQuietly(p.stepId(), caseId);
                left |= unsettledCases.contains(caseId);
            }
        }
        if (!left) {
            unsettledCases.remove(caseId);
        }
    }

    /** The steps awaiting settlement (in flight, or left by a failure), oldest first. */
    public List<Pending> pending() {
        return journal.pending();
    }

    /** Starts the sweeper: settles again what failed to settle, and logs steps stuck longer than the limit. */
    public void startSweeper(Duration every) {
        if (!enabled || sweeper != null) {
            return;
        }
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sanxiang-steps");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void sweep() {
        try {
            Instant now = clock.instant();
            for (Pending p : journal.pending()) {
                if ("unsettled".equals(p.state())) {
                    settleQuietly(p.stepId(), p.caseId());
                }
            }
            for (Pending p : journal.pending()) {
                if (Duration.between(p.startedAt(), now).compareTo(stuckAfter) > 0 && reportedStuck.add(p.stepId())) {
                    LOG.error("step {} ({}) on case {} is stuck: started {} ago, {} writes, {}", p.stepId(), p.origin(),
                            p.caseId(), Duration.between(p.startedAt(), now).withNanos(0), p.writes(),
                            p.committed() ? "committed, not finished" : "not committed");
                }
            }
        } catch (RuntimeException e) {
            LOG.error("step sweeper: {}", e.toString());
        }
    }

    @Override
    public void close() {
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
        journal.close();
    }
}
