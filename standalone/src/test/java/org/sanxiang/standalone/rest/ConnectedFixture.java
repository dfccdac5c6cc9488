package org.sanxiang.standalone.rest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.sanxiang.standalone.auth.DemoUsers;
import org.sanxiang.standalone.auth.SxGroups;
import org.sanxiang.standalone.cmis.EmbeddedCmisServer;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.standalone.runtime.SanxiangRuntime;

/**
 * A connected runtime over an external CMIS repository (an embedded server of its own) that checks every
 * password (= the user's name) and in which {@code officer3} may read but not write, although the operator's
 * users file puts officer3 in the enforcement unit. {@link #admin} reads the repository as its administrator.
 */
public final class ConnectedFixture implements AutoCloseable {

    /**
     * The fixture for a test class ({@code @RegisterExtension static final ConnectedFixture.PerClass connected}):
     * started before its first test in a temporary folder of its own, closed after its last.
     */
    public static final class PerClass implements org.junit.jupiter.api.extension.BeforeAllCallback,
            org.junit.jupiter.api.extension.AfterAllCallback {
        private Path dir;
        private ConnectedFixture fixture;

        @Override
        public void beforeAll(org.junit.jupiter.api.extension.ExtensionContext context) throws Exception {
            dir = Files.createTempDirectory("sanxiang-connected-");
            fixture = new ConnectedFixture(dir);
        }

        @Override
        public void afterAll(org.junit.jupiter.api.extension.ExtensionContext context) throws Exception {
            if (fixture != null) {
                fixture.close();
            }
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }

        public ConnectedFixture get() {
            return fixture;
        }
    }

    public static final String READ_ONLY_OFFICER = "officer3";

    private final EmbeddedCmisServer repository;
    public final SanxiangRuntime runtime;
    public final RestApi rest;
    public final Session admin;

    public ConnectedFixture(Path dir) throws java.io.IOException {
        Map<String, String> people = new HashMap<>(Map.of("admin", "admin", READ_ONLY_OFFICER, READ_ONLY_OFFICER));
        StringBuilder lines = new StringBuilder(READ_ONLY_OFFICER + ":-:" + SxGroups.ENFORCEMENT + "\n");
        DemoUsers.USERS.forEach((name, groups) -> {
            lines.append(name).append(":-:").append(String.join(",", groups)).append('\n');
            people.put(name, name);
        });
        Path users = Files.writeString(dir.resolve("users.txt"), lines);
        repository = new EmbeddedCmisServer(0, (user, password) -> password.equals(people.get(user)),
                user -> !user.equals(READ_ONLY_OFFICER)).start();
        RuntimeConfig config = new RuntimeConfig(RuntimeConfig.Mode.CONNECTED, 0, 0, repository.browserUrl(), "browser",
                "admin", "admin", EmbeddedCmisServer.REPOSITORY_ID, "/sanxiang",
                "jdbc:h2:file:" + dir.resolve("db/sanxiang").toAbsolutePath(), "sa", "", "chongqing-2024", dir,
                RuntimeConfig.DEFAULT_MAX_UPLOAD, null, ZoneId.of("Asia/Shanghai"), users);
        runtime = SanxiangRuntime.start(config, List.of());
        rest = RestApi.start(runtime.guard(), runtime.authenticator(), "127.0.0.1", 0, config.maxUploadBytes(),
                config.defaultProfile());
        admin = CaseJourneyIT.session(BindingType.BROWSER, repository.browserUrl());
    }

    /** The REST API as {@code user} (password = name). */
    public Http as(String user) {
        return new Http(rest.url()).as(user);
    }

    @Override
    public void close() {
        rest.close();
        runtime.close();
        repository.close();
    }
}
