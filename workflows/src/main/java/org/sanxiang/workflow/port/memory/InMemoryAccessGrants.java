package org.sanxiang.workflow.port.memory;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.sanxiang.workflow.port.AccessGrants;

/** Access grants in memory. Thread-safe. */
public final class InMemoryAccessGrants implements AccessGrants {

    /** A grant as issued, with the reason it ended (null while active). */
    public record Grant(String id, String caseId, String grantee, List<String> recordIds, Instant until, String revokedFor) {
    }

    private final AtomicLong ids = new AtomicLong();
    private final Map<String, Grant> grants = new LinkedHashMap<>();

    @Override
    public synchronized String grant(String caseId, String grantee, List<String> recordIds, Instant until) {
        String id = "grant-" + ids.incrementAndGet();
        grants.put(id, new Grant(id, caseId, grantee, List.copyOf(recordIds), until, null));
        return id;
    }

    @Override
    public synchronized void revoke(String grantId, String reason) {
        Grant g = find(grantId).orElseThrow(() -> new IllegalArgumentException("grantId: no grant " + grantId));
        if (g.revokedFor() != null) {
            throw new IllegalStateException("grant " + grantId + " was already revoked: " + g.revokedFor());
        }
        grants.put(grantId, new Grant(g.id(), g.caseId(), g.grantee(), g.recordIds(), g.until(), reason));
    }

    @Override
    public synchronized boolean isActive(String grantId) {
        return find(grantId).map(g -> g.revokedFor() == null).orElse(false);
    }

    public synchronized Optional<Grant> find(String grantId) {
        return Optional.ofNullable(grants.get(grantId));
    }
}
