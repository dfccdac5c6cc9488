package org.sanxiang.standalone.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConnectionException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisPermissionDeniedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.repo.cmis.CmisEndpoint;
import org.sanxiang.standalone.cmis.EmbeddedCmisServer;

/**
 * The sandbox runtime reaches its embedded repository in-process (OpenCMIS's local binding): its calls make no HTTP
 * request, while people still read over HTTP; the in-process way keeps the server's writer and read checks.
 */
class InProcessRepositoryTest {

    @Test
    void theSandboxsRuntimeCallsItsRepositoryInProcessAndPeopleOverHttp(@TempDir Path dir) {
        try (SanxiangRuntime runtime = SanxiangRuntime.start(RuntimeConfig.sandbox(dir), List.of())) {
            Map<String, Long> atStart = runtime.cmisCalls().byKind();
            assertFalse(atStart.isEmpty(), "the runtime made its folders through its repository");
            assertTrue(atStart.keySet().stream().allMatch(kind -> kind.startsWith("local ")),
                    "the runtime's own calls at start: " + atStart);

            Session officer = new CmisEndpoint(runtime.cmisBrowserUrl(), "browser", "officer1", "officer1",
                    EmbeddedCmisServer.REPOSITORY_ID).open();
            Folder cases = (Folder) officer.getObjectByPath("/sanxiang/cases");
            assertEquals("cases", cases.getName());
            assertTrue(runtime.cmisCalls().byKind().keySet().stream().anyMatch(kind -> kind.startsWith("GET ")),
                    "a person's read is an HTTP call: " + runtime.cmisCalls().byKind());
        }
    }

    @Test
    void overHttpWhenToldSo(@TempDir Path dir) {
        try (SanxiangRuntime runtime = SanxiangRuntime.start(RuntimeConfig.sandbox(dir).withCmisBinding("browser"), List.of())) {
            Map<String, Long> atStart = runtime.cmisCalls().byKind();
            assertTrue(atStart.keySet().stream().noneMatch(kind -> kind.startsWith("local ")), "at start: " + atStart);
        }
    }

    @Test
    void inProcessCallsKeepTheServersChecksAndEndWithIt() {
        try (EmbeddedCmisServer server = new EmbeddedCmisServer(0, (u, p) -> false, "writer"::equals)) {
            Session writer = server.inProcess("writer").open();
            Session reader = server.inProcess("reader").open();
            Folder root = writer.getRootFolder();
            root.createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", "written"));
            assertEquals("written", ((Folder) reader.getObjectByPath("/written")).getName());
            assertThrows(CmisPermissionDeniedException.class, () -> ((Folder) reader.getObjectByPath("/written"))
                    .createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", "not by a reader")));
            server.close();
            assertThrows(CmisConnectionException.class, () -> writer.getObjectByPath("/written"));
        }
    }

    @Test
    void aSandboxOnlyIsLocal(@TempDir Path dir) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new RuntimeConfig(
                RuntimeConfig.Mode.CONNECTED, 0, 0, "http://127.0.0.1:1/browser", "local", "admin", "admin", null,
                "/sanxiang", "jdbc:h2:file:" + dir.resolve("db"), "sa", "", "chongqing-2024", dir,
                RuntimeConfig.DEFAULT_MAX_UPLOAD, null, java.time.ZoneId.of("Asia/Shanghai"), null));
        assertTrue(refused.getMessage().startsWith("cmis-binding:"), refused.getMessage());
        assertEquals("local", RuntimeConfig.sandbox(dir).cmisBinding());
    }
}
