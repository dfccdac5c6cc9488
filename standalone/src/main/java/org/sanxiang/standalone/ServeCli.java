package org.sanxiang.standalone;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.sanxiang.standalone.rest.RestApi;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.standalone.runtime.SanxiangRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve}: starts the runtime (engine, CMIS, REST API) and runs until stopped (Ctrl+C or
 * SIGTERM, which stop it cleanly). Every option falls back to an environment variable.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the embedded runtime: the Activiti engine with the five processes, the CMIS",
            "repository (embedded on 127.0.0.1 in sandbox mode) and the REST API on 127.0.0.1.",
            "Every option can also be set by the environment variable in brackets."})
final class ServeCli implements Callable<Integer> {

    @Option(names = "--mode", defaultValue = "${env:SANXIANG_MODE:-sandbox}", paramLabel = "sandbox|connected",
            description = "sandbox: in-memory database, embedded CMIS server, demo dataset; connected: external CMIS "
                    + "repository and a persistent database, nothing loaded, nothing lost. [SANXIANG_MODE] Default: ${DEFAULT-VALUE}")
    String mode;

    @Option(names = "--rest-port", defaultValue = "${env:SANXIANG_REST_PORT:-8088}",
            description = "REST API port on 127.0.0.1 (0: any free port). [SANXIANG_REST_PORT] Default: ${DEFAULT-VALUE}")
    int restPort;

    @Option(names = "--cmis-port", defaultValue = "${env:SANXIANG_CMIS_PORT:-8089}",
            description = "Sandbox: the embedded CMIS server's port on 127.0.0.1 (0: any free port). [SANXIANG_CMIS_PORT] Default: ${DEFAULT-VALUE}")
    int cmisPort;

    @Option(names = "--cmis-url", defaultValue = "${env:SANXIANG_CMIS_URL}",
            description = "Connected: the repository's CMIS URL, e.g. Alfresco's "
                    + "http://host:8080/alfresco/api/-default-/public/cmis/versions/1.1/browser [SANXIANG_CMIS_URL]")
    String cmisUrl;

    @Option(names = "--cmis-binding", defaultValue = "${env:SANXIANG_CMIS_BINDING:-}", paramLabel = "browser|atompub|local",
            description = "Connected: the binding of --cmis-url, browser (default) or atompub. Sandbox: local (default: "
                    + "the embedded server in-process), or browser/atompub over loopback HTTP. [SANXIANG_CMIS_BINDING]")
    String cmisBinding;

    @Option(names = "--cmis-user", defaultValue = "${env:SANXIANG_CMIS_USER:-admin}",
            description = "CMIS user (sandbox: of the embedded server). [SANXIANG_CMIS_USER] Default: ${DEFAULT-VALUE}")
    String cmisUser;

    @Option(names = "--cmis-password", defaultValue = "${env:SANXIANG_CMIS_PASSWORD:-admin}",
            description = "CMIS password. [SANXIANG_CMIS_PASSWORD]")
    String cmisPassword;

    @Option(names = "--cmis-repository", defaultValue = "${env:SANXIANG_CMIS_REPOSITORY}",
            description = "Connected: the repository id (default: the first the server lists). [SANXIANG_CMIS_REPOSITORY]")
    String cmisRepository;

    @Option(names = "--cmis-root", defaultValue = "${env:SANXIANG_CMIS_ROOT:-/sanxiang}",
            description = "Folder for the runtime's folders cases/, public/, internal/ (created where missing). "
                    + "[SANXIANG_CMIS_ROOT] Default: ${DEFAULT-VALUE}")
    String cmisRoot;

    @Option(names = "--jdbc-url", defaultValue = "${env:SANXIANG_JDBC_URL}",
            description = "Connected: jdbc:h2:file:... or jdbc:postgresql://... (default: an H2 file in --data-dir). "
                    + "Sandbox: in memory. [SANXIANG_JDBC_URL]")
    String jdbcUrl;

    @Option(names = "--jdbc-user", defaultValue = "${env:SANXIANG_JDBC_USER:-sa}",
            description = "Database user. [SANXIANG_JDBC_USER] Default: ${DEFAULT-VALUE}")
    String jdbcUser;

    @Option(names = "--jdbc-password", defaultValue = "${env:SANXIANG_JDBC_PASSWORD:-}",
            description = "Database password. [SANXIANG_JDBC_PASSWORD]")
    String jdbcPassword;

    @Option(names = "--default-profile", defaultValue = "${env:SANXIANG_DEFAULT_PROFILE:-chongqing-2024}",
            description = "Jurisdiction profile of a new case whose facts name none. [SANXIANG_DEFAULT_PROFILE] Default: ${DEFAULT-VALUE}")
    String defaultProfile;

    @Option(names = "--data-dir", defaultValue = "${env:SANXIANG_DATA_DIR}",
            description = "Where uploads are staged and (connected) the default H2 file lives "
                    + "(default: ./sanxiang-data connected, a temporary folder in sandbox). [SANXIANG_DATA_DIR]")
    Path dataDir;

    @Option(names = "--max-upload", defaultValue = "${env:SANXIANG_MAX_UPLOAD:-100M}",
            description = "Largest upload accepted: bytes, or with K, M, G. [SANXIANG_MAX_UPLOAD] Default: ${DEFAULT-VALUE}")
    String maxUpload;

    @Option(names = "--profiles", defaultValue = "${env:SANXIANG_PROFILES}", paramLabel = "DIR",
            description = "Directory of local (district or city) profiles, merged over the shipped ones. [SANXIANG_PROFILES]")
    Path profiles;

    @Option(names = "--users", defaultValue = "${env:SANXIANG_USERS}", paramLabel = "FILE",
            description = "Users file: one 'user:{bcrypt}hash:GROUP_A,GROUP_B' a line (./run.sh hash-password makes one). "
                    + "Sandbox: replaces the demo users; connected: gives the groups (hash '-': the repository checks the "
                    + "password). [SANXIANG_USERS]")
    Path users;

    @Option(names = "--no-dataset", description = "Sandbox: start empty, without the demo dataset.")
    boolean noDataset;

    @Override
    public Integer call() throws IOException, InterruptedException {
        RuntimeConfig config;
        try {
            config = config();
        } catch (IllegalArgumentException e) {
            System.err.println("sanxiang serve: " + e.getMessage());
            return 2;
        }
        PrintStream out = System.out;
        out.println("Sanxiang 三项: starting the standalone runtime (" + config.mode().label() + " mode) ...");
        SanxiangRuntime runtime;
        try {
            runtime = noDataset ? SanxiangRuntime.start(config, List.of()) : SanxiangRuntime.start(config);
        } catch (RuntimeException e) {
            System.err.println("sanxiang serve: cannot start: " + e.getMessage());
            if (temporary != null) {
                SandboxDirs.delete(temporary);
            }
            return 1;
        }
        RestApi rest;
        try {
            rest = RestApi.start(runtime.guard(), runtime.authenticator(), "127.0.0.1", config.restPort(),
                    config.maxUploadBytes(), config.defaultProfile());
        } catch (RuntimeException e) {
            runtime.close();
            System.err.println("sanxiang serve: the REST API cannot listen on 127.0.0.1:" + config.restPort() + ": "
                    + e.getMessage());
            return 1;
        }
        runtime.announceRestUrl(rest.url());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("sanxiang: stopping ...");
            try {
                rest.close();
            } finally {
                runtime.close();
                if (temporary != null) {
                    SandboxDirs.delete(temporary); // a sandbox keeps nothing
                }
                stopped.countDown();
            }
        }, "sanxiang-shutdown"));

        Banner.print(out, runtime, rest);
        out.println("sanxiang: ready. Ctrl+C stops it.");
        out.flush();
        stopped.await();
        return 0;
    }

    /** The sandbox's temporary data folder, deleted on stop; null when --data-dir names one. */
    private Path temporary;

    private RuntimeConfig config() throws IOException {
        RuntimeConfig.Mode parsed = RuntimeConfig.Mode.parse(mode);
        Path dir = dataDir;
        if (dir == null) {
            if (parsed == RuntimeConfig.Mode.SANDBOX) {
                dir = SandboxDirs.create();
                temporary = dir;
            } else {
                dir = Path.of("sanxiang-data");
            }
        }
        return new RuntimeConfig(parsed, restPort, cmisPort, blankToNull(cmisUrl), blankToNull(cmisBinding), cmisUser, cmisPassword,
                blankToNull(cmisRepository), cmisRoot, blankToNull(jdbcUrl), jdbcUser, jdbcPassword, defaultProfile, dir,
                bytes(maxUpload), profiles, ZoneId.of("Asia/Shanghai"), users);
    }

    static long bytes(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (t.endsWith("K") || t.endsWith("M") || t.endsWith("G")) {
            unit = switch (t.charAt(t.length() - 1)) {
                case 'K' -> 1024L;
                case 'M' -> 1024L * 1024;
                default -> 1024L * 1024 * 1024;
            };
            t = t.substring(0, t.length() - 1);
        }
        try {
            return Math.multiplyExact(Long.parseLong(t.strip()), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("max-upload: '" + text + "' is not a size such as 100M or 1048576");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

}
