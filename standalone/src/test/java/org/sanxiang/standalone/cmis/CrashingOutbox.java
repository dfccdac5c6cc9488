package org.sanxiang.standalone.cmis;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.sanxiang.repo.cmis.PendingPublications;
import org.sanxiang.repo.cmis.PendingRequest;

/**
 * An outbox whose process "dies" when it is told a request was delivered: the delivery reached the
 * repository but the outbox never learnt it, the worst moment for a crash.
 */
final class CrashingOutbox implements PendingPublications {

    /** Stands for the process being killed: an Error, so nothing in the channel catches it. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash() {
            super("process killed after delivery, before the outbox recorded it");
        }
    }

    private final PendingPublications delegate;

    CrashingOutbox(PendingPublications delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<PendingRequest> add(PendingRequest request) {
        return delegate.add(request);
    }

    @Override
    public List<PendingRequest> all() {
        return delegate.all();
    }

    @Override
    public void done(long seq) {
        throw new SimulatedCrash();
    }

    @Override
    public boolean delivered(String publicationId) {
        return delegate.delivered(publicationId);
    }

    @Override
    public void failed(long seq, String error, Instant nextAttemptAt) {
        delegate.failed(seq, error, nextAttemptAt);
    }
}
