package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.standalone.rest.Http.Answer;

/**
 * sxObjection over the standalone's REST API: a record published by sxDisclosure (driven by
 * {@link CaseJourney}), an objection registered against it, both checks completed through the forms
 * the runtime derives from the task model, and the correction path of sxDisclosure started.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObjectionRestTest {

    @TempDir
    static Path dir;
    SandboxFixture sandbox;
    Http http;

    @BeforeAll
    void start() {
        sandbox = new SandboxFixture(dir, 64 * 1024);
        http = sandbox.http;
    }

    @AfterAll
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    JsonNode onlyTask(String caseId, String key) {
        List<JsonNode> matching = new ArrayList<>();
        http.get("/tasks?caseId=" + Http.q(caseId)).json().forEach(t -> {
            if (t.get("key").asText().equals(key)) {
                matching.add(t);
            }
        });
        assertEquals(1, matching.size(), "one open " + key);
        return matching.get(0);
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十三条第二款: an objection checked by the unit and the legal office over REST; the correction path of sxDisclosure runs")
    void anObjectionRunsThroughTheTaskEndpoints() {
        CaseJourney journey = new CaseJourney(http, "chongqing-2024");
        journey.createCase();
        journey.legalReview();
        journey.decide();
        journey.uploadDecisionDocument();
        journey.disclose();
        String caseId = journey.caseId;
        String recordId = null;
        for (JsonNode r : http.get("/cases/" + Http.q(caseId) + "/timeline").get("records")) {
            if (r.get("type").asText().equals("sx:disclosureRecord")) {
                recordId = r.get("id").asText();
            }
        }
        assertNotNull(recordId, "the published disclosure record is in the case");

        Answer started = http.post("/processes/sxObjection", Map.of("caseId", caseId, "user", "officer1",
                "variables", Map.of("sxwf_objectedRecordId", recordId, "sxwf_objectorName", "赵六", "sxwf_objectorKind", "party",
                        "sxwf_objectorContact", "zhaoliu@example.org", "sxwf_objectionGrounds", "公示的罚款金额有误")));
        assertEquals(201, started.status(), started.toString());
        String objectionId = started.get("id").asText();

        JsonNode unit = onlyTask(caseId, "checkObjectionUnit");
        assertEquals("sxwf:checkObjectionUnitTask", unit.get("formKey").asText());
        Answer detail = http.get("/tasks/" + unit.get("id").asText());
        assertEquals("sxwf_checkObjectionUnitOutcome", detail.get("outcomeField").asText());
        List<String> outcomes = new ArrayList<>();
        detail.get("outcomes").forEach(o -> outcomes.add(o.asText()));
        assertEquals(List.of("maintain", "correct", "withdraw"), outcomes);
        Answer done = http.post("/tasks/" + unit.get("id").asText() + "/complete", Map.of("user", "officer1", "outcome", "correct",
                "values", Map.of("sxwf_objectionFinding", "公示金额录入错误", "sxwf_objectionBasis", "公示 第十三条（三）")));
        assertEquals(200, done.status(), done.toString());

        JsonNode legal = onlyTask(caseId, "checkObjectionLegal");
        Answer agreed = http.as("lawyer1").post("/tasks/" + legal.get("id").asText() + "/complete", Map.of("outcome", "agree",
                "values", Map.of("sxwf_legalOfficeFinding", "同意更正")));
        assertEquals(200, agreed.status(), agreed.toString());
        assertTrue(agreed.get("processEnded").asBoolean(), agreed.toString());

        JsonNode correct = onlyTask(caseId, "correctDisclosure");
        assertFalse(correct.get("dueAt").isNull(), "第十三条（三）: 3 working days");
        String records = http.get("/cases/" + Http.q(caseId) + "/timeline").get("records").toString();
        assertTrue(records.contains("异议登记表") && records.contains("异议核查记录") && records.contains("异议处理结果告知书"), records);
        assertNotNull(objectionId);
    }
}
