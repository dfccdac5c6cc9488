package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.sanxiang.standalone.rest.Http.Answer;

/**
 * The cost of exactly-once steps (docs/benchmarks.md): the same workload — cases through assembleTransfer,
 * legalReview and leaderDecision, 4 clients in parallel — on a sandbox with the step journal and on one
 * without it ({@code -Dsanxiang.steps=off}), alternately (four rounds, the order switching each round), in one JVM; task completion p50/p99 and
 * completions per second. A measurement, not a timed assertion: runs only with {@code -Dsanxiang.bench=true}
 * ({@code -Dsanxiang.bench.cases=N}, default 40 per run).
 */
class StepCostBenchmark {

    @Test
    void completionWithAndWithoutTheStepJournal() throws Exception {
        assumeTrue(Boolean.getBoolean("sanxiang.bench"), "a benchmark: -Dsanxiang.bench=true");
        int cases = Integer.getInteger("sanxiang.bench.cases", 40);
        List<String> lines = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            // the order alternates so that neither side always runs on the warmer JVM
            for (boolean on : round % 2 == 0 ? new boolean[] {false, true} : new boolean[] {true, false}) {
                System.setProperty("sanxiang.steps", on ? "on" : "off");
                Path dir = Files.createTempDirectory("sx-bench");
                try (SandboxFixture f = new SandboxFixture(dir, 1024 * 1024)) {
                    run(f.http, 4); // warm-up
                    List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
                    long started = System.nanoTime();
                    ExecutorService pool = Executors.newFixedThreadPool(4);
                    List<Future<?>> running = new ArrayList<>();
                    for (int i = 0; i < cases; i++) {
                        running.add(pool.submit(() -> nanos.addAll(run(f.http, 1))));
                    }
                    for (Future<?> r : running) {
                        r.get();
                    }
                    pool.shutdown();
                    double seconds = (System.nanoTime() - started) / 1e9;
                    List<Long> sorted = new ArrayList<>(nanos);
                    Collections.sort(sorted);
                    String line = String.format("round %d, journal %-3s: %d completions, p50 %.1f ms, p99 %.1f ms, %.1f completions/s",
                            round + 1, on ? "on" : "off", sorted.size(), sorted.get(sorted.size() / 2) / 1e6,
                            sorted.get((int) (sorted.size() * 0.99)) / 1e6, sorted.size() / seconds);
                    lines.add(line);
                    System.out.println(line);
                } finally {
                    System.clearProperty("sanxiang.steps");
                }
            }
        }
        System.out.println(String.join("\n", lines));
    }

    /** Cases through the three legal review tasks that write to the repository; the completions' durations. */
    private static List<Long> run(Http http, int n) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CaseJourney j = new CaseJourney(http, "chongqing-2024");
            j.createCase();
            Answer started = http.post("/processes/sxLegalReview", Map.of("caseId", j.caseId, "user", "officer1",
                    "variables", Map.of("sxwf_decisionName", "行政处罚决定", "sxwf_proposedDecision", "拟罚款")));
            assertEquals(201, started.status(), started.toString());
            for (String key : List.of("assembleTransfer", "legalReview", "leaderDecision")) {
                JsonNode task = null;
                for (JsonNode t : http.get("/tasks?caseId=" + Http.q(j.caseId)).json()) {
                    if (t.get("key").asText().equals(key)) {
                        task = t;
                    }
                }
                Map<String, Object> body = switch (key) {
                    case "assembleTransfer" -> {
                        List<String> materials = new ArrayList<>();
                        for (JsonNode field : http.get("/tasks/" + task.get("id").asText()).get("form")) {
                            if (field.get("name").asText().equals("sxwf_transferredMaterials")) {
                                field.get("allowedValues").forEach(v -> materials.add(v.asText()));
                            }
                        }
                        yield Map.of("user", "officer1", "outcome", "submit", "values",
                                Map.of("sxwf_transferredMaterials", materials));
                    }
                    case "legalReview" -> Map.of("user", "lawyer1", "outcome", "agree", "values",
                            Map.of("sxwf_opinionText", "事实清楚"));
                    default -> Map.of("user", "leader1", "outcome", "approve", "values", Map.of("sxwf_leaderOpinion", "同意"));
                };
                long t0 = System.nanoTime();
                Answer done = http.as((String) body.get("user")).post("/tasks/" + task.get("id").asText() + "/complete", body);
                nanos.add(System.nanoTime() - t0);
                assertEquals(200, done.status(), key + ": " + done);
            }
        }
        return nanos;
    }
}
