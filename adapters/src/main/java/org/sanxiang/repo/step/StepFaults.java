package org.sanxiang.repo.step;

/**
 * Where a test kills a step. A journaled step with n repository writes passes n + 2 points: point k
 * (1..n) right after its k-th write reached the repository, before the journal has its result; point
 * n + 1 when the engine is about to commit (changes flushed, marker not yet inserted); point n + 2 after
 * the commit, before the step is settled. A create the repository refuses because its name is taken passes one
 * point more ("refused"), before the journal records that the name was taken. Production runs {@link #NONE}.
 *
 * <p>{@link #fromSystemProperties()} halts the JVM (exit 137, no shutdown hooks: as kill -9) at point
 * {@code sanxiang.fault.haltAtCall} (a number, or {@code commit} / {@code settle}: the first point of that kind)
 * of the first step whose origin contains {@code sanxiang.fault.step};
 * only the fault-injection tests set them.
 */
@FunctionalInterface
public interface StepFaults {

    StepFaults NONE = (origin, point, last) -> {
    };

    /**
     * Called at each point of a journaled step.
     *
     * @param last what comes after the point: "write", "refused" (a create refused for a taken name, before the
     *             journal records it), "commit" (before it) or "settle" (committed, before settling)
     */
    void at(String origin, int point, String last);

    static StepFaults fromSystemProperties() {
        String at = System.getProperty("sanxiang.fault.haltAtCall");
        if (at == null || at.isBlank()) {
            return NONE;
        }
        // a point's number, or the kind of point ("commit", "settle"): the first point of that kind
        String target = at.strip();
        int k = target.chars().allMatch(Character::isDigit) ? Integer.parseInt(target) : -1;
        String filter = System.getProperty("sanxiang.fault.step", "");
        return (origin, point, last) -> {
            // the step itself, not one that follows it in a transaction of its own ("after …")
            if ((k < 0 ? last.equals(target) : point == k) && origin.contains(filter) && !origin.startsWith("after ")) {
                System.out.println("sanxiang: fault injection: halting at point " + point + " (" + last + ") of " + origin);
                System.out.flush();
                Runtime.getRuntime().halt(137);
            }
        };
    }

    /**
     * Thrown by a test's fault to simulate a crash in-process: the step is abandoned as a killed process
     * would leave it (its journal stays, nothing is settled) until {@link Steps#recoverAll()} runs. An
     * Error, so that no delegate's handler of failed writes takes it for one.
     */
    final class Crash extends Error {
        private static final long serialVersionUID = 1L;

        public Crash(String message) {
            super(message);
        }
    }
}
