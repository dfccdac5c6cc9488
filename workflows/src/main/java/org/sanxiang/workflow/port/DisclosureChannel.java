package org.sanxiang.workflow.port;

import java.util.Optional;

/** Where disclosure records go public (the bureau's site; CMIS in the standalone runtime). */
public interface DisclosureChannel {

    enum State { PUBLISHED, WITHDRAWN, TAKEN_DOWN }

    /** Publishes; returns the publication id. */
    String publish(Publication publication);

    /** Replaces a published record with its corrected version (it stays published). */
    void correct(String publicationId, Publication corrected, String reason);

    /** Withdraws a record, e.g. because the decision was revoked; the reason is shown. */
    void withdraw(String publicationId, String reason);

    /** Takes a record down at the end of its display period. */
    void takeDown(String publicationId);

    Optional<State> state(String publicationId);
}
