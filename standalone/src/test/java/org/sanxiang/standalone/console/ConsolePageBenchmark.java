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
import org.sanxiang.standalone.rest.Http;
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
 * another, and prints p50/p99 per page as the Markdown of docs/benchmarks.md. Each page is measured against
 * two baselines in the same process, interleaved with it: the page's main list as JSON from {@code /api}
 * (one request), and the same reads the page makes as JSON requests (work: both task lists and the form of
 * each task shown; a case: its timeline and its open tasks; the board: its overdue and running pages, 50 rows each;
 * where this week's deadlines fill the running page, the board also searches for the week's end and reads the
 * later ones' page, which the baseline does not).
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
            String caseId = someCase;
            ConsoleClient client = new ConsoleClient(rest.consoleUrl()).login("officer1");
            Http api = new Http(rest.url()).as("officer1");
            String enforcement = Http.q(SxGroups.ENFORCEMENT);
            // the console's work page shows 20 tasks and reads each one's form (its deadline's article)
            List<String> workTasks = new ArrayList<>();
            api.get("/tasks?assignee=officer1&maxItems=20").json().forEach(t -> workTasks.add(t.get("id").asText()));
            api.get("/tasks?candidateGroup=" + enforcement + "&maxItems=20").json().forEach(t -> {
                if (workTasks.size() < 20) {
                    workTasks.add(t.get("id").asText());
                }
            });
            Map<String, Load[]> pages = new LinkedHashMap<>();
            pages.put("my work (`/work`, officer1)", new Load[] {() -> page(client, "/work"),
                    () -> json(api, "/tasks?assignee=officer1&maxItems=20", "/tasks?candidateGroup=" + enforcement + "&maxItems=20"),
                    () -> json(api, concat(List.of("/tasks?assignee=officer1&maxItems=20",
                            "/tasks?candidateGroup=" + enforcement + "&maxItems=20"),
                            workTasks.stream().map(id -> "/tasks/" + Http.q(id)).toList()))});
            pages.put("a case (`/cases/{id}`)", new Load[] {() -> page(client, "/cases/" + Http.q(caseId)),
                    () -> json(api, "/cases/" + Http.q(caseId) + "/timeline"),
                    () -> json(api, "/cases/" + Http.q(caseId) + "/timeline", "/tasks?caseId=" + Http.q(caseId))});
            pages.put("deadlines board (`/deadlines`)", new Load[] {() -> page(client, "/deadlines"),
                    () -> json(api, "/deadlines?maxItems=50"),
                    () -> json(api, "/deadlines?status=overdue&maxItems=50", "/deadlines?status=due&maxItems=50")});
            StringBuilder md = new StringBuilder();
            md.append("| page | loads | console p50 ms | console p99 ms | JSON, one list p50 / p99 ms | JSON, same reads p50 / p99 ms"
                    + " | console ÷ same reads (p50) | bytes |\n|---|---|---|---|---|---|---|---|\n");
            for (Map.Entry<String, Load[]> page : pages.entrySet()) {
                List<List<Long>> micros = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                int bytes = 0;
                // interleaved: console, one JSON list, the same reads as JSON, in turn, so that drift hits all three
                for (int i = 0; i < WARM_UP + LOADS; i++) {
                    for (int k = 0; k < 3; k++) {
                        long t = System.nanoTime();
                        int size = page.getValue()[k].load();
                        long took = (System.nanoTime() - t) / 1000;
                        if (k == 0) {
                            bytes = size;
                        }
                        if (i >= WARM_UP) {
                            micros.get(k).add(took);
                        }
                    }
                }
                micros.forEach(Collections::sort);
                md.append(String.format("| %s | %d | %.1f | %.1f | %.1f / %.1f | %.1f / %.1f | %.2f | %d |%n", page.getKey(), LOADS,
                        ms(micros.get(0), 0.50), ms(micros.get(0), 0.99), ms(micros.get(1), 0.50), ms(micros.get(1), 0.99),
                        ms(micros.get(2), 0.50), ms(micros.get(2), 0.99), ms(micros.get(0), 0.50) / ms(micros.get(2), 0.50), bytes));
            }
            System.out.printf("%nsanxiang console bench: %d cases loaded in %.0f s (%d open tasks for the unit, %d deadlines)%n%n%s%n",
                    cases, loadSeconds,
                    service.tasks(new Requests.TaskQuery(null, SxGroups.ENFORCEMENT, null), new Requests.Page(0, 1)).totalNumItems(),
                    service.deadlines(new Requests.DeadlineQuery("all", null, null), new Requests.Page(0, 1)).totalNumItems(), md);
        }
    }

    /** One load of a page or of its JSON; answers the bytes read. */
    @FunctionalInterface
    private interface Load {
        int load();
    }

    private static int page(ConsoleClient client, String path) {
        ConsoleClient.Page p = client.get(path);
        assertEquals(200, p.status(), path);
        return p.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static int json(Http api, String... paths) {
        return json(api, List.of(paths));
    }

    private static int json(Http api, List<String> paths) {
        int bytes = 0;
        for (String path : paths) {
            Http.Answer a = api.get(path);
            assertEquals(200, a.status(), path);
            bytes += a.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        return bytes;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static double ms(List<Long> sorted, double p) {
        return percentile(sorted, p) / 1000.0;
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
