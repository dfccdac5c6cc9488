package org.sanxiang.repo.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.workflow.port.BorrowingEntry;

/** The borrowing register (fushun-2026 全过程记录细则 第二十六条) and access grants, in the case's ledger folder. */
class NodeLedgerTest {

    final FakeNodes nodes = new FakeNodes();
    final NodeCaseRepository cases = new NodeCaseRepository(nodes, new NodeValues(NodeCaseRepositoryTest.ZONE));
    final NodeBorrowingRegister register = new NodeBorrowingRegister(nodes, cases);
    final NodeAccessGrants grants = new NodeAccessGrants(nodes, cases);
    final String caseId = nodes.caseFolder("case-1", NodeCaseRepositoryTest.caseProperties());
    final String record = cases.createRecord(caseId, "sx:textRecord", "询问笔录.pdf", Map.of()).id();

    BorrowingEntry open() {
        return new BorrowingEntry(null, caseId, "pi-1", "王五", "区法院", "court", "（2025）渝0103民初1号调查令", "诉讼", "科长",
                Instant.parse("2025-03-03T02:00:00Z"), Instant.parse("2025-03-03T02:00:00Z"), Instant.parse("2025-03-17T02:00:00Z"),
                List.of(record), Map.of("workspace://SpacesStore/x", "whistleblower"), BorrowingEntry.Status.OPEN, null, null, null);
    }

    @Test
    @DisplayName("fushun-2026 第二十六条: a register entry keeps every field, is closed once, and is never a record of the case")
    void register_fushun26() {
        String id = register.record(open());
        BorrowingEntry found = register.find(id).orElseThrow();
        assertEquals(open().withId(id), found);
        register.close(id, BorrowingEntry.Status.RETURNED, 2, Instant.parse("2025-03-10T02:00:00Z"), "returned");
        BorrowingEntry closed = register.find(id).orElseThrow();
        assertEquals(BorrowingEntry.Status.RETURNED, closed.status());
        assertEquals(2, closed.copiesMade());
        assertThrows(IllegalStateException.class, () -> register.close(id, BorrowingEntry.Status.EXPIRED, null, Instant.EPOCH, "x"));
        assertEquals(List.of(closed), register.entries(caseId));
        assertEquals(List.of(record), cases.records(caseId).stream().map(r -> r.id()).toList(), "the ledger is a folder, not a record");
        assertTrue(register.find(record).isEmpty(), "a record is not a register entry");
        assertThrows(IllegalArgumentException.class, () -> register.close(record, BorrowingEntry.Status.RETURNED, 0, Instant.EPOCH, ""));
    }

    @Test
    @DisplayName("a grant gives read permission on the released records until revoked, and is recorded")
    void grants() {
        String grant = grants.grant(caseId, "wangwu", List.of(record), Instant.parse("2025-03-17T02:00:00Z"), true);
        assertEquals(Set.of(record), nodes.readers.get("wangwu"));
        assertTrue(grants.isActive(grant));
        assertEquals(0, grants.copiesTaken(grant), "Alfresco cannot tell a copy from a read: nothing counted");
        grants.revoke(grant, "returned");
        assertFalse(grants.isActive(grant));
        assertTrue(nodes.readers.get("wangwu").isEmpty());
        assertThrows(IllegalStateException.class, () -> grants.revoke(grant, "again"));
        assertThrows(IllegalArgumentException.class, () -> grants.revoke(record, "not a grant"));
        String other = nodes.caseFolder("case-2", NodeCaseRepositoryTest.caseProperties());
        assertThrows(IllegalArgumentException.class, () -> grants.grant(other, "wangwu", List.of(record), Instant.EPOCH, false));
    }
}
