package org.sanxiang.repo.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.sanxiang.workflow.port.AccessGrants;

/**
 * Records every access grant and its end in the audit trail (wuhan-2020 全过程记录 第二十九条: records are
 * opened only with approval; the trail shows who was let in, to what, until when, and whether copies were allowed), around the real {@link AccessGrants}. The grant is recorded after it
 * took effect, so the trail never shows a grant that did not happen.
 */
public final class AuditedAccessGrants implements AccessGrants {

    private final AccessGrants grants;
    private final AuditTrail audit;

    public AuditedAccessGrants(AccessGrants grants, AuditTrail audit) {
        this.grants = Objects.requireNonNull(grants, "grants");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public String grant(String caseId, String grantee, List<String> recordIds, Instant until, boolean copiesAllowed) {
        String id = grants.grant(caseId, grantee, recordIds, until, copiesAllowed);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("grantId", id);
        values.put("caseId", caseId);
        values.put("grantee", grantee);
        values.put("records", String.join(",", recordIds));
        values.put("until", until == null ? null : until.toString());
        values.put("copiesAllowed", Boolean.toString(copiesAllowed));
        audit.record(AuditEvent.GRANT, values);
        return id;
    }

    @Override
    public void revoke(String grantId, String reason) {
        grants.revoke(grantId, reason);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("grantId", grantId);
        values.put("reason", reason);
        audit.record(AuditEvent.REVOKE, values);
    }

    @Override
    public boolean isActive(String grantId) {
        return grants.isActive(grantId);
    }

    @Override
    public int copiesTaken(String grantId) {
        return grants.copiesTaken(grantId);
    }
}
