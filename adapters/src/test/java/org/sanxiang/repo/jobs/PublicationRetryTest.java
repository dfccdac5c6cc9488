package org.sanxiang.repo.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.repo.cmis.JdbcPendingPublications;
import org.sanxiang.repo.cmis.PendingRequest;
import org.sanxiang.workflow.port.Publication;

/** The retry job over a real outbox table (H2) and a CMIS endpoint that does not answer. */
class PublicationRetryTest {

    @TempDir
    Path dir;

    private JdbcPendingPublications outbox;

    @BeforeEach
    void outbox() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("alf").toAbsolutePath());
        outbox = new JdbcPendingPublications(ds);
        Publication p = new Publication("case-1", "penalty", "行政处罚决定", "摘要", "全文", LocalDate.of(2027, 1, 31));
        outbox.add(PendingRequest.accept("sxpub-1", PendingRequest.Operation.PUBLISH, p, null, Instant.now().minusSeconds(60)));
    }

    private PublicationRetry retry(String url) {
        return new PublicationRetry(url, "browser", "portal", "secret", "/gongshi", outbox, Clock.systemUTC());
    }

    @Test
    @DisplayName("with no channel URL the channel is off: requests wait and the run says how many")
    void channelOff() {
        assertEquals("publication retry: channel off (sanxiang.disclosure.cmis.url is empty), 1 request(s) waiting",
                retry("").run());
        assertEquals(0, outbox.all().get(0).attempts());
    }

    @Test
    @DisplayName("an unreachable repository leaves the request in the outbox with the error and a later attempt")
    void unreachable() {
        String summary = retry("http://127.0.0.1:1/cmis/browser").run();
        assertEquals("publication retry: 0 delivered, 1 waiting", summary);
        List<PendingRequest> pending = outbox.all();
        assertEquals(1, pending.get(0).attempts());
        assertTrue(pending.get(0).lastError().startsWith("unreachable"), pending.get(0).lastError());
        assertTrue(pending.get(0).nextAttemptAt().isAfter(Instant.now()));
    }

    @Test
    @DisplayName("a bad channel setting stops start-up naming the field")
    void badSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PublicationRetry("http://x/cmis", "soap", "u", "p", "/gongshi", outbox, Clock.systemUTC()));
        assertTrue(e.getMessage().startsWith("binding"), e.getMessage());
    }
}
