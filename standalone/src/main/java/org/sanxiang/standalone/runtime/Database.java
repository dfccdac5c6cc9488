package org.sanxiang.standalone.runtime;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The runtime's database (H2 in memory or in a file, or PostgreSQL) for its own small tables: the
 * disclosure outbox, the borrowing register, access grants, notifications. A connection per call,
 * committed before the call returns; the engine keeps its own pool on the same URL. Connections given
 * back are kept for the next call (up to {@value #IDLE}): opening one cost ~1 ms on H2 and a fresh session
 * that has parsed none of the statements, and on PostgreSQL a round trip and an authentication.
 */
public final class Database implements DataSource, AutoCloseable {

    /** Connections kept open while unused. */
    static final int IDLE = 8;

    /** Reads one row. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final String url;
    private final String user;
    private final String password;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    public Database(String url, String user, String password) {
        if (url == null || !(url.startsWith("jdbc:h2:") || url.startsWith("jdbc:postgresql:"))) {
            throw new IllegalArgumentException("jdbc-url: only H2 (jdbc:h2:) and PostgreSQL (jdbc:postgresql:) are supported, got "
                    + url);
        }
        this.url = url;
        this.user = Objects.requireNonNullElse(user, "sa");
        this.password = Objects.requireNonNullElse(password, "");
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Runs DDL (CREATE TABLE IF NOT EXISTS ...). */
    public void ddl(String... statements) {
        try (Connection c = getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
            commit(c);
        } catch (SQLException e) {
            throw new IllegalStateException("database " + url + ": " + e.getMessage(), e);
        }
    }

    /** An INSERT that returns the generated key of {@code keyColumn}. */
    public long insert(String sql, String keyColumn, Object... params) {
        try (Connection c = getConnection(); PreparedStatement ps = c.prepareStatement(sql, new String[] {keyColumn})) {
            bind(ps, params);
            ps.executeUpdate();
            long key;
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no generated key");
                }
                key = keys.getLong(1);
            }
            commit(c);
            return key;
        } catch (SQLException e) {
            throw new IllegalStateException("database: " + e.getMessage(), e);
        }
    }

    public int update(String sql, Object... params) {
        try (Connection c = getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            int n = ps.executeUpdate();
            commit(c);
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException("database: " + e.getMessage(), e);
        }
    }

    public <T> List<T> query(String sql, Row<T> row, Object... params) {
        try (Connection c = getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            List<T> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(row.read(rs));
                }
            }
            commit(c);
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("database: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            ps.setObject(i + 1, p instanceof Instant t ? Timestamp.from(t) : p);
        }
    }

    private static void commit(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /**
     * A connection in auto-commit mode, an idle one when there is one that still works; closing it gives it
     * back (what it left uncommitted is rolled back).
     */
    @Override
    public Connection getConnection() throws SQLException {
        Connection physical;
        while ((physical = takeIdle()) != null) {
            if (physical.isValid(2)) {
                return lent(physical);
            }
            quietly(physical);
        }
        return lent(DriverManager.getConnection(url, user, password));
    }

    private synchronized Connection takeIdle() {
        return idle.pollFirst();
    }

    private Connection lent(Connection physical) {
        boolean[] given = {false};
        return (Connection) Proxy.newProxyInstance(Database.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close" -> {
                            if (!given[0]) {
                                given[0] = true;
                                giveBack(physical);
                            }
                            return null;
                        }
                        case "isClosed" -> {
                            return given[0] || physical.isClosed();
                        }
                        case "unwrap", "isWrapperFor", "equals", "hashCode", "toString" -> {
                            // fall through to the physical connection
                        }
                        default -> {
                            if (given[0]) {
                                throw new SQLException("connection already closed");
                            }
                        }
                    }
                    try {
                        return method.invoke(physical, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void giveBack(Connection physical) {
        try {
            if (physical.isClosed()) {
                return;
            }
            if (!physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
            }
            synchronized (this) {
                if (!closed && idle.size() < IDLE) {
                    idle.addFirst(physical);
                    return;
                }
            }
        } catch (SQLException e) {
            // a connection that cannot be reset is not kept
        }
        quietly(physical);
    }

    private static void quietly(Connection physical) {
        try {
            physical.close();
        } catch (SQLException e) {
            // given up either way
        }
    }

    /**
     * Closes the idle connections (connections still lent are closed when given back) and an in-memory H2
     * database: the sandbox's lives between connections ({@code DB_CLOSE_DELAY=-1}) until shut down, so without
     * this every sandbox closed in a JVM kept its whole database, history and journal, in memory.
     */
    @Override
    public void close() {
        List<Connection> open;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            open = new ArrayList<>(idle);
            idle.clear();
        }
        open.forEach(Database::quietly);
        if (url.startsWith("jdbc:h2:mem:")) {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                System.err.println("sanxiang: the in-memory database " + url + " did not shut down: " + e.getMessage());
            }
        }
    }

    @Override
    public Connection getConnection(String username, String pw) throws SQLException {
        return DriverManager.getConnection(url, username, pw);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    @Override
    public String toString() {
        return "Database[" + url + "]"; // never the password
    }
}
