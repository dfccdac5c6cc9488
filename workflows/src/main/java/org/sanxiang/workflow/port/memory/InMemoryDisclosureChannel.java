package org.sanxiang.workflow.port.memory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.sanxiang.workflow.port.DisclosureChannel;
import org.sanxiang.workflow.port.Publication;

/** A disclosure channel in memory. Thread-safe. */
public final class InMemoryDisclosureChannel implements DisclosureChannel {

    private final AtomicLong ids = new AtomicLong();
    private final Map<String, Publication> publications = new LinkedHashMap<>();
    private final Map<String, State> states = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();

    /** Publication ids by idempotency key: a matter published again gets its first id, as the CMIS channel does. */
    private final Map<String, String> byKey = new LinkedHashMap<>();

    @Override
    public synchronized String publish(Publication publication) {
        String known = byKey.get(publication.idempotencyKey());
        if (known != null) {
            return known;
        }
        String id = "publication-" + ids.incrementAndGet();
        byKey.put(publication.idempotencyKey(), id);
        publications.put(id, publication);
        states.put(id, State.PUBLISHED);
        return id;
    }

    @Override
    public synchronized void correct(String publicationId, Publication corrected, String reason) {
        requireState(publicationId, State.PUBLISHED);
        publications.put(publicationId, corrected);
        notes.put(publicationId, reason);
    }

    @Override
    public synchronized void withdraw(String publicationId, String reason) {
        requireState(publicationId, State.PUBLISHED);
        states.put(publicationId, State.WITHDRAWN);
        notes.put(publicationId, reason);
    }

    @Override
    public synchronized void takeDown(String publicationId) {
        requireState(publicationId, State.PUBLISHED);
        states.put(publicationId, State.TAKEN_DOWN);
    }

    @Override
    public synchronized Optional<State> state(String publicationId) {
        return Optional.ofNullable(states.get(publicationId));
    }

    /** How many distinct publications were made. */
    public synchronized int published() {
        return publications.size();
    }

    public synchronized Optional<Publication> publication(String publicationId) {
        return Optional.ofNullable(publications.get(publicationId));
    }

    private void requireState(String id, State expected) {
        State actual = states.get(id);
        if (actual == null) {
            throw new IllegalArgumentException("publicationId: no publication " + id);
        }
        if (actual != expected) {
            throw new IllegalStateException("publication " + id + " is " + actual + ", not " + expected);
        }
    }
}
