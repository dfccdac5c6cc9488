package org.sanxiang.workflow.port;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.sanxiang.workflow.port.memory.InMemoryAccessGrants;
import org.sanxiang.workflow.port.memory.InMemoryBorrowingRegister;
import org.sanxiang.workflow.port.memory.InMemoryCases;
import org.sanxiang.workflow.port.memory.InMemoryDisclosureChannel;

/** The in-memory ports keep the contracts the delegates rely on. */
class InMemoryPortsTest {

    private final InMemoryCases cases = new InMemoryCases();

    InMemoryPortsTest() {
        cases.addCase(new CaseFolder("c1", "fushun-2026", "抚人社〔2026〕1号", "案", Set.of("p"), false, Map.of()));
    }

    @Test
    void recordsPropertiesAspectsAndContent() throws IOException {
        CaseRecord r = cases.createRecord("c1", "sx:avRecord", "v.mp4", Map.of("sx:a", 1));
        cases.setProperties(r.id(), Map.of("sx:b", "x"));
        cases.addAspect(r.id(), "sx:legalHold", Map.of("sx:holdReason", "投诉"));
        CaseRecord read = cases.records("c1").get(0);
        assertEquals(Map.of("sx:a", 1, "sx:b", "x", "sx:holdReason", "投诉"), read.properties());
        assertEquals(Set.of("sx:legalHold"), read.aspects());
        cases.removeAspect(r.id(), "sx:legalHold");
        assertTrue(cases.records("c1").get(0).aspects().isEmpty());
        cases.putContent(r.id(), new byte[] {1, 2, 3});
        try (InputStream in = cases.content(r.id())) {
            assertArrayEquals(new byte[] {1, 2, 3}, in.readAllBytes());
        }
        cases.addAspect("c1", "sx:legalHold", Map.of());
        assertEquals(Set.of("sx:legalHold"), cases.facts("c1").aspects());
    }

    @Test
    void destroyingARecordLeavesItsTrace() {
        CaseRecord r = cases.createRecord("c1", "sx:textRecord", "a.pdf", Map.of());
        String trace = cases.destroyRecord(r.id(), new DocumentDraft("sx:destructionTrace", "a.pdf.trace", Map.of(), "digest=..."));
        assertEquals(List.of(trace), cases.records("c1").stream().map(CaseRecord::id).toList());
        assertEquals("digest=...", cases.text(trace));
        assertThrows(IllegalArgumentException.class, () -> cases.content(r.id()));
    }

    @Test
    void unknownIdsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cases.facts("nope"));
        assertTrue(e.getMessage().startsWith("caseId"));
        e = assertThrows(IllegalArgumentException.class, () -> cases.setProperties("nope", Map.of()));
        assertTrue(e.getMessage().startsWith("nodeId"));
    }

    @Test
    void concurrentWritersGetDistinctIds() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Set<String> ids = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 400; i++) {
            pool.execute(() -> ids.add(cases.createRecord("c1", "sx:textRecord", "r", Map.of()).id()));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(400, ids.size());
        assertEquals(400, cases.records("c1").size());
    }

    @Test
    void disclosureChannelLifecycle() {
        InMemoryDisclosureChannel channel = new InMemoryDisclosureChannel();
        Publication p = new Publication("c1", "penalty", "行政处罚决定", "摘要", null, LocalDate.of(2027, 1, 1));
        String id = channel.publish(p);
        channel.correct(id, new Publication("c1", "penalty", "行政处罚决定（更正）", "摘要", null, null), "错字");
        assertEquals("行政处罚决定（更正）", channel.publication(id).orElseThrow().title());
        channel.withdraw(id, "决定已撤销");
        assertEquals(DisclosureChannel.State.WITHDRAWN, channel.state(id).orElseThrow());
        assertThrows(IllegalStateException.class, () -> channel.takeDown(id));
        assertThrows(IllegalArgumentException.class, () -> channel.takeDown("publication-99"));
    }

    @Test
    void registerEntriesCloseOnceAndStay() {
        InMemoryBorrowingRegister register = new InMemoryBorrowingRegister();
        String id = register.record(new BorrowingEntry(null, "c1", "pi", "张三", "法院", "COURT", "函", "诉讼", "leader",
                Instant.EPOCH, Instant.EPOCH, Instant.EPOCH.plusSeconds(60), List.of("r1"), Map.of(),
                BorrowingEntry.Status.OPEN, null, null, null));
        register.close(id, BorrowingEntry.Status.RETURNED, 1, Instant.EPOCH.plusSeconds(30), "ok");
        assertThrows(IllegalStateException.class,
                () -> register.close(id, BorrowingEntry.Status.EXPIRED, null, Instant.EPOCH, "late"));
        assertEquals(1, register.entries("c1").size());
        assertEquals(BorrowingEntry.Status.RETURNED, register.find(id).orElseThrow().status());
    }

    @Test
    void grantsAreRevokedOnce() {
        InMemoryAccessGrants grants = new InMemoryAccessGrants();
        String id = grants.grant("c1", "张三", List.of("r1"), Instant.EPOCH, false);
        assertTrue(grants.isActive(id));
        grants.revoke(id, "returned");
        assertFalse(grants.isActive(id));
        assertThrows(IllegalStateException.class, () -> grants.revoke(id, "again"));
    }

    @Test
    void copiesAreTakenOnlyUnderALiveGrantThatAllowsThem_wuhan2020_全过程记录_第二十七条第三款() {
        InMemoryAccessGrants grants = new InMemoryAccessGrants();
        Instant now = Instant.parse("2026-03-02T02:00:00Z");
        String readOnly = grants.grant("c1", "张三", List.of("r1"), now.plusSeconds(60), false);
        assertFalse(grants.takeCopy("c1", "张三", "r1", now), "reading is not copying");
        String copies = grants.grant("c1", "张三", List.of("r1"), now.plusSeconds(60), true);
        assertTrue(grants.takeCopy("c1", "张三", "r1", now));
        assertTrue(grants.takeCopy("c1", "张三", "r1", now));
        assertEquals(2, grants.copiesTaken(copies));
        assertEquals(0, grants.copiesTaken(readOnly));
        assertFalse(grants.takeCopy("c1", "张三", "r2", now), "a record the grant does not list");
        assertFalse(grants.takeCopy("c1", "李四", "r1", now), "another person");
        assertFalse(grants.takeCopy("c1", "张三", "r1", now.plusSeconds(60)), "the period ended");
        grants.revoke(copies, "returned");
        assertFalse(grants.takeCopy("c1", "张三", "r1", now), "revoked");
        assertEquals(2, grants.copiesTaken(copies), "the count stays for the register");
        assertEquals(0, grants.copiesTaken("grant-none"));
    }
}
