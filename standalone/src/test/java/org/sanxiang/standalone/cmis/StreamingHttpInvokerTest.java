package org.sanxiang.standalone.cmis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.junit.jupiter.api.Test;
import org.sanxiang.repo.cmis.CmisEndpoint;

/**
 * The runtime's CMIS sessions (browser binding, {@link CmisEndpoint#open}) send a POST's body without OpenCMIS's
 * 2 MB buffer per request, and send it whole.
 */
class StreamingHttpInvokerTest extends EmbeddedServerTest {

    private static Session session() {
        return new CmisEndpoint(server.browserUrl(), "browser", CmisSessions.USER, CmisSessions.PASSWORD,
                EmbeddedCmisServer.REPOSITORY_ID).open();
    }

    private static String create(Session session, Folder folder, String name, byte[] content) {
        Map<String, Object> props = new HashMap<>();
        props.put(PropertyIds.OBJECT_TYPE_ID, "cmis:document");
        props.put(PropertyIds.NAME, name);
        ContentStream stream = session.getObjectFactory().createContentStream(name, content.length, "application/octet-stream",
                new ByteArrayInputStream(content));
        return session.createDocument(props, folder, stream, VersioningState.NONE).getId();
    }

    @Test
    void aBodyLargerThanBufferAndChunkArrivesWhole() throws IOException {
        Session session = session();
        byte[] content = new byte[300 * 1024 + 7];
        new Random(17).nextBytes(content);
        String id = create(session, session.getRootFolder(), "streamed.bin", content);
        try (InputStream in = ((Document) session.getObject(id)).getContentStream().getStream()) {
            assertArrayEquals(content, in.readAllBytes());
        }
    }

    @Test
    void aPostAllocatesNoBufferOfMegabytes() {
        Session session = session();
        Folder folder = session.getRootFolder();
        byte[] content = new byte[4096];
        for (int i = 0; i < 20; i++) {
            create(session, folder, "warm-" + i + ".bin", content); // classes loaded, caches filled
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        create(session, folder, "measured.bin", content);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        // OpenCMIS's own invoker allocates 2,097,152 bytes for the body's buffer alone
        assertTrue(allocated < 1024 * 1024, "a createDocument with 4 KB of content allocated " + allocated + " bytes");
    }

    @Test
    void aRefusedPostIsTheServersAnswer() {
        Session session = session();
        Folder folder = session.getRootFolder();
        create(session, folder, "taken.bin", new byte[10]);
        CmisBaseException refused = assertThrows(CmisBaseException.class, () -> create(session, folder, "taken.bin", new byte[10]));
        assertEquals("nameConstraintViolation", refused.getExceptionName(), refused.toString());
    }
}
