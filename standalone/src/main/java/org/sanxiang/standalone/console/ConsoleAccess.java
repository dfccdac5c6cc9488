package org.sanxiang.standalone.console;

import java.util.Set;

import org.sanxiang.standalone.auth.AccessGuard;
import org.sanxiang.standalone.auth.Principal;
import org.sanxiang.standalone.runtime.CallerSessions;
import org.sanxiang.standalone.runtime.SanxiangService;

/**
 * What the console may do for whom: the REST API's {@link AccessGuard}, nothing of the console's own. Every
 * page acts through the guarded service of its logged-in user, so candidate groups, separations of duty and
 * the sealed-case refusal apply to a click exactly as to a REST call; the two questions the console asks
 * before it shows a form are the guard's too.
 */
public interface ConsoleAccess {

    /** The service as {@code user} may use it; {@code null}: a visitor, who reads the public tree alone. */
    SanxiangService service(ConsolePrincipal user);

    /** Throws the guard's refusal when {@code user} may not complete {@code taskId}. */
    void checkMayComplete(ConsolePrincipal user, String taskId);

    /** Whether {@code user} may start {@code processKey} (its BPMN's starter groups). */
    boolean mayStart(ConsolePrincipal user, String processKey);

    /**
     * The repository session of a user who just logged in (connected mode: the console acts in the repository
     * as its user, like the REST API); null where the runtime acts alone (the sandbox).
     */
    default CallerSessions.Caller caller(String user, String password) {
        return null;
    }

    /** Runs a page's work in the repository as {@code caller} (null: as the runtime). */
    default <T, E extends Exception> T acting(CallerSessions.Caller caller, CallerSessions.Work<T, E> work) throws E {
        return AccessGuard.acting(caller, work);
    }

    /** The runtime's guard. */
    static ConsoleAccess of(AccessGuard guard) {
        Principal visitor = new Principal("anonymous-visitor", Set.of());
        return new ConsoleAccess() {
            @Override
            public SanxiangService service(ConsolePrincipal user) {
                return guard.as(user == null ? visitor : principal(user));
            }

            @Override
            public void checkMayComplete(ConsolePrincipal user, String taskId) {
                guard.checkMayComplete(principal(user), taskId);
            }

            @Override
            public boolean mayStart(ConsolePrincipal user, String processKey) {
                return guard.mayStart(principal(user), processKey);
            }

            @Override
            public CallerSessions.Caller caller(String user, String password) {
                return guard.caller(user, password);
            }
        };
    }

    private static Principal principal(ConsolePrincipal user) {
        return new Principal(user.name(), user.groups());
    }
}
