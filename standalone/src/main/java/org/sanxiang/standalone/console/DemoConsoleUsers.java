package org.sanxiang.standalone.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sandbox's demo users, each with its own name as password (the "Who may act" identities of the
 * README): the enforcement unit, the legal office, the leaders, the disclosure clerk, the archivists, a
 * read-only integrator and the administrator.
 */
public final class DemoConsoleUsers implements ConsoleUsers {

    public static final String ENFORCEMENT = "GROUP_SX_ENFORCEMENT";
    public static final String LEGAL_OFFICE = "GROUP_SX_LEGAL_OFFICE";
    public static final String LEADERS = "GROUP_SX_LEADERS";
    public static final String PRINCIPAL_LEADER = "GROUP_SX_PRINCIPAL_LEADER";
    public static final String DISCLOSURE = "GROUP_SX_DISCLOSURE";
    public static final String ARCHIVISTS = "GROUP_SX_ARCHIVISTS";
    public static final String INTEGRATORS = "GROUP_SX_INTEGRATORS";
    public static final String ADMINISTRATORS = "GROUP_ALFRESCO_ADMINISTRATORS";

    private final Map<String, ConsolePrincipal> users = new LinkedHashMap<>();

    public DemoConsoleUsers() {
        add("officer1", ENFORCEMENT);
        add("officer2", ENFORCEMENT);
        add("lawyer1", LEGAL_OFFICE);
        add("lawyer2", LEGAL_OFFICE);
        add("leader1", LEADERS, PRINCIPAL_LEADER);
        add("clerk1", DISCLOSURE);
        add("archivist1", ARCHIVISTS);
        add("integrator1", INTEGRATORS);
        add("admin", ADMINISTRATORS);
    }

    private void add(String name, String... groups) {
        users.put(name, new ConsolePrincipal(name, Set.of(groups)));
    }

    @Override
    public Optional<ConsolePrincipal> authenticate(String user, String password) {
        if (user == null || password == null) {
            return Optional.empty();
        }
        ConsolePrincipal p = users.get(user);
        // constant-time comparison: the demo's passwords are public, the habit is not
        boolean match = p != null && MessageDigest.isEqual(user.getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8));
        return match ? Optional.of(p) : Optional.empty();
    }

    @Override
    public List<ConsolePrincipal> listed() {
        return new ArrayList<>(users.values());
    }
}
