package org.sanxiang.repo.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.lang.reflect.Proxy;
import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.workflow.port.Publication;

class JdbcPendingPublicationsTest {

    @TempDir
    Path dir;

    private JdbcPendingPublications open() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("outbox").toAbsolutePath());
        return new JdbcPendingPublications(ds);
    }

    @Test
    @DisplayName("requests survive a reopen, keep their order, record failures and leave when done")
    void durableOutbox() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Publication p = new Publication("case-1", "penalty", "标题", "摘要", "全文", LocalDate.of(2027, 1, 31));
        JdbcPendingPublications outbox = open();
        PendingRequest publish = outbox.add(PendingRequest.accept("sxpub-1", PendingRequest.Operation.PUBLISH, p, null, now)).orElseThrow();
        PendingRequest withdraw = outbox.add(PendingRequest.accept("sxpub-1", PendingRequest.Operation.WITHDRAW, null, "撤销", now)).orElseThrow();
        assertTrue(withdraw.seq() > publish.seq());
        outbox.failed(publish.seq(), "unreachable: connection refused", now.plusSeconds(5));

        List<PendingRequest> reopened = open().all();
        assertEquals(2, reopened.size());
        PendingRequest first = reopened.get(0);
        assertEquals(p, first.publication());
        assertEquals(1, first.attempts());
        assertEquals("unreachable: connection refused", first.lastError());
        assertEquals(now.plusSeconds(5), first.nextAttemptAt());
        assertEquals(PendingRequest.Operation.WITHDRAW, reopened.get(1).operation());
        assertNull(reopened.get(1).publication());
        assertEquals("撤销", reopened.get(1).reason());

        assertFalse(outbox.delivered("sxpub-1"));
        outbox.done(publish.seq());
        assertEquals(List.of(withdraw.seq()), open().all().stream().map(PendingRequest::seq).toList());
        assertTrue(open().delivered("sxpub-1"), "a delivered publish is remembered");
        outbox.done(withdraw.seq());
        assertTrue(open().all().isEmpty());
        assertFalse(open().delivered("sxpub-2"));
    }

    @Test
    @DisplayName("a publication id is accepted once: a second publish is refused by the insert, pending or delivered, also after a reopen")
    void publishAcceptedOnce() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Publication p = new Publication("case-2", "penalty", "标题", "摘要", null, null);
        JdbcPendingPublications outbox = open();
        PendingRequest first = outbox.add(PendingRequest.accept("sxpub-2", PendingRequest.Operation.PUBLISH, p, null, now))
                .orElseThrow();
        assertTrue(outbox.add(PendingRequest.accept("sxpub-2", PendingRequest.Operation.PUBLISH, p, null, now)).isEmpty(),
                "pending: not accepted twice");
        assertEquals(1, outbox.all().size());

        outbox.done(first.seq());
        assertTrue(open().add(PendingRequest.accept("sxpub-2", PendingRequest.Operation.PUBLISH, p, null, now)).isEmpty(),
                "delivered: not accepted again, by a reopened outbox either");
        assertTrue(open().all().isEmpty());

        // Other requests for the same publication are not publishes: each is accepted.
        assertTrue(outbox.add(PendingRequest.accept("sxpub-2", PendingRequest.Operation.WITHDRAW, null, "撤销", now)).isPresent());
        assertTrue(outbox.add(PendingRequest.accept("sxpub-2", PendingRequest.Operation.TAKE_DOWN, null, "期满", now)).isPresent());
        assertEquals(2, outbox.all().size());
        assertTrue(outbox.add(PendingRequest.accept("sxpub-3", PendingRequest.Operation.PUBLISH, p, null, now)).isPresent(),
                "another id is accepted");
    }

    /** An H2 data source that remembers the last connection it gave, so a test can cut it. */
    private static final class CuttableDataSource {
        final JdbcDataSource h2 = new JdbcDataSource();
        Connection last;

        DataSource dataSource() {
            return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                    (proxy, method, args) -> {
                        Object result = method.invoke(h2, args);
                        if (result instanceof Connection c) {
                            last = c;
                        }
                        return result;
                    });
        }
    }

    @Test
    @DisplayName("a dead held connection (database restarted, idle connection cut) is replaced: reads, publishes and done run again on a new one; a withdrawal is not repeated but the next call works")
    void survivesALostConnection() throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        CuttableDataSource ds = new CuttableDataSource();
        ds.h2.setURL("jdbc:h2:file:" + dir.resolve("cut").toAbsolutePath());
        JdbcPendingPublications outbox = new JdbcPendingPublications(ds.dataSource());
        Publication p = new Publication("case-9", "penalty", "标题", "摘要", null, null);
        PendingRequest first = outbox.add(PendingRequest.accept("sxpub-9", PendingRequest.Operation.PUBLISH, p, null, now))
                .orElseThrow();

        ds.last.close();
        assertEquals(1, outbox.all().size(), "read again on a new connection");
        ds.last.close();
        PendingRequest second = outbox.add(PendingRequest.accept("sxpub-10", PendingRequest.Operation.PUBLISH, p, null, now))
                .orElseThrow();
        ds.last.close();
        outbox.done(first.seq());
        assertEquals(List.of(second.seq()), outbox.all().stream().map(PendingRequest::seq).toList());

        ds.last.close();
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> outbox.add(
                PendingRequest.accept("sxpub-10", PendingRequest.Operation.WITHDRAW, null, "撤销", now)));
        assertTrue(refused.getMessage().startsWith("outbox: cannot store WITHDRAW of sxpub-10"), refused.getMessage());
        assertTrue(outbox.add(PendingRequest.accept("sxpub-10", PendingRequest.Operation.WITHDRAW, null, "撤销", now))
                .isPresent(), "the caller's retry lands on a new connection");
        assertEquals(2, outbox.all().size());
        outbox.close();
    }
}
