package org.sanxiang.standalone.runtime;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.sanxiang.repo.step.JournalingCaseRepository;
import org.sanxiang.repo.step.StepJournal;
import org.sanxiang.repo.step.Steps;

/**
 * The service's side of exactly-once steps: an engine call on a case runs holding the case and named for
 * the journal (its repository writes are journaled by the engine's step interceptor); a service call that
 * writes (an upload, a change of a case's properties) runs as a step of its own.
 */
public final class CaseSteps {

    private final Steps steps;
    private final JournalingCaseRepository repository;

    CaseSteps(Steps steps, JournalingCaseRepository repository) {
        this.steps = Objects.requireNonNull(steps, "steps");
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    /**
     * Runs {@code call} (which checks the task or process again and then runs the engine command) holding
     * the case: of parallel calls on one case one runs at a time, so a loser sees the winner's result.
     */
    public <T> T engine(String caseId, String origin, Supplier<T> call) {
        return steps.onCase(caseId, () -> {
            steps.label(origin);
            try {
                return call.get();
            } finally {
                steps.label(null);
            }
        });
    }

    /** Runs {@code body}, which writes through {@link #repository()}, as one step on the case. */
    public <T> T service(String caseId, String origin, Supplier<T> body) {
        return steps.run(caseId, origin, body);
    }

    /** The journaled repository: every write in it is part of the running step. */
    public JournalingCaseRepository repository() {
        return repository;
    }

    public List<StepJournal.Pending> pending() {
        return steps.pending();
    }

    public Steps steps() {
        return steps;
    }
}
