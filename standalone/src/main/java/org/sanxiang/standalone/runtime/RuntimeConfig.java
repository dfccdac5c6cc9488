package org.sanxiang.standalone.runtime;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the runtime is set up; the {@code serve} command builds it from its options, each of which
 * falls back to an environment variable ({@code SANXIANG_MODE}, {@code SANXIANG_REST_PORT}, ...).
 *
 * @param mode            sandbox (in-memory database, embedded CMIS server, demo dataset) or connected
 *                        (external CMIS repository, persistent database, nothing loaded)
 * @param restPort        the REST API's port on 127.0.0.1 (0: a free one)
 * @param cmisPort        the embedded CMIS server's port on 127.0.0.1 in sandbox mode (0: a free one)
 * @param cmisUrl         connected: the external repository's browser binding or AtomPub URL
 * @param cmisBinding     how the runtime reaches its repository: connected, browser (default) or atompub; sandbox,
 *                        local (default: its embedded server's services in this JVM), browser or atompub (over HTTP on
 *                        loopback, as a connected runtime reaches its repository)
 * @param cmisUser        the CMIS user (sandbox: the embedded server's user)
 * @param cmisPassword    its password
 * @param cmisRepositoryId the repository id, or null for the first the server lists
 * @param cmisRootPath    the folder holding the runtime's folders: {@code cases}, {@code public}, {@code internal}
 * @param jdbcUrl         connected: the database (jdbc:h2:file:... or jdbc:postgresql:...); null: an H2 file in the data dir
 * @param jdbcUser        its user
 * @param jdbcPassword    its password
 * @param defaultProfile  the jurisdiction profile a new case gets when its facts name none
 * @param dataDir         where uploads are staged (and the default H2 file lives)
 * @param maxUploadBytes  the largest upload accepted (REST, console; in a sandbox also the largest content its CMIS server takes)
 * @param profilesDir     local (district or city) profiles merged over the shipped ones, or null
 * @param zone            the bureau's time zone
 * @param usersFile       the users file ({@code user:{bcrypt}hash:GROUPS} lines), or null: sandbox then has the
 *                        demo users, connected mode takes the groups from the repository
 */
public record RuntimeConfig(Mode mode, int restPort, int cmisPort, String cmisUrl, String cmisBinding, String cmisUser,
        String cmisPassword, String cmisRepositoryId, String cmisRootPath, String jdbcUrl, String jdbcUser,
        String jdbcPassword, String defaultProfile, Path dataDir, long maxUploadBytes, Path profilesDir, ZoneId zone,
        Path usersFile) {

    public enum Mode {
        SANDBOX, CONNECTED;

        public static Mode parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("mode: '" + text + "' is neither sandbox nor connected");
            }
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final long DEFAULT_MAX_UPLOAD = 100L * 1024 * 1024;

    public RuntimeConfig {
        Objects.requireNonNull(mode, "mode");
        port("rest-port", restPort);
        port("cmis-port", cmisPort);
        if (mode == Mode.CONNECTED && (cmisUrl == null || cmisUrl.isBlank())) {
            throw new IllegalArgumentException("cmis-url: required in connected mode (the external repository's "
                    + "browser binding or AtomPub URL)");
        }
        cmisBinding = cmisBinding == null || cmisBinding.isBlank() ? (mode == Mode.SANDBOX ? "local" : "browser")
                : cmisBinding.strip().toLowerCase(Locale.ROOT);
        if (!List.of("browser", "atompub", "local").contains(cmisBinding) || mode == Mode.CONNECTED && cmisBinding.equals("local")) {
            throw new IllegalArgumentException("cmis-binding: '" + cmisBinding + "' is not "
                    + (mode == Mode.SANDBOX ? "local, browser or atompub" : "browser or atompub (local is the sandbox's own repository)"));
        }
        if (cmisRootPath == null || !cmisRootPath.startsWith("/") || cmisRootPath.length() < 2 || cmisRootPath.endsWith("/")) {
            throw new IllegalArgumentException("cmis-root: '" + cmisRootPath + "' is not a folder path such as /sanxiang");
        }
        if (jdbcUrl != null && !(jdbcUrl.startsWith("jdbc:h2:") || jdbcUrl.startsWith("jdbc:postgresql:"))) {
            throw new IllegalArgumentException("jdbc-url: only H2 (jdbc:h2:) and PostgreSQL (jdbc:postgresql:) are supported, got "
                    + jdbcUrl);
        }
        if (mode == Mode.CONNECTED && jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:mem:")) {
            throw new IllegalArgumentException("jdbc-url: connected mode keeps its data; an in-memory database would lose it");
        }
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("max-upload: must be at least 1 byte");
        }
        Objects.requireNonNull(dataDir, "data-dir");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(defaultProfile, "default-profile");
        cmisUser = Objects.requireNonNullElse(cmisUser, "admin");
        cmisPassword = Objects.requireNonNullElse(cmisPassword, "admin");
    }

    private static void port(String field, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(field + ": " + port + " is not between 0 and 65535");
        }
    }

    /** A sandbox on free ports with a temporary data dir: for tests and the demo. */
    public static RuntimeConfig sandbox(Path dataDir) {
        return new RuntimeConfig(Mode.SANDBOX, 0, 0, null, "local", "admin", "admin", null, "/sanxiang", null, "sa", "",
                "chongqing-2024", dataDir, DEFAULT_MAX_UPLOAD, null, ZoneId.of("Asia/Shanghai"), null);
    }

    /** The database URL in effect. */
    public String effectiveJdbcUrl(String sandboxName) {
        if (mode == Mode.SANDBOX && jdbcUrl == null) {
            return h2Settings("jdbc:h2:mem:" + sandboxName + ";DB_CLOSE_DELAY=-1");
        }
        if (jdbcUrl == null) {
            return h2Settings(durable("jdbc:h2:file:" + dataDir.resolve("sanxiang").toAbsolutePath()));
        }
        return h2Settings(durable(jdbcUrl));
    }

    /**
     * H2 with a larger cache of parsed statements per connection (256 instead of 8): the engine's MyBatis
     * prepares each statement anew, and the few dozen statements of a step otherwise evict each other, so
     * that H2 parsed the same SQL again on every call. A URL that sets it keeps its own value.
     */
    public static String h2Settings(String url) {
        boolean h2 = url.startsWith("jdbc:h2:");
        return h2 && !url.toUpperCase(java.util.Locale.ROOT).contains("QUERY_CACHE_SIZE=") ? url + ";QUERY_CACHE_SIZE=256" : url;
    }

    /**
     * An H2 file written at each commit: by default H2 writes a commit to its file up to half a second later,
     * so a kill -9 could lose the step journal's record of a repository write that had reached the
     * repository, or the engine's commit marker (docs/architecture.md, "Exactly once").
     */
    static String durable(String url) {
        boolean h2File = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
        return h2File && !url.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY=") ? url + ";WRITE_DELAY=0" : url;
    }

    /**
     * How long a step may await settlement before it is logged as an error with its case and task:
     * {@code SANXIANG_STEP_STUCK_SECONDS} (or {@code -Dsanxiang.step.stuckSeconds}), 300 by default.
     */
    public java.time.Duration stepStuckAfter() {
        String text = System.getProperty("sanxiang.step.stuckSeconds", System.getenv("SANXIANG_STEP_STUCK_SECONDS"));
        try {
            return java.time.Duration.ofSeconds(text == null || text.isBlank() ? 300 : Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SANXIANG_STEP_STUCK_SECONDS: '" + text + "' is not a number of seconds");
        }
    }

    public RuntimeConfig withPorts(int rest, int cmis) {
        return new RuntimeConfig(mode, rest, cmis, cmisUrl, cmisBinding, cmisUser, cmisPassword, cmisRepositoryId,
                cmisRootPath, jdbcUrl, jdbcUser, jdbcPassword, defaultProfile, dataDir, maxUploadBytes, profilesDir, zone,
                usersFile);
    }

    /** The same, reaching its repository through {@code binding} (sandbox: local, browser or atompub). */
    public RuntimeConfig withCmisBinding(String binding) {
        return new RuntimeConfig(mode, restPort, cmisPort, cmisUrl, binding, cmisUser, cmisPassword, cmisRepositoryId,
                cmisRootPath, jdbcUrl, jdbcUser, jdbcPassword, defaultProfile, dataDir, maxUploadBytes, profilesDir, zone,
                usersFile);
    }

    public RuntimeConfig withMaxUpload(long bytes) {
        return new RuntimeConfig(mode, restPort, cmisPort, cmisUrl, cmisBinding, cmisUser, cmisPassword, cmisRepositoryId,
                cmisRootPath, jdbcUrl, jdbcUser, jdbcPassword, defaultProfile, dataDir, bytes, profilesDir, zone, usersFile);
    }

    public RuntimeConfig withUsersFile(Path file) {
        return new RuntimeConfig(mode, restPort, cmisPort, cmisUrl, cmisBinding, cmisUser, cmisPassword, cmisRepositoryId,
                cmisRootPath, jdbcUrl, jdbcUser, jdbcPassword, defaultProfile, dataDir, maxUploadBytes, profilesDir, zone, file);
    }

    @Override
    public String toString() {
        return "RuntimeConfig[" + mode.label() + ", rest " + restPort + ", cmis " + (cmisUrl != null ? cmisUrl : "embedded:" + cmisPort)
                + ", db " + (jdbcUrl != null ? jdbcUrl : "default") + "]"; // never the passwords
    }
}
