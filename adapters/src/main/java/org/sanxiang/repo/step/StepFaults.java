package org.sanxiang.repo.step;

/**
 * Where a test kills a step. A journaled step with n repository writes passes n + 2 points: point k
 * (1..n) right after its k-th write reached the repository, before the journal has its result; point
 * n + 1 when the engine is about to commit (changes flushed, marker not yet inserted); point n + 2 after
 * the commit, before the step is settled. Production runs {@link #NONE}.
 *
 * <p>{@link #fromSystemProperties()} halts the JVM (exit 137, no shutdown hooks: as kill -9) at point
 * {@code sanxiang.fault.haltAtCall} of the first step whose origin contains {@code sanxiang.fault.step};
 * only the fault-injection tests set them.
 */
@FunctionalInterface
public interface StepFaults {

    StepFaults NONE = (origin, point, last) -> {
    };

    /**
     * Called at each point of a journaled step.
     *
     * @param last what comes after the point: "write", "commit" (before it) or "settle" (committed, before settling)
     */
    void at(String origin, int point, String last);

    static StepFaults fromSystemProperties() {
        String at = System.getProperty("sanxiang.fault.haltAtCall");
        if (at == null || at.isBlank()) {
            return NONE;
        }
        int k = Integer.parseInt(at.strip());
        String filter = System.getProperty("sanxiang.fault.step", "");
        return (origin, point, last) -> {
            // the step itself, not one that follows it in a transaction of its own ("after …")
            if (point == k && origin.contains(filter) && !origin.startsWith("after ")) {
                System.out.println("sanxiang: fault injection: halting at point " + k + " (" + last + ") of " + origin);
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
