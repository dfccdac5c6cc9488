package org.sanxiang.standalone.demo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sanxiang.standalone.auth.DemoUsers;
import org.sanxiang.standalone.runtime.ServiceException;

/**
 * Who does a task in the demo and the load test: a sandbox user in the task's candidate groups (as the
 * BPMN and the process decided them), the one the answer prefers first. When a separation of duty bars
 * one (the requester may not approve his own access request), the next is asked, as a colleague would take over.
 */
final class DemoActors {

    private DemoActors() {
    }

    /** The demo users who may act on a task with these candidate groups, {@code preferred} first when it is one. */
    static List<String> candidates(Collection<String> candidateGroups, String preferred) {
        Set<String> users = new LinkedHashSet<>();
        for (String group : candidateGroups) {
            users.addAll(DemoUsers.inGroup(group));
        }
        List<String> ordered = new ArrayList<>();
        if (users.remove(preferred)) {
            ordered.add(preferred);
        }
        ordered.addAll(users);
        if (ordered.isEmpty()) {
            throw new IllegalStateException("no sandbox user is in the task's candidate groups " + candidateGroups);
        }
        return ordered;
    }

    /** Whether a refusal is a separation of duty (so another candidate may act). */
    static boolean separated(ServiceException e) {
        return e.kind() == ServiceException.Kind.FORBIDDEN && "user".equals(e.field());
    }
}
