package org.sanxiang.standalone.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.standalone.Banner;
import org.sanxiang.standalone.auth.DemoUsers;
import org.sanxiang.standalone.rest.RestApi;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.standalone.runtime.SanxiangRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: starts a fresh sandbox in-process (in-memory database, embedded CMIS server, free
 * loopback ports, a temporary data directory), runs the demo cases through the three systems with
 * {@link DemoRunner}, prints each case's timeline, and exits 0 only when every step succeeded.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the demo cases through the three systems on a fresh sandbox, completing every task,",
            "one progress line per step, then each case's timeline. Exit 0 when every step succeeded, else 1",
            "(the failing steps are named); 2 on bad usage."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every step succeeded", "1:a step failed (named in the output)", "2:bad usage"})
public final class DemoCli implements Callable<Integer> {

    /** Exit code when a step failed. */
    public static final int FAILED = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--cases", paramLabel = "FILE", description = "Run the cases of this file (the format of demo-cases.json) instead of the shipped ones.")
    Path casesFile;

    @Option(names = "--case", paramLabel = "KEY", split = ",", description = "Only these cases (by key, e.g. chongqing-pension-fraud).")
    List<String> only;

    @Option(names = "--quiet", description = "Steps only: no task lines, no timelines.")
    boolean quiet;

    @Option(names = "--keep", description = "After the run, keep serving the sandbox (REST, CMIS, the demo's cases with "
            + "their tasks, deadlines and publications) on the usual ports until Ctrl+C.")
    boolean keep;

    @Option(names = "--rest-port", defaultValue = "${env:SANXIANG_REST_PORT:-8088}",
            description = "With --keep: the REST API's port (default ${DEFAULT-VALUE}).")
    int restPort;

    @Option(names = "--cmis-port", defaultValue = "${env:SANXIANG_CMIS_PORT:-8089}",
            description = "With --keep: the embedded CMIS server's port (default ${DEFAULT-VALUE}).")
    int cmisPort;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        List<DemoCase> cases = cases();
        Path dataDir = Files.createTempDirectory("sanxiang-demo-");
        Instant started = Instant.now();
        try {
            out.println("sanxiang demo: " + cases.size() + " cases on a fresh sandbox (" + dataDir + ")");
            SanxiangRuntime runtime;
            RuntimeConfig config = keep ? RuntimeConfig.sandbox(dataDir).withPorts(restPort, cmisPort)
                    : RuntimeConfig.sandbox(dataDir);
            try {
                runtime = SanxiangRuntime.start(config, List.of());
            } catch (RuntimeException e) {
                out.println("FAIL sandbox start: " + e.getMessage());
                return FAILED;
            }
            DemoRunner.Outcome outcome;
            try (runtime) {
                DemoRunner runner = new DemoRunner(runtime.service(), user -> runtime.guard().as(DemoUsers.principal(user)),
                        ProfileRegistry.load(null), out, Clock.systemUTC()).taskLines(!quiet);
                outcome = runner.run(cases);
                if (!quiet) {
                    for (DemoCase c : cases) {
                        if (outcome.timelines().containsKey(c.key())) {
                            TimelinePrinter.print(out, c, outcome.timelines().get(c.key()));
                        }
                    }
                }
                if (keep) {
                    summary(out, outcome, cases.size(), started);
                    return serve(out, runtime, config);
                }
            }
            return summary(out, outcome, cases.size(), started);
        } finally {
            deleteTree(dataDir);
        }
    }

    private static int summary(PrintStream out, DemoRunner.Outcome outcome, int caseCount, Instant started) {
        out.println();
        Duration took = Duration.between(started, Instant.now());
        if (outcome.ok()) {
            out.printf("sanxiang demo: all %d steps of %d cases succeeded in %.1f s%n", outcome.steps().size(), caseCount,
                    took.toMillis() / 1000.0);
            return 0;
        }
        out.printf("sanxiang demo: %d of %d steps FAILED:%n", outcome.failures().size(), outcome.steps().size());
        for (DemoRunner.Step s : outcome.failures()) {
            out.println("  " + s.caseNumber() + " (" + s.caseKey() + ") step \"" + s.name() + "\": " + s.detail());
        }
        return FAILED;
    }

    /** demo --keep: the REST API on the sandbox the demo filled, until Ctrl+C (SIGTERM). */
    private static int serve(PrintStream out, SanxiangRuntime runtime, RuntimeConfig config) {
        RestApi rest;
        try {
            rest = RestApi.start(runtime.guard(), runtime.authenticator(), "127.0.0.1", config.restPort(),
                    config.maxUploadBytes(), config.defaultProfile());
        } catch (RuntimeException e) {
            out.println("FAIL the REST API cannot listen on 127.0.0.1:" + config.restPort() + ": " + e.getMessage());
            return FAILED;
        }
        runtime.announceRestUrl(rest.url());
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("sanxiang: stopping ...");
            try {
                rest.close();
            } finally {
                runtime.close();
                stopped.countDown();
            }
        }, "sanxiang-demo-shutdown"));
        out.println();
        out.println("sanxiang demo --keep: the sandbox keeps serving the demo's cases, tasks, deadlines and publications.");
        Banner.print(out, runtime, rest);
        out.println("sanxiang: ready. Ctrl+C stops it.");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private List<DemoCase> cases() throws IOException {
        List<DemoCase> cases;
        if (casesFile == null) {
            cases = DemoCases.shipped();
        } else {
            try (InputStream in = Files.newInputStream(casesFile)) {
                cases = DemoCases.read(casesFile.toString(), in);
            } catch (IllegalArgumentException | IOException e) {
                throw new ParameterException(spec.commandLine(), "--cases: " + e.getMessage(), e, null, casesFile.toString());
            }
        }
        if (only != null && !only.isEmpty()) {
            List<String> keys = cases.stream().map(DemoCase::key).toList();
            for (String key : only) {
                if (!keys.contains(key)) {
                    throw new ParameterException(spec.commandLine(), "--case: no demo case '" + key + "' (one of " + keys + ")");
                }
            }
            cases = cases.stream().filter(c -> only.contains(c.key())).toList();
        }
        return cases;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing the demo for
        }
    }
}
