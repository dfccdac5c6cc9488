package org.sanxiang.standalone.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletResponse;

import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The browser binding's answers pass through {@link BlockWriterFilter}: the characters arrive as written, in
 * order, and nothing the servlet does to the response overtakes characters it wrote before.
 */
class BlockWriterFilterTest extends EmbeddedServerTest {

    /** Text that crosses many blocks: CJK, a supplementary character (a surrogate pair), escapes. */
    private static String longText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 3 * BlockWriterFilter.BLOCK + 17; i++) {
            text.append("第").append(i).append("条 \"引号\" \\ / 𠀋 tab\t; ");
        }
        return text.toString();
    }

    @Test
    void aLongAnswerArrivesWholeThroughTheBrowserBinding() throws Exception {
        Session session = CmisSessions.open(server, BindingType.BROWSER);
        Folder root = session.getRootFolder();
        String text = longText();
        Map<String, Object> props = new HashMap<>();
        props.put(PropertyIds.OBJECT_TYPE_ID, "cmis:document");
        props.put(PropertyIds.NAME, "长文本-𠀋.txt");
        props.put(PropertyIds.DESCRIPTION, text);
        String id = session.createDocument(props, root, null, VersioningState.NONE).getId();

        // the client's reading of it
        Document read = (Document) session.getObject(id);
        assertEquals(text, read.getPropertyValue(PropertyIds.DESCRIPTION));
        assertEquals("长文本-𠀋.txt", read.getName());

        // the bytes on the wire: UTF-8 JSON, as the content type says
        HttpResponse<byte[]> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.browserUrl()
                        + "/" + EmbeddedCmisServer.REPOSITORY_ID + "/root?cmisselector=object&succinct=true&objectId=" + id))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((CmisSessions.USER + ":" + CmisSessions.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, raw.statusCode());
        assertTrue(raw.headers().firstValue("Content-Type").orElse("").toLowerCase().contains("charset=utf-8"),
                raw.headers().toString());
        JsonNode json = new ObjectMapper().readTree(new ByteArrayInputStream(raw.body()));
        assertEquals(text, json.at("/succinctProperties/cmis:description").asText());
    }

    @Test
    void charactersReachTheTargetInOrderAndWhole() throws IOException {
        StringWriter target = new StringWriter();
        BlockWriterFilter.BlockWriter blocks = new BlockWriterFilter.BlockWriter(target);
        StringBuilder expected = new StringBuilder();
        String text = longText();
        for (int i = 0; i < 3000; i++) {
            blocks.write('{');
            expected.append('{');
            String piece = text.substring(0, i % 50);
            blocks.write(piece);
            expected.append(piece);
            char[] chars = ("\"k" + i + "\":").toCharArray();
            blocks.write(chars, 0, chars.length);
            expected.append(chars);
        }
        blocks.write(text); // longer than a block: straight through, after what was held
        expected.append(text);
        blocks.write(text.toCharArray(), 1, text.length() - 1);
        expected.append(text, 1, text.length());
        blocks.write("尾");
        expected.append("尾");
        assertTrue(target.toString().length() < expected.length(), "the last characters are still held");
        blocks.flush();
        assertEquals(expected.toString(), target.toString());
    }

    @Test
    void heldCharactersGoBeforeAnythingElseTheServletDoesWithTheResponse() throws IOException {
        List<String> calls = new ArrayList<>();
        StringWriter written = new StringWriter();
        PrintWriter jettyWriter = new PrintWriter(written) {
            @Override
            public void write(char[] buf, int off, int len) {
                calls.add("write " + new String(buf, off, len));
                super.write(buf, off, len);
            }
        };
        HttpServletResponse jetty = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    return switch (method.getName()) {
                        case "getWriter" -> jettyWriter;
                        case "isCommitted" -> false;
                        default -> null;
                    };
                });
        BlockWriterFilter.BlockResponse response = new BlockWriterFilter.BlockResponse(jetty);
        PrintWriter writer = response.getWriter();
        writer.print("{\"a\":");
        writer.print(1);
        response.isCommitted();
        writer.print("}");
        response.resetBuffer();
        writer.print("{\"error\":\"x\"}");
        response.setStatus(500);
        writer.print("!");
        response.flushBuffer();
        assertEquals(List.of("getWriter", "write {\"a\":1", "isCommitted", "write }", "resetBuffer",
                "write {\"error\":\"x\"}", "setStatus", "write !", "flushBuffer"), calls);
    }
}
