package org.sanxiang.repo.cmis;

import java.time.Instant;
import java.util.Objects;

import org.sanxiang.workflow.port.Publication;

/**
 * One accepted request to the disclosure channel that has not yet reached the CMIS repository.
 *
 * @param seq           its place in the outbox (requests for one publication are applied in this order)
 * @param publicationId the publication it concerns (its idempotency key)
 * @param operation     what to do
 * @param publication   the publication (publish and correct), else null
 * @param reason        the correction or withdrawal reason, else null
 * @param acceptedAt    when the channel accepted it
 * @param attempts      delivery attempts so far
 * @param lastError     why the last attempt failed, or null
 * @param nextAttemptAt earliest time of the next attempt
 */
public record PendingRequest(long seq, String publicationId, Operation operation, Publication publication,
        String reason, Instant acceptedAt, int attempts, String lastError, Instant nextAttemptAt) {

    public enum Operation { PUBLISH, CORRECT, WITHDRAW, TAKE_DOWN }

    public PendingRequest {
        Objects.requireNonNull(publicationId, "publicationId");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        if ((operation == Operation.PUBLISH || operation == Operation.CORRECT) && publication == null) {
            throw new IllegalArgumentException("publication: required for " + operation);
        }
    }

    /** A new request, not yet stored (seq 0). */
    public static PendingRequest accept(String publicationId, Operation operation, Publication publication,
            String reason, Instant now) {
        return new PendingRequest(0, publicationId, operation, publication, reason, now, 0, null, now);
    }
}
