package org.sanxiang.standalone.rest;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.standalone.runtime.SanxiangRuntime;

/** A sandbox runtime (no dataset) and its REST API on free ports on 127.0.0.1; {@link #http} acts as officer1. */
final class SandboxFixture implements AutoCloseable {

    final SanxiangRuntime runtime;
    final RestApi rest;
    final Http http;

    SandboxFixture(Path dataDir, long maxUpload) {
        this(RuntimeConfig.sandbox(dataDir).withMaxUpload(maxUpload));
    }

    SandboxFixture(RuntimeConfig config) {
        runtime = SanxiangRuntime.start(config, List.of());
        rest = RestApi.start(runtime.guard(), runtime.authenticator(), "127.0.0.1", 0, config.maxUploadBytes(),
                config.defaultProfile());
        runtime.announceRestUrl(rest.url());
        http = new Http(rest.url()).as("officer1");
    }

    /** Makes H2 count the engine's statements from now on ({@link #variableScans}). */
    void recordEngineStatements() {
        sql("SET QUERY_STATISTICS_MAX_ENTRIES 5000", "SET QUERY_STATISTICS FALSE", "SET QUERY_STATISTICS TRUE");
    }

    /**
     * The engine's statements since {@link #recordEngineStatements} that match a variable's value (Activiti's
     * {@code A0.} join) without the business key: each reads the variable rows of every process, so its cost grows
     * with the archive (issue 17: a case's processes are found by their business key).
     */
    List<String> variableScans() {
        List<String> scans = new ArrayList<>();
        runtime.engine().getManagementService().executeCommand(context -> {
            try (Statement s = context.getDbSqlSession().getSqlSession().getConnection().createStatement();
                    ResultSet rs = s.executeQuery("select SQL_STATEMENT from INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                while (rs.next()) {
                    String statement = rs.getString(1).replaceAll("\\s+", " ");
                    if (statement.contains("A0.NAME_") && !statement.contains("BUSINESS_KEY_ =")) {
                        scans.add(statement);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        return scans;
    }

    /**
     * The statements since {@link #recordEngineStatements}, each with the times it ran, and then starts counting
     * afresh. The job executor's polling is left out: it runs on its own clock.
     */
    java.util.Map<String, Long> takeStatements() {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        runtime.engine().getManagementService().executeCommand(context -> {
            try (Statement s = context.getDbSqlSession().getSqlSession().getConnection().createStatement();
                    ResultSet rs = s.executeQuery("select SQL_STATEMENT, EXECUTION_COUNT from INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                while (rs.next()) {
                    String statement = rs.getString(1).replaceAll("\\s+", " ");
                    if (!statement.contains("LOCK_EXP_TIME_") && !statement.contains("INFORMATION_SCHEMA")
                            && !statement.startsWith("SET ")) {
                        counts.merge(statement, rs.getLong(2), Long::sum);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        recordEngineStatements();
        return counts;
    }

    private void sql(String... commands) {
        runtime.engine().getManagementService().executeCommand(context -> {
            try (Statement s = context.getDbSqlSession().getSqlSession().getConnection().createStatement()) {
                for (String command : commands) {
                    s.execute(command);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    @Override
    public void close() {
        rest.close();
        runtime.close();
    }
}
