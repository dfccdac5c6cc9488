package org.sanxiang.standalone.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/** The runtime database's kept connections: reused, and handed out as if new; an in-memory one gone when closed. */
class DatabaseConnectionsTest {

    private static long session(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT SESSION_ID()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aConnectionGivenBackIsReusedWithItsUncommittedWorkRolledBackAndAutoCommitOn() throws Exception {
        try (Database db = new Database("jdbc:h2:mem:connections-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "")) {
            db.ddl("CREATE TABLE t (v INT)");
            long first;
            Connection c = db.getConnection();
            first = session(c);
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO t VALUES (1)");
            }
            c.close();
            assertTrue(c.isClosed());
            assertThrows(SQLException.class, c::createStatement, "a connection given back cannot be used by its former holder");
            try (Connection again = db.getConnection()) {
                assertEquals(first, session(again), "the same session, not a new one");
                assertTrue(again.getAutoCommit());
                Connection other = db.getConnection();
                assertNotEquals(first, session(other), "one in use is not lent twice");
                other.close();
            }
            assertEquals(0, db.query("SELECT COUNT(*) FROM t", rs -> rs.getInt(1)).get(0), "the uncommitted insert was rolled back");
        }
    }

    @Test
    void aClosedInMemoryDatabaseIsGone() throws Exception {
        String url = "jdbc:h2:mem:closed-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Database db = new Database(url, "sa", "");
        db.ddl("CREATE TABLE t (v INT)");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO t VALUES (1)");
        }
        db.close();
        db.close(); // twice: nothing more
        SQLException gone = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "").close(),
                "the database outlived its runtime");
        assertEquals(90146, gone.getErrorCode(), gone.getMessage()); // database not found
    }
}
