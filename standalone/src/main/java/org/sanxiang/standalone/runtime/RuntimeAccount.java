package org.sanxiang.standalone.runtime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Objects;
import java.util.function.Supplier;

import org.activiti.engine.impl.interceptor.AbstractCommandInterceptor;
import org.activiti.engine.impl.interceptor.Command;
import org.activiti.engine.impl.interceptor.CommandConfig;
import org.sanxiang.repo.cmis.CmisCaseRepository;

/**
 * What runs as the runtime's own account although a caller's session is bound (connected mode,
 * {@link CallerSessions}): the processes' steps, as Alfresco's workflow runs its scripts as the system, and
 * the step journal's undo, which must be able to remove what any step wrote. Their reads are kept apart from
 * the caller's ({@link CmisCaseRepository#apart}). Where no caller is bound (the sandbox, the job executor)
 * everything runs as it is.
 */
final class RuntimeAccount {

    private final CmisCaseRepository cmis;

    RuntimeAccount(CmisCaseRepository cmis) {
        this.cmis = Objects.requireNonNull(cmis, "cmis");
    }

    <T> T run(Supplier<T> work) {
        if (!CallerSessions.callerBound()) {
            return work.get();
        }
        return CallerSessions.asRuntime(() -> cmis.apart(work));
    }

    /** {@code target} with every call {@link #run} as the runtime. */
    <T> T proxy(Class<T> type, T target) {
        Objects.requireNonNull(target, "target");
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            try {
                return run(() -> {
                    try {
                        return method.invoke(target, args);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    } catch (InvocationTargetException e) {
                        throw new Thrown(e.getCause());
                    }
                });
            } catch (Thrown t) {
                throw t.getCause();
            }
        }));
    }

    /** Every engine command as the runtime: a task completed in a caller's request runs its process steps as the runtime. */
    AbstractCommandInterceptor interceptor() {
        return new AbstractCommandInterceptor() {
            @Override
            public <T> T execute(CommandConfig config, Command<T> command) {
                return run(() -> next.execute(config, command));
            }
        };
    }

    /** Carries a target's exception through {@link #run}'s supplier. */
    private static final class Thrown extends RuntimeException {
        Thrown(Throwable cause) {
            super(cause);
        }
    }
}
