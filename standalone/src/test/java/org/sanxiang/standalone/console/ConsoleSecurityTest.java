package org.sanxiang.standalone.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.standalone.rest.RestApi;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.standalone.runtime.SanxiangRuntime;

/**
 * The console's defences over plain HTTP: the session cookie's flags, a CSRF token on every POST (403 and
 * nothing changed without the session's own), every value escaped, stored files never served as pages,
 * a task only for the people it is offered to, and validation messages naming the field in Chinese.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleSecurityTest {

    private static final String SCRIPT_TITLE = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(2)>";

    private static final int SMALL_LIMIT = 64 * 1024;

    private SanxiangRuntime runtime;
    private RestApi rest;
    private String defaultProfile;

    @BeforeAll
    void start(@TempDir Path dir) {
        RuntimeConfig config = RuntimeConfig.sandbox(dir);
        runtime = SanxiangRuntime.start(config, List.of());
        rest = RestApi.start(runtime.guard(), runtime.authenticator(), "127.0.0.1", 0, config.maxUploadBytes(), config.defaultProfile());
        defaultProfile = config.defaultProfile();
    }

    @AfterAll
    void stop() {
        rest.close();
        runtime.close();
    }

    private ConsoleClient client() {
        return new ConsoleClient(rest.consoleUrl());
    }

    /** Creates a case through the console's form; returns its page path. */
    private String createCase(ConsoleClient c, String number, String title, String unit) {
        ConsoleClient.Page form = c.get("/cases/new");
        ConsoleClient.Page created = c.post("/cases", "_csrf", form.csrf(), "sx_caseNumber", number, "sx_caseName", title,
                "sx_jurisdictionProfile", "chongqing-2024", "sx_actionCategory", "penalty", "sx_procedure", "general",
                "sx_enforcementUnit", unit);
        assertEquals(303, created.status(), created.body());
        return created.location();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() {
        ConsoleClient.Page login = client().get("/login");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(v -> v.startsWith(WebConsole.SESSION_COOKIE + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + login.headers().map()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(login.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
    }

    @Test
    void aWrongPasswordLogsNobodyIn() {
        ConsoleClient c = client();
        ConsoleClient.Page form = c.get("/login");
        ConsoleClient.Page failed = c.post("/login", "_csrf", form.csrf(), "user", "officer1", "password", "wrong");
        assertEquals(401, failed.status());
        assertTrue(failed.body().contains("用户名或密码不正确"));
        assertEquals(302, c.get("/work").status(), "still not logged in");
    }

    @Test
    void everyPostWantsTheSessionsOwnToken() {
        ConsoleClient stranger = client();
        stranger.get("/login");
        assertEquals(403, stranger.post("/login", "user", "officer1", "password", "officer1").status(), "login without token");

        ConsoleClient c = client().login("officer1");
        ConsoleClient other = client().login("officer2");
        int before = runtime.service().cases().size();
        assertEquals(403, c.post("/cases", "sx_caseNumber", "CSRF-1", "sx_jurisdictionProfile", "chongqing-2024",
                "sx_actionCategory", "penalty").status(), "no token");
        assertEquals(403, c.post("/cases", "_csrf", other.get("/cases/new").csrf(), "sx_caseNumber", "CSRF-2",
                "sx_jurisdictionProfile", "chongqing-2024", "sx_actionCategory", "penalty").status(), "another session's token");
        assertEquals(403, c.post("/cases", "_csrf", "forged", "sx_caseNumber", "CSRF-3",
                "sx_jurisdictionProfile", "chongqing-2024", "sx_actionCategory", "penalty").status(), "a forged token");
        assertEquals(403, c.post("/logout").status(), "logout without token");
        assertEquals(before, runtime.service().cases().size(), "nothing created");
        assertEquals(200, c.get("/work").status(), "still logged in");
    }

    @Test
    void aScriptInACaseIsShownAsTextEverywhere() {
        ConsoleClient c = client().login("officer1");
        String path = createCase(c, "XSS-1", SCRIPT_TITLE, IMG);
        for (String page : List.of(path, "/cases", "/cases?q=%3Cscript%3E", path + "/edit", "/work", "/deadlines")) {
            String body = c.get(page).body();
            assertFalse(body.contains(SCRIPT_TITLE), page + " carries the script as markup");
            assertFalse(body.contains("<img src=x"), page + " carries the element as markup");
        }
        String casePage = c.get(path).body();
        assertTrue(casePage.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped on the case page");
        assertTrue(casePage.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"), "escaped in a field value");
    }

    @Test
    void anUploadedPageIsDownloadedNeverRendered() {
        ConsoleClient c = client().login("officer1");
        String path = createCase(c, "XSS-2", "上传", "单位");
        ConsoleClient.Page casePage = c.get(path);
        ConsoleClient.Page up = c.upload(path + "/records", Map.of("_csrf", casePage.csrf(), "type", "sx:evidence", "stage", ""),
                "x<img src=y onerror=alert(3)>.html", "<html><script>alert(3)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(303, up.status(), up.body());
        String body = c.get(path).body();
        assertFalse(body.contains("<img src=y"), "the file name is escaped");
        Matcher link = Pattern.compile("href=\"(" + Pattern.quote(path) + "/records/[^\"]+)\" class=\"record-link\"").matcher(body);
        assertTrue(link.find(), body);
        ConsoleClient.Page file = c.get(link.group(1));
        assertEquals(200, file.status());
        assertEquals("application/octet-stream", file.headers().firstValue("Content-Type").orElse(""));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertTrue(file.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    /**
     * Jetty spools every multipart field and file to the temp directory; an upload's content (evidence: names,
     * identity numbers) must not outlive the request there.
     */
    @Test
    void anUploadLeavesNothingInTheTempDirectory() throws Exception {
        ConsoleClient c = client().login("officer1");
        String path = createCase(c, "TMP-1", "临时文件", "单位");
        String secret = "询问笔录 身份证号码 " + UUID.randomUUID();
        String csrf = c.get(path).csrf();
        ConsoleClient.Page up = c.upload(path + "/records", Map.of("_csrf", csrf, "type", "sx:evidence", "stage", ""),
                "笔录.txt", secret.getBytes(StandardCharsets.UTF_8));
        assertEquals(303, up.status(), up.body());
        String casePage = c.get(path).body();
        assertTrue(casePage.contains("笔录.txt"), casePage);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        // the parts are deleted when the request is destroyed, which may follow the answer by a moment
        List<Path> left = List.of();
        for (int i = 0; i < 50; i++) {
            left = spooledWith(tmp, List.of(secret, csrf));
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals(List.of(), left, "files in " + tmp + " holding the upload's content or fields");
    }

    /** An upload over the limit is refused while it is read: 413, nothing stored, nothing left on disk. */
    @Test
    void anOversizedUploadIsRefusedWhileRead() throws Exception {
        RestApi small = RestApi.start(runtime.guard(), runtime.authenticator(), "127.0.0.1", 0, SMALL_LIMIT, defaultProfile);
        try {
            ConsoleClient c = new ConsoleClient(small.consoleUrl()).login("officer1");
            String path = createCase(c, "TMP-2", "超限", "单位");
            String secret = "超限文件 " + UUID.randomUUID();
            byte[] content = (secret + "x".repeat(4 * SMALL_LIMIT)).getBytes(StandardCharsets.UTF_8);
            ConsoleClient.Page up = c.upload(path + "/records", Map.of("_csrf", c.get(path).csrf(), "type", "sx:evidence",
                    "stage", ""), "大文件.txt", content);
            assertEquals(413, up.status(), up.body());
            assertTrue(up.body().contains(String.valueOf(SMALL_LIMIT)), up.body());
            assertFalse(c.get(path).body().contains("大文件.txt"), "nothing stored");
            assertEquals(List.of(), spooledWith(Path.of(System.getProperty("java.io.tmpdir")), List.of(secret)));
            // a file within the limit still goes in
            ConsoleClient.Page fits = c.upload(path + "/records", Map.of("_csrf", c.get(path).csrf(), "type", "sx:evidence",
                    "stage", ""), "小文件.txt", "within the limit".getBytes(StandardCharsets.UTF_8));
            assertEquals(303, fits.status(), fits.body());
            assertTrue(c.get(path).body().contains("小文件.txt"));
        } finally {
            small.close();
        }
    }

    /**
     * Authentication comes before the body is read: an anonymous upload is answered while most of its body has not
     * been sent (a server that read first would wait for the rest, and the read below would time out).
     */
    @Test
    void anAnonymousUploadIsNotRead() throws Exception {
        ConsoleClient officer = client().login("officer1");
        String path = createCase(officer, "TMP-3", "匿名", "单位");
        ConsoleClient visitor = client();
        String token = visitor.get("/login").csrf(); // a visitor's session has a token too
        String boundary = "----sanxiang" + System.nanoTime();
        byte[] body = ConsoleClient.multipart(boundary, Map.of("_csrf", token, "type", "sx:evidence", "stage", ""),
                "匿名.txt", "y".repeat(1 << 20).getBytes(StandardCharsets.UTF_8));
        URI console = URI.create(rest.consoleUrl());
        try (Socket socket = new Socket(console.getHost(), console.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + "/records HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + WebConsole.SESSION_COOKIE + "=" + visitor.sessionCookie()
                    + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 4096); // the fields and the file's first bytes; the rest never comes
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertEquals("HTTP/1.1 401 Unauthorized", status);
        }
        assertFalse(officer.get(path).body().contains("匿名.txt"), "nothing stored");
    }

    private static List<Path> spooledWith(Path dir, List<String> texts) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    if (Files.size(f) > 1 << 20) {
                        return false;
                    }
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    return texts.stream().anyMatch(text::contains);
                } catch (IOException | UncheckedIOException e) {
                    return false; // gone meanwhile, not ours to read, or not text
                }
            }).toList();
        }
    }

    @Test
    void aTaskIsOnlyForThoseItIsOfferedTo() {
        ConsoleClient officer = client().login("officer1");
        String path = createCase(officer, "TASK-1", "任务", "单位");
        ConsoleClient.Page start = officer.get(path + "/start/sxLegalReview");
        ConsoleClient.Page started = officer.post(path + "/start/sxLegalReview", "_csrf", start.csrf(),
                "sxwf_decisionName", "罚款决定", "sxwf_proposedDecision", "拟罚款");
        assertEquals(303, started.status(), started.body());
        Matcher task = Pattern.compile("href=\"(/tasks/[^\"]+)\" data-task-key=\"assembleTransfer\"").matcher(officer.get(path).body());
        assertTrue(task.find(), "the transfer task is open");

        ConsoleClient lawyer = client().login("lawyer1");
        assertEquals(403, lawyer.get(task.group(1)).status(), "not offered to the legal office");
        ConsoleClient.Page refused = lawyer.post(task.group(1), "_csrf", lawyer.get("/work").csrf(), "outcome", "submit");
        assertEquals(403, refused.status());
        assertEquals(200, officer.get(task.group(1)).status(), "still open for the unit");
        assertFalse(lawyer.get("/work").body().contains(task.group(1)), "not in the lawyer's work");
        assertTrue(officer.get("/work").body().contains(task.group(1)), "in the officer's work");
    }

    @Test
    void validationNamesTheFieldInChinese() {
        ConsoleClient officer = client().login("officer1");
        String path = createCase(officer, "FORM-1", "表单", "单位");
        ConsoleClient.Page start = officer.get(path + "/start/sxAccess");
        ConsoleClient.Page refused = officer.post(path + "/start/sxAccess", "_csrf", start.csrf(),
                "sxwf_accessReason", "查阅", "sxwf_periodWorkingDays", "五");
        assertEquals(400, refused.status());
        ModelCatalog model = new ModelCatalog();
        String name = model.label(model.property("sxwf:requesterName").orElseThrow(), true);
        String days = model.label(model.property("sxwf:periodWorkingDays").orElseThrow(), true);
        assertTrue(refused.body().contains("“" + name + "”为必填项"), refused.body());
        assertTrue(refused.body().contains("“" + days + "”应为整数"), refused.body());
        assertNotNull(refused.csrf(), "the form comes back to correct");
    }
}
