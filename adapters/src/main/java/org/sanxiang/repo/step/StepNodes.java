package org.sanxiang.repo.step;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What undoing a step needs from the repository besides the port's own writes. */
public interface StepNodes {

    /**
     * A node as it is now: the case folder it belongs to (itself for a case folder, its folder for a
     * record), its model properties (protected ones included) and aspects.
     */
    record NodeState(String caseId, Map<String, Object> properties, Set<String> aspects) {
    }

    /** The node as it is now; an unknown id raises {@link IllegalArgumentException}. */
    NodeState state(String nodeId);

    /** The document with this name in the case folder, if there is one (read when a step is undone, never before a write). */
    Optional<String> documentNamed(String caseId, String name);

    /**
     * When a document was created, as the repository dated it: undoing a create whose id never came back deletes the
     * document of its name only if it is no older than the journal's record of the create (taken on the runtime's
     * clock, which must be the repository's: the embedded server's is the JVM's; a remote one's is kept in time).
     */
    Instant createdAt(String documentId);

    /**
     * The name a create was refused for because the case folder had a document with it already, if {@code failure}
     * (or a cause of it) is that refusal: the journal then records that the document was there before.
     */
    default Optional<String> takenName(Throwable failure) {
        return Optional.empty();
    }

    /** Deletes a document with everything kept beside it; a document already gone is no error. */
    void delete(String documentId);

    /** The properties an aspect defines (to restore them when the aspect's removal is undone). */
    List<String> aspectProperties(String aspect);

    /**
     * What the running operation read of the repository may be older than another step's writes (it took a
     * case that step wrote to): a repository that keeps its reads for the operation drops them.
     */
    default void readsMayBeStale() {
    }
}
