package org.sanxiang.standalone.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.standalone.rest.RestApi;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.standalone.runtime.SanxiangRuntime;

class ConsoleSmokeTest {

    @Test
    void pages(@TempDir Path dir) throws Exception {
        RuntimeConfig config = RuntimeConfig.sandbox(dir);
        try (SanxiangRuntime runtime = SanxiangRuntime.start(config, List.of());
             RestApi rest = RestApi.start(runtime.service(), "127.0.0.1", 0, config.maxUploadBytes(), config.defaultProfile())) {
            ConsoleClient c = new ConsoleClient(rest.consoleUrl()).login("officer1");
            for (String path : List.of("/work", "/cases", "/cases/new", "/deadlines", "/calendar", "/public",
                    "/forms?evaluator=task-type&condition=sxwf:legalReviewTask")) {
                ConsoleClient.Page p = c.get(path);
                System.out.println("==== " + path + " " + p.status());
                System.out.println(p.body().length() > 3000 ? p.body().substring(0, 3000) : p.body());
                assertEquals(200, p.status(), path);
            }
        }
    }
}
