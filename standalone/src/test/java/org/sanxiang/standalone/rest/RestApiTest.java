package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;

import org.activiti.engine.ActivitiOptimisticLockingException;
import org.activiti.engine.RuntimeService;
import org.activiti.engine.delegate.event.ActivitiEntityEvent;
import org.activiti.engine.delegate.event.ActivitiEvent;
import org.activiti.engine.delegate.event.ActivitiEventListener;
import org.activiti.engine.delegate.event.ActivitiEventType;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.standalone.rest.Http.Answer;

/**
 * Every endpoint of docs/rest-api.md over HTTP against a real sandbox: the Activiti 5.23 engine on H2,
 * the embedded CMIS server on 127.0.0.1, the evidence intake. One runtime for the class; each test makes
 * its own case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestApiTest {

    static final long UPLOAD_LIMIT = 64 * 1024;

    @TempDir
    static Path dir;
    SandboxFixture sandbox;
    Http http;

    @BeforeAll
    void start() {
        sandbox = new SandboxFixture(dir, UPLOAD_LIMIT);
        http = sandbox.http;
    }

    @AfterAll
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    static String unique(String prefix) {
        return prefix + "〔2026〕" + UUID.randomUUID().toString().substring(0, 6) + "号";
    }

    /** A chongqing-2024 case with an 8000 yuan fine on an individual: major (法制审核 第六条（一）). */
    String chongqingCase() {
        Answer created = http.post("/cases", Map.of("title", "社保费罚款",
                "facts", Map.of("id", unique("渝人社罚"), "profile", "chongqing-2024", "action", "penalty",
                        "procedure", "general", "party", Map.of("kind", "individual"), "fine", 8000),
                "properties", Map.of("sx:partyName", "张三")));
        assertEquals(201, created.status(), created.toString());
        return created.get("id").asText();
    }

    JsonNode onlyTask(String caseId, String key) {
        Answer tasks = http.get("/tasks?caseId=" + Http.q(caseId));
        assertEquals(200, tasks.status(), tasks.toString());
        List<JsonNode> matching = new ArrayList<>();
        tasks.json().forEach(t -> {
            if (t.get("key").asText().equals(key)) {
                matching.add(t);
            }
        });
        assertEquals(1, matching.size(), "one open " + key + " in " + tasks);
        return matching.get(0);
    }

    Answer complete(String taskId, String user, String outcome, Map<String, Object> values) {
        return http.as(user).post("/tasks/" + taskId + "/complete", Map.of("outcome", outcome, "values", values));
    }

    String startLegalReview(String caseId) {
        Answer started = http.post("/processes/sxLegalReview", Map.of("caseId", caseId, "user", "officer1",
                "variables", Map.of("sxwf_decisionName", "罚款决定", "sxwf_proposedDecision", "拟处罚款8000元")));
        assertEquals(201, started.status(), started.toString());
        return started.get("id").asText();
    }

    Answer startLegalReview(String caseId, String trigger) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("caseId", caseId, "user", "officer1",
                "variables", Map.of("sxwf_decisionName", "罚款决定", "sxwf_proposedDecision", "拟处罚款8000元")));
        if (trigger != null) {
            body.put("trigger", trigger);
        }
        return http.post("/processes/sxLegalReview", body);
    }

    @Test
    @DisplayName("issue 17 (lean process state): one instance per case and trigger; no trigger is no variable, and an empty"
            + " one stored before still means none")
    void aSecondStartWithTheSameTriggerOrNoneIsRefused() {
        String startTrigger = "sxp_startTrigger"; // ProcessWork.START_TRIGGER
        RuntimeService runtime = sandbox.runtime.engine().getRuntimeService();
        String caseId = chongqingCase();
        Answer first = startLegalReview(caseId, null);
        assertEquals(201, first.status(), first.toString());
        String firstId = first.get("id").asText();
        assertFalse(runtime.getVariables(firstId).containsKey(startTrigger), "no trigger: no variable");
        for (String none : java.util.Arrays.asList(null, "", "  ")) {
            Answer again = startLegalReview(caseId, none);
            assertError(again, 409, "processKey");
            assertTrue(again.get("error").asText().contains("runs for case " + caseId + " already: instance " + firstId),
                    again.toString());
        }
        Answer triggered = startLegalReview(caseId, " R-1 ");
        assertEquals(201, triggered.status(), "another trigger starts another instance: " + triggered);
        assertEquals("R-1", runtime.getVariable(triggered.get("id").asText(), startTrigger));
        Answer sameTrigger = startLegalReview(caseId, "R-1");
        assertError(sameTrigger, 409, "processKey");
        assertTrue(sameTrigger.get("error").asText().contains("and trigger 'R-1' already: instance " + triggered.get("id").asText()),
                sameTrigger.toString());
        assertError(startLegalReview(caseId, null), 409, "processKey"); // the triggered one does not hide the first

        // an instance started before without a trigger carries an empty one: it still refuses a start without one
        String other = chongqingCase();
        Answer old = startLegalReview(other, null);
        assertEquals(201, old.status(), old.toString());
        runtime.setVariable(old.get("id").asText(), startTrigger, "");
        Answer refused = startLegalReview(other, null);
        assertError(refused, 409, "processKey");
        assertTrue(refused.get("error").asText().contains("already: instance " + old.get("id").asText()), refused.toString());
        assertEquals(201, startLegalReview(other, "R-2").status(), "a trigger is not the empty one");
    }

    // ---- round trips

    @Test
    void healthSaysWhereEverythingIs() {
        Answer health = http.get("/health");
        assertEquals(200, health.status());
        assertEquals("UP", health.get("status").asText());
        assertEquals("sandbox", health.get("mode").asText());
        assertEquals(sandbox.rest.url(), health.get("restUrl").asText());
        assertTrue(health.get("cmisBrowserUrl").asText().matches("http://127\\.0\\.0\\.1:\\d+/browser"));
        assertTrue(health.get("cmisAtomPubUrl").asText().endsWith("/atom11"));
        assertEquals(7, health.get("processes").size());
        assertTrue(health.get("processes").toString().contains("sxObjection"), health.toString());
        assertTrue(health.get("processes").toString().contains("sxAnnualReport"), health.toString());
    }

    @Test
    void aCaseIsCreatedWithItsFactsAsFolderPropertiesAndReadBack() {
        String number = unique("渝人社罚");
        Answer created = http.post("/cases", Map.of("title", "欠缴社保",
                "facts", Map.of("id", number, "profile", "chongqing-2024", "action", "penalty",
                        "party", Map.of("kind", "organisation", "foreignInvested", true), "fine", 12000.5,
                        "hearing", true, "dates", Map.of("decided", "2026-03-02")),
                "properties", Map.of("sx:enforcementUnit", "劳动保障监察支队", "sx:caseOfficers", List.of("王五", "赵六"),
                        "sx:penaltyMeasures", List.of("fine"))));
        assertEquals(201, created.status(), created.toString());
        String id = created.get("id").asText();
        Answer read = http.get("/cases/" + Http.q(id));
        assertEquals(200, read.status());
        JsonNode p = read.get("properties");
        assertEquals(number, read.get("caseNumber").asText());
        assertEquals("欠缴社保", read.get("title").asText());
        assertEquals("chongqing-2024", read.get("profile").asText());
        assertEquals("open", read.get("state").asText());
        assertEquals(12000.5, p.get("sx:fineAmount").asDouble());
        assertEquals("organisation", p.get("sx:partyKind").asText());
        assertTrue(p.get("sx:partyForeignInvested").asBoolean());
        assertEquals("fine", p.get("sx:penaltyMeasures").get(0).asText());
        assertTrue(p.get("sx:hearingHeld").asBoolean());
        assertEquals("劳动保障监察支队", p.get("sx:enforcementUnit").asText());
        assertEquals(2, p.get("sx:caseOfficers").size());
        assertTrue(p.get("sx:caseDecisionDate").asText().startsWith("2026-03-01T16:00:00"), "00:00 in Shanghai: " + p);
        Answer all = http.get("/cases");
        assertTrue(all.text().contains(id), "listed: " + all);
    }

    @Test
    void anUploadGoesThroughTheIntakeAndIsListedWithItsDigest() throws Exception {
        String caseId = chongqingCase();
        byte[] content = "现场检查笔录\n检查时间：2026年3月2日\n".getBytes(StandardCharsets.UTF_8);
        Answer uploaded = http.postBytes("/cases/" + Http.q(caseId) + "/records?type=sx:evidence&name="
                + Http.q("检查笔录.txt") + "&properties=" + Http.q("{\"sx:collectedBy\":\"王五\"}"), content,
                "application/octet-stream");
        assertEquals(201, uploaded.status(), uploaded.toString());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        assertEquals(sha, uploaded.get("intake").get("sha256").asText(), uploaded.toString());
        assertEquals(content.length, uploaded.get("intake").get("size").asLong());
        assertTrue(uploaded.get("intake").get("mediaType").asText().startsWith("text/plain"), uploaded.toString());
        assertEquals("王五", uploaded.get("properties").get("sx:collectedBy").asText());

        Answer records = http.get("/cases/" + Http.q(caseId) + "/records");
        assertEquals(200, records.status());
        assertEquals(1, records.json().size());
        JsonNode record = records.json().get(0);
        assertEquals("检查笔录.txt", record.get("name").asText());
        assertEquals("sx:evidence", record.get("type").asText());
        assertEquals(sha, record.get("intake").get("sha256").asText());
        assertEquals(content.length, record.get("intake").get("size").asLong());
        assertNotNull(record.get("createdAt").asText());
        assertEquals("metadata available", record.get("intake").get("metadataStatus").asText());
    }

    @Test
    void aRecordsContentIsReadInlineOrCopiedAsAnAttachment() {
        String caseId = chongqingCase();
        byte[] content = "现场检查笔录".getBytes(StandardCharsets.UTF_8);
        Answer uploaded = http.postBytes("/cases/" + Http.q(caseId) + "/records?type=sx:evidence&name=" + Http.q("检查笔录.txt"),
                content, "application/octet-stream");
        String path = "/cases/" + Http.q(caseId) + "/records/" + Http.q(uploaded.get("id").asText()) + "/content";
        Answer read = http.get(path);
        assertEquals(200, read.status(), read.toString());
        assertEquals("现场检查笔录", read.text());
        assertTrue(read.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), read.headers().toString());
        assertTrue(read.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"));
        assertEquals("no-store", read.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(read.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
        Answer copy = http.get(path + "?copy=true");
        assertEquals(200, copy.status(), copy.toString());
        assertTrue(copy.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertError(http.get(path + "?copy=yes"), 400, "copy");
        assertError(http.get(path + "?download=true"), 400, "download");
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第六条（一）, 第九条, 第十一条, 第十七条: a legal review through tasks, forms and completion over REST")
    void aLegalReviewRunsThroughTheTaskEndpoints() {
        String caseId = chongqingCase();
        String processId = startLegalReview(caseId);

        JsonNode assemble = onlyTask(caseId, "assembleTransfer");
        assertEquals(List.of("GROUP_SX_ENFORCEMENT"), texts(assemble.get("candidateGroups")));
        assertEquals("sxwf:assembleTransferTask", assemble.get("formKey").asText());
        assertFalse(assemble.get("dueAt").isNull(), "第九条: the transfer has a deadline");
        Answer byGroup = http.get("/tasks?candidateGroup=GROUP_SX_ENFORCEMENT");
        assertTrue(byGroup.text().contains(assemble.get("id").asText()));

        Answer detail = http.get("/tasks/" + assemble.get("id").asText());
        assertEquals(200, detail.status());
        assertEquals("sxwf_assembleTransferOutcome", detail.get("outcomeField").asText());
        assertEquals(List.of("submit"), texts(detail.get("outcomes")));
        JsonNode materials = field(detail.get("form"), "sxwf_transferredMaterials");
        assertTrue(materials.get("multiple").asBoolean());
        assertFalse(materials.get("labels").get("zh_CN").asText().isBlank());
        assertFalse(materials.get("labels").get("en").asText().isBlank());

        Answer done = complete(assemble.get("id").asText(), "officer1", "submit",
                Map.of("sxwf_transferredMaterials", List.of("review-request", "all-evidence", "transfer-list")));
        assertEquals(200, done.status(), done.toString());
        assertFalse(done.get("processEnded").asBoolean());
        assertEquals("legalReview", done.get("nextTasks").get(0).get("key").asText());

        JsonNode review = onlyTask(caseId, "legalReview");
        assertEquals(200, complete(review.get("id").asText(), "lawyer1", "agree", Map.of("sxwf_opinionText", "事实清楚，证据确凿",
                "sxwf_reviewItemsChecked", List.of("factsAndEvidence", "procedure"))).status());
        JsonNode leader = onlyTask(caseId, "leaderDecision");
        assertEquals(200, complete(leader.get("id").asText(), "leader1", "approve", Map.of("sxwf_leaderOpinion", "同意")).status());
        JsonNode file = onlyTask(caseId, "fileDecision");
        Answer filed = complete(file.get("id").asText(), "officer1", "filed",
                Map.of("sxwf_decisionDocumentNumber", "渝人社罚决〔2026〕3号"));
        assertEquals(200, filed.status(), filed.toString());
        assertTrue(filed.get("processEnded").asBoolean());

        Answer timeline = http.get("/cases/" + Http.q(caseId) + "/timeline");
        assertEquals(200, timeline.status(), timeline.toString());
        List<String> activities = new ArrayList<>();
        timeline.get("stages").forEach(s -> activities.add(s.get("activity").asText()));
        assertTrue(activities.containsAll(List.of("start", "assembleTransfer", "legalReview", "leaderDecision",
                "fileDecision")), activities.toString());
        JsonNode reviewStage = null;
        for (JsonNode s : timeline.get("stages")) {
            if (s.get("activity").asText().equals("legalReview")) {
                reviewStage = s;
            }
        }
        assertEquals("agree", reviewStage.get("outcome").asText());
        assertEquals("lawyer1", reviewStage.get("by").asText());
        assertEquals("true", decision(timeline, "sxp_major"));
        assertEquals("渝人社罚决〔2026〕3号", decision(timeline, "sxwf_decisionDocumentNumber"));
        assertTrue(timeline.get("records").toString().contains("sx:reviewOpinion"), "the opinion is in the case");
        assertFalse(timeline.get("chain").get("sealed").asBoolean());
        Answer folder = http.get("/cases/" + Http.q(caseId));
        assertEquals("渝人社罚决〔2026〕3号", folder.get("properties").get("sx:caseDecisionNumber").asText());
        assertEquals(processId, folder.get("processes").get(0).get("id").asText());
        assertEquals("filed", folder.get("processes").get(0).get("endActivity").asText());
    }

    @Test
    void theDeadlinesBoardShowsOpenTasksWithTheirDueDates() {
        String caseId = chongqingCase();
        startLegalReview(caseId);
        JsonNode assemble = onlyTask(caseId, "assembleTransfer");
        Answer board = http.get("/deadlines?caseId=" + Http.q(caseId));
        assertEquals(200, board.status(), board.toString());
        assertEquals(1, board.json().size());
        JsonNode line = board.json().get(0);
        assertEquals(assemble.get("id").asText(), line.get("taskId").asText());
        assertEquals(assemble.get("dueAt").asText(), line.get("dueAt").asText());
        assertEquals("due", line.get("status").asText());
        assertFalse(line.get("provisional").asBoolean(), "the shipped calendar knows this year");
        assertTrue(line.get("caseNumber").asText().startsWith("渝人社罚"));
        assertEquals(0, http.get("/deadlines?status=overdue&caseId=" + Http.q(caseId)).json().size());
        assertEquals(1, http.get("/deadlines?status=due&withinDays=30&caseId=" + Http.q(caseId)).json().size());
        assertTrue(http.get("/deadlines").json().size() >= 1);
    }

    @Test
    void evaluateTakesAJsonArrayOrJsonLines() {
        String cases = "[{\"id\":\"a\",\"profile\":\"chongqing-2024\",\"action\":\"penalty\",\"party\":{\"kind\":\"individual\"},"
                + "\"fine\":8000},{\"id\":\"b\",\"fien\":1}]";
        Answer array = http.post("/evaluate", cases);
        assertEquals(200, array.status(), array.toString());
        assertEquals(2, array.json().size());
        assertTrue(array.json().get(0).get("major").get("value").asBoolean());
        assertEquals("b", array.json().get(1).get("id").asText());
        assertTrue(array.json().get(1).get("error").asText().contains("fien"));

        Answer lines = http.postBytes("/evaluate", ("{\"id\":\"a\",\"profile\":\"wuhan-2020\",\"action\":\"penalty\"}\n\n"
                + "{\"id\":\"c\",\"profile\":\"nowhere\"}\n").getBytes(StandardCharsets.UTF_8), "application/x-ndjson");
        assertEquals(200, lines.status());
        String[] out = lines.text().split("\n");
        assertEquals(2, out.length, lines.text());
        assertTrue(out[0].startsWith("{\"id\":\"a\",\"profile\":\"wuhan-2020\""));
        assertTrue(out[1].contains("unknown jurisdiction profile"));

        Answer notArray = http.post("/evaluate", "{\"id\":\"a\"}");
        assertEquals(400, notArray.status());
    }

    @Test
    void pendingPublicationsIsTheOutboxAndEmptyWhenAllIsDelivered() {
        Answer pending = http.get("/publications/pending");
        assertEquals(200, pending.status());
        assertTrue(pending.json().isArray());
        assertEquals(0, pending.json().size(), pending.toString());
    }

    // ---- bad requests: a 4xx naming the field, and nothing changed

    @Test
    void unknownFieldsAndWrongTypesInANewCaseAreRefusedAndNothingIsCreated() {
        int before = http.get("/cases").json().size();
        assertError(http.post("/cases", Map.of("titel", "x", "facts", Map.of("id", "a"))), 400, "titel");
        assertError(http.post("/cases", Map.of("facts", Map.of("id", unique("x"), "action", "penalty", "fien", 1))), 400,
                "facts.fien");
        assertError(http.post("/cases", Map.of("facts", Map.of("id", unique("x"), "action", "penalty", "fine", "lots"))), 400,
                "facts.fine");
        assertError(http.post("/cases", Map.of("facts", Map.of("id", unique("x"), "action", "penalty",
                "party", Map.of("kind", "alien")))), 400, "facts.party.kind");
        assertError(http.post("/cases", Map.of("facts", Map.of("id", unique("x"), "action", "penalty"),
                "properties", Map.of("sx:partyCount", "three"))), 400, "properties.sx:partyCount");
        assertError(http.post("/cases", Map.of("facts", Map.of("id", unique("x"), "action", "penalty"),
                "properties", Map.of("sx:noSuchProperty", "x"))), 400, "properties.sx:noSuchProperty");
        assertError(http.post("/cases", Map.of("facts", Map.of("id", unique("x"), "action", "penalty",
                "secrets", Map.of("state", true)))), 400, "facts.secrets.state");
        assertError(http.post("/cases", Map.of("facts", Map.of("id", unique("x"), "action", "penalty",
                "measures", List.of("seal")))), 400, "facts.measures");
        assertError(http.post("/cases", Map.of("facts", Map.of("id", unique("x"), "action", "penalty"),
                "properties", Map.of("sx:penaltyMeasures", List.of("seal")))), 400, "properties.sx:penaltyMeasures[0]");
        assertError(http.post("/cases", Map.of("facts", Map.of("id", unique("x"), "profile", "atlantis-2030",
                "action", "penalty"))), 400, "facts.profile");
        assertError(http.post("/cases", Map.of("facts", Map.of("id", unique("x")))), 400, "facts.action");
        assertError(http.post("/cases", "{not json"), 400, null);
        assertEquals(before, http.get("/cases").json().size(), "no case was created");
    }

    @Test
    @DisplayName("tianjin-2019 实施方案 附件 行政执法决定事项目录: a new case names its catalogued matter (sx:catalogueMatter); an unknown one, or one of another action, is refused naming facts.matter")
    void aTianjinCaseNamesItsCataloguedMatter() {
        Answer created = http.post("/cases", Map.of("facts", Map.of("id", unique("津人社罚"), "profile", "tianjin-2019",
                "action", "penalty", "matter", "penalty-1")));
        assertEquals(201, created.status(), created.toString());
        assertEquals("penalty-1", created.json().path("properties").path("sx:catalogueMatter").asText(), created.toString());
        int before = http.get("/cases").json().size();
        assertError(http.post("/cases", Map.of("facts", Map.of("id", unique("津人社罚"), "profile", "tianjin-2019",
                "action", "penalty", "matter", "penalty-99"))), 400, "facts.matter");
        assertError(http.post("/cases", Map.of("facts", Map.of("id", unique("津人社罚"), "profile", "tianjin-2019",
                "action", "inspection", "matter", "penalty-1"))), 400, "facts.matter");
        assertEquals(before, http.get("/cases").json().size(), "no case was created");
    }

    @Test
    @DisplayName("tianjin-2019 实施方案 附件: a Tianjin case without its catalogued matter is refused naming facts.matter, at creation, on update and at every process start; other profiles need none")
    void aTianjinCaseWithoutItsMatterIsRefused() {
        int before = http.get("/cases").json().size();
        assertError(http.post("/cases", Map.of("facts", Map.of("id", unique("津人社罚"), "profile", "tianjin-2019",
                "action", "penalty"))), 400, "facts.matter");
        assertEquals(before, http.get("/cases").json().size(), "no case was created");
        assertEquals(201, http.post("/cases", Map.of("facts", Map.of("id", unique("渝人社罚"), "profile", "chongqing-2024",
                "action", "penalty"))).status(), "chongqing-2024 has no catalogue: no matter needed");

        Answer created = http.post("/cases", Map.of("facts", Map.of("id", unique("津人社罚"), "profile", "tianjin-2019",
                "action", "penalty", "matter", "penalty-47")));
        assertEquals(201, created.status(), created.toString());
        String id = created.get("id").asText();
        java.util.Map<String, Object> cleared = new java.util.HashMap<>();
        cleared.put("sx:catalogueMatter", null);
        assertError(http.patch("/cases/" + Http.q(id), Map.of("user", "officer1", "properties", cleared)), 400,
                "properties.sx:catalogueMatter");
        assertError(http.patch("/cases/" + Http.q(id), Map.of("user", "officer1", "properties",
                Map.of("sx:catalogueMatter", "licence-1"))), 400, "properties.sx:catalogueMatter");
        assertEquals("penalty-47", http.get("/cases/" + Http.q(id)).get("properties").get("sx:catalogueMatter").asText());

        // a folder written before the rule (or by another client, over CMIS) without its matter: no process starts on it
        org.apache.chemistry.opencmis.client.api.Session session = sandbox.runtime.cmisEndpoint().open();
        ((org.apache.chemistry.opencmis.client.api.CmisObject) session.getObject(id)).updateProperties(cleared);
        for (String process : List.of("sxCaseRecord", "sxLegalReview", "sxDisclosure")) {
            assertError(http.post("/processes/" + process, Map.of("caseId", id, "user", "officer1")), 400, "facts.matter");
        }
    }

    @Test
    @DisplayName("ningxia-2019 附件6: a licence case carries its licence type (facts.licenceType → sx:licenceType), changed over PATCH; an unknown type is refused naming the field")
    void aLicenceCaseCarriesItsLicenceType() {
        Answer created = http.post("/cases", Map.of("facts", Map.of("id", unique("宁人社许"), "profile", "ningxia-2019",
                "action", "licence", "licenceType", "labour-dispatch", "party", Map.of("kind", "organisation", "foreignInvested", true))));
        assertEquals(201, created.status(), created.toString());
        assertEquals("labour-dispatch", created.get("properties").get("sx:licenceType").asText(), created.toString());
        String id = created.get("id").asText();
        Answer changed = http.patch("/cases/" + Http.q(id), Map.of("user", "officer1", "properties",
                Map.of("sx:licenceType", "hr-service")));
        assertEquals(200, changed.status(), changed.toString());
        assertEquals("hr-service", changed.get("properties").get("sx:licenceType").asText());
        assertError(http.patch("/cases/" + Http.q(id), Map.of("user", "officer1", "properties",
                Map.of("sx:licenceType", "fishing"))), 400, "properties.sx:licenceType");
        assertError(http.post("/cases", Map.of("facts", Map.of("id", unique("宁人社许"), "profile", "ningxia-2019",
                "action", "licence", "licenceType", "fishing"))), 400, "facts.licenceType");
        assertError(http.post("/cases", Map.of("facts", Map.of("id", unique("宁人社许"), "profile", "ningxia-2019",
                "action", "licence"), "properties", Map.of("sx:licenceType", "hr-service"))), 400, "properties.sx:licenceType");
    }

    @Test
    @DisplayName("ningxia-2019 附件6 and chongqing-2024 法制审核 第十一条: a per-worker fine and the statutory limit belong to the legal review's start: refused at case creation naming them, not lost")
    void factsOfTheReviewAreRefusedAtCreationNotDropped() {
        assertError(http.post("/cases", Map.of("facts", Map.of("id", unique("宁人社罚"), "profile", "ningxia-2019",
                "action", "penalty", "finePerWorker", true))), 400, "facts.finePerWorker");
        Answer limit = http.post("/cases", Map.of("facts", Map.of("id", unique("渝人社罚"), "profile", "chongqing-2024",
                "action", "penalty", "dates", Map.of("statutoryLimit", "2026-12-31"))));
        assertError(limit, 400, "facts.dates.statutoryLimit");
        assertTrue(limit.text().contains("sxwf_statutoryDeadline"), limit.toString());
    }

    @Test
    @DisplayName("ningxia-2019 附件2 第17项: a progress answer counts from the query's day (variables.sxwf_disclosureEventDate, refused naming it when missing): due the next working day")
    void aDisclosureKindTakesTheDateOfItsEvent() {
        Answer created = http.post("/cases", Map.of("facts", Map.of("id", unique("宁人社监"), "profile", "ningxia-2019",
                "action", "penalty", "party", Map.of("kind", "organisation"))));
        assertEquals(201, created.status(), created.toString());
        String id = created.get("id").asText();
        assertError(http.post("/processes/sxDisclosure", Map.of("caseId", id, "user", "officer1",
                "variables", Map.of("sxwf_disclosureKind", "progress-answer"))), 400, "variables.sxwf_disclosureEventDate");
        // the query's day belongs to the start, not to the case folder: refused, not lost
        assertError(http.post("/cases", Map.of("facts", Map.of("id", unique("宁人社监"), "profile", "ningxia-2019",
                "action", "penalty", "dates", Map.of("queried", "2026-09-30")))), 400, "facts.dates.queried");
        assertError(http.post("/cases", Map.of("facts", Map.of("id", unique("宁人社查"), "profile", "ningxia-2019",
                "action", "inspection", "problemsFound", true))), 400, "facts.problemsFound");
        Answer started = http.post("/processes/sxDisclosure", Map.of("caseId", id, "user", "officer1",
                "variables", Map.of("sxwf_disclosureKind", "progress-answer", "sxwf_disclosureEventDate", "2026-09-30")));
        assertEquals(201, started.status(), started.toString());
        // 2026-10-01..07 are the National Day holidays (国办发明电〔2025〕7号): the next working day is Thursday 10-08
        String due = started.get("openTasks").get(0).get("dueAt").asText();
        assertTrue(due.startsWith("2026-10-08T15:59:59"), started.toString());
    }

    @Test
    void aSecondCaseWithTheSameNumberIsAConflict() {
        String number = unique("渝人社罚");
        Map<String, Object> body = Map.of("facts", Map.of("id", number, "action", "penalty"));
        assertEquals(201, http.post("/cases", body).status());
        assertError(http.post("/cases", body), 409, "facts.id");
    }

    @Test
    void unknownCasesAndTasksAre404() {
        assertError(http.get("/cases/no-such-case"), 404, "caseId");
        assertError(http.get("/cases/no-such-case/records"), 404, "caseId");
        assertError(http.get("/cases/no-such-case/timeline"), 404, "caseId");
        assertError(http.postBytes("/cases/no-such-case/records?type=sx:evidence&name=a.txt",
                "x".getBytes(StandardCharsets.UTF_8), "application/octet-stream"), 404, "caseId");
        assertError(http.post("/processes/sxLegalReview", Map.of("caseId", "no-such-case", "user", "officer1")), 404, "caseId");
        assertError(http.get("/tasks/999999999"), 404, "taskId");
        assertError(complete("999999999", "officer1", "submit", Map.of()), 404, "taskId");
        assertError(http.get("/no/such/endpoint"), 404, null);
    }

    @Test
    void badProcessStartsAreRefusedAndStartNothing() {
        String caseId = chongqingCase();
        assertError(http.post("/processes/sxNothing", Map.of("caseId", caseId, "user", "officer1")), 400, "processKey");
        assertError(http.post("/processes/sxLegalReview", Map.of("caseId", caseId, "user", "officer1",
                "variables", Map.of("sxwf_noSuchField", "x"))), 400, "variables.sxwf_noSuchField");
        assertError(http.post("/processes/sxLegalReview", Map.of("caseId", caseId, "user", "officer1",
                "variables", Map.of("sxwf_collectiveDiscussionRequired", "yes"))), 400,
                "variables.sxwf_collectiveDiscussionRequired");
        assertError(http.post("/processes/sxLegalReview", Map.of("caseId", caseId, "user", "officer1", "variabels", Map.of())),
                400, "variabels");
        assertError(http.post("/processes/sxLegalReview", Map.of("caseId", caseId, "user", "officer1", "variables", "x")), 400,
                "variables");
        // the acting user is the authenticated one: a body naming another is refused, nothing started
        assertError(http.post("/processes/sxLegalReview", Map.of("caseId", caseId, "user", "officer2")), 403, "user");
        assertEquals(0, http.get("/cases/" + Http.q(caseId)).get("processes").size(), "no process started");
        assertEquals(0, http.get("/tasks?caseId=" + Http.q(caseId)).json().size());
    }

    @Test
    void badCompletionsAreRefusedAndLeaveTheTaskOpenAndUnclaimed() {
        String caseId = chongqingCase();
        startLegalReview(caseId);
        String taskId = onlyTask(caseId, "assembleTransfer").get("id").asText();
        assertError(complete(taskId, "officer1", "submit", Map.of("sxwf_noSuchField", 1)), 400, "values.sxwf_noSuchField");
        assertError(complete(taskId, "officer1", "submit", Map.of("sxwf_transferredMaterials", "all")), 400,
                "values.sxwf_transferredMaterials");
        assertError(complete(taskId, "officer1", "surrender", Map.of()), 400, "outcome");
        assertError(http.post("/tasks/" + taskId + "/complete", Map.of("user", "officer1", "outcom", "submit")), 400,
                "outcom");
        assertError(http.post("/tasks/" + taskId + "/complete", Map.of("user", "lawyer1", "outcome", "submit")), 403, "user");
        JsonNode still = onlyTask(caseId, "assembleTransfer");
        assertEquals(taskId, still.get("id").asText());
        assertTrue(still.get("assignee").isNull(), "not claimed");
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十七条: filing without the decision number is refused by the process; the task stays as it was")
    void aCompletionTheProcessRefusesChangesNothing() {
        String caseId = chongqingCase();
        startLegalReview(caseId);
        complete(onlyTask(caseId, "assembleTransfer").get("id").asText(), "officer1", "submit",
                Map.of("sxwf_transferredMaterials", List.of("review-request", "all-evidence", "transfer-list")));
        complete(onlyTask(caseId, "legalReview").get("id").asText(), "lawyer1", "agree", Map.of("sxwf_opinionText", "同意"));
        complete(onlyTask(caseId, "leaderDecision").get("id").asText(), "leader1", "approve", Map.of());
        String fileId = onlyTask(caseId, "fileDecision").get("id").asText();
        Answer refused = complete(fileId, "officer1", "filed", Map.of());
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.get("error").asText().contains("sxwf_decisionDocumentNumber"), refused.toString());
        JsonNode still = onlyTask(caseId, "fileDecision");
        assertEquals(fileId, still.get("id").asText());
        assertTrue(still.get("assignee").isNull(), "the claim was rolled back with the completion");
        assertTrue(http.get("/tasks/" + fileId).get("form").toString().contains("\"value\":null"));
    }

    /** The case's documents named {@code name}, as the records endpoint lists them. */
    int documentsNamed(String caseId, String name) {
        Answer records = http.get("/cases/" + Http.q(caseId) + "/records");
        assertEquals(200, records.status(), records.toString());
        int count = 0;
        for (JsonNode r : records.json()) {
            if (name.equals(r.get("name").asText())) {
                count++;
            }
        }
        return count;
    }

    String completeTransfer(String caseId) {
        String processId = startLegalReview(caseId);
        assertEquals(200, complete(onlyTask(caseId, "assembleTransfer").get("id").asText(), "officer1", "submit",
                Map.of("sxwf_transferredMaterials", List.of("review-request", "all-evidence", "transfer-list"))).status());
        return processId;
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十一条: a completion that fails after the review opinion was written leaves no"
            + " opinion behind, and its retry succeeds")
    void aFailedCompletionLeavesNoDocumentAndItsRetrySucceeds() {
        String caseId = chongqingCase();
        String processId = completeTransfer(caseId);
        String reviewId = onlyTask(caseId, "legalReview").get("id").asText();
        JsonNode folderBefore = http.get("/cases/" + Http.q(caseId)).get("properties");
        // The opinion document is written over CMIS when the review completes; the failure comes after it, in
        // the same engine transaction: a concurrent change found when the next task (leaderDecision) is created.
        AtomicBoolean failOnce = new AtomicBoolean(true);
        ActivitiEventListener concurrentChange = new ActivitiEventListener() {
            @Override
            public void onEvent(ActivitiEvent event) {
                if (event instanceof ActivitiEntityEvent e && e.getEntity() instanceof Task t
                        && processId.equals(t.getProcessInstanceId()) && failOnce.getAndSet(false)) {
                    throw new ActivitiOptimisticLockingException("the process changed at the same time (injected)");
                }
            }

            @Override
            public boolean isFailOnException() {
                return true;
            }
        };
        RuntimeService runtime = sandbox.runtime.engine().getRuntimeService();
        runtime.addEventListener(concurrentChange, ActivitiEventType.TASK_CREATED);
        Answer refused;
        try {
            refused = complete(reviewId, "lawyer1", "agree", Map.of("sxwf_opinionText", "事实清楚，证据确凿"));
        } finally {
            runtime.removeEventListener(concurrentChange);
        }
        assertFalse(failOnce.get(), "the failure was injected");
        assertTrue(refused.status() >= 400 && refused.status() < 500, refused.toString());
        assertEquals(reviewId, onlyTask(caseId, "legalReview").get("id").asText(), "the review is still open");
        assertEquals(0, documentsNamed(caseId, "法制审核意见书.pdf"), "the refused completion left no opinion behind");
        assertEquals(0, documentsNamed(caseId, "法制审核意见书.ofd"), "nor its OFD beside it");
        assertEquals(folderBefore, http.get("/cases/" + Http.q(caseId)).get("properties"), "the case folder is as it was");

        Answer retried = complete(reviewId, "lawyer1", "agree", Map.of("sxwf_opinionText", "事实清楚，证据确凿"));
        assertEquals(200, retried.status(), retried.toString());
        assertEquals(1, documentsNamed(caseId, "法制审核意见书.pdf"));
        assertEquals(1, documentsNamed(caseId, "法制审核意见书.ofd"));
        onlyTask(caseId, "leaderDecision");
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十一条: a review opinion whose name is taken in the case folder is a 409 naming"
            + " the document, not a 500; the review stays open")
    void aDocumentNameTakenInTheCaseFolderIsAConflictNotAnInternalError() {
        String caseId = chongqingCase();
        completeTransfer(caseId);
        String reviewId = onlyTask(caseId, "legalReview").get("id").asText();
        Answer squatter = http.postBytes("/cases/" + Http.q(caseId) + "/records?type=sx:evidence&name="
                + Http.q("法制审核意见书.pdf"), "x".getBytes(StandardCharsets.UTF_8), "text/plain");
        assertEquals(201, squatter.status(), squatter.toString());

        Answer clash = complete(reviewId, "lawyer1", "agree", Map.of("sxwf_opinionText", "同意"));
        assertError(clash, 409, null);
        assertTrue(clash.get("error").asText().contains("法制审核意见书.pdf"), clash.toString());
        assertEquals(reviewId, onlyTask(caseId, "legalReview").get("id").asText(), "the review is still open");
        assertEquals(1, documentsNamed(caseId, "法制审核意见书.pdf"), "only the document that was there");
        assertEquals(0, documentsNamed(caseId, "法制审核意见书.ofd"), "the OFD written beside the refused opinion is undone");
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十四条（二）, 第十五条: a second review after further investigation writes its own"
            + " opinion beside the first")
    void aSecondReviewAfterResubmissionWritesASecondOpinion() {
        String caseId = chongqingCase();
        completeTransfer(caseId);
        Answer sentBack = complete(onlyTask(caseId, "legalReview").get("id").asText(), "lawyer1", "furtherInvestigation",
                Map.of("sxwf_opinionText", "需补充调查"));
        assertEquals(200, sentBack.status(), sentBack.toString());
        assertEquals(200, complete(onlyTask(caseId, "supplementMaterials").get("id").asText(), "officer1", "resubmit",
                Map.of()).status());
        Answer second = complete(onlyTask(caseId, "legalReview").get("id").asText(), "lawyer1", "agree",
                Map.of("sxwf_opinionText", "同意"));
        assertEquals(200, second.status(), second.toString());
        assertEquals(1, documentsNamed(caseId, "法制审核意见书.pdf"), "the first round's opinion");
        assertEquals(1, documentsNamed(caseId, "法制审核意见书（2）.pdf"), "the second round's opinion");
        assertEquals(1, documentsNamed(caseId, "法制审核意见书（2）.ofd"), "and its OFD");
    }

    @Test
    void aTaskCompletedTwiceIsAConflict() {
        String caseId = chongqingCase();
        startLegalReview(caseId);
        String taskId = onlyTask(caseId, "assembleTransfer").get("id").asText();
        Map<String, Object> values = Map.of("sxwf_transferredMaterials", List.of("review-request", "all-evidence",
                "transfer-list"));
        assertEquals(200, complete(taskId, "officer1", "submit", values).status());
        String after = http.get("/tasks?caseId=" + Http.q(caseId)).text();
        assertError(complete(taskId, "officer1", "submit", values), 409, "taskId");
        assertError(http.get("/tasks/" + taskId), 409, "taskId");
        assertEquals(after, http.get("/tasks?caseId=" + Http.q(caseId)).text(), "nothing moved");
    }

    @Test
    void aTaskAssignedToSomeoneElseIsAConflict() {
        String caseId = chongqingCase();
        startLegalReview(caseId);
        String taskId = onlyTask(caseId, "assembleTransfer").get("id").asText();
        sandbox.runtime.engine().getTaskService().claim(taskId, "officer2");
        assertError(complete(taskId, "officer1", "submit", Map.of()), 409, "user");
        assertEquals("officer2", onlyTask(caseId, "assembleTransfer").get("assignee").asText());
        assertTrue(http.get("/tasks?assignee=officer2").text().contains("\"id\":\"" + taskId + "\""));
        assertEquals(0, http.get("/tasks?assignee=officer1&caseId=" + Http.q(caseId)).json().size());
    }

    @Test
    void anOversizeUploadIs413AndStoresNothing() {
        String caseId = chongqingCase();
        byte[] big = new byte[(int) UPLOAD_LIMIT + 1];
        assertError(http.postBytes("/cases/" + Http.q(caseId) + "/records?type=sx:evidence&name=big.bin", big,
                "application/octet-stream"), 413, "content");
        assertEquals(0, http.get("/cases/" + Http.q(caseId) + "/records").json().size());
    }

    @Test
    void badUploadParametersAreRefusedAndStoreNothing() {
        String caseId = chongqingCase();
        byte[] small = "x".getBytes(StandardCharsets.UTF_8);
        String base = "/cases/" + Http.q(caseId) + "/records";
        assertError(http.postBytes(base + "?name=a.txt", small, "text/plain"), 400, "type");
        assertError(http.postBytes(base + "?type=sx:nothing&name=a.txt", small, "text/plain"), 400, "type");
        assertError(http.postBytes(base + "?type=sx:evidence", small, "text/plain"), 400, "name");
        assertError(http.postBytes(base + "?type=sx:evidence&name=a.txt&propertees=x", small, "text/plain"), 400,
                "propertees");
        assertError(http.postBytes(base + "?type=sx:evidence&name=a.txt&properties=" + Http.q("{\"sx:nope\":1}"), small,
                "text/plain"), 400, "properties.sx:nope");
        assertError(http.postBytes(base + "?type=sx:evidence&name=a.txt&properties=" + Http.q("{bad"), small,
                "text/plain"), 400, "properties");
        assertEquals(0, http.get(base).json().size());
    }

    @Test
    void badQueryParametersOfTheBoardsAreRefused() {
        assertError(http.get("/tasks"), 400, null);
        assertError(http.get("/tasks?asignee=x"), 400, "asignee");
        assertError(http.get("/deadlines?status=late"), 400, "status");
        assertError(http.get("/deadlines?withinDays=soon"), 400, "withinDays");
        assertError(http.get("/deadlines?withinDays=-1"), 400, "withinDays");
    }

    static void assertError(Answer answer, int status, String field) {
        assertEquals(status, answer.status(), answer.toString());
        assertNotNull(answer.json(), "a JSON error: " + answer);
        assertEquals(status, answer.get("status").asInt(), answer.toString());
        assertFalse(answer.get("error").asText().isBlank(), answer.toString());
        if (field == null) {
            assertTrue(answer.get("field").isNull(), answer.toString());
        } else {
            assertEquals(field, answer.get("field").asText(), answer.toString());
        }
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static JsonNode field(JsonNode form, String name) {
        for (JsonNode f : form) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no form field " + name + " in " + form);
    }

    static String decision(Answer timeline, String name) {
        String value = null;
        for (JsonNode d : timeline.get("decisions")) {
            if (d.get("name").asText().equals(name)) {
                value = d.get("value").asText();
            }
        }
        assertNotNull(value, "decision " + name + " in " + timeline.get("decisions"));
        return value;
    }
}
