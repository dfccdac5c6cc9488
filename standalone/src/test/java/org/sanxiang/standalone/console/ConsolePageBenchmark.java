package org.sanxiang.standalone.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.evaluate.CaseFactsJson;
import org.sanxiang.standalone.auth.SxGroups;
import org.sanxiang.standalone.rest.RestApi;
import org.sanxiang.standalone.runtime.Requests;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.standalone.runtime.SanxiangRuntime;
import org.sanxiang.standalone.runtime.SanxiangService;
import org.sanxiang.standalone.runtime.Views;

/**
 * Page loads with many cases (a benchmark mode, not a timed assertion): -Dsanxiang.bench.console=N loads N
 * cases, each with a legal review started (so each has an open task with a deadline, offered to the
 * enforcement unit), then loads officer1's work, a case page and the deadlines board over HTTP, one after
 * another, and prints p50/p99 per page as the Markdown of docs/benchmarks.md.
 *
 * <pre>mvn -B -ntp -pl standalone -am test -Dtest=ConsolePageBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dsanxiang.bench.console=1000</pre>
 */
class ConsolePageBenchmark {

    private static final int WARM_UP = 5;
    private static final int LOADS = 50;

    /** The same outside Maven: {@code java -cp <test classpath> ...ConsolePageBenchmark <cases>}. */
    public static void main(String[] args) throws java.io.IOException {
        System.setProperty("sanxiang.bench.console", args.length > 0 ? args[0] : "1000");
        new ConsolePageBenchmark().pageLoads(java.nio.file.Files.createTempDirectory("sanxiang-console-bench-"));
        System.exit(0);
    }

    @Test
    void pageLoads(@TempDir Path dir) {
        int cases = Integer.getInteger("sanxiang.bench.console", 0);
        Assumptions.assumeTrue(cases > 0, "benchmark mode: -Dsanxiang.bench.console=<cases>");
        RuntimeConfig config = RuntimeConfig.sandbox(dir);
        try (SanxiangRuntime runtime = SanxiangRuntime.start(config, List.of());
             RestApi rest = RestApi.start(runtime.guard(), runtime.authenticator(), "127.0.0.1", 0, config.maxUploadBytes(), config.defaultProfile())) {
            SanxiangService service = runtime.service();
            long loadStart = System.nanoTime();
            // four loaders at once: the runtime is thread-safe, and the load is not what is measured
            java.util.concurrent.ExecutorService loaders = java.util.concurrent.Executors.newFixedThreadPool(4);
            List<java.util.concurrent.Future<Views.CaseView>> loaded = new ArrayList<>();
            for (int i = 1; i <= cases; i++) {
                int n = i;
                loaded.add(loaders.submit(() -> {
                    Views.CaseView c = load(service, n);
                    if (n % 100 == 0) {
                        System.out.printf("sanxiang console bench: %d cases loaded%n", n);
                    }
                    return c;
                }));
            }
            String someCase;
            try {
                for (java.util.concurrent.Future<Views.CaseView> f : loaded) {
                    f.get();
                }
                someCase = loaded.get(cases / 2).get().id();
            } catch (Exception e) {
                throw new IllegalStateException("loading the cases failed", e);
            } finally {
                loaders.shutdown();
            }
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            ConsoleClient client = new ConsoleClient(rest.consoleUrl()).login("officer1");
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("my work (`/work`, officer1)", "/work");
            pages.put("a case (`/cases/{id}`)", "/cases/" + someCase);
            pages.put("deadlines board (`/deadlines`)", "/deadlines");
            StringBuilder md = new StringBuilder();
            md.append("| page | loads | p50 ms | p99 ms | max ms | bytes |\n|---|---|---|---|---|---|\n");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                List<Long> micros = new ArrayList<>();
                int bytes = 0;
                for (int i = 0; i < WARM_UP + LOADS; i++) {
                    long t = System.nanoTime();
                    ConsoleClient.Page p = client.get(page.getValue());
                    long took = (System.nanoTime() - t) / 1000;
                    assertEquals(200, p.status(), page.getValue());
                    bytes = p.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                    if (i >= WARM_UP) {
                        micros.add(took);
                    }
                }
                Collections.sort(micros);
                md.append(String.format("| %s | %d | %.0f | %.0f | %.0f | %d |%n", page.getKey(), LOADS,
                        percentile(micros, 0.50) / 1000.0, percentile(micros, 0.99) / 1000.0,
                        micros.get(micros.size() - 1) / 1000.0, bytes));
            }
            System.out.printf("%nsanxiang console bench: %d cases loaded in %.0f s (%d open tasks, %d deadlines)%n%n%s%n", cases,
                    loadSeconds, service.tasks(new Requests.TaskQuery(null, SxGroups.ENFORCEMENT, null)).size(),
                    service.deadlines(new Requests.DeadlineQuery("all", null, null)).size(), md);
        }
    }

    /** One case: its folder and a legal review started on it (an open task with a deadline). */
    private static Views.CaseView load(SanxiangService service, int i) {
        ObjectNode facts = JsonNodeFactory.instance.objectNode();
        facts.put("id", String.format("渝人社监〔2026〕B%04d号", i));
        facts.put("profile", "chongqing-2024");
        facts.put("action", "penalty");
        facts.put("procedure", "general");
        facts.putObject("party").put("kind", "individual");
        facts.put("fine", 5000 + i);
        Views.CaseView c = service.createCase(new Requests.NewCase("基准案件 " + i, CaseFactsJson.read(facts),
                Map.of(SanxiangModel.PROP_PARTY_NAME.toPrefixString(), "当事人" + i)));
        service.startProcess("sxLegalReview", new Requests.StartProcess(c.id(), "officer1",
                Map.of(SanxiangWorkflowModel.PROP_DECISION_NAME.toVariableName(), "罚款决定 " + i)));
        return c;
    }

    private static long percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
