package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanxiang.standalone.auth.SxGroups;
import org.sanxiang.standalone.auth.UserDirectory;
import org.sanxiang.standalone.rest.Http.Answer;
import org.sanxiang.standalone.runtime.RuntimeConfig;

/**
 * Races, each run {@value #ROUNDS} times for N = 2 and N = 10 (override with -Dsanxiang.races=R): N parallel
 * starts of sxLegalReview for one case, N parallel uploads with one name, N parallel completions of
 * assembleTransfer and of leaderDecision (even-numbered leaders approve, odd ones reject). Exactly one
 * request takes effect; every other one is a 409 that names why (who completed the task and when, the
 * instance that runs, the file that has the name), never a 500; the repository holds the winner's values
 * only (the winner's upload, the winner's leader on the review opinion, a decision date only when the
 * winner approved).
 */
class StepRaceTest {

    static final int ROUNDS = Integer.getInteger("sanxiang.races", 50);

    @TempDir
    static Path dir;
    static SandboxFixture sandbox;
    static ExecutorService pool;

    @BeforeAll
    static void start() throws Exception {
        // ten of each: officers start, upload and transfer, leaders decide (password = name)
        StringBuilder users = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            users.append("officer").append(i).append(":").append(UserDirectory.hash("officer" + i)).append(':')
                    .append(SxGroups.ENFORCEMENT).append('\n');
            users.append("leader").append(i).append(":").append(UserDirectory.hash("leader" + i)).append(':')
                    .append(SxGroups.LEADERS).append(',').append(SxGroups.PRINCIPAL_LEADER).append('\n');
        }
        users.append("lawyer1:").append(UserDirectory.hash("lawyer1")).append(':').append(SxGroups.LEGAL_OFFICE)
                .append('\n');
        Path file = java.nio.file.Files.writeString(dir.resolve("users.txt"), users);
        sandbox = new SandboxFixture(RuntimeConfig.sandbox(dir).withMaxUpload(1024 * 1024).withUsersFile(file));
        pool = Executors.newFixedThreadPool(10);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
        sandbox.close();
    }

    @ParameterizedTest(name = "N = {0}")
    @ValueSource(ints = {2, 10})
    void exactlyOneOfParallelRequestsTakesEffect(int n) throws Exception {
        Http http = sandbox.http.as("officer0");
        for (int round = 0; round < ROUNDS; round++) {
            CaseJourney journey = new CaseJourney(http, "chongqing-2024");
            journey.createCase();
            String caseId = journey.caseId;

            // starts of one process for one case and trigger
            Race start = race(n, i -> () -> http.as("officer" + i).post("/processes/sxLegalReview", Map.of("caseId", caseId,
                    "user", "officer" + i, "variables", Map.of("sxwf_decisionName", "行政处罚决定",
                            "sxwf_proposedDecision", "拟罚款", "sxwf_investigationEndedAt", LocalDate.now(CaseJourney.ZONE).toString()))));
            start.exactlyOne(201, "runs for case " + caseId + " already: instance " + start.winner().get("id").asText());
            String processId = start.winner().get("id").asText();
            assertEquals(1, count(http, caseId, "sxLegalReview"), "one instance");

            // uploads with one name
            Race upload = race(n, i -> () -> http.as("officer" + i).postBytes("/cases/" + Http.q(caseId) + "/records?type=sx:evidence&name="
                    + Http.q("现场照片.txt"), ("upload " + i).getBytes(StandardCharsets.UTF_8), "application/octet-stream"));
            upload.exactlyOne(201, "named 现场照片.txt already");
            String uploadedBy = "upload " + upload.winnerIndex;
            JsonNode record = null;
            for (JsonNode r : http.get("/cases/" + Http.q(caseId) + "/records").json()) {
                if (r.get("name").asText().equals("现场照片.txt")) {
                    assertTrue(record == null, "one record with the name");
                    record = r;
                }
            }
            assertNotNull(record);
            assertEquals(sha256(uploadedBy), record.get("intake").get("sha256").asText(), "the winner's content");

            // completions of assembleTransfer
            JsonNode transfer = task(http, caseId, processId, "assembleTransfer");
            List<String> materials = new ArrayList<>();
            for (JsonNode f : http.get("/tasks/" + transfer.get("id").asText()).get("form")) {
                if (f.get("name").asText().equals("sxwf_transferredMaterials")) {
                    f.get("allowedValues").forEach(v -> materials.add(v.asText()));
                }
            }
            Race transferred = race(n, i -> () -> http.as("officer" + i).post("/tasks/" + transfer.get("id").asText() + "/complete",
                    Map.of("user", "officer" + i, "outcome", "submit", "values", Map.of("sxwf_transferredMaterials", materials))));
            transferred.exactlyOne(200, "was completed already, at ", " by officer" + transferred.winnerIndex);

            // the review, then completions of leaderDecision
            JsonNode review = task(http, caseId, processId, "legalReview");
            Answer reviewed = http.as("lawyer1").post("/tasks/" + review.get("id").asText() + "/complete", Map.of("user", "lawyer1",
                    "outcome", "agree", "values", Map.of("sxwf_opinionText", "事实清楚，证据确凿")));
            assertEquals(200, reviewed.status(), reviewed.toString());
            JsonNode decision = task(http, caseId, processId, "leaderDecision");
            List<String> outcomes = new ArrayList<>();
            http.get("/tasks/" + decision.get("id").asText()).get("outcomes").forEach(o -> outcomes.add(o.asText()));
            String reject = outcomes.stream().filter(o -> !o.equals("approve")).findFirst().orElseThrow();
            Race decided = race(n, i -> () -> http.as("leader" + i).post("/tasks/" + decision.get("id").asText() + "/complete",
                    Map.of("user", "leader" + i, "outcome", i % 2 == 0 ? "approve" : reject,
                            "values", Map.of("sxwf_leaderOpinion", "leader" + i + " 的意见"))));
            decided.exactlyOne(200, "was completed already, at ", " by leader" + decided.winnerIndex);
            boolean approved = decided.winnerIndex % 2 == 0;
            JsonNode folder = http.get("/cases/" + Http.q(caseId)).get("properties");
            assertEquals(approved, folder.has("sx:caseDecisionDate"), "a decision date only when the winner approved: " + folder);
            for (JsonNode r : http.get("/cases/" + Http.q(caseId) + "/records").json()) {
                if (r.get("type").asText().equals("sx:reviewOpinion")) {
                    JsonNode leader = r.get("properties").get("sx:leaderName");
                    if (approved) {
                        assertEquals("leader" + decided.winnerIndex, leader.asText(), "the winner on the opinion");
                    } else {
                        assertTrue(leader == null || leader.isNull() || leader.asText().isEmpty(), "no leader: " + leader);
                    }
                }
            }
            assertTrue(sandbox.runtime.steps().pending().isEmpty(), "every step settled");
        }
    }

    private static long count(Http http, String caseId, String key) {
        long n = 0;
        for (JsonNode p : http.get("/cases/" + Http.q(caseId)).get("processes")) {
            n += p.get("processKey").asText().equals(key) ? 1 : 0;
        }
        return n;
    }

    private static JsonNode task(Http http, String caseId, String processId, String key) {
        for (JsonNode t : http.get("/tasks?caseId=" + Http.q(caseId)).json()) {
            if (t.get("processInstanceId").asText().equals(processId) && t.get("key").asText().equals(key)) {
                return t;
            }
        }
        throw new AssertionError("no open " + key + " in " + processId);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Race race(int n, IntFunction<java.util.concurrent.Callable<Answer>> request) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            java.util.concurrent.Callable<Answer> call = request.apply(i);
            answers.add(pool.submit(() -> {
                gate.await();
                return call.call();
            }));
        }
        gate.countDown();
        List<Answer> result = new ArrayList<>();
        for (Future<Answer> f : answers) {
            result.add(f.get());
        }
        return new Race(result);
    }

    /** The answers of one race, in request order. */
    private static final class Race {
        final List<Answer> answers;
        int winnerIndex = -1;

        Race(List<Answer> answers) {
            this.answers = answers;
            for (int i = 0; i < answers.size(); i++) {
                if (answers.get(i).status() < 300) {
                    assertEquals(-1, winnerIndex, "two winners: " + answers);
                    winnerIndex = i;
                }
            }
        }

        Answer winner() {
            return answers.get(winnerIndex);
        }

        /** One answer with the status, every other a 409 whose message names why. */
        void exactlyOne(int status, String... why) {
            assertTrue(winnerIndex >= 0, "no winner: " + answers);
            assertEquals(status, winner().status(), winner().toString());
            for (int i = 0; i < answers.size(); i++) {
                if (i != winnerIndex) {
                    Answer a = answers.get(i);
                    assertEquals(409, a.status(), "loser " + i + ": " + a);
                    for (String w : why) {
                        assertTrue(a.get("error").asText().contains(w), "loser " + i + " names why (" + w + "): " + a);
                    }
                }
            }
        }
    }
}
