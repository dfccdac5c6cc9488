package org.sanxiang.repo.cmis;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The disclosure channel's durable outbox: a request is stored here before the channel answers, and
 * counts as pending until it has reached the repository, so an accepted request survives an
 * unreachable target and a restart. {@link JdbcPendingPublications} keeps it in a database table;
 * inside Alfresco the module can supply one over Alfresco's own database.
 *
 * <p>A publish is accepted once per publication id: the outbox itself refuses a second publish of
 * the same id, pending or delivered, so a duplicate costs no lookup before it.
 */
public interface PendingPublications {

    /**
     * Stores the request durably and returns it with its sequence number; for a publish whose
     * publication id this outbox has accepted before (pending or delivered), stores nothing and
     * returns empty.
     */
    Optional<PendingRequest> add(PendingRequest request);

    /** Every pending request in acceptance order, for delivery and for the operator. */
    List<PendingRequest> all();

    /**
     * The request has reached the repository: it is no longer pending. A delivered publish is
     * remembered, so {@link #delivered(String)} and {@link #add} answer without asking the repository.
     */
    void done(long seq);

    /** Whether a publish with this id has been delivered through this outbox. */
    boolean delivered(String publicationId);

    /** An attempt failed: records the error and when to try again. */
    void failed(long seq, String error, Instant nextAttemptAt);
}
