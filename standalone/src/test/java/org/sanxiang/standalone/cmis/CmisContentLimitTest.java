package org.sanxiang.standalone.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The embedded server takes no content stream above its limit, through either binding, and reads no body
 * far past it: a caller who may only read (whose write is refused only after its body is parsed) cannot make the
 * server spool an unbounded body, and nothing a caller sent stays in the temporary folder.
 */
class CmisContentLimitTest {

    private static final long LIMIT = 4L * 1024 * 1024;
    private static EmbeddedCmisServer server;

    @BeforeAll
    static void start() {
        server = new EmbeddedCmisServer(0, (user, password) -> password.equals(CmisSessions.USERS.get(user)),
                CmisSessions.USER::equals, CmisReadPolicy.EVERYTHING, LIMIT).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    void aWriterStoresContentUpToTheLimitAndNoMore(BindingType binding) {
        Session session = CmisSessions.open(server, binding);
        String within = "within-" + binding + ".bin";
        create(session, within, (int) LIMIT - 1024);
        assertTrue(session.existsPath("/" + within));

        String over = "over-" + binding + ".bin";
        assertThrows(CmisBaseException.class, () -> create(session, over, (int) LIMIT + 1024 * 1024));
        assertFalse(session.existsPath("/" + over), "nothing stored");
    }

    @Test
    void aReadersOversizedBrowserBodyIsRefusedWhileRead() throws IOException {
        String boundary = "----sanxiang" + System.nanoTime();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"cmisaction\"\r\n\r\ncreateDocument\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"propertyId[0]\"\r\n\r\ncmis:name\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"propertyValue[0]\"\r\n\r\nhuge.bin\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"propertyId[1]\"\r\n\r\ncmis:objectTypeId\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"propertyValue[1]\"\r\n\r\ncmis:document\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"huge.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        URI root = URI.create(server.browserUrl() + "/" + EmbeddedCmisServer.REPOSITORY_ID + "/root");
        String status = sendUntilAnswered(root, "multipart/form-data; boundary=" + boundary, head.getBytes(StandardCharsets.UTF_8),
                512L * 1024 * 1024);
        assertTrue(status.startsWith("HTTP/1.1 4"), status);
        assertFalse(CmisSessions.open(server, BindingType.BROWSER).existsPath("/huge.bin"), "nothing stored");
    }

    @Test
    void aReadersOversizedAtomBodyIsRefusedWhileRead() throws IOException {
        URI children = URI.create(server.atomPubUrl() + "/" + EmbeddedCmisServer.REPOSITORY_ID + "/children?id="
                + CmisSessions.open(server, BindingType.ATOMPUB).getRootFolder().getId());
        String status = sendUntilAnswered(children, "application/atom+xml;type=entry", atomHead("huge-atom.bin"), 512L * 1024 * 1024);
        assertEquals("HTTP/1.1 413 Payload Too Large", status);
        assertFalse(CmisSessions.open(server, BindingType.ATOMPUB).existsPath("/huge-atom.bin"), "nothing stored");
    }

    @Test
    void anAbandonedAtomBodyLeavesNothingInTheTemporaryFolder() throws Exception {
        String secret = "SECRET-" + UUID.randomUUID();
        URI children = URI.create(server.atomPubUrl() + "/" + EmbeddedCmisServer.REPOSITORY_ID + "/children?id="
                + CmisSessions.open(server, BindingType.ATOMPUB).getRootFolder().getId());
        byte[] head = atomHead("abandoned.bin");
        byte[] content = Base64.getEncoder().encode((secret + " ".repeat(4096)).repeat(1500).getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket(children.getHost(), children.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request(children, "application/atom+xml;type=entry", "Transfer-Encoding: chunked"));
            chunk(out, head);
            chunk(out, content); // above the 4 MiB the filter keeps in memory: it spills to a file
            out.flush();
            Thread.sleep(500);
        } // the caller goes away mid-body
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> left = List.of();
        for (int i = 0; i < 100; i++) { // the server notices the closed connection on its next read
            left = holding(tmp, secret);
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals(List.of(), left);
    }

    /** Sends a body of the given declared length until the server answers; the status line of its answer. */
    private static String sendUntilAnswered(URI uri, String contentType, byte[] head, long declared) throws IOException {
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request(uri, contentType, "Content-Length: " + declared));
            out.write(head);
            byte[] filler = new byte[64 * 1024];
            Arrays.fill(filler, (byte) 'A');
            long sent = head.length;
            try {
                // at most eight times the limit: a server that reads it all has not stopped at the limit
                while (sent < 8 * LIMIT) {
                    out.write(filler);
                    sent += filler.length;
                }
                out.flush();
            } catch (IOException refused) {
                // the server answered and closed while the body was still coming: what is wanted
            }
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return status == null ? "no answer after " + sent + " bytes" : status;
        }
    }

    private static byte[] request(URI uri, String contentType, String length) {
        String auth = Base64.getEncoder().encodeToString(("clerk:" + CmisSessions.USERS.get("clerk")).getBytes(StandardCharsets.UTF_8));
        return ("POST " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nAuthorization: Basic " + auth + "\r\nContent-Type: " + contentType + "\r\n" + length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] atomHead(String name) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><atom:entry xmlns:atom=\"http://www.w3.org/2005/Atom\" "
                + "xmlns:cmis=\"http://docs.oasis-open.org/ns/cmis/core/200908/\" "
                + "xmlns:cmisra=\"http://docs.oasis-open.org/ns/cmis/restatom/200908/\"><atom:title>" + name + "</atom:title>"
                + "<cmisra:object><cmis:properties><cmis:propertyId propertyDefinitionId=\"cmis:objectTypeId\"><cmis:value>"
                + "cmis:document</cmis:value></cmis:propertyId></cmis:properties></cmisra:object>"
                + "<cmisra:content><cmisra:mediatype>application/octet-stream</cmisra:mediatype><cmisra:base64>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static void create(Session session, String name, int size) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PropertyIds.OBJECT_TYPE_ID, "cmis:document");
        properties.put(PropertyIds.NAME, name);
        byte[] bytes = new byte[size];
        session.getRootFolder().createDocument(properties, session.getObjectFactory().createContentStream(name, size,
                "application/octet-stream", new ByteArrayInputStream(bytes)), VersioningState.NONE);
    }

    /** Files of the temporary folder whose first bytes hold the text (the spill starts with the Atom entry). */
    private static List<Path> holding(Path dir, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        String encoded = Base64.getEncoder().encodeToString((text + " ".repeat(4096)).getBytes(StandardCharsets.UTF_8)).substring(0, 40);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try (var in = Files.newInputStream(f)) {
                    String start = new String(in.readNBytes(64 * 1024), StandardCharsets.ISO_8859_1);
                    return start.contains(new String(needle, StandardCharsets.ISO_8859_1)) || start.contains(encoded);
                } catch (IOException | RuntimeException e) {
                    return false; // gone meanwhile, or not ours to read
                }
            }).toList();
        }
    }
}
