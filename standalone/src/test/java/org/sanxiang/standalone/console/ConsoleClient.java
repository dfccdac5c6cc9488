package org.sanxiang.standalone.console;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser without a browser: the console over HTTP with a cookie jar, redirects not followed. */
final class ConsoleClient {

    record Page(int status, String body, java.net.http.HttpHeaders headers) {
        String location() {
            return headers.firstValue("Location").orElse(null);
        }

        /** The CSRF token of the page's forms. */
        String csrf() {
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(body);
            if (!m.find()) {
                throw new AssertionError("no CSRF token on the page:\n" + body);
            }
            return m.group(1);
        }
    }

    private final String base;
    final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    ConsoleClient(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** Posts a URL-encoded form; pairs of name, value. */
    Page post(String path, String... pairs) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parts.add(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", parts))).build());
    }

    /** Posts a multipart form with one file. */
    Page upload(String path, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "----sanxiang" + System.nanoTime();
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fields, fileName, content))).build());
    }

    static byte[] multipart(String boundary, Map<String, String> fields, String fileName, byte[] content) {
        StringBuilder head = new StringBuilder();
        fields.forEach((k, v) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        byte[] a = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] z = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[a.length + content.length + z.length];
        System.arraycopy(a, 0, body, 0, a.length);
        System.arraycopy(content, 0, body, a.length, content.length);
        System.arraycopy(z, 0, body, a.length + content.length, z.length);
        return body;
    }

    /** Logs in as a demo user (password = name); the login page's token first. */
    ConsoleClient login(String user) {
        Page form = get("/login");
        Page done = post("/login", "_csrf", form.csrf(), "user", user, "password", user, "next", "/work");
        if (done.status() != 302) {
            throw new AssertionError("login as " + user + " answered " + done.status() + ":\n" + done.body());
        }
        return this;
    }

    String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(WebConsole.SESSION_COOKIE))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
