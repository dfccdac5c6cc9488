package org.sanxiang.standalone.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.standalone.auth.BasicAuthentication;
import org.sanxiang.standalone.runtime.Views;

/**
 * The standalone load test: N cases driven concurrently through the REST API over loopback with
 * {@link HttpClient} — create the case, upload its records, legal review (start, every task), the
 * decision's records, disclosure (start, draft, review, approve, published), the timeline — each
 * case a copy of a demo case under its own case number. Bounded in count and in time: no case starts
 * after the time limit. Reports cases completed per second and p50/p99 latency per endpoint.
 */
public final class LoadTest {

    /** What to run. */
    public record Settings(URI api, int cases, int concurrency, Duration maxDuration, String template) {
        public Settings {
            Objects.requireNonNull(api, "api");
            if (cases < 1 || concurrency < 1) {
                throw new IllegalArgumentException("cases and concurrency must be at least 1");
            }
            requireLoopback(api);
        }
    }

    /** One endpoint's latencies. */
    public record EndpointStats(String endpoint, int calls, double p50Millis, double p99Millis, double maxMillis) {
    }

    /** What was measured. */
    public record Report(int casesStarted, int casesCompleted, List<String> failures, Duration elapsed,
            double casesPerSecond, List<EndpointStats> endpoints) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Settings settings;
    private final HttpClient http;
    private final TaskAnswers answers = new TaskAnswers(ProfileRegistry.load(null));
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final PrintStream progress;

    public LoadTest(Settings settings, PrintStream progress) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Refuses anything but the loopback interface: the load test never leaves the machine. */
    static void requireLoopback(URI api) {
        try {
            if (api.getHost() == null || !InetAddress.getByName(api.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("url: " + api + " is not a loopback address (127.0.0.1, ::1, localhost)");
            }
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("url: unknown host " + api.getHost(), e);
        }
    }

    public Report run() throws InterruptedException {
        DemoCase template = DemoCases.shipped().stream().filter(c -> c.key().equals(settings.template())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("template: no demo case " + settings.template()));
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        Instant started = Instant.now();
        Instant stopLaunching = started.plus(settings.maxDuration());
        AtomicInteger launched = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency());
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < settings.concurrency(); w++) {
            futures.add(pool.submit(() -> {
                while (Instant.now().isBefore(stopLaunching)) {
                    int n = launched.incrementAndGet();
                    if (n > settings.cases()) {
                        launched.decrementAndGet();
                        return;
                    }
                    String number = "LOAD-" + run + "-" + n;
                    try {
                        runCase(copy(template, number));
                        int done = completed.incrementAndGet();
                        if (done % 10 == 0) {
                            progress.printf("  %d cases completed (%.1f s)%n", done,
                                    Duration.between(started, Instant.now()).toMillis() / 1000.0);
                        }
                    } catch (Exception e) {
                        failures.add(number + ": " + e.getMessage());
                    }
                }
            }));
        }
        pool.shutdown();
        // bounded: the workers stop launching at the limit; a case already running is given 60 s to finish
        if (!pool.awaitTermination(settings.maxDuration().toSeconds() + 60, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            failures.add("cases still running 60 s after the time limit were abandoned");
        }
        Duration elapsed = Duration.between(started, Instant.now());
        List<EndpointStats> stats = new ArrayList<>();
        new TreeMap<>(latencies).forEach((endpoint, values) -> stats.add(stats(endpoint, values)));
        return new Report(launched.get(), completed.get(), List.copyOf(failures), elapsed,
                completed.get() / Math.max(0.001, elapsed.toMillis() / 1000.0), stats);
    }

    /**
     * The template under a new case number, its history moved to today: a case in progress has its
     * deadlines ahead, so the engine's reminder and escalation timers do not all fire at once (they
     * would for the demo's 2026 dates) — the load is the people's, as on a working day.
     */
    private static DemoCase copy(DemoCase template, String caseNumber) {
        ObjectNode facts = template.facts().deepCopy();
        facts.put("id", caseNumber);
        String today = java.time.LocalDate.now(TaskAnswers.ZONE).toString();
        Map<String, Object> review = new HashMap<>(template.legalReview().start());
        review.replace(SanxiangWorkflowModel.PROP_INVESTIGATION_ENDED_AT.toVariableName(), today);
        Map<String, Object> disclosure = new HashMap<>(template.disclosure().start());
        disclosure.replace(SanxiangWorkflowModel.PROP_DISCLOSURE_DECISION_DATE.toVariableName(), today);
        return new DemoCase(template.key() + "/" + caseNumber, template.title() + "（压力测试 " + caseNumber + "）",
                template.summaryEn(), template.exercises(), facts, template.dates(), template.properties(), caseNumber + "-决",
                template.records(), new DemoCase.Step(review, template.legalReview().opinion(), null),
                new DemoCase.Disclosure(disclosure, null),
                template.longTermReasons(), template.access(), template.expect());
    }

    private void runCase(DemoCase c) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.put("title", c.title());
        body.set("facts", c.facts());
        body.set("properties", JSON.valueToTree(c.properties()));
        String caseId = call("POST /api/cases", "POST", "/api/cases", body).get("id").asText();
        for (DemoRecord r : c.recordsAt("load")) {
            upload(caseId, r);
        }
        if (c.legalReview() != null) {
            process(c, caseId, "sxLegalReview", c.legalReview().start());
        }
        for (DemoRecord r : c.recordsAt("decision")) {
            upload(caseId, r);
        }
        if (c.disclosure() != null) {
            Map<String, Object> start = new HashMap<>(c.disclosure().start());
            start.putIfAbsent(SanxiangWorkflowModel.PROP_DISCLOSURE_TRIGGER.toVariableName(), "decision");
            process(c, caseId, "sxDisclosure", start);
        }
        JsonNode timeline = call("GET /api/cases/{id}/timeline", "GET", "/api/cases/" + encode(caseId) + "/timeline", null);
        if (c.disclosure() != null && !timeline.toString().contains("\"PUBLISHED\"")) {
            throw new IllegalStateException("case " + c.caseNumber() + " was not published: " + timeline.path("disclosures"));
        }
    }

    private void upload(String caseId, DemoRecord r) throws IOException, InterruptedException {
        String path = "/api/cases/" + encode(caseId) + "/records?type=" + encode(r.type()) + "&name=" + encode(r.name())
                + "&properties=" + encode(JSON.writeValueAsString(r.properties()));
        send("POST /api/cases/{id}/records", HttpRequest.newBuilder(settings.api().resolve(path))
                .header("Content-Type", "application/octet-stream")
                .header("Authorization", BasicAuthentication.header(TaskAnswers.OFFICER, TaskAnswers.OFFICER))
                .POST(HttpRequest.BodyPublishers.ofByteArray(RecordFiles.content(r))).build());
    }

    private void process(DemoCase c, String caseId, String key, Map<String, Object> variables)
            throws IOException, InterruptedException {
        ObjectNode start = JSON.createObjectNode();
        start.put("caseId", caseId);
        start.set("variables", JSON.valueToTree(variables));
        String processId = call("POST /api/processes/{key}", "POST", "/api/processes/" + key, start).get("id").asText();
        Instant quietSince = null;
        for (int done = 0; done < 100; ) {
            JsonNode tasks = call("GET /api/tasks?caseId=", "GET", "/api/tasks?caseId=" + encode(caseId), null);
            JsonNode task = null;
            for (JsonNode t : tasks) {
                if (processId.equals(t.path("processInstanceId").asText())) {
                    task = t;
                    break;
                }
            }
            if (task == null) {
                if (key.equals("sxDisclosure") && call("GET /api/cases/{id}/timeline", "GET",
                        "/api/cases/" + encode(caseId) + "/timeline", null).path("disclosures").toString().contains("\"PUBLISHED\"")) {
                    return; // published: the process now waits on messages and timers
                }
                JsonNode view = call("GET /api/cases/{id}", "GET", "/api/cases/" + encode(caseId), null);
                for (JsonNode p : view.path("processes")) {
                    if (processId.equals(p.path("id").asText()) && !p.path("endedAt").isNull() && !p.path("endedAt").isMissingNode()) {
                        return;
                    }
                }
                quietSince = quietSince == null ? Instant.now() : quietSince;
                if (Duration.between(quietSince, Instant.now()).toSeconds() > 20) {
                    throw new IllegalStateException(key + " of case " + c.caseNumber() + " waits with no task open");
                }
                Thread.sleep(50);
                continue;
            }
            quietSince = null;
            String taskId = task.get("id").asText();
            Views.TaskDetail detail = JSON.treeToValue(
                    call("GET /api/tasks/{id}", "GET", "/api/tasks/" + encode(taskId), null), Views.TaskDetail.class);
            TaskAnswers.Answer answer = answers.answer(detail, c, false, Clock.systemUTC().instant());
            ObjectNode complete = JSON.createObjectNode();
            complete.put("outcome", answer.outcome());
            complete.set("values", JSON.valueToTree(answer.values()));
            List<String> users = new ArrayList<>();
            task.path("candidateGroups").forEach(g -> users.add(g.asText()));
            completeWithRetry(taskId, DemoActors.candidates(users, answer.user()), complete);
            done++;
        }
        throw new IllegalStateException(key + " of case " + c.caseNumber() + " did not settle after 100 tasks");
    }

    /**
     * Completes as the first candidate a separation of duty does not bar (a 403 naming "user" passes it on).
     * A 409 "try again" (the engine's own jobs changed the process in the same moment) is retried, as a person would.
     */
    private void completeWithRetry(String taskId, List<String> users, ObjectNode complete)
            throws IOException, InterruptedException {
        int next = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                call(users.get(next), "POST /api/tasks/{id}/complete", "POST", "/api/tasks/" + encode(taskId) + "/complete",
                        complete);
                return;
            } catch (IllegalStateException e) {
                if (e.getMessage().contains("→ 403") && e.getMessage().contains("\"field\":\"user\"") && next + 1 < users.size()) {
                    next++;
                    continue;
                }
                if (attempt >= 10 || !e.getMessage().contains("→ 409") || !e.getMessage().contains("try again")) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    private JsonNode call(String endpoint, String method, String path, JsonNode body) throws IOException, InterruptedException {
        return call(TaskAnswers.OFFICER, endpoint, method, path, body);
    }

    /** A call as a sandbox user (password = name). */
    private JsonNode call(String user, String endpoint, String method, String path, JsonNode body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.api().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", BasicAuthentication.header(user, user));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        }
        return send(endpoint, request.build());
    }

    private JsonNode send(String endpoint, HttpRequest request) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long micros = (System.nanoTime() - t0) / 1000;
        latencies.computeIfAbsent(endpoint, k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(endpoint + " → " + response.statusCode() + " " + response.body());
        }
        try {
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(endpoint + ": not JSON: " + response.body(), e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static EndpointStats stats(String endpoint, List<Long> micros) {
        List<Long> sorted;
        synchronized (micros) {
            sorted = new ArrayList<>(micros);
        }
        Collections.sort(sorted);
        return new EndpointStats(endpoint, sorted.size(), percentile(sorted, 0.50) / 1000.0, percentile(sorted, 0.99) / 1000.0,
                sorted.get(sorted.size() - 1) / 1000.0);
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(List<Long> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** The report as the Markdown of docs/benchmarks.md. */
    public static String markdown(Settings s, Report r) {
        StringBuilder md = new StringBuilder();
        md.append(String.format("%d cases requested, %d started, %d completed, %d failed, in %.1f s with %d concurrent clients: "
                        + "**%.2f cases/s**%n%n", s.cases(), r.casesStarted(), r.casesCompleted(), r.failures().size(),
                r.elapsed().toMillis() / 1000.0, s.concurrency(), r.casesPerSecond()));
        md.append("| endpoint | calls | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        for (EndpointStats e : r.endpoints()) {
            md.append(String.format("| `%s` | %d | %.1f | %.1f | %.1f |%n", e.endpoint(), e.calls(), e.p50Millis(), e.p99Millis(),
                    e.maxMillis()));
        }
        return md.toString();
    }
}
