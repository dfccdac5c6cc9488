package org.sanxiang.workflow.engine;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.runtime.Job;

/**
 * A real Activiti engine on a test database, with the job executor off: tests move the engine
 * clock and fire the timers that are due, so timing is deterministic. {@link #restart()} closes
 * the engine and builds a new one on the same database, as after a server restart.
 *
 * <p>Activiti's clock is JVM-wide (a static in DefaultClockImpl); {@link #close()} resets it.
 */
public final class EngineHarness implements AutoCloseable {

    private static final AtomicInteger ENGINES = new AtomicInteger();

    private final TestDatabase database;
    private final Map<String, ?> beans;
    private ProcessEngine engine;
    private Instant now;

    public EngineHarness(TestDatabase database, Map<String, ?> beans) {
        this.database = database;
        this.beans = beans;
        this.engine = build();
    }

    private ProcessEngine build() {
        ProcessEngine built = SxProcessEngines.forDatabase(database.jdbcUrl())
                .name("sx-test-" + database.kind() + "-" + ENGINES.incrementAndGet())
                .credentials(database.user(), database.password())
                .jobExecutor(false)
                .beans(beans)
                .build();
        if (now != null) {
            built.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(now));
        }
        return built;
    }

    public ProcessEngine engine() {
        return engine;
    }

    /** Sets the engine clock (timers compare their due dates to it). */
    public void setClock(Instant instant) {
        this.now = instant;
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(instant));
    }

    public Instant clock() {
        return engine.getProcessEngineConfiguration().getClock().getCurrentTime().toInstant();
    }

    /** Moves the clock to {@code instant} and executes every timer due by then; returns how many fired. */
    public int moveClockAndFireTimers(Instant instant) {
        setClock(instant);
        int fired = 0;
        // firing a timer may create another timer that is due already; loop until none is due
        for (int round = 0; round < 100; round++) {
            List<Job> due = engine.getManagementService().createJobQuery().timers().executable().list();
            if (due.isEmpty()) {
                return fired;
            }
            for (Job job : due) {
                engine.getManagementService().executeJob(job.getId());
                fired++;
            }
        }
        throw new IllegalStateException("timers keep coming due: a loop in a process?");
    }

    /** Closes this engine and builds a new one on the same database. */
    public ProcessEngine restart() {
        engine.close();
        engine = build();
        return engine;
    }

    @Override
    public void close() {
        try {
            engine.close();
            engine.getProcessEngineConfiguration().getClock().reset();
        } finally {
            database.close();
        }
    }
}
