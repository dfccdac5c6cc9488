package org.sanxiang.standalone.rest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.sanxiang.standalone.auth.BasicAuthentication;

/** A plain HTTP client for the REST API: JSON in, status and JSON out. */
public final class Http {

    /** An answer: status and parsed JSON body (null when not JSON). */
    public record Answer(int status, JsonNode json, String text, java.net.http.HttpHeaders headers) {

        public Answer(int status, JsonNode json, String text) {
            this(status, json, text, java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true));
        }

        public JsonNode get(String field) {
            return json.get(field);
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    /** @param base the API's base URL, e.g. http://127.0.0.1:8088/api; no credentials */
    public Http(String base) {
        this(base, null);
    }

    private Http(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The same API as a sandbox user (password = user name). */
    public Http as(String user) {
        return as(user, user);
    }

    public Http as(String user, String password) {
        return new Http(base, BasicAuthentication.header(user, password));
    }

    /** Without credentials. */
    public Http anonymous() {
        return new Http(base, null);
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Answer post(String path, Object body) {
        try {
            return post(path, JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Answer patch(String path, Object body) {
        try {
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Answer postBytes(String path, byte[] body, String contentType) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private Answer send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = null;
            try {
                json = JSON.readTree(response.body());
            } catch (IOException e) {
                // not JSON (JSON Lines, for example)
            }
            return new Answer(response.statusCode(), json, response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
