package org.sanxiang.standalone.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.workflow.port.BorrowingEntry;

/**
 * The ports that were in memory only, on a real H2 file: what one instance wrote, a new instance on the
 * same file reads (as after a restart of the runtime).
 */
class JdbcPortsTest {

    @TempDir
    Path dir;

    Database database() {
        return new Database("jdbc:h2:file:" + dir.resolve("ports").toAbsolutePath(), "sa", "");
    }

    @Test
    void theBorrowingRegisterKeepsEntriesAcrossInstancesAndClosesThemOnce() {
        Instant now = Instant.parse("2026-03-02T02:00:00Z");
        BorrowingEntry open = new BorrowingEntry(null, "case-1", "pi-1", "王五", "某律师事务所", "LAWYER", "（2026）渝01行初1号",
                "行政诉讼举证", "leader1", now, now, now.plusSeconds(86_400 * 7), List.of("r1", "r2"),
                Map.of("r3", "whistleblower"), BorrowingEntry.Status.OPEN, null, null, null);
        String id = new JdbcBorrowingRegister(database()).record(open);

        JdbcBorrowingRegister again = new JdbcBorrowingRegister(database());
        BorrowingEntry read = again.find(id).orElseThrow();
        assertEquals(open.withId(id), read);
        again.close(id, BorrowingEntry.Status.RETURNED, 2, now.plusSeconds(3600), "归还");
        assertEquals(BorrowingEntry.Status.RETURNED, new JdbcBorrowingRegister(database()).find(id).orElseThrow().status());
        assertEquals(2, again.entries("case-1").get(0).copiesMade());
        assertThrows(IllegalStateException.class, () -> again.close(id, BorrowingEntry.Status.EXPIRED, 0, now, "x"));
        assertTrue(again.entries("case-2").isEmpty());
        assertTrue(again.find("borrowing-999").isEmpty());
    }

    @Test
    void accessGrantsStayActiveUntilRevokedAcrossInstances() {
        String grant = new JdbcAccessGrants(database()).grant("case-1", "王五", List.of("r1"), Instant.now().plusSeconds(60));
        JdbcAccessGrants again = new JdbcAccessGrants(database());
        assertTrue(again.isActive(grant));
        assertEquals(List.of("王五"), again.activeGrantees("case-1"));
        again.revoke(grant, "returned");
        assertFalse(new JdbcAccessGrants(database()).isActive(grant));
        assertThrows(IllegalStateException.class, () -> again.revoke(grant, "again"));
        assertThrows(IllegalArgumentException.class, () -> again.revoke("grant-999", "none"));
    }

    @Test
    void notificationsAreKeptPerCase() {
        new JdbcNotifications(database(), Clock.systemUTC(), false).inform("王五", "case-1", "调阅获批", "可于五个工作日内查阅");
        List<JdbcNotifications.Sent> sent = new JdbcNotifications(database(), Clock.systemUTC(), false).sent("case-1");
        assertEquals(1, sent.size());
        assertEquals("INFORM", sent.get(0).kind());
        assertEquals("王五", sent.get(0).recipient());
    }
}
