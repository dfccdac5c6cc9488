package org.sanxiang.standalone.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.standalone.SanxiangCli;
import picocli.CommandLine;

/** {@code demo} as a user runs it: a fresh in-process sandbox, every case, every step. */
class DemoCliTest {

    private final PrintStream originalOut = System.out;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void capture() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new SanxiangCli());
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("demo runs every case of every profile through the three systems on a fresh sandbox and exits 0")
    void everyStepSucceeds() {
        int code = run("demo");
        String text = stdout();
        originalOut.println(text);
        assertEquals(0, code, text);
        assertTrue(text.contains("sanxiang demo: all "), text);
        for (DemoCase c : DemoCases.shipped()) {
            assertTrue(text.contains("== " + c.caseNumber()), "timeline of " + c.key());
        }
        // chongqing-2024 公示 第十三条（二）: the published record is withdrawn after the reconsideration
        assertTrue(text.contains("WITHDRAWN"), text);
        // chongqing-2024 全过程记录 第十四条, fushun-2026 细则 第二十一条: archived cases are sealed and verify
        assertTrue(text.contains("chain 哈希链: intact"), text);
        // fushun-2026 细则 第一条: what a profile does not cover is said, not failed
        assertTrue(text.contains("not applicable: fushun-2026 sets no legal review"), text);
        // tianjin-2019 实施方案 三（二）: its cases are recorded stage by stage, archived and sealed like the others
        assertFalse(text.contains("not applicable: tianjin-2019 lists no record stages"), text);
    }

    @Test
    @DisplayName("a failing step makes demo exit 1 and is named: an unknown profile; a general stage without its record (fushun-2026 细则 第一条)")
    void failingStepsAreNamed(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode dataset;
        try (InputStream in = DemoCases.class.getResourceAsStream(DemoCases.RESOURCE)) {
            dataset = (ObjectNode) json.readTree(in);
        }
        ArrayNode cases = (ArrayNode) dataset.get("cases");
        ObjectNode fushun = null;
        for (var c : cases) {
            if (c.get("key").asText().equals("fushun-obstruction")) {
                fushun = (ObjectNode) c.deepCopy();
            }
        }
        // the filing approval is missing: the start stage (启动) is a general stage of every fushun-2026 case
        ArrayNode records = (ArrayNode) fushun.get("records");
        for (int i = records.size() - 1; i >= 0; i--) {
            if ("start".equals(records.get(i).path("stage").asText())) {
                records.remove(i);
            }
        }
        fushun.put("key", "fushun-without-filing-record");
        ObjectNode unknown = (ObjectNode) cases.get(0).deepCopy();
        unknown.put("key", "unknown-profile");
        ((ObjectNode) unknown.get("facts")).put("profile", "beijing-2030");
        ((ObjectNode) unknown.get("facts")).put("id", "京人社监〔2030〕1号");
        dataset.putArray("cases").add(unknown).add(fushun);
        Path file = dir.resolve("broken-cases.json");
        Files.writeString(file, json.writeValueAsString(dataset));

        int code = run("demo", "--quiet", "--cases", file.toString());
        String text = stdout();
        originalOut.println(text);
        assertEquals(1, code, text);
        assertTrue(text.contains("step \"case folder\": unknown jurisdiction profile 'beijing-2030'"), text);
        assertTrue(text.contains("(fushun-without-filing-record) step \"full-process record 全过程记录\": task stageRecord (stage start)"),
                text);
        assertTrue(text.contains("fushun-2026 细则 第一条"), text);
        assertTrue(text.contains("sanxiang demo: 2 of "), text);
    }

    @Test
    @DisplayName("bad usage exits 2: an unknown case key, a dataset file that cannot be read")
    void usage(@TempDir Path dir) throws Exception {
        assertEquals(2, run("demo", "--case", "no-such-case"));
        assertTrue(err.toString().contains("--case: no demo case 'no-such-case'"), err.toString());
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\":1,\"cases\":[{\"key\":\"a\",\"titel\":1}]}");
        assertEquals(2, run("demo", "--cases", bad.toString()));
        assertTrue(err.toString().contains("cases[0].titel"), err.toString());
    }
}
