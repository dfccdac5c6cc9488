package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.runtime.Job;
import org.activiti.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.standalone.rest.Http.Answer;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.engine.PostgresCluster;
import org.sanxiang.workflow.engine.TestDatabase;

/**
 * Exactly once, shown by killing every step at every point: the journeys of the five processes
 * (chongqing-2024: legal review, disclosure and its withdrawal, the full-process record with archiving and
 * sealing, an access request; then sxRetention's timer for a record and the record's destruction) run
 * through {@link FaultHarness}, which kills each step after each of its repository writes, before its
 * commit (by an exception and by a simulated crash with recovery) and after its commit, and checks that
 * the retry succeeds, that nothing of a killed attempt is left, and that the hash chain still verifies.
 * On H2 and on a throwaway PostgreSQL (there, by default, every third step of the journeys and the jobs;
 * every step with {@code -Dsanxiang.faults=all}).
 */
class StepFaultInjectionTest {

    @TempDir
    Path dir;

    @Test
    void everyPointOfEveryStepOnH2() {
        run(RuntimeConfig.sandbox(dir), "H2", 1);
    }

    @Test
    void everyPointOfEveryStepOnPostgres() {
        assumeTrue(PostgresCluster.unavailableReason().isEmpty(), () -> PostgresCluster.unavailableReason().orElse(""));
        try (TestDatabase db = PostgresCluster.newDatabase()) {
            RuntimeConfig s = RuntimeConfig.sandbox(dir);
            // in CI time every third step of the journeys (and the timers' jobs) on PostgreSQL, each step with -Dsanxiang.faults=all
            run(new RuntimeConfig(s.mode(), 0, 0, null, "browser", "admin", "admin", null, "/sanxiang", db.jdbcUrl(), db.user(),
                    db.password(), s.defaultProfile(), dir, s.maxUploadBytes(), null, s.zone(), null), "PostgreSQL",
                    FaultHarness.EVERY_POINT ? 1 : 3);
        }
    }

    private static void run(RuntimeConfig config, String database, int every) {
        long started = System.nanoTime();
        try (SandboxFixture f = new SandboxFixture(config)) {
            FaultHarness harness = new FaultHarness(f.runtime);
            harness.every = every;
            Http http = new Http(f.rest.url(), harness).as("officer1");
            CaseJourney journey = new CaseJourney(http, "chongqing-2024").run();
            retention(f, harness, http, journey);
            takeDown(f, harness);
            assertTrue(journey.timeline().get("chain").get("intact").asBoolean(), "the hash chain verifies");
            assertTrue(f.runtime.steps().pending().isEmpty());

            String steps = String.join(", ", harness.covered.keySet());
            for (String named : every > 1 ? List.of("job ") : List.of("(archive)", "(legalReview)", "(leaderDecision)",
                    "(assembleTransfer)", "job ", "start sxLegalReview", "start sxDisclosure", "start sxCaseRecord",
                    "start sxAccess", "upload ", "update case", "revoked of process", "(dispositionReview)")) {
                assertTrue(steps.contains(named), named + " covered: " + steps);
            }
            int points = harness.covered.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf("step fault injection on %s: %d steps, %d points (writes + commit + after commit), %d kills, %d s%n",
                    database, harness.covered.size(), points, harness.kills, (System.nanoTime() - started) / 1_000_000_000);
            harness.covered.forEach((step, n) -> System.out.println("  " + n + "\t" + step));
        }
    }

    /** Runs a job as the job executor would, through the harness. */
    private static Answer execute(FaultHarness harness, ProcessEngine engine, String jobId) {
        return harness.inject("job " + jobId, () -> {
            try {
                engine.getManagementService().executeJob(jobId);
                return new Answer(200, null, "executed");
            } catch (RuntimeException | FaultHarness.Injected | org.sanxiang.repo.step.StepFaults.Crash e) {
                // a fault at the commit comes out of the command context as it is, not wrapped as the job's failure
                return new Answer(500, null, e.toString());
            }
        });
    }

    /**
     * A timer whose service task writes to the repository: a published record's display period ends and
     * it is taken down (sx:disclosureState expired). The case gets there without faults; the timer's job is
     * killed at every point.
     */
    private static void takeDown(SandboxFixture f, FaultHarness harness) {
        CaseJourney journey = new CaseJourney(f.http, "ningxia-2019"); // a display period of one year (P1Y)
        journey.createCase();
        journey.legalReview();
        journey.decide();
        journey.uploadDecisionDocument();
        journey.disclose();
        ProcessEngine engine = f.runtime.engine();
        List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(journey.disclosureId).timers()
                .list();
        assertEquals(1, timers.size(), "the display period's timer: " + timers);
        Answer fired = execute(harness, engine, timers.get(0).getId());
        assertEquals(200, fired.status(), fired.toString());
        assertTrue(journey.ended(journey.disclosureId), "the disclosure ended");
        assertTrue(harness.covered.keySet().stream().anyMatch(s -> s.startsWith("job " + timers.get(0).getId() + " at takeDown")
                && harness.covered.get(s) > 2), "the take-down's write killed: " + harness.covered);
    }

    /** The first record's retention timer fires (killed at every point), then the archivist has it destroyed. */
    private static void retention(SandboxFixture f, FaultHarness harness, Http http, CaseJourney journey) {
        ProcessEngine engine = f.runtime.engine();
        ProcessInstance retention = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("sxRetention")
                .variableValueEquals(WorkflowVariables.CASE_ID, journey.caseId).singleResult();
        List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(retention.getId()).timers()
                .orderByJobDuedate().asc().list();
        assertTrue(!timers.isEmpty(), "sxRetention waits on its records' timers");
        Answer fired = execute(harness, engine, timers.get(0).getId());
        assertEquals(200, fired.status(), fired.toString());
        JsonNode review = null;
        for (JsonNode t : http.get("/tasks?caseId=" + Http.q(journey.caseId)).json()) {
            if (t.get("key").asText().equals("dispositionReview")) {
                review = t;
            }
        }
        assertTrue(review != null, "the disposition review is open");
        Answer done = http.as("archivist1").post("/tasks/" + review.get("id").asText() + "/complete", Map.of("user", "archivist1",
                "outcome", "destroy", "values", Map.of()));
        assertEquals(200, done.status(), done.toString());
    }
}
