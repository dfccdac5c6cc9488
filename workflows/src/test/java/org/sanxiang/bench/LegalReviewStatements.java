package org.sanxiang.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.activiti.engine.ProcessEngine;

/**
 * What {@link LegalReviewProcessBenchmark}'s sides cost in SQL, counted by H2 itself
 * ({@code INFORMATION_SCHEMA.QUERY_STATISTICS}): statements per run and rows written per table, by side.
 * Unlike time, the counts do not move with the machine's load.
 *
 * <pre>java -cp ... org.sanxiang.bench.LegalReviewStatements [runs per side] [detail]</pre>
 *
 * With {@code detail}, each side's statements are also listed with their executions per run, so that where a side's
 * statements come from can be read against another's.
 */
public final class LegalReviewStatements {

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        boolean detail = args.length > 1 && "detail".equals(args[1]);
        StringBuilder details = new StringBuilder();
        LegalReviewProcessBenchmark b = new LegalReviewProcessBenchmark();
        b.start();
        Map<String, Supplier<String>> sides = b.fairSides();
        ProcessEngine engine = b.engine();
        for (int i = 0; i < runs; i++) {
            sides.values().forEach(Supplier::get); // warm: the deployments cached, the id block taken
        }
        StringBuilder out = new StringBuilder("| side | statements per run | of them SELECT | rows inserted per run |\n|---|---:|---:|---|\n");
        for (Map.Entry<String, Supplier<String>> side : sides.entrySet()) {
            sql(engine, "SET QUERY_STATISTICS_MAX_ENTRIES 1000");
            sql(engine, "SET QUERY_STATISTICS FALSE");
            sql(engine, "SET QUERY_STATISTICS TRUE");
            for (int i = 0; i < runs; i++) {
                side.getValue().get();
            }
            long[] totals = new long[2];
            Map<String, Long> inserted = new TreeMap<>();
            engine.getManagementService().executeCommand(context -> {
                Connection c = context.getDbSqlSession().getSqlSession().getConnection();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "select SQL_STATEMENT, EXECUTION_COUNT, CUMULATIVE_ROW_COUNT from INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                    while (rs.next()) {
                        String statement = rs.getString(1).trim().replaceAll("\\s+", " ");
                        if (statement.contains("QUERY_STATISTICS")) {
                            continue;
                        }
                        totals[0] += rs.getLong(2);
                        if (detail) {
                            details.append(String.format("%s\t%.2f\t%s%n", side.getKey(), rs.getLong(2) / (double) runs,
                                    statement.length() > 160 ? statement.substring(0, 160) : statement));
                        }
                        if (statement.regionMatches(true, 0, "select", 0, 6)) {
                            totals[1] += rs.getLong(2);
                        }
                        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)^insert into (ACT_\\w+)").matcher(statement);
                        if (m.find()) {
                            inserted.merge(m.group(1).toUpperCase(), rs.getLong(3), Long::sum);
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
            StringBuilder rows = new StringBuilder();
            inserted.forEach((table, n) -> rows.append(rows.length() == 0 ? "" : ", ").append(table).append(' ')
                    .append(String.format("%.0f", n / (double) runs)));
            out.append(String.format("| %s | %.1f | %.1f | %s |%n", side.getKey(), totals[0] / (double) runs,
                    totals[1] / (double) runs, rows));
        }
        b.stop();
        System.out.println(out);
        System.out.print(details);
    }

    private static void sql(ProcessEngine engine, String statement) {
        engine.getManagementService().executeCommand(context -> {
            try (Statement s = context.getDbSqlSession().getSqlSession().getConnection().createStatement()) {
                s.execute(statement);
            } catch (SQLException e) {
                throw new IllegalStateException(statement, e);
            }
            return null;
        });
    }
}
