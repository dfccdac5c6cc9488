package org.sanxiang.standalone.scale;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.sanxiang.rules.evaluate.CaseFactsJson;
import org.sanxiang.standalone.rest.RestApi;
import org.sanxiang.standalone.runtime.Requests;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.standalone.runtime.SanxiangRuntime;
import org.sanxiang.standalone.runtime.SanxiangService;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The scale table of docs/benchmarks.md: a sandbox runtime filled with open cases through the service
 * itself (each a case folder with its facts and a running sxLegalReview waiting on its first task, as
 * {@code POST /cases} and {@code POST /processes/sxLegalReview} make them), and at each size the p50 of
 * every list endpoint, of a case's tasks, of a case and of its timeline, over HTTP on loopback.
 * Not a test: no time is asserted; it prints a Markdown table.
 *
 * <pre>java -cp ... org.sanxiang.standalone.scale.ScaleRun 100,1000,10000 [samples] [writers]</pre>
 */
public final class ScaleRun {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The sandbox's demo officer (HTTP Basic, as every client of the REST API). */
    private static final String AUTHORIZATION = "Basic " + java.util.Base64.getEncoder()
            .encodeToString("officer1:officer1".getBytes(StandardCharsets.UTF_8));

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "100,1000").split(",")).mapToInt(Integer::parseInt).toArray();
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int writers = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path dir = Files.createTempDirectory("sanxiang-scale");
        RuntimeConfig config = RuntimeConfig.sandbox(dir);
        try (SanxiangRuntime runtime = SanxiangRuntime.start(config, List.of())) {
            RestApi rest = RestApi.start(runtime.guard(), runtime.authenticator(), "127.0.0.1", 0, config.maxUploadBytes(),
                    config.defaultProfile());
            try {
                run(runtime.service(), rest.url(), sizes, samples, writers);
            } finally {
                rest.close();
            }
        }
    }

    private static void run(SanxiangService service, String api, int[] sizes, int samples, int writers) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> caseIds = new ArrayList<>();
        Map<Integer, Map<String, Double>> table = new LinkedHashMap<>();
        Random random = new Random(17);
        for (int size : sizes) {
            long started = System.nanoTime();
            caseIds.addAll(generate(service, caseIds.size(), size - caseIds.size(), writers));
            System.err.printf("%d cases (%.0f s to add the last ones)%n", caseIds.size(), (System.nanoTime() - started) / 1e9);
            IntFunction<String> anyCase = i -> caseIds.get(random.nextInt(caseIds.size()));
            Map<String, String> endpoints = new LinkedHashMap<>();
            endpoints.put("GET /cases (first page, 100)", "/cases");
            endpoints.put("GET /cases (a late page, 100)", "/cases?skipCount=" + Math.max(0, size - 100));
            endpoints.put("GET /tasks?candidateGroup= (first page, 100)", "/tasks?candidateGroup=GROUP_SX_ENFORCEMENT");
            endpoints.put("GET /tasks?assignee= (page)", "/tasks?assignee=officer1");
            endpoints.put("GET /deadlines (first page, 100)", "/deadlines");
            endpoints.put("GET /deadlines?withinDays=7", "/deadlines?withinDays=7");
            endpoints.put("GET /tasks?caseId=", null);
            endpoints.put("GET /cases/{id}", null);
            endpoints.put("GET /cases/{id}/timeline", null);
            Map<String, Double> row = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : endpoints.entrySet()) {
                double[] ms = new double[samples];
                for (int i = -3; i < samples; i++) { // 3 warm-up calls
                    String path = e.getValue() != null ? e.getValue() : switch (e.getKey()) {
                        case "GET /tasks?caseId=" -> "/tasks?caseId=" + q(anyCase.apply(i));
                        case "GET /cases/{id}" -> "/cases/" + q(anyCase.apply(i));
                        default -> "/cases/" + q(anyCase.apply(i)) + "/timeline";
                    };
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", AUTHORIZATION).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    double took = (System.nanoTime() - t0) / 1e6;
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
                    }
                    if (i >= 0) {
                        ms[i] = took;
                    }
                }
                Arrays.sort(ms);
                row.put(e.getKey(), ms[(samples - 1) / 2]);
            }
            table.put(size, row);
            print(table);
        }
    }

    private static List<String> generate(SanxiangService service, int from, int count, int writers) throws Exception {
        if (count <= 0) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        AtomicInteger next = new AtomicInteger(from);
        AtomicInteger done = new AtomicInteger();
        List<Future<List<String>>> parts = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            parts.add(pool.submit(() -> {
                List<String> ids = new ArrayList<>();
                int n;
                while ((n = next.getAndIncrement()) < from + count) {
                    ids.add(newCase(service, n));
                    int d = done.incrementAndGet();
                    if (d % 500 == 0) {
                        System.err.println("  " + (from + d) + " cases");
                    }
                }
                return ids;
            }));
        }
        List<String> ids = new ArrayList<>();
        for (Future<List<String>> part : parts) {
            ids.addAll(part.get());
        }
        pool.shutdown();
        return ids;
    }

    /** A case as POST /cases makes it, with its legal review started as POST /processes/sxLegalReview does. */
    private static String newCase(SanxiangService service, int n) throws Exception {
        String number = "渝人社监罚〔2026〕" + n + "号";
        var facts = CaseFactsJson.read(JSON.readTree("{\"id\":\"" + number + "\",\"profile\":\"chongqing-2024\","
                + "\"action\":\"penalty\",\"procedure\":\"general\",\"party\":{\"kind\":\"organisation\"},"
                + "\"fine\":" + (20000 + n % 50 * 1000) + ",\"publicInterest\":true}"));
        String caseId = service.createCase(new Requests.NewCase("拖欠工资案 " + n, facts,
                Map.of("sx:partyName", "某某公司" + n, "sx:matterName", "拖欠劳动者工资"))).id();
        service.startProcess("sxLegalReview", new Requests.StartProcess(caseId, "officer1", Map.of(
                "sxwf_decisionName", "行政处罚决定", "sxwf_proposedDecision", "拟对当事人罚款",
                "sxwf_investigationEndedAt", LocalDate.now(ZONE).toString())));
        return caseId;
    }

    private static void print(Map<Integer, Map<String, Double>> table) {
        StringBuilder out = new StringBuilder("| p50 ms |");
        StringBuilder rule = new StringBuilder("|---|");
        table.keySet().forEach(size -> {
            out.append(' ').append(size).append(" cases |");
            rule.append("---:|");
        });
        out.append('\n').append(rule).append('\n');
        for (String endpoint : table.values().iterator().next().keySet()) {
            out.append("| `").append(endpoint).append("` |");
            table.values().forEach(row -> out.append(String.format(" %.1f |", row.get(endpoint))));
            out.append('\n');
        }
        System.out.println(out);
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
