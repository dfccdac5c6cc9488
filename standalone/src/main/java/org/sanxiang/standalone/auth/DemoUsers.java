package org.sanxiang.standalone.auth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sandbox's users; each password is the user's name. Printed in the start banner and the README.
 * Never used in connected mode.
 */
public final class DemoUsers {

    /** User name to groups, in the order the banner prints them. */
    public static final Map<String, Set<String>> USERS;

    static {
        Map<String, Set<String>> u = new LinkedHashMap<>();
        u.put("officer1", Set.of(SxGroups.ENFORCEMENT));
        u.put("officer2", Set.of(SxGroups.ENFORCEMENT));
        // tianjin-2019 实施方案 附件: a Tianjin case's unit tasks go to its catalogued matter's departments (劳动监察处/总队 …)
        Set<String> tianjin = new java.util.TreeSet<>(org.sanxiang.rules.catalogue.MatterCatalogue.of(
                org.sanxiang.rules.profile.ProfileRegistry.shipped().get("tianjin-2019")).groups());
        tianjin.add(SxGroups.ENFORCEMENT);
        u.put("tjofficer1", Set.copyOf(tianjin));
        u.put("lawyer1", Set.of(SxGroups.LEGAL_OFFICE));
        u.put("lawyer2", Set.of(SxGroups.LEGAL_OFFICE));
        // the principal leader (局主要负责人) approves what wuhan-2020 公示 第三条第二款 reserves to him
        u.put("leader1", Set.of(SxGroups.LEADERS, SxGroups.PRINCIPAL_LEADER));
        u.put("clerk1", Set.of(SxGroups.DISCLOSURE));
        u.put("archivist1", Set.of(SxGroups.ARCHIVISTS));
        u.put("integrator1", Set.of(SxGroups.INTEGRATORS));
        u.put("admin", Set.of(SxGroups.ADMINISTRATORS));
        USERS = java.util.Collections.unmodifiableMap(u);
    }

    private static volatile UserDirectory directory;

    private DemoUsers() {
    }

    /** The demo users with their hashes (made once per JVM: BCrypt is slow on purpose). */
    public static UserDirectory directory() {
        UserDirectory d = directory;
        if (d == null) {
            synchronized (DemoUsers.class) {
                if (directory == null) {
                    List<UserDirectory.User> users = new ArrayList<>();
                    USERS.forEach((name, groups) -> users.add(UserDirectory.hashed(name, name, groups)));
                    directory = UserDirectory.of(users);
                }
                d = directory;
            }
        }
        return d;
    }

    /** The demo users as the sandbox authenticates them, published: the console's login page lists them. */
    public static Authenticator published() {
        UserDirectory users = directory();
        return new Authenticator() {
            @Override
            public java.util.Optional<Principal> authenticate(String user, String password) {
                return users.authenticate(user, password);
            }

            @Override
            public Map<String, Set<String>> publishedUsers() {
                return USERS;
            }
        };
    }

    public static Principal principal(String name) {
        return directory().principal(name).orElseThrow(() -> new IllegalArgumentException("no demo user " + name));
    }

    /** The demo users in a group, in banner order. */
    public static List<String> inGroup(String group) {
        return USERS.entrySet().stream().filter(e -> e.getValue().contains(group)).map(Map.Entry::getKey).toList();
    }
}
