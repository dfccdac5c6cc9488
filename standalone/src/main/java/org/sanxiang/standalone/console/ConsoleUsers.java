package org.sanxiang.standalone.console;

import java.util.List;
import java.util.Optional;

/** Who may log in to the console: the runtime's user directory, seen through the two questions the console asks. */
public interface ConsoleUsers {

    /** The user with its groups when the password is right, else empty. */
    Optional<ConsolePrincipal> authenticate(String user, String password);

    /** The users the login page lists (the sandbox's demo users; empty where there are none to show). */
    List<ConsolePrincipal> listed();
}
