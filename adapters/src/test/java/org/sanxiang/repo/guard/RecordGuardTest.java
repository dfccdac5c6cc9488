package org.sanxiang.repo.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.repo.node.FakeNodes;
import org.sanxiang.repo.node.NodeCaseRepository;
import org.sanxiang.repo.node.NodeCaseRepositoryTest;
import org.sanxiang.repo.node.NodeValues;
import org.sanxiang.repo.seal.ChainLocks;
import org.sanxiang.repo.seal.RecordSealer;
import org.sanxiang.workflow.port.DocumentDraft;

class RecordGuardTest {

    final FakeNodes nodes = new FakeNodes();
    final RecordGuard guard = new RecordGuard(nodes);
    final NodeCaseRepository cases = new NodeCaseRepository(nodes, new NodeValues(NodeCaseRepositoryTest.ZONE));
    final String caseId = nodes.caseFolder("case-1", NodeCaseRepositoryTest.caseProperties());
    final String record;

    {
        nodes.guardedBy(guard);
        record = cases.createRecord(caseId, "sx:avRecord", "执法记录仪.mp4", Map.of("sx:deviceId", "DV-7")).id();
        nodes.writeText(record, "video");
        new RecordSealer(nodes, cases, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), ChainLocks.NONE).sealIfReady(record, "u");
    }

    static Map<String, Object> hold() {
        return Map.of("sx:holdReasons", List.of("obstruction"), "sx:holdNote", "阻碍执法", "sx:heldAt", Instant.EPOCH, "sx:heldBy", "archivist");
    }

    @Test
    @DisplayName("an unsealed record may change freely")
    void unsealed() {
        String draft = cases.createRecord(caseId, "sx:textRecord", "draft.pdf", Map.of()).id();
        cases.setProperties(draft, Map.of("sx:stage", "filing", "cm:name", "立案.pdf"));
        nodes.writeText(draft, "v2");
        nodes.move(draft, nodes.root());
        nodes.delete(draft);
        assertFalse(nodes.exists(draft));
    }

    @Test
    @DisplayName("a sealed record refuses changes to its name, sealed metadata, seal and content, with message keys (chongqing-2024 第十四条)")
    void sealedRefusesChanges() {
        ProtectedRecordException e = assertThrows(ProtectedRecordException.class, () -> cases.setProperties(record, Map.of("sx:deviceId", "DV-8")));
        assertEquals(RecordGuard.KEY_PROPERTY, e.messageKey());
        assertEquals("sx:deviceId", e.parameters()[1]);
        assertThrows(ProtectedRecordException.class, () -> cases.setProperties(record, Map.of("cm:name", "renamed.mp4")));
        assertEquals(RecordGuard.KEY_UNSEAL, assertThrows(ProtectedRecordException.class, () -> cases.removeAspect(record, "sx:sealed"))
                .messageKey());
        assertEquals(RecordGuard.KEY_PROPERTY, assertThrows(ProtectedRecordException.class,
                () -> cases.setProperties(record, java.util.Collections.singletonMap("sx:sealDigest", null))).messageKey());
        assertEquals(RecordGuard.KEY_CONTENT, assertThrows(ProtectedRecordException.class, () -> nodes.writeText(record, "x")).messageKey());
        assertEquals("video", nodes.text(record));
    }

    @Test
    @DisplayName("retention, hold and titles stay editable on a sealed record (archiving sets them after the seal)")
    void sealedAllowsRecordsManagement() {
        cases.addAspect(record, "sx:retention", Map.of("sx:retentionClass", "avDedicatedStorage"));
        cases.setProperties(record, Map.of("cm:title", "现场检查"));
        assertEquals("avDedicatedStorage", nodes.properties(record).get("sx:retentionClass"));
    }

    @Test
    @DisplayName("a sealed record is neither deleted nor moved by users; the disposition step deletes it")
    void deleteAndMove() {
        assertEquals(RecordGuard.KEY_DELETE, assertThrows(ProtectedRecordException.class, () -> nodes.delete(record)).messageKey());
        String other = nodes.caseFolder("case-2", NodeCaseRepositoryTest.caseProperties());
        assertEquals(RecordGuard.KEY_MOVE, assertThrows(ProtectedRecordException.class, () -> nodes.move(record, other)).messageKey());
        cases.destroyRecord(record, new DocumentDraft("cm:content", "销毁记录.txt", Map.of(), "trace"));
        assertFalse(nodes.exists(record));
    }

    @Test
    @DisplayName("fushun-2026 全过程记录 第二十三条: a legal hold on the record blocks deletion, disposition included")
    void legalHoldOnRecord_fushun23() {
        cases.addAspect(record, "sx:legalHold", hold());
        ProtectedRecordException e = assertThrows(ProtectedRecordException.class,
                () -> cases.destroyRecord(record, new DocumentDraft("cm:content", "销毁记录.txt", Map.of(), "trace")));
        assertEquals(RecordGuard.KEY_HELD, e.messageKey());
        assertTrue(e.getMessage().contains("fushun-2026"), e.getMessage());
        assertTrue(nodes.exists(record));
        cases.removeAspect(record, "sx:legalHold"); // released
        cases.destroyRecord(record, new DocumentDraft("cm:content", "销毁记录2.txt", Map.of(), "trace"));
        assertFalse(nodes.exists(record));
    }

    @Test
    @DisplayName("fushun-2026 全过程记录 第二十三条: a hold on the case folder blocks deleting the case and each record in it")
    void legalHoldOnCase_fushun23() {
        String unsealed = cases.createRecord(caseId, "sx:textRecord", "draft.pdf", Map.of()).id();
        cases.addAspect(caseId, "sx:legalHold", hold());
        assertEquals(RecordGuard.KEY_HELD, assertThrows(ProtectedRecordException.class, () -> nodes.delete(unsealed)).messageKey());
        assertEquals(RecordGuard.KEY_CASE_HELD, assertThrows(ProtectedRecordException.class, () -> nodes.delete(caseId)).messageKey());
    }

    @Test
    @DisplayName("a case holding sealed records cannot be deleted as a whole")
    void caseWithSealedRecords() {
        assertEquals(RecordGuard.KEY_CASE_SEALED, assertThrows(ProtectedRecordException.class, () -> nodes.delete(caseId)).messageKey());
        String empty = nodes.caseFolder("case-empty", Map.<String, Serializable>of("sx:jurisdictionProfile", "wuhan-2020"));
        nodes.delete(empty);
        assertFalse(nodes.exists(empty));
    }

    @Test
    @DisplayName("every message key the guards use has a label in en and zh_CN")
    void labels() throws Exception {
        for (String locale : List.of("", "_zh_CN")) {
            java.util.Properties p = new java.util.Properties();
            String file = "alfresco/module/sanxiang-repo/messages/sx-messages" + locale + ".properties";
            try (var in = getClass().getClassLoader().getResourceAsStream(file)) {
                assertTrue(in != null, file + " is on the classpath");
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (String key : java.util.stream.Stream.concat(RecordGuard.KEYS.stream(), DisclosureGuard.KEYS.stream()).toList()) {
                assertTrue(p.containsKey(key) && !p.getProperty(key).isBlank(), file + " has " + key);
            }
        }
    }
}
