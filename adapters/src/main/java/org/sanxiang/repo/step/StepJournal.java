package org.sanxiang.repo.step;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

/**
 * The step journal in three tables of the engine's database, created on first use (plain SQL that H2
 * 2.x and PostgreSQL both accept):
 * <ul>
 * <li>{@code sx_step}: a step that has written, until it is settled (finished or undone);</li>
 * <li>{@code sx_step_write}: each write of a step, recorded before it is made, with what undoing it
 * needs (the name of a document to create, the values a property update replaces);</li>
 * <li>{@code sx_step_commit}: the commit marker, inserted in the engine's own transaction, so "the
 * engine committed the step" and "the marker exists" are one fact.</li>
 * </ul>
 * Apart from the marker every statement commits on its own (autonomously of the engine), so what is
 * recorded survives the step's rollback and a kill. One connection, statements serialized on it; a
 * failed statement drops the connection and the next one takes a new one.
 */
public final class StepJournal implements AutoCloseable {

    static final String STEPS = "sx_step";
    static final String WRITES = "sx_step_write";
    static final String COMMITS = "sx_step_commit";
    private static final int MAX_TEXT = 2000;

    /** The kinds of write and how each is undone or finished. */
    public enum Kind {
        /**
         * A document created: undone by deleting it (by id; when the id never came back, the document of its name in
         * the case if it was created after the write was journaled, unless the repository refused the name as taken).
         */
        CREATE,
        /** Properties set: undone by setting the values they had. */
        UPDATE,
        /** An aspect added: undone by removing it, or by restoring its values when it was there before. */
        ADD_ASPECT,
        /** An aspect removed: undone by adding it again with its values. */
        REMOVE_ASPECT,
        /** A document to delete: never undone, because it is deleted only once the step has committed. */
        DELETE
    }

    /** A journaled write. */
    public record Write(String stepId, int seq, Kind kind, String caseId, String nodeId, String name, String aspect,
            String before, String resultId) {
    }

    /** A step that has not been settled. */
    public record Pending(String stepId, String origin, String caseId, Instant startedAt, String state, String lastError,
            boolean committed, int writes) {
    }

    private final DataSource dataSource;
    private Connection connection;

    public StepJournal(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + STEPS + " (step_id VARCHAR(64) PRIMARY KEY, "
                    + "origin VARCHAR(1000) NOT NULL, case_id VARCHAR(400), started_at TIMESTAMP NOT NULL, "
                    + "state VARCHAR(16) NOT NULL, last_error VARCHAR(" + MAX_TEXT + "))");
            s.execute("CREATE TABLE IF NOT EXISTS " + WRITES + " (step_id VARCHAR(64) NOT NULL, seq INT NOT NULL, "
                    + "kind VARCHAR(16) NOT NULL, case_id VARCHAR(400), node_id VARCHAR(400), name VARCHAR(4000), "
                    + "aspect VARCHAR(400), before_values VARCHAR(1000000), result_id VARCHAR(400), "
                    + "PRIMARY KEY (step_id, seq))");
            s.execute("CREATE TABLE IF NOT EXISTS " + COMMITS + " (step_id VARCHAR(64) PRIMARY KEY, "
                    + "committed_at TIMESTAMP NOT NULL)");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("step journal: cannot create its tables: " + e.getMessage(), e);
        }
    }

    void begin(String stepId, String origin, String caseId, Instant at) {
        update("INSERT INTO " + STEPS + " (step_id, origin, case_id, started_at, state) VALUES (?, ?, ?, ?, 'open')",
                stepId, clip(origin, 1000), caseId, Timestamp.from(at));
    }

    void write(Write w) {
        update("INSERT INTO " + WRITES + " (step_id, seq, kind, case_id, node_id, name, aspect, before_values, result_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", w.stepId(), w.seq(), w.kind().name(), w.caseId(), w.nodeId(),
                w.name(), w.aspect(), w.before(), w.resultId());
    }

    /** Replaces what undoing a write needs (a create the repository refused: the name was taken before it). */
    void before(String stepId, int seq, String before) {
        update("UPDATE " + WRITES + " SET before_values = ? WHERE step_id = ? AND seq = ?", before, stepId, seq);
    }

    void result(String stepId, int seq, String resultId) {
        update("UPDATE " + WRITES + " SET result_id = ? WHERE step_id = ? AND seq = ?", resultId, stepId, seq);
    }

    /** Inserts the marker on the engine's connection, inside its transaction: it commits with the engine's changes. */
    static void mark(Connection engine, String stepId, Instant at) throws SQLException {
        try (PreparedStatement ps = engine.prepareStatement("INSERT INTO " + COMMITS + " (step_id, committed_at) VALUES (?, ?)")) {
            ps.setString(1, stepId);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.executeUpdate();
        }
    }

    /** Inserts the marker of a step that is not an engine command (its last write is its commit). */
    void mark(String stepId, Instant at) {
        if (!committed(stepId)) {
            update("INSERT INTO " + COMMITS + " (step_id, committed_at) VALUES (?, ?)", stepId, Timestamp.from(at));
        }
    }

    synchronized boolean committed(String stepId) {
        return !query("SELECT 1 FROM " + COMMITS + " WHERE step_id = ?", rs -> 1, stepId).isEmpty();
    }

    List<Write> writes(String stepId) {
        return query("SELECT step_id, seq, kind, case_id, node_id, name, aspect, before_values, result_id FROM " + WRITES
                + " WHERE step_id = ? ORDER BY seq", rs -> new Write(rs.getString(1), rs.getInt(2),
                        Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9)), stepId);
    }

    /** Every step not yet settled, oldest first. */
    public List<Pending> pending() {
        return query("SELECT s.step_id, s.origin, s.case_id, s.started_at, s.state, s.last_error, "
                + "(SELECT COUNT(*) FROM " + COMMITS + " c WHERE c.step_id = s.step_id), "
                + "(SELECT COUNT(*) FROM " + WRITES + " w WHERE w.step_id = s.step_id) FROM " + STEPS + " s "
                + "ORDER BY s.started_at, s.step_id", rs -> new Pending(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6), rs.getInt(7) > 0, rs.getInt(8)));
    }

    void unsettled(String stepId, String error) {
        update("UPDATE " + STEPS + " SET state = 'unsettled', last_error = ? WHERE step_id = ?", clip(error, MAX_TEXT),
                stepId);
    }

    /** Removes a settled step: its writes, its marker, its row, in one transaction. */
    synchronized void forget(String stepId) {
        try {
            Connection c = connection();
            c.setAutoCommit(false);
            try {
                for (String table : List.of(WRITES, COMMITS, STEPS)) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE step_id = ?")) {
                        ps.setString(1, stepId);
                        ps.executeUpdate();
                    }
                }
                c.commit();
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            drop();
            throw new IllegalStateException("step journal: " + e.getMessage(), e);
        }
    }

    // ---- plain JDBC on the one connection

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private synchronized void update(String sql, Object... params) {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            bind(ps, params);
            ps.executeUpdate();
        } catch (SQLException e) {
            drop();
            throw new IllegalStateException("step journal: " + e.getMessage(), e);
        }
    }

    private synchronized <T> List<T> query(String sql, Row<T> row, Object... params) {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            bind(ps, params);
            List<T> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(row.read(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            drop();
            throw new IllegalStateException("step journal: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
        }
        return connection;
    }

    private void drop() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // the connection is given up either way
        }
        connection = null;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public synchronized void close() {
        drop();
    }
}
