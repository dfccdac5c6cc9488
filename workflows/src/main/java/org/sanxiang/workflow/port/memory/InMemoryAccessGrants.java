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

    /** A grant as issued, with the copies taken under it and the reason it ended (null while active). */
    public record Grant(String id, String caseId, String grantee, List<String> recordIds, Instant until, boolean copiesAllowed,
            int copiesTaken, String revokedFor) {

        Grant revoked(String reason) {
            return new Grant(id, caseId, grantee, recordIds, until, copiesAllowed, copiesTaken, reason);
        }

        Grant copied() {
            return new Grant(id, caseId, grantee, recordIds, until, copiesAllowed, copiesTaken + 1, revokedFor);
        }

        boolean live(Instant now) {
            return revokedFor == null && (until == null || until.isAfter(now));
        }
    }

    private final AtomicLong ids = new AtomicLong();
    private final Map<String, Grant> grants = new LinkedHashMap<>();

    @Override
    public synchronized String grant(String caseId, String grantee, List<String> recordIds, Instant until, boolean copiesAllowed) {
        String id = "grant-" + ids.incrementAndGet();
        grants.put(id, new Grant(id, caseId, grantee, List.copyOf(recordIds), until, copiesAllowed, 0, null));
        return id;
    }

    @Override
    public synchronized void revoke(String grantId, String reason) {
        Grant g = find(grantId).orElseThrow(() -> new IllegalArgumentException("grantId: no grant " + grantId));
        if (g.revokedFor() != null) {
            throw new IllegalStateException("grant " + grantId + " was already revoked: " + g.revokedFor());
        }
        grants.put(grantId, g.revoked(reason));
    }

    @Override
    public synchronized boolean isActive(String grantId) {
        return find(grantId).map(g -> g.revokedFor() == null).orElse(false);
    }

    @Override
    public synchronized int copiesTaken(String grantId) {
        return find(grantId).map(Grant::copiesTaken).orElse(0);
    }

    /**
     * Counts a copy of {@code recordId} on the grantee's first live grant that lists it and allows copies;
     * false when there is none (the caller refuses the copy).
     */
    public synchronized boolean takeCopy(String caseId, String grantee, String recordId, Instant now) {
        for (Grant g : grants.values()) {
            if (g.caseId().equals(caseId) && g.grantee().equals(grantee) && g.recordIds().contains(recordId)
                    && g.copiesAllowed() && g.live(now)) {
                grants.put(g.id(), g.copied());
                return true;
            }
        }
        return false;
    }

    public synchronized Optional<Grant> find(String grantId) {
        return Optional.ofNullable(grants.get(grantId));
    }
}
