package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanxiang.standalone.rest.Http.Answer;

/**
 * Bad input is a 4xx naming the field, never a 500, and nothing is written: every value that reaches CMIS
 * is checked against the repository's limits first. An oversize chunked upload is a 413; no answer shows a
 * server path; an upload's answer says when the record was created.
 */
class BadInputTest {

    @TempDir
    static Path dir;
    static SandboxFixture sandbox;

    @BeforeAll
    static void start() {
        sandbox = new SandboxFixture(dir, 64 * 1024);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static String caseJson(String number, String fine, String title) {
        return "{\"title\": " + title + ", \"facts\": {\"id\": " + number + ", \"profile\": \"chongqing-2024\", "
                + "\"action\": \"penalty\", \"procedure\": \"general\", \"fine\": " + fine + "}}";
    }

    @Test
    void anInfiniteFineIsRefusedNamingIt() {
        RestApiTest.assertError(sandbox.http.post("/cases", caseJson("\"BAD-FINE-1\"", "1e400", "\"t\"")), 400, "facts.fine");
        assertEquals(404, sandbox.http.get("/cases/BAD-FINE-1").status(), "nothing written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"渝人社罚'1号\"", "\"渝人社罚:1号\"", "\"渝人社罚\\\"1号\"", "\"渝人社罚\\u00011号\"",
        "\"渝人社罚\\t1号\"", "\"渝人社罚1号.\""})
    void aCaseNumberARepositoryNameCannotHoldIsRefusedNamingIt(String number) {
        RestApiTest.assertError(sandbox.http.post("/cases", caseJson(number, "5000", "\"t\"")), 400, "facts.id");
    }

    @Test
    void aNineMegabyteTitleIsRefusedNamingIt() throws Exception {
        String title = new ObjectMapper().writeValueAsString("案".repeat(9 * 1024 * 1024 / 3));
        Answer answer = sandbox.http.post("/cases", caseJson("\"BAD-TITLE-1\"", "5000", title));
        RestApiTest.assertError(answer, 400, "title");
    }

    @Test
    void aTextWithAControlCharacterIsRefusedNamingIt() {
        Answer created = sandbox.http.post("/cases", caseJson("\"BAD-TEXT-1\"", "5000", "\"t\""));
        assertEquals(201, created.status(), created.toString());
        String id = created.get("id").asText();
        RestApiTest.assertError(sandbox.http.patch("/cases/" + Http.q(id), Map.of("user", "officer1",
                "properties", Map.of("sx:partyName", "某公司\u0007"))), 400, "properties.sx:partyName");
    }

    @Test
    void anOversizeChunkedUploadIs413WithoutAServerPath() throws Exception {
        Answer created = sandbox.http.post("/cases", caseJson("\"BAD-UPLOAD-1\"", "5000", "\"t\""));
        String id = created.get("id").asText();
        byte[] body = new byte[200 * 1024];
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sandbox.rest.url()
                + "/cases/" + Http.q(id) + "/records?type=sx:evidence&name=big.bin"))
                .header("Content-Type", "application/octet-stream")
                .header("Authorization", org.sanxiang.standalone.auth.BasicAuthentication.header("officer1", "officer1"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(413, answer.statusCode(), answer.body());
        JsonNode error = new ObjectMapper().readTree(answer.body());
        assertEquals("content", error.get("field").asText());
        assertFalse(answer.body().contains(dir.toString()) || answer.body().contains("/tmp") || answer.body().contains("upload-"),
                "no server path: " + answer.body());
        assertEquals(0, sandbox.http.get("/cases/" + Http.q(id) + "/records").json().size(), "nothing stored");
    }

    @Test
    void anUploadSaysWhenItWasCreated() {
        Answer created = sandbox.http.post("/cases", caseJson("\"BAD-UPLOAD-2\"", "5000", "\"t\""));
        String id = created.get("id").asText();
        Answer uploaded = sandbox.http.postBytes("/cases/" + Http.q(id) + "/records?type=sx:evidence&name=a.txt",
                "证据".getBytes(StandardCharsets.UTF_8), "application/octet-stream");
        assertEquals(201, uploaded.status(), uploaded.toString());
        assertNotNull(uploaded.get("createdAt"));
        assertFalse(uploaded.get("createdAt").isNull(), uploaded.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a:b.txt", "a'b.txt", "a\u0001b.txt"})
    void anUploadNameARepositoryCannotHoldIsRefusedNamingIt(String name) {
        Answer created = sandbox.http.post("/cases", caseJson("\"BAD-NAME-" + Math.abs(name.hashCode()) + "\"", "5000", "\"t\""));
        String id = created.get("id").asText();
        RestApiTest.assertError(sandbox.http.postBytes("/cases/" + Http.q(id) + "/records?type=sx:evidence&name=" + Http.q(name),
                "x".getBytes(StandardCharsets.UTF_8), "application/octet-stream"), 400, "name");
        assertEquals(List.of(), List.copyOf(sandbox.http.get("/cases/" + Http.q(id) + "/records").json().findValuesAsText("id")));
    }
}
