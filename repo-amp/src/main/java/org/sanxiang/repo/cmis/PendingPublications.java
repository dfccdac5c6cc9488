package org.sanxiang.repo.cmis;

import java.time.Instant;
import java.util.List;

/**
 * The disclosure channel's durable outbox: a request is stored here before the channel answers, and
 * removed only once it has reached the repository, so an accepted request survives an unreachable
 * target and a restart. {@link JdbcPendingPublications} keeps it in a database table; inside
 * Alfresco the module can supply one over Alfresco's own database.
 */
public interface PendingPublications {

    /** Stores the request durably and returns it with its sequence number. */
    PendingRequest add(PendingRequest request);

    /** Every pending request in acceptance order, for delivery and for the operator. */
    List<PendingRequest> all();

    /**
     * The request has reached the repository. For a publish, the publication id is remembered in the
     * same transaction, so {@link #delivered(String)} answers without asking the repository.
     */
    void done(long seq);

    /** Whether a publish with this id has been delivered through this outbox. */
    boolean delivered(String publicationId);

    /** An attempt failed: records the error and when to try again. */
    void failed(long seq, String error, Instant nextAttemptAt);
}
