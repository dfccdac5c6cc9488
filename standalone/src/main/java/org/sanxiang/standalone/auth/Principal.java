package org.sanxiang.standalone.auth;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** An authenticated user and the groups it is in ({@code GROUP_SX_...}, as Alfresco names groups). */
public record Principal(String name, Set<String> groups) {

    public Principal {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name: a user name is required");
        }
        groups = Set.copyOf(groups);
    }

    public boolean in(String group) {
        return groups.contains(group);
    }

    public boolean inAny(Set<String> wanted) {
        return wanted.stream().anyMatch(groups::contains);
    }

    /** The groups, sorted, for messages. */
    public Set<String> sortedGroups() {
        return new TreeSet<>(groups);
    }
}
