package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.standalone.auth.Principal;
import org.sanxiang.standalone.auth.SxGroups;
import org.sanxiang.standalone.rest.Http.Answer;
import org.sanxiang.standalone.runtime.Requests;
import org.sanxiang.standalone.runtime.SanxiangService;
import org.sanxiang.standalone.runtime.ServiceException;

/**
 * sxObjection over the standalone's REST API: a record published by sxDisclosure (driven by
 * {@link CaseJourney}), an objection registered against it, both checks completed through the forms
 * the runtime derives from the task model, and the correction path of sxDisclosure started.
 */
class ObjectionRestTest extends SandboxRestTest {




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

    /** A published case and an objection registered against its disclosure record, as officer1. */
    String objected() {
        CaseJourney journey = new CaseJourney(http, "chongqing-2024");
        journey.createCase();
        journey.legalReview();
        journey.decide();
        journey.uploadDecisionDocument();
        journey.disclose();
        String recordId = null;
        for (JsonNode r : http.get("/cases/" + Http.q(journey.caseId) + "/timeline").get("records")) {
            if (r.get("type").asText().equals("sx:disclosureRecord")) {
                recordId = r.get("id").asText();
            }
        }
        Answer started = http.post("/processes/sxObjection", Map.of("caseId", journey.caseId, "variables",
                Map.of("sxwf_objectedRecordId", recordId, "sxwf_objectorName", "赵六", "sxwf_objectorKind", "party",
                        "sxwf_objectorContact", "zhaoliu@example.org", "sxwf_objectionGrounds", "公示的罚款金额有误")));
        assertEquals(201, started.status(), started.toString());
        return journey.caseId;
    }

    @Test
    @DisplayName("issue 17: the journey to an objection finds no process by a variable's value alone (a scan of every process's variables)")
    void noProcessIsFoundByAVariableAlone() {
        sandbox.recordEngineStatements();
        objected();
        assertEquals(List.of(), sandbox.variableScans());
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十三条第二款: the unit's checker of an objection is not also the legal office's checker")
    void oneCheckerDoesNotCheckTwice() {
        String caseId = objected();
        SanxiangService both = sandbox.runtime.guard().as(new Principal(
                "dual-objection", Set.of(SxGroups.ENFORCEMENT,
                        SxGroups.LEGAL_OFFICE)));
        both.completeTask(onlyTask(caseId, "checkObjectionUnit").get("id").asText(), new Requests.CompleteTask(
                null, "correct", Map.of("sxwf_objectionFinding", "公示金额录入错误", "sxwf_objectionBasis", "公示 第十三条（三）")));
        String legalId = onlyTask(caseId, "checkObjectionLegal").get("id").asText();
        ServiceException e = assertThrows(ServiceException.class,
                () -> both.completeTask(legalId, new Requests.CompleteTask(null, "agree",
                        Map.of("sxwf_legalOfficeFinding", "同意更正"))));
        assertEquals(ServiceException.Kind.FORBIDDEN, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("chongqing-2024 公示 第十三条第二款"), e.getMessage());
        assertEquals(legalId, onlyTask(caseId, "checkObjectionLegal").get("id").asText(), "the check still waits");
        Answer agreed = http.as("lawyer1").post("/tasks/" + legalId + "/complete", Map.of("outcome", "agree",
                "values", Map.of("sxwf_legalOfficeFinding", "同意更正")));
        assertEquals(200, agreed.status(), agreed.toString());
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十三条第二款: an objection checked by the unit and the legal office over REST; the correction path of sxDisclosure runs")
    void anObjectionRunsThroughTheTaskEndpoints() {
        String caseId = objected();
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
        // the objection's correction is on the deadlines board with the rest of the case's deadlines
        boolean onBoard = false;
        for (JsonNode d : http.get("/deadlines?caseId=" + Http.q(caseId)).json()) {
            onBoard |= d.get("taskId").asText().equals(correct.get("id").asText())
                    && d.get("dueAt").asText().equals(correct.get("dueAt").asText());
        }
        assertTrue(onBoard, "the correction's deadline is on the board");
        String records = http.get("/cases/" + Http.q(caseId) + "/timeline").get("records").toString();
        assertTrue(records.contains("异议登记表") && records.contains("异议核查记录") && records.contains("异议处理结果告知书"), records);
    }
}
