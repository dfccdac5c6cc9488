package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.standalone.auth.DemoUsers;
import org.sanxiang.standalone.cmis.EmbeddedCmisServer;
import org.sanxiang.standalone.rest.Http.Answer;
import org.sanxiang.workflow.engine.PostgresCluster;
import org.sanxiang.workflow.engine.TestDatabase;

/**
 * Exactly once under kill -9: the runtime (the shaded jar, a separate process, connected mode, an external
 * CMIS repository) halted — {@code Runtime.halt}, no shutdown hook, as kill -9 — at every point k of the
 * steps the issue names (completing assembleTransfer, legalReview, leaderDecision and archive) and of a
 * timer job (a published record's display period ending: it is taken down): after each of its repository writes, before its commit and
 * after it (by default the sample {@link FaultHarness#SAMPLE}: the first write, the commit, after the commit;
 * every point with {@code -Dsanxiang.faults=all}). Each time the runtime starts again (recovery runs before the API), the case must be exactly as
 * before the killed attempt, and the retry succeeds; after the kill past the commit the step has taken
 * effect once and a retry is a 409 naming who completed the task. On an H2 file and on PostgreSQL.
 */
class StepKillIT {

    private static final List<String> KILLED = List.of("assembleTransfer", "legalReview", "leaderDecision", "archive");
    private static final Pattern COMPLETE = Pattern.compile("/tasks/([^/]+)/complete");
    private static final Pattern RECOVERED = Pattern.compile("settled \\d+ step\\(s\\) an earlier run left, in (\\d+) ms");
    private static final Pattern HALT = Pattern.compile("halting at point (\\d+) \\((\\w+)\\) of (.*)");

    @TempDir
    Path dir;

    @Test
    void everyPointOfTheNamedStepsOnAnH2File() throws Exception {
        run("jdbc:h2:file:" + dir.resolve("db/sanxiang").toAbsolutePath(), "sa", "");
    }

    @Test
    void everyPointOfTheNamedStepsOnPostgres() throws Exception {
        assumeTrue(PostgresCluster.unavailableReason().isEmpty(), () -> PostgresCluster.unavailableReason().orElse(""));
        try (TestDatabase db = PostgresCluster.newDatabase()) {
            run(db.jdbcUrl(), db.user(), db.password());
        }
    }

    private void run(String jdbcUrl, String user, String password) throws Exception {
        long started = System.nanoTime();
        // connected mode: the repository checks each person's password, a users file gives the groups
        StringBuilder lines = new StringBuilder();
        Map<String, String> people = new java.util.HashMap<>(Map.of("admin", "admin"));
        DemoUsers.USERS.forEach((name, groups) -> {
            lines.append(name).append(":-:").append(String.join(",", groups)).append('\n');
            people.put(name, name);
        });
        Path users = java.nio.file.Files.writeString(dir.resolve("users.txt"), lines);
        try (EmbeddedCmisServer cmis = new EmbeddedCmisServer(0, people).start()) {
            int port = freePort();
            List<String> args = new ArrayList<>(List.of("--mode", "connected", "--cmis-url", cmis.browserUrl(),
                    "--cmis-repository", "sanxiang", "--jdbc-url", jdbcUrl, "--rest-port", Integer.toString(port),
                    "--data-dir", dir.toString(), "--users", users.toString()));
            if (!user.equals("sa")) {
                args.addAll(List.of("--jdbc-user", user));
            }
            Killer killer = new Killer(args);
            try {
                Http http = new Http("http://127.0.0.1:" + port + "/api", killer).as("officer1");
                killer.start(List.of());
                CaseJourney journey = new CaseJourney(http, "ningxia-2019"); // its disclosure has a display period
                killer.journey = journey;
                journey.createCase();
                journey.legalReview();
                journey.decide();
                journey.uploadDecisionDocument();
                journey.disclose();
                journey.recordAndArchive();
                killer.timer(jdbcUrl, user, password, journey);
                assertTrue(journey.timeline().get("chain").get("intact").asBoolean(), "the hash chain verifies");
            } finally {
                killer.stop();
            }
            System.out.printf("kill -9 at every point on %s: %s; %d restarts, %d s; recovery after a kill: %s ms (settling), "
                    + "restart to ready %s ms%n", jdbcUrl.split(":")[1], killer.covered, killer.starts,
                    (System.nanoTime() - started) / 1_000_000_000, stats(killer.recoveryMillis), stats(killer.restartMillis));
            for (String key : KILLED) {
                assertTrue(killer.covered.containsKey(key), key + " killed: " + killer.covered);
            }
            assertTrue(killer.covered.containsKey("timer"), "the timer job killed: " + killer.covered);
        }
    }

    /** Starts and halts the runtime; runs the named steps with a halt at every point. */
    private final class Killer implements Http.Writes {
        final List<String> args;
        final Map<String, Integer> covered = new LinkedHashMap<>();
        JarProcess jar;
        CaseJourney journey;
        int starts;

        Killer(List<String> args) {
            this.args = args;
        }

        final List<Long> recoveryMillis = new ArrayList<>();
        final List<Long> restartMillis = new ArrayList<>();

        void start(List<String> jvmOptions) throws Exception {
            long t0 = System.nanoTime();
            jar = JarProcess.serve(dir, jvmOptions, args.toArray(String[]::new));
            long ready = (System.nanoTime() - t0) / 1_000_000;
            starts++;
            for (String line : jar.output()) {
                Matcher r = RECOVERED.matcher(line);
                if (r.find()) {
                    recoveryMillis.add(Long.parseLong(r.group(1)));
                    restartMillis.add(ready);
                }
            }
        }

        void stop() throws Exception {
            if (jar != null) {
                jar.kill();
                jar = null;
            }
        }

        List<String> fault(String filter, String k) {
            return List.of("-Dsanxiang.fault.step=" + filter, "-Dsanxiang.fault.haltAtCall=" + k);
        }

        /** The i-th point to halt at (1, 2, ...), or null when the sample is done (see {@link FaultHarness#SAMPLE}). */
        String point(int i) {
            return FaultHarness.EVERY_POINT ? Integer.toString(i) : i <= FaultHarness.SAMPLE.size()
                    ? FaultHarness.SAMPLE.get(i - 1) : null;
        }

        @Override
        public Answer send(String method, String path, Object body, Supplier<Answer> request) {
            Matcher m = COMPLETE.matcher(path);
            if (!method.equals("POST") || !m.matches()) {
                return request.get();
            }
            String taskId = m.group(1);
            String key = jar.http().get("/tasks/" + taskId).get("task").get("key").asText();
            if (!KILLED.contains(key) || covered.containsKey(key)) {
                return request.get();
            }
            try {
                return killEveryPoint(key, taskId, request);
            } catch (Exception e) {
                throw new AssertionError(key + ": " + e, e);
            }
        }

        private Answer killEveryPoint(String key, String taskId, Supplier<Answer> request) throws Exception {
            String before = snapshot();
            for (int i = 1; i < 200; i++) {
                String k = point(i);
                if (k == null) {
                    throw new AssertionError(key + ": not settled after the sampled points " + FaultHarness.SAMPLE);
                }
                stop();
                start(fault("(" + key + ")", k));
                String now = snapshot();
                assertEquals(before, now, key + ": after the kill before point " + k + " and the restart");
                Answer answer;
                try {
                    answer = request.get();
                } catch (IllegalStateException connectionLost) {
                    answer = null;
                }
                if (answer != null) {
                    throw new AssertionError(key + ": not halted at point " + k + ": " + answer);
                }
                assertEquals(137, jar.awaitExit(60), "halted");
                String last = halted(k);
                if (last.equals("settle")) {
                    // killed after the commit: the step took effect; a retry names who completed the task
                    stop();
                    start(List.of());
                    covered.put(key, haltedAt);
                    Answer retry = request.get();
                    assertEquals(409, retry.status(), key + ": retry after the commit: " + retry);
                    assertTrue(retry.get("error").asText().contains("was completed already"), retry.toString());
                    assertTrue(jar.http().get("/health").get("steps").isEmpty(), "settled at start-up");
                    return new Answer(200, retry.json(), "completed before the kill after its commit");
                }
            }
            throw new AssertionError(key + ": more than 200 points");
        }

        /** The point's number the last halt was at. */
        int haltedAt;

        private String halted(String k) {
            return halted(k, jar.output());
        }

        private String halted(String k, List<String> output) {
            for (String line : output) {
                Matcher h = HALT.matcher(line);
                if (h.find()) {
                    assertEquals(k, k.chars().allMatch(Character::isDigit) ? h.group(1) : h.group(2), line);
                    haltedAt = Integer.parseInt(h.group(1));
                    return h.group(2);
                }
            }
            throw new AssertionError("no halting line in:\n" + String.join("\n", output));
        }

        /** The case as the API shows it: its properties and aspects, its records with theirs, its open tasks. */
        private String snapshot() {
            Http http = jar.http();
            String caseId = journey.caseId;
            TreeSet<String> lines = new TreeSet<>();
            JsonNode c = http.get("/cases/" + Http.q(caseId)).json();
            lines.add("case " + c.get("properties") + " " + c.get("aspects"));
            for (JsonNode r : http.get("/cases/" + Http.q(caseId) + "/records").json()) {
                lines.add("record " + r.get("id").asText() + " " + r.get("name").asText() + " " + r.get("properties") + " "
                        + r.get("aspects"));
            }
            for (JsonNode t : http.get("/tasks?caseId=" + Http.q(caseId)).json()) {
                lines.add("task " + t.get("id").asText() + " " + t.get("key").asText() + " " + t.get("assignee"));
            }
            return String.join("\n", lines);
        }

        /** A record's retention ends now: the timer job, halted at every point by the job executor. */
        void timer(String jdbcUrl, String user, String password, CaseJourney journey) throws Exception {
            stop();
            String jobId;
            try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                    PreparedStatement ps = c.prepareStatement("SELECT ID_ FROM ACT_RU_JOB WHERE TYPE_ = 'timer' "
                            + "AND PROCESS_INSTANCE_ID_ = ?")) {
                ps.setString(1, journey.disclosureId);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next(), "the display period's timer");
                    jobId = rs.getString(1);
                }
            }
            start(List.of());
            String before = snapshot();
            for (int i = 1; i < 200; i++) {
                String k = point(i);
                if (k == null) {
                    throw new AssertionError("timer: not settled after the sampled points " + FaultHarness.SAMPLE);
                }
                stop();
                assertEquals(1, due(jdbcUrl, user, password, jobId, System.currentTimeMillis() - 1000));
                String last = null;
                try {
                    start(fault("job " + jobId, k));
                } catch (IllegalStateException exited) {
                    // the job executor ran the due job while the runtime was starting: halted before "ready"
                    if (!exited.getMessage().contains("exited with 137")) {
                        throw exited;
                    }
                    jar = null;
                    last = halted(k, List.of(exited.getMessage().split("\n")));
                }
                long deadline = System.currentTimeMillis() + 60_000;
                while (System.currentTimeMillis() < deadline && last == null) {
                    if (!jarAlive()) {
                        last = halted(k);
                    } else {
                        Thread.sleep(200);
                    }
                }
                assertTrue(last != null, "the timer job was halted at point " + k);
                stop();
                // not due while the case is compared (the job executor would run it again); gone once committed
                due(jdbcUrl, user, password, jobId, System.currentTimeMillis() + 365L * 24 * 3600 * 1000);
                start(List.of());
                if (last.equals("settle")) {
                    covered.put("timer", haltedAt);
                    assertTrue(jar.http().get("/health").get("steps").isEmpty(), "settled at start-up");
                    assertTrue(journey.ended(journey.disclosureId), "taken down once: the disclosure ended");
                    return;
                }
                assertEquals(before, snapshot(), "timer: after the kill at point " + k + " and the restart");
            }
        }

        private boolean jarAlive() {
            try {
                jar.awaitExit(0);
                return false;
            } catch (IllegalStateException | InterruptedException running) {
                return true;
            }
        }
    }

    /** The job is due at {@code at} and free (a killed run's lock would hold it for the lock time); returns 1, or 0 when it is gone. */
    private static int due(String jdbcUrl, String user, String password, String jobId, long at) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                PreparedStatement ps = c.prepareStatement("UPDATE ACT_RU_JOB SET DUEDATE_ = ?, LOCK_OWNER_ = NULL, "
                        + "LOCK_EXP_TIME_ = NULL, RETRIES_ = 3 WHERE ID_ = ?")) {
            ps.setTimestamp(1, new Timestamp(at));
            ps.setString(2, jobId);
            int n = ps.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return n;
        }
    }

    private static String stats(List<Long> values) {
        if (values.isEmpty()) {
            return "-";
        }
        List<Long> sorted = new ArrayList<>(values);
        java.util.Collections.sort(sorted);
        return "p50 " + sorted.get(sorted.size() / 2) + ", max " + sorted.get(sorted.size() - 1) + " (n=" + sorted.size() + ")";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
