package org.sanxiang.repo.step;

import java.util.Objects;

import org.activiti.engine.impl.cfg.TransactionPropagation;
import org.activiti.engine.impl.cmd.ExecuteJobsCmd;
import org.activiti.engine.impl.interceptor.AbstractCommandInterceptor;
import org.activiti.engine.impl.interceptor.Command;
import org.activiti.engine.impl.interceptor.CommandConfig;

/**
 * Makes every outermost engine command a step: a task's completion, a process start, a timer's or an
 * async job's execution. Installed before the engine's own interceptors
 * ({@code setCustomPreCommandInterceptors}), so it wraps the command context: by the time the command
 * returns here its transaction has committed or rolled back, and whether the step's marker is in the
 * database says which. Nested commands (a delegate calling a service) belong to the outer step, unless
 * they run in a transaction of their own.
 */
public final class StepInterceptor extends AbstractCommandInterceptor {

    private final Steps steps;

    public StepInterceptor(Steps steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    @Override
    public <T> T execute(CommandConfig config, Command<T> command) {
        // a transaction of its own is a step of its own, even inside another step
        Steps.Step step = config.getTransactionPropagation() == TransactionPropagation.REQUIRES_NEW
                ? steps.openNested(origin(command)) : steps.open(origin(command));
        if (step == null) {
            return next.execute(config, command);
        }
        Throwable failure = null;
        try {
            return next.execute(config, command);
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            steps.close(step, failure);
        }
    }

    private static String origin(Command<?> command) {
        if (command instanceof ExecuteJobsCmd job) {
            return "job " + job.getJobId();
        }
        String name = command.getClass().getSimpleName();
        return name.isEmpty() ? command.getClass().getName() : name;
    }
}
