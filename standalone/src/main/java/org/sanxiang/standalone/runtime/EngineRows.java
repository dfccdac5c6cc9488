package org.sanxiang.standalone.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.history.HistoricProcessInstance;
import org.activiti.engine.impl.ProcessEngineImpl;
import org.activiti.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.activiti.engine.runtime.ProcessInstance;

/**
 * Reads of the engine's tables for a whole page at once, where the engine's query API reads one row's
 * worth per call (a task's candidate groups, a process's variable): one statement per page, by the
 * indexed id columns, never by scanning the variable table. The engine's schema is the standalone's own
 * (Activiti 5.23, no table prefix), so these reads stay in the standalone runtime.
 */
final class EngineRows {

    /** Rows per statement: keeps the IN lists within every database's limit. */
    private static final int CHUNK = 500;

    private final ProcessEngine engine;
    private final DataSource dataSource;

    EngineRows(ProcessEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.dataSource = ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getDataSource();
    }

    /** The candidate groups of each task, in one statement per page. */
    Map<String, Set<String>> candidateGroups(Collection<String> taskIds) {
        Map<String, Set<String>> groups = new HashMap<>();
        select("SELECT TASK_ID_, GROUP_ID_ FROM ACT_RU_IDENTITYLINK WHERE TYPE_ = 'candidate' AND GROUP_ID_ IS NOT NULL"
                + " AND TASK_ID_ IN ", taskIds, rs -> groups.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>())
                        .add(rs.getString(2)));
        return groups;
    }

    /** A text variable of each process instance (on the instance itself), by instance id. */
    Map<String, String> processText(Collection<String> processInstanceIds, String name) {
        Map<String, String> values = new HashMap<>();
        select("SELECT PROC_INST_ID_, TEXT_ FROM ACT_RU_VARIABLE WHERE EXECUTION_ID_ = PROC_INST_ID_ AND NAME_ = '"
                + name.replace("'", "''") + "' AND PROC_INST_ID_ IN ", processInstanceIds,
                rs -> values.put(rs.getString(1), rs.getString(2)));
        return values;
    }

    /** The business key (the case id) of each running process instance: one engine query. */
    Map<String, String> businessKeys(Collection<String> processInstanceIds) {
        Map<String, String> keys = new HashMap<>();
        if (processInstanceIds.isEmpty()) {
            return keys;
        }
        for (ProcessInstance p : engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceIds(new LinkedHashSet<>(processInstanceIds)).list()) {
            if (p.getBusinessKey() != null) {
                keys.put(p.getId(), p.getBusinessKey());
            }
        }
        return keys;
    }

    /** The processes, running or ended, of each case (business key), oldest first: one engine query per page. */
    Map<String, List<HistoricProcessInstance>> processesOfCases(Collection<String> caseIds) {
        Map<String, List<HistoricProcessInstance>> byCase = new HashMap<>();
        List<String> ids = List.copyOf(new LinkedHashSet<>(caseIds));
        String table = engine.getManagementService().getTableName(HistoricProcessInstanceEntity.class);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("SELECT RES.* FROM " + table + " RES WHERE RES.BUSINESS_KEY_ IN (");
            var q = engine.getHistoryService().createNativeHistoricProcessInstanceQuery();
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("#{k").append(i).append('}');
                q.parameter("k" + i, chunk.get(i));
            }
            sql.append(") ORDER BY RES.START_TIME_ ASC, RES.ID_ ASC");
            for (HistoricProcessInstance p : q.sql(sql.toString()).list()) {
                byCase.computeIfAbsent(p.getBusinessKey(), k -> new ArrayList<>()).add(p);
            }
        }
        return byCase;
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void select(String sqlUpToIn, Collection<String> ids, Row row) {
        List<String> list = List.copyOf(new LinkedHashSet<>(ids));
        if (list.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < list.size(); from += CHUNK) {
                List<String> chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
                String sql = sqlUpToIn + "(" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            row.read(rs);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("engine tables: " + e.getMessage(), e);
        }
    }
}
