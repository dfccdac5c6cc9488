package org.sanxiang.standalone.demo;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.sanxiang.standalone.rest.RestApi;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.standalone.runtime.SanxiangRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench} (hidden from the normal help): the standalone load test. Without {@code --url} it
 * starts its own sandbox and REST API on 127.0.0.1; with it, it drives a running {@code serve}, which
 * must be on loopback. Prints the numbers as the Markdown of docs/benchmarks.md; with its own sandbox, also the
 * journey's floor in the same run ({@link LoadFloor}).
 */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true,
        description = {"Load test: concurrent cases through the REST API over loopback; cases per second and",
            "p50/p99 latency per endpoint. Bounded by --cases and --max-seconds."})
public final class BenchCli implements Callable<Integer> {

    @Option(names = "--cases", defaultValue = "40", description = "Cases to run (default ${DEFAULT-VALUE}).")
    int cases;

    @Option(names = "--concurrency", defaultValue = "4", description = "Concurrent clients (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--max-seconds", defaultValue = "120", description = "No case starts after this (default ${DEFAULT-VALUE}).")
    long maxSeconds;

    @Option(names = "--url", paramLabel = "URL", description = "A running runtime's REST API on loopback, e.g. http://127.0.0.1:8088/api/.")
    URI url;

    @Option(names = "--template", defaultValue = "chongqing-pension-fraud", description = "The demo case each load case copies.")
    String template;

    @Option(names = "--auth", paramLabel = "N", description = "Instead: the cost of authentication per request, N requests "
            + "with and N without (docs/benchmarks.md).")
    Integer auth;

    @Override
    public Integer call() throws Exception {
        if (auth != null) {
            Path dir = Files.createTempDirectory("sanxiang-bench-auth-");
            try (SanxiangRuntime runtime = SanxiangRuntime.start(RuntimeConfig.sandbox(dir), List.of())) {
                AuthCost.measure(runtime, auth, System.out);
            }
            return 0;
        }
        if (url != null) {
            return run(url);
        }
        Path dataDir = Files.createTempDirectory("sanxiang-bench-");
        try (SanxiangRuntime runtime = SanxiangRuntime.start(RuntimeConfig.sandbox(dataDir), List.of());
                RestApi rest = RestApi.start(runtime.guard(), runtime.authenticator(), "127.0.0.1", 0,
                        RuntimeConfig.DEFAULT_MAX_UPLOAD, runtime.config().defaultProfile())) {
            LoadTest.Report report = load(URI.create(rest.url().endsWith("/") ? rest.url() : rest.url() + "/"));
            if (report.casesCompleted() > 0) {
                // the floor in the same run: the journey's repository and engine work done bare (LoadFloor)
                String root = runtime.config().cmisRootPath();
                LoadFloor.Shape shape = LoadFloor.shape(runtime.cmisEndpoint().open(), root, report.casesCompleted(), report);
                System.out.print(LoadFloor.markdown(LoadFloor.measure(runtime.cmisEndpoint(), root, shape,
                        report.casesCompleted(), concurrency), report.casesPerSecond()));
            }
            return report.failures().isEmpty() ? 0 : 1;
        } finally {
            try (Stream<Path> paths = Files.walk(dataDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary directory left behind is not worth failing for
            }
        }
    }

    /** The process's CPU time (all threads), or -1 where the JVM does not say. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    private int run(URI api) throws InterruptedException {
        return load(api).failures().isEmpty() ? 0 : 1;
    }

    private LoadTest.Report load(URI api) throws InterruptedException {
        URI root = URI.create(api.getScheme() + "://" + api.getAuthority() + "/");
        LoadTest.Settings settings = new LoadTest.Settings(root, cases, concurrency, Duration.ofSeconds(maxSeconds), template);
        System.out.printf("sanxiang bench: %d cases, %d concurrent clients, at most %d s, against %s%n", cases, concurrency,
                maxSeconds, api);
        long cpuBefore = processCpuNanos();
        LoadTest.Report report = new LoadTest(settings, System.out).run();
        long cpu = processCpuNanos() - cpuBefore;
        System.out.println();
        System.out.print(LoadTest.markdown(settings, report));
        if (cpuBefore >= 0 && report.casesCompleted() > 0 && url == null) {
            // the runtime, its CMIS server and the clients share this process: their CPU per case, which other load
            // on the machine changes far less than cases/s
            System.out.printf("CPU of this process during the journey: %.1f s, %.0f ms per completed case (collector: %s).%n",
                    cpu / 1e9, cpu / 1e6 / report.casesCompleted(), collectors());
        }
        report.failures().stream().limit(10).forEach(f -> System.out.println("failed: " + f));
        return report;
    }

    /** The JVM's garbage collectors, which the CPU per case depends on (run.sh starts the throughput collector). */
    private static String collectors() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName)
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
