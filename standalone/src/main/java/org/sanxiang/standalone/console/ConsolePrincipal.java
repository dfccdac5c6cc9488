package org.sanxiang.standalone.console;

import java.util.Objects;
import java.util.Set;

/** A person logged in to the console and the groups it is in ({@code GROUP_SX_...}, as Alfresco names them). */
public record ConsolePrincipal(String name, Set<String> groups) {

    public ConsolePrincipal {
        Objects.requireNonNull(name, "name");
        groups = Set.copyOf(groups);
    }

    public boolean in(String group) {
        return groups.contains(group);
    }
}
