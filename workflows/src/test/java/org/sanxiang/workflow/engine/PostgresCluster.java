package org.sanxiang.workflow.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for tests: {@code initdb} into a temporary directory, {@code pg_ctl}
 * starts it on 127.0.0.1 at a free port (no Unix socket outside that directory), trust
 * authentication for user {@value #USER}; stopped and deleted when the JVM exits. One cluster per
 * JVM, one fresh database per test.
 *
 * <p>initdb refuses to run as root. When the tests run as root (as CI does), the cluster is
 * created and run as the {@code postgres} user if it exists, else {@code nobody}, through
 * {@code setpriv} (util-linux) — the temporary directory is handed to that user first.
 *
 * <p>Binaries are looked up on the PATH, then in /usr/local/bin, then /usr/lib/postgresql/N/bin
 * (Debian, highest N). When they are absent, {@link #unavailableReason()} says so and the
 * PostgreSQL tests skip.
 */
public final class PostgresCluster {

    public static final String USER = "sx";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile PostgresCluster instance;
    private static volatile String unavailable;

    private final Path dir;
    private final Path pgCtl;
    private final List<String> runAs;
    private final int port;

    private PostgresCluster(Path dir, Path pgCtl, List<String> runAs, int port) {
        this.dir = dir;
        this.pgCtl = pgCtl;
        this.runAs = runAs;
        this.port = port;
    }

    /** Why PostgreSQL tests cannot run here, or empty when the cluster is up. */
    public static synchronized Optional<String> unavailableReason() {
        if (instance == null && unavailable == null) {
            try {
                instance = start();
            } catch (RuntimeException e) {
                unavailable = e.getMessage();
            }
        }
        return Optional.ofNullable(unavailable);
    }

    /** A new, empty database in the running cluster. */
    public static TestDatabase newDatabase() {
        unavailableReason().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        return instance.createDatabase("sx_test_" + DATABASES.incrementAndGet());
    }

    private TestDatabase createDatabase(String name) {
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, "")) {
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on port " + port, e);
        }
        String jdbcUrl = url(name);
        return new TestDatabase() {
            @Override
            public String jdbcUrl() {
                return jdbcUrl;
            }

            @Override
            public String user() {
                return USER;
            }

            @Override
            public String password() {
                return "";
            }

            @Override
            public String kind() {
                return "postgresql";
            }

            @Override
            public void close() {
                try (Connection c = DriverManager.getConnection(url("postgres"), USER, "")) {
                    c.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot drop database " + name, e);
                }
            }
        };
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static PostgresCluster start() {
        Path initdb = findBinary("initdb").orElseThrow(() -> new IllegalStateException(
                "PostgreSQL tests skipped: initdb not found on PATH, /usr/local/bin or /usr/lib/postgresql/*/bin"));
        Path pgCtl = findBinary("pg_ctl").orElseThrow(() -> new IllegalStateException(
                "PostgreSQL tests skipped: pg_ctl not found on PATH, /usr/local/bin or /usr/lib/postgresql/*/bin"));
        List<String> runAs = runAsPrefix();
        Path dir;
        try {
            dir = Files.createTempDirectory("sx-pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!runAs.isEmpty()) {
            // hand the directory to the unprivileged user (runAs = setpriv --reuid=U --regid=G ...)
            String uid = runAs.get(1).substring("--reuid=".length());
            String gid = runAs.get(2).substring("--regid=".length());
            exec(List.of("chown", uid + ":" + gid, dir.toString()), dir, "chown");
        }
        int port = freePort();
        Path data = dir.resolve("data");
        List<String> init = new ArrayList<>(runAs);
        init.addAll(List.of(initdb.toString(), "-D", data.toString(), "-U", USER, "--auth=trust",
                "-E", "UTF8", "--locale=C", "--no-sync"));
        exec(init, dir, "initdb");
        List<String> startCmd = new ArrayList<>(runAs);
        startCmd.addAll(List.of(pgCtl.toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -h 127.0.0.1 -k " + dir + " -F -c max_connections=50", "start"));
        try {
            exec(startCmd, dir, "pg_ctl start");
        } catch (IllegalStateException e) {
            String log = "";
            try {
                log = Files.readString(dir.resolve("server.log"));
            } catch (IOException ignored) {
                // no server log: pg_ctl failed before the server started
            }
            throw new IllegalStateException(e.getMessage() + (log.isBlank() ? "" : "\nserver.log:\n" + log.strip()), e);
        }
        PostgresCluster cluster = new PostgresCluster(dir, pgCtl, runAs, port);
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::stopAndDelete, "sx-pg-stop"));
        return cluster;
    }

    private void stopAndDelete() {
        try {
            List<String> stop = new ArrayList<>(runAs);
            stop.addAll(List.of(pgCtl.toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"));
            exec(stop, dir, "pg_ctl stop");
        } catch (RuntimeException e) {
            System.err.println("PostgreSQL test cluster did not stop cleanly: " + e.getMessage());
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("cannot delete " + dir + ": " + e.getMessage());
        }
    }

    /** Empty when not root; else setpriv to the postgres (or nobody) user. */
    private static List<String> runAsPrefix() {
        String uid = capture(List.of("id", "-u")).trim();
        if (!uid.equals("0")) {
            return List.of();
        }
        Optional<Path> setpriv = findOnPath("setpriv");
        if (setpriv.isEmpty()) {
            throw new IllegalStateException("PostgreSQL tests skipped: running as root, initdb refuses root, and setpriv"
                    + " (util-linux) is not installed to run it as another user");
        }
        String user = capture(List.of("id", "-u", "postgres")).isBlank() ? "nobody" : "postgres";
        String userId = capture(List.of("id", "-u", user)).trim();
        String groupId = capture(List.of("id", "-g", user)).trim();
        if (userId.isEmpty() || groupId.isEmpty()) {
            throw new IllegalStateException("PostgreSQL tests skipped: running as root and neither a postgres nor a"
                    + " nobody user exists to run initdb as");
        }
        return List.of(setpriv.get().toString(), "--reuid=" + userId, "--regid=" + groupId, "--clear-groups");
    }

    static Optional<Path> findBinary(String name) {
        Optional<Path> onPath = findOnPath(name);
        if (onPath.isPresent()) {
            return onPath;
        }
        Path local = Path.of("/usr/local/bin", name);
        if (Files.isExecutable(local)) {
            return Optional.of(local);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                return versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                        .sorted(Comparator.comparingInt((Path v) -> Integer.parseInt(v.getFileName().toString())).reversed())
                        .map(v -> v.resolve("bin").resolve(name))
                        .filter(Files::isExecutable)
                        .findFirst();
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String entry : path.split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                Path candidate = Path.of(entry, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    private static String capture(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static void exec(List<String> command, Path workDir, String what) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
            pb.environment().put("LC_ALL", "C");
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("PostgreSQL tests skipped: " + what + " failed: " + out.strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL tests skipped: cannot run " + what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + what, e);
        }
    }
}
