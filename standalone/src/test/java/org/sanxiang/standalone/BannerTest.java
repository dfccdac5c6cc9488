package org.sanxiang.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.standalone.rest.RestApi;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.standalone.runtime.SanxiangRuntime;

/**
 * What {@code ./run.sh} (serve) and {@code ./run.sh demo --keep} print when they are ready: the console's address
 * first, then the bindings; and the address answers with the console's login page.
 */
class BannerTest {

    @Test
    void theConsolesAddressComesFirst(@TempDir Path dir) throws Exception {
        RuntimeConfig config = RuntimeConfig.sandbox(dir);
        try (SanxiangRuntime runtime = SanxiangRuntime.start(config, List.of());
             RestApi rest = RestApi.start(runtime.guard(), runtime.authenticator(), "127.0.0.1", 0, config.maxUploadBytes(),
                     config.defaultProfile())) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Banner.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), runtime, rest);
            String first = bytes.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).findFirst().orElse("");
            assertTrue(first.strip().startsWith("Console:"), first);
            assertTrue(first.contains(rest.consoleUrl()), first);
            java.net.http.HttpResponse<String> login = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create(rest.consoleUrl() + "login")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode());
            assertTrue(login.body().contains("officer1"), "the sandbox's demo users are listed");
        }
    }
}
