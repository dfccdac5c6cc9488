package org.sanxiang.repo.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.repo.guard.ProtectedRecordException;
import org.sanxiang.repo.guard.RecordGuard;
import org.sanxiang.repo.node.FakeNodes;
import org.sanxiang.repo.node.NodeCaseRepository;
import org.sanxiang.repo.node.NodeCaseRepositoryTest;
import org.sanxiang.repo.node.NodeValues;
import org.sanxiang.rules.chain.BreakReason;
import org.sanxiang.rules.chain.HashChain;
import org.sanxiang.workflow.record.CaseSeal;

/** Sealing on add (chongqing-2024 全过程记录 第十四条, wuhan-2020 全过程记录 第二十八条, fushun-2026 全过程记录 第二十一条). */
class RecordSealerTest {

    final FakeNodes nodes = new FakeNodes();
    final NodeCaseRepository cases = new NodeCaseRepository(nodes, new NodeValues(NodeCaseRepositoryTest.ZONE));
    /** The cases whose chain lock was taken, in order. */
    final java.util.List<String> locked = new java.util.ArrayList<>();
    final RecordSealer sealer = new RecordSealer(nodes, cases, Clock.fixed(Instant.parse("2025-03-03T02:00:00Z"), ZoneOffset.UTC), locked::add);
    final String caseId = nodes.caseFolder("case-1", NodeCaseRepositoryTest.caseProperties());

    {
        nodes.guardedBy(new RecordGuard(nodes));
    }

    String record(String type, String name, String content) {
        String id = cases.createRecord(caseId, type, name, Map.of("sx:stage", "investigation", "sx:recordedBy", "张三")).id();
        if (content != null) {
            nodes.writeText(id, content);
        }
        return id;
    }

    @Test
    @DisplayName("a record with content in a case folder is sealed as link 0, the next as link 1 naming link 0 (chongqing-2024 第十四条)")
    void sealsInOrder() {
        String first = record("sx:textRecord", "询问笔录.pdf", "first");
        String second = record("sx:avRecord", "执法记录仪.mp4", "second");
        assertEquals(RecordSealer.Outcome.SEALED, sealer.sealIfReady(first, "zhangsan"));
        assertEquals(RecordSealer.Outcome.SEALED, sealer.sealIfReady(second, "lisi"));
        Map<String, Object> p0 = nodes.properties(first);
        Map<String, Object> p1 = nodes.properties(second);
        assertEquals(0L, p0.get(CaseSeal.SEQUENCE));
        assertEquals(HashChain.GENESIS_PREVIOUS, p0.get(CaseSeal.PREVIOUS));
        assertEquals(1L, p1.get(CaseSeal.SEQUENCE));
        assertEquals(p0.get(CaseSeal.DIGEST), p1.get(CaseSeal.PREVIOUS));
        assertEquals("lisi", p1.get(CaseSeal.SEALED_BY));
        assertEquals(RecordSealer.Outcome.ALREADY_SEALED, sealer.sealIfReady(first, "zhangsan"));
        assertEquals(java.util.List.of(caseId, caseId), locked, "each append took the case's chain lock");
    }

    @Test
    @DisplayName("the seal waits for content; paperwork, records outside cases and missing nodes are not sealed")
    void notReady() {
        String empty = record("sx:textRecord", "待上传.pdf", null);
        assertEquals(RecordSealer.Outcome.NO_CONTENT_YET, sealer.sealIfReady(empty, "u"));
        assertTrue(locked.isEmpty(), "nothing to append, no lock");
        nodes.writeText(empty, "now");
        assertEquals(RecordSealer.Outcome.SEALED, sealer.sealIfReady(empty, "u"));
        String paper = nodes.create(caseId, "cm:content", "note.txt", Map.of());
        nodes.writeText(paper, "x");
        assertEquals(RecordSealer.Outcome.NOT_A_RECORD, sealer.sealIfReady(paper, "u"));
        String outside = nodes.create(nodes.root(), "sx:evidence", "loose.jpg", Map.of());
        nodes.writeText(outside, "x");
        assertEquals(RecordSealer.Outcome.NOT_IN_A_CASE, sealer.sealIfReady(outside, "u"));
        assertEquals(RecordSealer.Outcome.NOT_A_RECORD, sealer.sealIfReady("workspace://SpacesStore/gone", "u"));
    }

    @Test
    @DisplayName("once sealed, the guard refuses new content and changes to sealed metadata (wuhan-2020 第二十八条)")
    void sealedIsGuarded() {
        String id = record("sx:textRecord", "询问笔录.pdf", "original");
        sealer.sealIfReady(id, "u");
        ProtectedRecordException content = assertThrows(ProtectedRecordException.class, () -> nodes.writeText(id, "changed"));
        assertEquals(RecordGuard.KEY_CONTENT, content.messageKey());
        assertThrows(ProtectedRecordException.class, () -> cases.setProperties(id, Map.of("sx:stage", "decision")));
        cases.setProperties(id, Map.of("cm:title", "询问笔录（第一次）")); // the guard keeps SXCHAIN1's list; the SXCHAIN2 link names the change
    }

    @Test
    @DisplayName("a chain whose last record was altered behind the guard is not extended; the failure names the record")
    void brokenChainNotExtended() {
        String first = record("sx:textRecord", "询问笔录.pdf", "first");
        sealer.sealIfReady(first, "u");
        nodes.tamperContent(first, "forged");
        String second = record("sx:textRecord", "告知书.pdf", "second");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> sealer.sealIfReady(second, "u"));
        assertTrue(e.getMessage().contains("询问笔录.pdf"), e.getMessage());
        assertFalse(nodes.aspects(second).contains(CaseSeal.SEALED));
    }

    @Test
    @DisplayName("archiving continues the chain sealed on add, writes the manifest, and verification is intact until content changes")
    void archiveContinuesTheChain() {
        String first = record("sx:textRecord", "询问笔录.pdf", "first");
        sealer.sealIfReady(first, "u");
        String metadataOnly = record("sx:textRecord", "音像缺失说明", null);
        String second = record("sx:avRecord", "执法记录仪.mp4", "av");
        sealer.sealIfReady(second, "u");
        CaseSeal seal = new CaseSeal(cases, cases);
        String manifest = seal.seal(caseId, "archivist", Instant.parse("2025-06-01T02:00:00Z"));
        assertEquals(2L, nodes.properties(metadataOnly).get(CaseSeal.SEQUENCE), "unsealed records continue after those sealed on add");
        assertEquals(0L, nodes.properties(first).get(CaseSeal.SEQUENCE), "links sealed on add are kept");
        assertTrue(nodes.text(manifest).contains("head\t3\t"), "three records, then the case folder");
        assertTrue(seal.verify(caseId).intact());
        assertEquals(RecordSealer.Outcome.CASE_ARCHIVED, sealer.sealIfReady(record("sx:textRecord", "迟到.pdf", "late"), "u"));

        nodes.tamperContent(second, "edited");
        CaseSeal.Verification broken = seal.verify(caseId);
        assertEquals(BreakReason.CONTENT_DIGEST_MISMATCH, broken.firstBreak().orElseThrow().reason());
        assertEquals(second, broken.brokenRecordId());
    }

    @Test
    @DisplayName("archiving refuses a chain sealed on add that no longer matches")
    void archiveRefusesBrokenChain() {
        String first = record("sx:textRecord", "询问笔录.pdf", "first");
        sealer.sealIfReady(first, "u");
        nodes.tamperProperty(first, "sx:stage", "decision");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new CaseSeal(cases, cases).seal(caseId, "archivist", Instant.EPOCH));
        assertTrue(e.getMessage().contains("询问笔录.pdf"), e.getMessage());
        assertNotEquals(null, nodes.properties(first).get(CaseSeal.DIGEST));
    }
}
