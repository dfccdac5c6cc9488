package org.sanxiang.repo.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.repo.audit.AuditEvent;
import org.sanxiang.repo.audit.RecordingAuditTrail;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.memory.InMemoryCases;
import org.sanxiang.workflow.record.CaseSeal;

class ChainCheckTest {

    @Test
    @DisplayName("chongqing-2024 全过程记录 第十四条: an intact chain verifies and is audited; an altered record fails naming it")
    void verifyAndAudit() {
        InMemoryCases cases = new InMemoryCases();
        cases.addCase(new CaseFolder("case-1", "chongqing-2024", "渝人社罚〔2027〕1号", "t", Set.of(), false, Map.of()));
        CaseRecord r1 = cases.createRecord("case-1", "sx:textRecord", "询问笔录.pdf", Map.of("sx:stage", "investigation"));
        cases.putContent(r1.id(), "笔录".getBytes(StandardCharsets.UTF_8));
        CaseRecord r2 = cases.createRecord("case-1", "sx:avRecord", "现场.mp4", Map.of("sx:stage", "investigation"));
        cases.putContent(r2.id(), new byte[] {1, 2, 3});
        CaseSeal seal = new CaseSeal(cases, cases);
        seal.seal("case-1", "archivist1", Instant.parse("2027-05-06T02:00:00Z"));

        RecordingAuditTrail audit = new RecordingAuditTrail();
        ChainCheck check = new ChainCheck(seal, audit);
        assertTrue(check.verify("case-1").intact());
        assertEquals(AuditEvent.CHAIN_VERIFIED, audit.last().event());
        assertEquals(Map.of("caseId", "case-1", "intact", "true", "links", "2"), audit.last().values());

        cases.putContent(r2.id(), new byte[] {9, 9, 9});
        ChainCheck.ChainBrokenException e = assertThrows(ChainCheck.ChainBrokenException.class, () -> check.verify("case-1"));
        assertTrue(e.getMessage().contains(r2.id()), e.getMessage());
        assertEquals("false", audit.last().values().get("intact"));
        assertEquals(r2.id(), audit.last().values().get("brokenRecord"));
    }
}
