package org.sanxiang.standalone.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A closed runtime lets go of its database: no connection of its engine or its own stays open. */
class RuntimeCloseTest {

    @Test
    void aClosedRuntimeHoldsNoConnection(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db/sanxiang").toAbsolutePath();
        RuntimeConfig config = new RuntimeConfig(RuntimeConfig.Mode.SANDBOX, 0, 0, null, "browser", "admin", "admin", null,
                "/sanxiang", url, "sa", "", "chongqing-2024", dir, RuntimeConfig.DEFAULT_MAX_UPLOAD, null,
                ZoneId.of("Asia/Shanghai"), null);
        SanxiangRuntime runtime = SanxiangRuntime.start(config, List.of());
        runtime.engine().getRepositoryService().createProcessDefinitionQuery().list(); // the engine's pool in use
        runtime.close();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            rs.next();
            int n = rs.getInt(1);
            StringBuilder who = new StringBuilder();
            try (Statement t = c.createStatement(); ResultSet r = t.executeQuery("SELECT * FROM INFORMATION_SCHEMA.SESSIONS")) {
                while (r.next()) {
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        who.append(r.getMetaData().getColumnName(i)).append('=').append(r.getString(i)).append(' ');
                    }
                    who.append('\n');
                }
            }
            assertEquals(1, n, "sessions open on the closed runtime's database besides this one:\n" + who);
        }
    }

    @Test
    void aClosedSandboxsDatabaseIsGone(@TempDir Path dir) {
        SanxiangRuntime runtime = SanxiangRuntime.start(RuntimeConfig.sandbox(dir), List.of());
        String url = runtime.database().url();
        runtime.close();
        SQLException gone = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "").close());
        assertEquals(90146, gone.getErrorCode(), gone.getMessage()); // database not found
    }
}
