package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.sanxiang.standalone.rest.Http.Answer;

/**
 * The journey the per-operation counts are taken over (CMIS calls, engine statements): a chongqing-2024 case, two
 * uploads, sxLegalReview started, its transfer list and its review read and completed (the case then waits on its
 * leader), the case and its timeline read. Every REST operation goes through the test's {@link Measure}.
 */
final class OperationJourney {

    /** Runs one REST operation, counting what the test counts around it. */
    interface Measure {
        Answer of(String operation, Supplier<Answer> call);
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private OperationJourney() {
    }

    /** Runs the journey for a new case numbered {@code caseNumber}; returns the case's id. */
    static String run(Http http, String caseNumber, Measure measure) {
        Answer created = measure.of("POST /cases", () -> http.post("/cases", Map.of("title", "拖欠工资案",
                "facts", Map.of("id", caseNumber, "profile", "chongqing-2024", "action", "penalty", "procedure", "general",
                        "party", Map.of("kind", "organisation"), "fine", 50000, "publicInterest", true),
                "properties", Map.of("sx:partyName", "某某公司", "sx:matterName", "拖欠劳动者工资"))));
        assertEquals(201, created.status(), created.toString());
        String caseId = created.get("id").asText();
        for (int i = 0; i < 2; i++) {
            String name = "询问笔录-" + i + ".txt";
            Answer uploaded = measure.of("POST /cases/{id}/records", () -> http.postBytes("/cases/" + Http.q(caseId)
                    + "/records?type=sx:textRecord&name=" + Http.q(name) + "&properties="
                    + Http.q("{\"sx:stage\":\"investigation\",\"sx:recordedBy\":\"officer1\"}"),
                    "询问笔录".getBytes(StandardCharsets.UTF_8), "application/octet-stream"));
            assertEquals(201, uploaded.status(), uploaded.toString());
        }
        Answer started = measure.of("POST /processes/sxLegalReview", () -> http.post("/processes/sxLegalReview",
                Map.of("caseId", caseId, "user", "officer1", "variables", Map.of("sxwf_decisionName", "行政处罚决定",
                        "sxwf_proposedDecision", "拟对当事人罚款五万元",
                        "sxwf_investigationEndedAt", LocalDate.now(ZONE).toString()))));
        assertEquals(201, started.status(), started.toString());
        for (String key : List.of("assembleTransfer", "legalReview")) {
            JsonNode tasks = measure.of("GET /tasks?caseId=", () -> http.get("/tasks?caseId=" + Http.q(caseId))).json();
            JsonNode task = null;
            for (JsonNode t : tasks) {
                if (t.get("key").asText().equals(key)) {
                    task = t;
                }
            }
            assertTrue(task != null, key + " open in " + tasks);
            String user = key.equals("assembleTransfer") ? "officer1" : "lawyer1";
            Http as = http.as(user);
            String taskId = task.get("id").asText();
            Answer detail = measure.of("GET /tasks/{id}", () -> as.get("/tasks/" + taskId));
            assertEquals(200, detail.status(), detail.toString());
            Map<String, Object> values = new LinkedHashMap<>();
            String outcome = "submit";
            if (key.equals("assembleTransfer")) {
                List<String> materials = new ArrayList<>();
                for (JsonNode f : detail.get("form")) {
                    if (f.get("name").asText().equals("sxwf_transferredMaterials")) {
                        f.get("allowedValues").forEach(v -> materials.add(v.asText()));
                    }
                }
                assertTrue(!materials.isEmpty(), "the profile's transfer materials are offered: " + detail);
                values.put("sxwf_transferredMaterials", materials);
            } else {
                outcome = "agree";
                values.put("sxwf_opinionText", "事实清楚，证据确凿，程序合法，适用依据正确");
            }
            Map<String, Object> body = Map.of("user", user, "outcome", outcome, "values", values);
            Answer done = measure.of("POST /tasks/{id}/complete", () -> as.post("/tasks/" + taskId + "/complete", body));
            assertEquals(200, done.status(), done.toString());
        }
        Answer read = measure.of("GET /cases/{id}", () -> http.get("/cases/" + Http.q(caseId)));
        assertEquals(200, read.status(), read.toString());
        Answer timeline = measure.of("GET /cases/{id}/timeline", () -> http.get("/cases/" + Http.q(caseId) + "/timeline"));
        assertEquals(200, timeline.status(), timeline.toString());
        return caseId;
    }
}
