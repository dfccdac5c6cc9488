package org.sanxiang.standalone.console;

import java.util.List;
import java.util.Optional;

import org.sanxiang.standalone.auth.Authenticator;

/**
 * The runtime's users, as the REST API authenticates them (the sandbox's demo users, a users file, or the
 * connected repository), seen by the console's login form. The login page lists the users whose passwords
 * are published (the sandbox's demo users, "Who may act"), and no one otherwise: never a users file's or a
 * repository's people.
 */
public final class RuntimeConsoleUsers implements ConsoleUsers {

    private final Authenticator authenticator;
    private final List<ConsolePrincipal> listed;

    public RuntimeConsoleUsers(Authenticator authenticator) {
        this.authenticator = authenticator;
        this.listed = authenticator.publishedUsers().entrySet().stream()
                .map(e -> new ConsolePrincipal(e.getKey(), e.getValue())).toList();
    }

    @Override
    public Optional<ConsolePrincipal> authenticate(String user, String password) {
        return authenticator.authenticate(user, password).map(p -> new ConsolePrincipal(p.name(), p.groups()));
    }

    @Override
    public List<ConsolePrincipal> listed() {
        return listed;
    }
}
