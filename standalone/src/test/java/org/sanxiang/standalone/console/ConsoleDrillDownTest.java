package org.sanxiang.standalone.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.rules.evaluate.CaseFactsJson;
import org.sanxiang.standalone.auth.DemoUsers;
import org.sanxiang.standalone.rest.RestApi;
import org.sanxiang.standalone.runtime.Requests;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.standalone.runtime.SanxiangRuntime;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The console's drill-down of a figure (chongqing-2024 公示 第十四条) pages by 100 as the API does: 101
 * cases filed in 2025 are two pages, the second one case, with links between them, each case once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleDrillDownTest {

    private static final int CASES = 101;
    private static final Pattern CASE_LINK = Pattern.compile("<li><a href=\"/cases/([^\"]+)\">");

    private SanxiangRuntime runtime;
    private RestApi rest;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        RuntimeConfig config = RuntimeConfig.sandbox(dir);
        runtime = SanxiangRuntime.start(config, List.of());
        rest = RestApi.start(runtime.guard(), DemoUsers.directory(), "127.0.0.1", 0, config.maxUploadBytes(), config.defaultProfile());
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < CASES; i++) {
            runtime.service().createCase(new Requests.NewCase("案 " + i, CaseFactsJson.read(json.valueToTree(Map.of(
                    "id", "渝人社监罚〔2025〕" + (1000 + i) + "号", "profile", "chongqing-2024", "action", "penalty",
                    "procedure", "general", "party", Map.of("kind", "organisation")))),
                    Map.of(SanxiangModel.PROP_FILED_AT.toPrefixString(), "2025-05-10")));
        }
    }

    @AfterAll
    void stop() {
        rest.close();
        runtime.close();
    }

    private static Set<String> cases(String body) {
        Set<String> ids = new HashSet<>();
        Matcher m = CASE_LINK.matcher(body);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十四条 in the console: a figure's cases in pages of 100, linked, each case once")
    void drillDownPages() {
        ConsoleClient leader = new ConsoleClient(rest.consoleUrl()).login("leader1");
        String figure = "/statistics/cases.filed?year=2025&profile=chongqing-2024";
        ConsoleClient.Page first = leader.get(figure);
        assertEquals(200, first.status(), first.body());
        assertTrue(first.body().contains("id=\"drill-next\""), first.body());
        assertFalse(first.body().contains("id=\"drill-prev\""));
        assertTrue(first.body().contains("立案数") || first.body().contains("Cases filed"), first.body());
        Set<String> one = cases(first.body());
        assertEquals(100, one.size());
        ConsoleClient.Page second = leader.get(figure + "&page=1");
        assertEquals(200, second.status(), second.body());
        assertTrue(second.body().contains("id=\"drill-prev\""), second.body());
        assertFalse(second.body().contains("id=\"drill-next\""));
        Set<String> two = cases(second.body());
        assertEquals(1, two.size(), second.body());
        assertFalse(one.containsAll(two), "the second page is another case");
        one.addAll(two);
        assertEquals(CASES, one.size());
        assertEquals(404, leader.get("/statistics/cases.nonsense?year=2025").status());
        assertEquals(404, leader.get("/statistics/cases.byAction.?year=2025").status());
    }
}
