package org.sanxiang.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it (`./run.sh <command>`), in-process. */
class SanxiangCliTest {

    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final InputStream originalIn = System.in;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void capture() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        System.setIn(originalIn);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void calendarAddGivesTheIssuesKnownAnswers() {
        assertEquals(0, SanxiangCli.run("calendar", "add", "2026-09-24", "7"));
        assertEquals(0, SanxiangCli.run("calendar", "add", "2026-02-10", "20"));
        assertEquals(0, SanxiangCli.run("calendar", "add", "2025-09-26", "3"));
        assertEquals("2026-10-12\n2026-03-16\n2025-09-30\n", stdout());
    }

    @Test
    void aYearWithoutDataIsProvisionalUntilAnOverrideAddsIt(@TempDir Path dir) throws Exception {
        assertEquals(0, SanxiangCli.run("calendar", "add", "2027-01-29", "1"));
        assertTrue(stdout().startsWith("2027-02-01  (provisional"), stdout());
        out.reset();
        // An administrator adds 2027 (hypothetical local override: 2027-02-01 declared a holiday).
        Path override = dir.resolve("override.json");
        Files.writeString(override, """
                {"format": 1, "years": [{"year": 2027,
                  "notices": [{"number": "local-test-1", "title": "test notice", "issued": "2026-11-20"}],
                  "holidays": [{"name": "test holiday", "from": "2027-02-01", "to": "2027-02-01"}],
                  "workingDays": []}]}
                """);
        int code = SanxiangCli.run("calendar", "--override", override.toString(), "add", "2027-01-29", "1");
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals("2027-02-02\n", stdout());
    }

    @Test
    void evaluateReadsJsonLinesAndWritesOneLineEach() {
        System.setIn(new ByteArrayInputStream("""
                {"id":"a","profile":"wuhan-2020","action":"penalty","party":{"kind":"organisation"},"fine":50000}
                {"id":"b","profile":"wuhan-2020","fien":1}
                """.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, SanxiangCli.run("evaluate"));
        String[] lines = stdout().split("\n");
        assertEquals(2, lines.length, stdout());
        assertTrue(lines[0].startsWith("{\"id\":\"a\",\"profile\":\"wuhan-2020\",\"major\":{\"value\":true"), lines[0]);
        assertEquals("{\"id\":\"b\",\"error\":\"fien: unknown field\"}", lines[1]);
    }

    @Test
    void strictEvaluateFailsWhenALineFails() {
        System.setIn(new ByteArrayInputStream("{\"id\":\"b\"}\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, SanxiangCli.run("evaluate", "--strict"));
    }

    @Test
    void serveRefusesConnectedModeWithoutARepositoryNamingTheOption() {
        assertEquals(2, SanxiangCli.run("serve", "--mode", "connected"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cmis-url: required in connected mode"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void serveRefusesAnUnknownModeAndABadUploadLimit() {
        assertEquals(2, SanxiangCli.run("serve", "--mode", "cloud"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("mode: 'cloud' is neither sandbox nor connected"));
        assertEquals(2, SanxiangCli.run("serve", "--max-upload", "lots"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("max-upload: 'lots'"));
    }

    @Test
    void serveRefusesAnInMemoryDatabaseInConnectedMode() {
        assertEquals(2, SanxiangCli.run("serve", "--mode", "connected", "--cmis-url", "http://127.0.0.1:1/browser",
                "--jdbc-url", "jdbc:h2:mem:x"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("jdbc-url: connected mode keeps its data"));
    }
}
