package org.sanxiang.repo.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.workflow.port.memory.InMemoryAccessGrants;

/** What the audited ports record; the audit application that maps these keys is tested in repo-amp. */
class AuditedAccessTest {

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十九条: every access grant and its end is audited with who, what and until when")
    void grantsAreAudited() {
        RecordingAuditTrail audit = new RecordingAuditTrail();
        AuditedAccessGrants grants = new AuditedAccessGrants(new InMemoryAccessGrants(), audit);
        String id = grants.grant("case-1", "auditor7", List.of("r1", "r2"), Instant.parse("2027-03-01T00:00:00Z"), true);
        assertEquals(AuditEvent.GRANT, audit.last().event());
        assertEquals(Map.of("grantId", id, "caseId", "case-1", "grantee", "auditor7", "records", "r1,r2",
                "until", "2027-03-01T00:00:00Z", "copiesAllowed", "true"), audit.last().values());
        assertEquals(0, grants.copiesTaken(id));
        assertTrue(grants.isActive(id));
        grants.revoke(id, "returned");
        assertEquals(Map.of("grantId", id, "reason", "returned"), audit.last().values());
    }

    @Test
    @DisplayName("chongqing-2024 全过程记录 第十五条: a record read is audited; an undeclared key is refused, not dropped")
    void readsAndUndeclaredKeys() {
        RecordingAuditTrail audit = new RecordingAuditTrail();
        new RecordReadAudit(audit).read("workspace://SpacesStore/r1", "sx:avRecord", "询问.mp4", "渝人社罚〔2027〕1号");
        assertEquals("sx:avRecord", audit.last().values().get("type"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> audit.record(AuditEvent.READ, Map.of("path", "/x")));
        assertTrue(e.getMessage().contains("/sanxiang/read") && e.getMessage().contains("'path'"), e.getMessage());
    }
}
