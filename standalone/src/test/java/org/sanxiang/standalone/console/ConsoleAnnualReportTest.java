package org.sanxiang.standalone.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.standalone.auth.DemoUsers;
import org.sanxiang.standalone.rest.RestApi;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.standalone.runtime.SanxiangRuntime;

/**
 * The console's statistics page starts sxAnnualReport (chongqing-2024 公示 第十四条) through the same guard as
 * REST: offered to the legal office and the leaders only, refused to others (403), a second start a 409.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleAnnualReportTest {

    private SanxiangRuntime runtime;
    private RestApi rest;

    @BeforeAll
    void start(@TempDir Path dir) {
        RuntimeConfig config = RuntimeConfig.sandbox(dir);
        runtime = SanxiangRuntime.start(config, List.of());
        rest = RestApi.start(runtime.guard(), DemoUsers.directory(), "127.0.0.1", 0, config.maxUploadBytes(), config.defaultProfile());
    }

    @AfterAll
    void stop() {
        rest.close();
        runtime.close();
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十四条 in the console: lawyer1 starts the report from the statistics page; officer1 is not offered it and is refused; leader1's second start is a conflict")
    void chongqing2024_公示_第十四条_startedFromTheStatisticsPage() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        String page = "/statistics?year=" + year + "&profile=chongqing-2024";

        ConsoleClient officer = new ConsoleClient(rest.consoleUrl()).login("officer1");
        ConsoleClient.Page officerPage = officer.get(page);
        assertEquals(200, officerPage.status(), officerPage.body());
        assertFalse(officerPage.body().contains("action=\"/statistics/process\""), "not offered to the enforcement unit");
        ConsoleClient.Page refused = officer.post("/statistics/process", "_csrf", officerPage.csrf(), "year", String.valueOf(year),
                "profile", "chongqing-2024");
        assertEquals(403, refused.status(), refused.body());

        ConsoleClient lawyer = new ConsoleClient(rest.consoleUrl()).login("lawyer1");
        ConsoleClient.Page lawyerPage = lawyer.get(page);
        assertTrue(lawyerPage.body().contains("action=\"/statistics/process\""), lawyerPage.body());
        ConsoleClient.Page started = lawyer.post("/statistics/process", "_csrf", lawyerPage.csrf(), "year", String.valueOf(year),
                "profile", "chongqing-2024");
        assertEquals(303, started.status(), started.body());
        assertEquals(1, runtime.engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("annual-report:chongqing-2024:" + year).count());

        ConsoleClient leader = new ConsoleClient(rest.consoleUrl()).login("leader1");
        ConsoleClient.Page again = leader.post("/statistics/process", "_csrf", leader.get(page).csrf(), "year", String.valueOf(year),
                "profile", "chongqing-2024");
        assertEquals(409, again.status(), again.body());
        ConsoleClient.Page work = lawyer.get("/work");
        assertEquals(200, work.status(), work.body());
    }
}
