package org.sanxiang.standalone.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.impl.ProcessEngineImpl;
import org.sanxiang.workflow.WorkflowVariables;

/**
 * Gives the processes of a database written before cases were business keys their case as business key,
 * from their case variable, running and in history: once, at start, so that every case-scoped query can
 * go by the indexed business key. Processes that have a business key keep it.
 */
final class BusinessKeyBackfill {

    private BusinessKeyBackfill() {
    }

    /** The number of process rows (running and historic) that got their case as business key. */
    static int run(ProcessEngine engine) {
        DataSource dataSource = ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getDataSource();
        String running = "UPDATE ACT_RU_EXECUTION SET BUSINESS_KEY_ = (SELECT V.TEXT_ FROM ACT_RU_VARIABLE V"
                + " WHERE V.EXECUTION_ID_ = ACT_RU_EXECUTION.ID_ AND V.NAME_ = ?) WHERE ID_ = PROC_INST_ID_"
                + " AND BUSINESS_KEY_ IS NULL AND EXISTS (SELECT 1 FROM ACT_RU_VARIABLE V"
                + " WHERE V.EXECUTION_ID_ = ACT_RU_EXECUTION.ID_ AND V.NAME_ = ? AND V.TEXT_ IS NOT NULL)";
        String history = "UPDATE ACT_HI_PROCINST SET BUSINESS_KEY_ = (SELECT MAX(V.TEXT_) FROM ACT_HI_VARINST V"
                + " WHERE V.PROC_INST_ID_ = ACT_HI_PROCINST.ID_ AND V.EXECUTION_ID_ = ACT_HI_PROCINST.ID_ AND V.NAME_ = ?)"
                + " WHERE BUSINESS_KEY_ IS NULL AND EXISTS (SELECT 1 FROM ACT_HI_VARINST V"
                + " WHERE V.PROC_INST_ID_ = ACT_HI_PROCINST.ID_ AND V.EXECUTION_ID_ = ACT_HI_PROCINST.ID_"
                + " AND V.NAME_ = ? AND V.TEXT_ IS NOT NULL)";
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            int n = update(c, running) + update(c, history);
            c.commit();
            c.setAutoCommit(auto);
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot give old processes their case as business key: " + e.getMessage(), e);
        }
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, WorkflowVariables.CASE_ID);
            ps.setString(2, WorkflowVariables.CASE_ID);
            return ps.executeUpdate();
        }
    }
}
