package org.sanxiang.standalone.runtime;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.chemistry.opencmis.client.api.Session;
import org.sanxiang.repo.cmis.CmisEndpoint;
import org.sanxiang.standalone.auth.CredentialDigest;

/**
 * Connected mode: each caller acts in the repository through a CMIS session of its own, so the repository's
 * permissions apply to what the caller does, as they would in Share (docs/architecture.md, "Who acts in the
 * repository"). {@link #session()} is the one session the runtime's repository code holds: a proxy that sends
 * each call to the session bound to the calling thread by {@link #as}, and to the runtime's own session where
 * none is (the job executor, start-up, the process steps: {@link #asRuntime}).
 *
 * <p>A caller's session is opened once per credentials and kept for a while (the key is a salted SHA-256 of
 * name and password, as in the authenticator's cache: nothing here holds a password).
 */
public final class CallerSessions {

    /** A caller's repository session: what a request or a console login carries from authentication to work. */
    public static final class Caller {
        private final String user;
        private final Session session;

        private Caller(String user, Session session) {
            this.user = user;
            this.session = session;
        }

        public String user() {
            return user;
        }

        @Override
        public String toString() {
            return "Caller[" + user + "]";
        }
    }

    /** Work done as a caller. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private record Entry(Caller caller, Instant until) {
    }

    private static final ThreadLocal<Session> BOUND = new ThreadLocal<>();

    private final CmisEndpoint repository;
    private final Session runtime;
    private final Session routing;
    private final Duration keep;
    private final Clock clock;
    private final CredentialDigest digest = new CredentialDigest();
    private final Map<String, Entry> open = new ConcurrentHashMap<>();

    /**
     * @param repository the runtime's endpoint (its URL, binding and repository id; each caller brings its own credentials)
     * @param runtime    the runtime's own session
     */
    public CallerSessions(CmisEndpoint repository, Session runtime, Duration keep, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.keep = keep;
        this.clock = clock;
        InvocationHandler route = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "CallerSessions.session[" + current() + "]";
                };
            }
            try {
                return method.invoke(current(), args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        this.routing = (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class}, route);
    }

    /** The session the runtime's repository code holds: the bound caller's, else the runtime's. */
    public Session session() {
        return routing;
    }

    /** The caller with these credentials (checked by the authenticator before): its session, opened or reused. */
    public Caller open(String user, String password) {
        String key = digest.of(user, password);
        Instant now = clock.instant();
        Entry hit = open.get(key);
        if (hit != null && hit.until().isAfter(now)) {
            return hit.caller();
        }
        Caller caller = new Caller(user, new CmisEndpoint(repository.url(), repository.binding(), user, password,
                repository.repositoryId()).open());
        if (open.size() > 10_000) {
            open.clear();
        }
        open.put(key, new Entry(caller, now.plus(keep)));
        return caller;
    }

    /** Runs {@code work} with {@code caller}'s session bound to this thread (null: as the runtime). */
    public static <T, E extends Exception> T as(Caller caller, Work<T, E> work) throws E {
        Session before = BOUND.get();
        if (caller == null) {
            BOUND.remove();
        } else {
            BOUND.set(caller.session);
        }
        try {
            return work.run();
        } finally {
            if (before == null) {
                BOUND.remove();
            } else {
                BOUND.set(before);
            }
        }
    }

    /** Runs {@code work} as the runtime's own account, whoever is bound: the processes' steps write as the runtime. */
    public static <T> T asRuntime(Supplier<T> work) {
        return as(null, work::get);
    }

    /** Whether a caller's session is bound to this thread. */
    public static boolean callerBound() {
        return BOUND.get() != null;
    }

    private Session current() {
        Session bound = BOUND.get();
        return bound == null ? runtime : bound;
    }
}
