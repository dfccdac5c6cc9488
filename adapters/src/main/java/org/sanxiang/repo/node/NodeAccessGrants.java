package org.sanxiang.repo.node;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sanxiang.workflow.port.AccessGrants;

/**
 * Time-limited read access: the grantee gets read permission on each released record
 * ({@link RepositoryNodes#allowRead}), and the grant is written into the case's ledger folder so
 * that revoking it, at return or at the end of the borrowing period, takes back exactly what was
 * given. A grantee outside the system (a court, another organ) has no account; the permission is
 * then simply unused and the copies handed over are what the register records.
 */
public final class NodeAccessGrants implements AccessGrants {

    static final String KIND = "access-grant";
    private final RepositoryNodes nodes;
    private final CaseLedger ledger;

    public NodeAccessGrants(RepositoryNodes nodes, NodeCaseRepository cases) {
        this.nodes = Objects.requireNonNull(nodes, "nodes");
        this.ledger = new CaseLedger(nodes, cases);
    }

    @Override
    public String grant(String caseId, String grantee, List<String> recordIds, Instant until, boolean copiesAllowed) {
        Objects.requireNonNull(grantee, "grantee");
        Objects.requireNonNull(until, "until");
        for (String record : recordIds) {
            if (!nodes.exists(record) || !caseId.equals(nodes.primaryParent(record))) {
                throw new IllegalArgumentException("recordIds: " + record + " is not a record of case " + caseId);
            }
        }
        ObjectNode json = CaseLedger.object();
        json.put("caseId", caseId);
        json.put("grantee", grantee);
        recordIds.forEach(json.putArray("records")::add);
        json.put("until", until.toString());
        json.put("copiesAllowed", copiesAllowed);
        json.putNull("revokedFor");
        String id = ledger.add(caseId, KIND, ("调阅授权-" + grantee + "-" + until.toEpochMilli() + "-" + System.nanoTime() + ".json")
                .replaceAll("[\\\\/:*?\"<>|]", "_"), "调阅授权 / Access grant: " + grantee + " until " + until, json);
        recordIds.forEach(r -> nodes.allowRead(r, grantee));
        return id;
    }

    @Override
    public void revoke(String grantId, String reason) {
        ObjectNode json = ledger.read(grantId, KIND);
        if (json == null) {
            throw new IllegalArgumentException("grantId: no grant " + grantId);
        }
        if (json.hasNonNull("revokedFor")) {
            throw new IllegalStateException("grant " + grantId + " was already revoked: " + json.get("revokedFor").asText());
        }
        String grantee = json.get("grantee").asText();
        List<String> records = new ArrayList<>();
        json.path("records").forEach(n -> records.add(n.asText()));
        for (String record : records) {
            if (nodes.exists(record)) { // a record destroyed meanwhile has nothing left to revoke
                nodes.revokeRead(record, grantee);
            }
        }
        json.put("revokedFor", Objects.requireNonNull(reason, "reason"));
        ledger.replace(grantId, KIND, json);
    }

    @Override
    public boolean isActive(String grantId) {
        ObjectNode json = ledger.read(grantId, KIND);
        return json != null && !json.hasNonNull("revokedFor");
    }

    /**
     * Always 0: in Alfresco the grant is a read permission, and a download through Share or CMIS is a read
     * the repository does not tell apart from a copy, so nothing here can count copies. Whether copies were
     * allowed is kept in the ledger with the grant; the copies handed over are what the archivist enters in
     * the register at the return.
     */
    @Override
    public int copiesTaken(String grantId) {
        return 0;
    }
}
