package org.sanxiang.repo.guard;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Marks the system's own steps on records, on the current thread, while they run: sealing a record,
 * destroying it at the end of its retention, the disclosure process's writes. The record guard lets these through and nothing
 * else; in Alfresco the behaviours that consult it run in the same thread and transaction as the
 * step, so a user's request can never be inside one.
 */
public final class SystemSteps {

    /** The steps that may change a sealed record. */
    public enum Step {
        /** Adding the {@code sx:sealed} aspect and its properties. */
        SEAL,
        /** Deleting a record whose retention ended (its trace is written first). */
        DISPOSITION,
        /** Writing intake's findings ({@code sx:inspected}) on a record. */
        INTAKE,
        /** The disclosure process writing a disclosure record or its state ({@link DisclosureGuard}). */
        DISCLOSURE
    }

    private static final ThreadLocal<Deque<Step>> ACTIVE = ThreadLocal.withInitial(ArrayDeque::new);

    private SystemSteps() {
    }

    /** Runs the action as the step. */
    public static void run(Step step, Runnable action) {
        Objects.requireNonNull(step, "step");
        Deque<Step> active = ACTIVE.get();
        active.push(step);
        try {
            action.run();
        } finally {
            active.pop();
            if (active.isEmpty()) {
                ACTIVE.remove();
            }
        }
    }

    /** Whether the step is running on this thread (innermost or further out). */
    public static boolean active(Step step) {
        Deque<Step> active = ACTIVE.get();
        boolean found = active.contains(step);
        if (active.isEmpty()) {
            ACTIVE.remove();
        }
        return found;
    }
}
