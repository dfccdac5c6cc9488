package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.standalone.auth.DemoUsers;
import org.sanxiang.standalone.cmis.EmbeddedCmisServer;
import org.sanxiang.standalone.rest.Http.Answer;

/**
 * Connected mode survives kill -9: the runtime (the shaded jar, a separate process) on an H2 file database
 * and an external CMIS repository — the embedded server, run here in the test's JVM, since the OpenCMIS
 * InMemory repository keeps its content only as long as its JVM — is killed mid-run with SIGKILL and
 * started again: no case, task, record or pending publication is lost, and the pending publication is
 * delivered once the repository accepts it.
 */
class KillRestartIT {

    @TempDir
    Path dir;

    @Test
    void nothingIsLostWhenTheRuntimeIsKilledAndStartedAgain() throws Exception {
        // connected mode: the repository checks each person's password, the operator's users file gives the groups
        StringBuilder lines = new StringBuilder();
        Map<String, String> people = new java.util.HashMap<>(Map.of("admin", "admin"));
        DemoUsers.USERS.forEach((name, groups) -> {
            lines.append(name).append(":-:").append(String.join(",", groups)).append('\n');
            people.put(name, name);
        });
        Path users = Files.writeString(dir.resolve("users.txt"), lines);
        try (EmbeddedCmisServer cmis = new EmbeddedCmisServer(0, people).start()) {
            String[] args = {"--mode", "connected", "--cmis-url", cmis.browserUrl(), "--cmis-repository",
                "sanxiang", "--jdbc-url", "jdbc:h2:file:" + dir.resolve("db/sanxiang").toAbsolutePath(),
                "--rest-port", "0", "--data-dir", dir.toString(), "--users", users.toString()};
            Session session = CaseJourneyIT.session(BindingType.BROWSER, cmis.browserUrl());
            Before before;
            try (JarProcess first = JarProcess.serve(dir, args)) {
                Http http = first.http();
                assertEquals("connected", http.get("/health").get("mode").asText());
                assertEquals(0, http.get("/cases").json().size(), "connected mode loads nothing");

                // a case in legal review, with an uploaded record
                CaseJourney review = new CaseJourney(http, "chongqing-2024");
                review.createCase();
                Answer started = http.post("/processes/sxLegalReview", Map.of("caseId", review.caseId, "user", "officer1",
                        "variables", Map.of("sxwf_decisionName", "行政处罚决定", "sxwf_proposedDecision", "拟罚款")));
                assertEquals(201, started.status(), started.toString());
                review.uploadDecisionDocument();

                // a disclosure accepted while the public tree cannot take it: a document squats its folder's name
                session.getObjectByPath("/sanxiang/public").delete();
                Folder root = (Folder) session.getObjectByPath("/sanxiang");
                String squatter = root.createDocument(Map.of(PropertyIds.OBJECT_TYPE_ID, "cmis:document",
                        PropertyIds.NAME, "public"), null, null).getId();
                CaseJourney disclosure = new CaseJourney(http, "wuhan-2020");
                disclosure.createCase();
                disclosure.decide();
                disclosure.uploadDecisionDocument();
                Answer disclosing = http.post("/processes/sxDisclosure", Map.of("caseId", disclosure.caseId, "user", "officer1",
                        "variables", Map.of("sxwf_disclosureDecisionDate", LocalDate.now(CaseJourney.ZONE).toString())));
                assertEquals(201, disclosing.status(), disclosing.toString());
                disclosure.drive(disclosing.get("id").asText());
                before = Before.of(http, review.caseId, disclosure.caseId);
                assertEquals(1, before.pending.size(), "the publication waits in the outbox: " + before.pending);
                assertEquals(1, before.tasks.size(), "the legal review waits on its transfer: " + before.tasks);

                first.kill(); // SIGKILL: no shutdown hook, nothing flushed
                session.delete(session.createObjectId(squatter)); // meanwhile the repository is fixed
            }

            try (JarProcess second = JarProcess.serve(dir, args)) {
                Http http = second.http();
                Before after = Before.of(http, before.reviewCase, before.disclosureCase);
                assertEquals(before.cases, after.cases, "no case lost");
                assertEquals(before.tasks, after.tasks, "no task lost");
                assertEquals(before.records, after.records, "no record lost, intake findings included");
                assertTrue(after.pending.isEmpty() || after.pending.equals(before.pending), "pending: " + after.pending);

                // the engine goes on where it stopped
                String taskId = before.tasks.first().split(" ")[0];
                JsonNode detail = http.get("/tasks/" + taskId).json();
                List<String> materials = new ArrayList<>();
                for (JsonNode f : detail.get("form")) {
                    if (f.get("name").asText().equals("sxwf_transferredMaterials")) {
                        f.get("allowedValues").forEach(v -> materials.add(v.asText()));
                    }
                }
                Answer done = http.post("/tasks/" + taskId + "/complete", Map.of("user", "officer1", "outcome", "submit",
                        "values", Map.of("sxwf_transferredMaterials", materials)));
                assertEquals(200, done.status(), done.toString());

                // the outbox retries after the restart and delivers the publication exactly once
                long deadline = System.currentTimeMillis() + 90_000;
                while (!http.get("/publications/pending").json().isEmpty() && System.currentTimeMillis() < deadline) {
                    Thread.sleep(500);
                }
                assertEquals(0, http.get("/publications/pending").json().size(), "delivered after the restart");
                String publicationId = before.pending.first();
                List<QueryResult> records = new ArrayList<>();
                session.query("SELECT cmis:objectId FROM sx:disclosureRecord WHERE cmis:name = '" + publicationId + ".txt'",
                        false).forEach(records::add);
                assertEquals(1, records.size(), "published once: " + publicationId);
                assertEquals(143, second.stop(), "SIGTERM: stopped by the shutdown hook (128 + 15)");
                // stdout and stderr share one pipe: a log line written at the same moment may share the line
                assertTrue(second.output().stream().anyMatch(line -> line.contains("sanxiang: stopping ...")),
                        () -> "no stopping line in:\n" + String.join("\n", second.output()));
            }
        }
    }

    /** What the runtime holds: cases, the review case's open tasks and records, the pending publications. */
    private record Before(String reviewCase, String disclosureCase, TreeSet<String> cases, TreeSet<String> tasks,
            TreeSet<String> records, TreeSet<String> pending) {

        static Before of(Http http, String reviewCase, String disclosureCase) {
            TreeSet<String> cases = new TreeSet<>();
            http.get("/cases").json().forEach(c -> cases.add(c.get("id").asText() + " " + c.get("caseNumber").asText()));
            TreeSet<String> tasks = new TreeSet<>();
            http.get("/tasks?caseId=" + Http.q(reviewCase)).json().forEach(t -> tasks.add(t.get("id").asText() + " "
                    + t.get("key").asText() + " " + t.get("dueAt").asText()));
            TreeSet<String> records = new TreeSet<>();
            for (String caseId : List.of(reviewCase, disclosureCase)) {
                http.get("/cases/" + Http.q(caseId) + "/records").json().forEach(r -> records.add(r.get("id").asText() + " "
                        + r.get("name").asText() + " " + (r.get("intake").isNull() ? "-" : r.get("intake").get("sha256").asText())));
            }
            TreeSet<String> pending = new TreeSet<>();
            http.get("/publications/pending").json().forEach(p -> pending.add(p.get("publicationId").asText()));
            assertFalse(cases.isEmpty());
            return new Before(reviewCase, disclosureCase, cases, tasks, records, pending);
        }
    }
}
