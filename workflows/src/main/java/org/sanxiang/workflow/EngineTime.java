package org.sanxiang.workflow;

import java.time.Instant;

import org.activiti.engine.impl.context.Context;

/**
 * "Now" as the engine sees it: the engine clock (which tests move), not the system clock, so
 * deadlines computed by delegates and the timers that fire on them agree.
 */
public final class EngineTime {

    private EngineTime() {
    }

    /** The engine's current time; only inside a command (delegates, listeners). */
    public static Instant now() {
        if (Context.getProcessEngineConfiguration() == null) {
            throw new IllegalStateException("EngineTime.now() is only available while the engine runs a command");
        }
        return Context.getProcessEngineConfiguration().getClock().getCurrentTime().toInstant();
    }
}
