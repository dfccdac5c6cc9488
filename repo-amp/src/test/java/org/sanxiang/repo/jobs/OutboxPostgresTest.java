package org.sanxiang.repo.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.sanxiang.repo.cmis.JdbcPendingPublications;
import org.sanxiang.repo.cmis.PendingRequest;
import org.sanxiang.workflow.engine.PostgresCluster;
import org.sanxiang.workflow.engine.TestDatabase;
import org.sanxiang.workflow.port.Publication;

/**
 * The outbox in a PostgreSQL repository database, as in an Alfresco installation on PostgreSQL: the
 * table is created at start-up when absent (and left alone when present), with autocommit off as
 * Alfresco's pool hands out connections, and the retry job records its attempts there. Skipped
 * when no PostgreSQL binaries are installed (the workflows module's throwaway cluster).
 */
class OutboxPostgresTest {

    private TestDatabase database;
    private DataSource dataSource;

    @BeforeEach
    void database() {
        assumeTrue(PostgresCluster.unavailableReason().isEmpty(), () -> PostgresCluster.unavailableReason().orElse(""));
        database = PostgresCluster.newDatabase();
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(database.jdbcUrl());
        pg.setUser(database.user());
        pg.setPassword(database.password());
        // Alfresco's pool hands out connections with autocommit off: nothing counts until committed
        dataSource = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = method.invoke(pg, args);
                    if (result instanceof Connection c) {
                        c.setAutoCommit(false);
                    }
                    return result;
                });
    }

    @AfterEach
    void drop() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    @DisplayName("PostgreSQL: the outbox table is created once, survives a restart, and the retry job records its attempts")
    void outboxOnPostgres() throws Exception {
        JdbcPendingPublications outbox = new JdbcPendingPublications(dataSource);
        Publication p = new Publication("case-1", "penalty", "行政处罚决定", "摘要", "全文", LocalDate.of(2027, 1, 31));
        outbox.add(PendingRequest.accept("sxpub-1", PendingRequest.Operation.PUBLISH, p, null, Instant.now().minusSeconds(60)));

        JdbcPendingPublications restarted = new JdbcPendingPublications(dataSource); // table exists: kept
        assertEquals(1, restarted.all().size());
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, "public", "sx_pending_publication", null)) {
            assertTrue(rs.next());
        }

        PublicationRetry retry = new PublicationRetry("http://127.0.0.1:1/cmis/browser", "browser", "u", "p", "/gongshi",
                restarted, Clock.systemUTC());
        assertEquals("publication retry: 0 delivered, 1 waiting", retry.run());
        PendingRequest r = restarted.all().get(0);
        assertEquals(1, r.attempts());
        assertTrue(r.lastError().startsWith("unreachable"), r.lastError());
    }
}
