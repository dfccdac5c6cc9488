package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.sanxiang.rules.profile.JurisdictionProfile;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.standalone.auth.DemoUsers;
import org.sanxiang.standalone.rest.Http.Answer;

/**
 * One case of one jurisdiction profile driven over the REST API only, as people would: created with its
 * facts, legal review to the leader's decision and its filing, the decision document uploaded, disclosure
 * drafted, reviewed, approved and published, the decision revoked and the record withdrawn, the stages
 * recorded and the case archived (sealed), and an access request approved and returned. Every task is
 * completed through its form, with the values its form offers.
 */
final class CaseJourney {

    static final List<String> PROFILES = List.of("chongqing-2024", "wuhan-2020", "ningxia-2019", "tianjin-2019",
            "fushun-2026");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    final Http http;
    final String profile;
    final String caseNumber;
    final String partyName = "某建筑劳务有限公司";
    String caseId;
    String legalReviewId;
    String disclosureId;
    String recordId;
    String accessId;
    String publicationId;
    String accessDecision;
    final List<String> completed = new ArrayList<>();
    /** Tasks an outsider (a user in none of the task's candidate groups) tried first and was refused, by key. */
    final java.util.Set<String> refusedOutsiders = new java.util.TreeSet<>();
    boolean probeOutsiders;

    CaseJourney(Http http, String profile) {
        this.http = http;
        this.profile = profile;
        this.caseNumber = profile.substring(0, 2).toUpperCase() + "人社罚〔2026〕" + UUID.randomUUID().toString().substring(0, 6) + "号";
    }

    /** Runs every step; fails naming the step and the answer that went wrong. */
    CaseJourney run() {
        createCase();
        legalReview();
        decide();
        uploadDecisionDocument();
        if (profile.equals("fushun-2026")) {
            // fushun-2026 is a full-process recording regulation only: no disclosure rules, no sxDisclosure
            assertFalse(ProfileRegistry.shipped().get(profile).covers(JurisdictionProfile.DISCLOSURE));
            disclosureRefused("not covered by this profile");
        } else {
            // tianjin-2019 names no approver of disclosure records: its leaders approve (先审查后公开（未明确审核人）),
            // publication within 7 working days (实施方案 三（一）3（1）) as for the others
            disclose();
            withdraw();
        }
        // tianjin-2019 实施方案 三（二） too: its profile reads the stages from the plan's source (flagged as a reading)
        recordAndArchive();
        accessRequest();
        return this;
    }

    void createCase() {
        // tianjin-2019 lists no opinion types for the legal review (its time limits and opinion forms are in
        // 津人社办发〔2018〕289号, not among the seeds), so a reviewed case cannot get an opinion there: its case is
        // a summary-procedure penalty, which 三（三）2（1） does not send to review, and goes to the leader directly.
        boolean tianjin = profile.equals("tianjin-2019");
        Map<String, Object> facts = new java.util.HashMap<>(Map.of("id", caseNumber, "profile", profile, "action", "penalty",
                "procedure", tianjin ? "summary" : "general",
                "party", Map.of("kind", "organisation"), "fine", 50000, "publicInterest", !tianjin));
        if (tianjin) {
            // tianjin-2019 实施方案 附件: every case names its catalogued matter (行政处罚 第47项 违反工资和福利待遇规定的处罚)
            facts.put("matter", "penalty-47");
        }
        Answer created = http.post("/cases", Map.of("title", "拖欠工资案",
                "facts", facts,
                "properties", Map.of("sx:partyName", partyName, "sx:partyIdNumber", "91500000MA5U000000",
                        "sx:partyLegalRepresentative", "李四", "sx:matterName", "拖欠劳动者工资",
                        "sx:enforcementUnit", "劳动保障监察支队")));
        assertEquals(201, created.status(), profile + ": create case: " + created);
        caseId = created.get("id").asText();
    }

    void legalReview() {
        if (profile.equals("fushun-2026")) {
            // fushun-2026 细则 第一条: a recording regulation only; "not covered" is said, never recorded as "not major"
            Answer refused = http.post("/processes/sxLegalReview", Map.of("caseId", caseId, "user", "officer1",
                    "variables", Map.of("sxwf_decisionName", "行政处罚决定", "sxwf_proposedDecision", "拟对当事人罚款五万元")));
            assertEquals(400, refused.status(), profile + ": " + refused);
            assertTrue(refused.get("error").asText().contains("not covered by this profile"), refused.toString());
            return;
        }
        Answer started = http.post("/processes/sxLegalReview", Map.of("caseId", caseId, "user", "officer1",
                "variables", Map.of("sxwf_decisionName", "行政处罚决定", "sxwf_proposedDecision", "拟对当事人罚款五万元",
                        "sxwf_investigationEndedAt", LocalDate.now(ZONE).toString())));
        assertEquals(201, started.status(), profile + ": start sxLegalReview: " + started);
        legalReviewId = started.get("id").asText();
        drive(legalReviewId);
        assertTrue(ended(legalReviewId), profile + ": the legal review ended");
    }

    /** The decision: its number and date on the case (chongqing-2024 files it in the legal review already). */
    void decide() {
        String number = caseNumber.replace("罚", "罚决");
        JsonNode folder = http.get("/cases/" + Http.q(caseId)).get("properties");
        if (folder.has("sx:caseDecisionNumber")) {
            assertEquals(number, folder.get("sx:caseDecisionNumber").asText(), profile + ": filed in the legal review");
        }
        Answer decided = http.patch("/cases/" + Http.q(caseId), Map.of("user", "officer1", "properties",
                Map.of("sx:caseDecisionNumber", number, "sx:caseDecisionDate", LocalDate.now(ZONE).toString(),
                        "sx:penaltyMeasures", List.of("fine"))));
        assertEquals(200, decided.status(), profile + ": decision: " + decided);
        assertEquals(number, decided.get("properties").get("sx:caseDecisionNumber").asText());
    }

    void uploadDecisionDocument() {
        String text = "行政处罚决定书\n" + partyName + "拖欠劳动者工资。依据《劳动保障监察条例》第二十六条，决定：罚款人民币五万元。";
        String properties = "{\"sx:mainFacts\":\"拖欠劳动者工资\",\"sx:legalBasis\":\"《劳动保障监察条例》第二十六条\","
                + "\"sx:decisionContent\":\"罚款人民币五万元\"}";
        Answer uploaded = http.postBytes("/cases/" + Http.q(caseId) + "/records?type=sx:decisionDocument&name="
                + Http.q("行政处罚决定书.txt") + "&properties=" + Http.q(properties), text.getBytes(StandardCharsets.UTF_8),
                "application/octet-stream");
        assertEquals(201, uploaded.status(), profile + ": upload decision: " + uploaded);
    }

    void disclosureRefused(String why) {
        Answer refused = http.post("/processes/sxDisclosure", Map.of("caseId", caseId, "user", "officer1",
                "variables", Map.of("sxwf_disclosureDecisionDate", LocalDate.now(ZONE).toString())));
        assertEquals(400, refused.status(), profile + ": " + refused);
        assertTrue(refused.get("error").asText().contains(why), refused.toString());
    }

    void disclose() {
        Answer started = http.post("/processes/sxDisclosure", Map.of("caseId", caseId, "user", "officer1",
                "variables", Map.of("sxwf_disclosureDecisionDate", LocalDate.now(ZONE).toString())));
        assertEquals(201, started.status(), profile + ": start sxDisclosure: " + started);
        disclosureId = started.get("id").asText();
        drive(disclosureId);
        Answer timeline = timeline();
        JsonNode disclosure = disclosureOf(timeline);
        assertNotNull(disclosure, profile + ": disclosure on the timeline: " + timeline.get("disclosures"));
        assertEquals("PUBLISHED", disclosure.get("state").asText(), profile + ": published: " + disclosure);
        publicationId = disclosure.get("publicationId").asText();
    }

    void withdraw() {
        Answer event = http.post("/processes/" + disclosureId + "/disclosure-events", Map.of("event", "revoked",
                "on", LocalDate.now(ZONE).toString(), "reason", "行政复议决定撤销原处罚决定", "user", "officer1"));
        assertEquals(200, event.status(), profile + ": revoked: " + event);
        drive(disclosureId);
        assertTrue(ended(disclosureId), profile + ": the disclosure ended");
        JsonNode disclosure = disclosureOf(timeline());
        assertEquals("WITHDRAWN", disclosure.get("state").asText(), profile + ": withdrawn: " + disclosure);
    }

    void recordAndArchive() {
        Answer started = http.post("/processes/sxCaseRecord", Map.of("caseId", caseId, "user", "officer1",
                "variables", Map.of()));
        assertEquals(201, started.status(), profile + ": start sxCaseRecord: " + started);
        recordId = started.get("id").asText();
        drive(recordId);
        assertTrue(ended(recordId), profile + ": the case record ended");
        JsonNode chain = timeline().get("chain");
        assertTrue(chain.get("sealed").asBoolean(), profile + ": sealed: " + chain);
        assertTrue(chain.get("intact").asBoolean(), profile + ": the hash chain verifies: " + chain);
    }

    void accessRequest() {
        Answer started = http.post("/processes/sxAccess", Map.of("caseId", caseId, "user", "officer1",
                "variables", Map.of("sxwf_requesterKind", "party", "sxwf_requesterName", "王五",
                        "sxwf_requesterOrganisation", partyName, "sxwf_requesterPartyId", partyName,
                        "sxwf_accessReason", "行政诉讼举证", "sxwf_periodWorkingDays", 5)));
        assertEquals(201, started.status(), profile + ": start sxAccess: " + started);
        accessId = started.get("id").asText();
        drive(accessId);
        assertTrue(ended(accessId), profile + ": the access request ended");
        for (JsonNode d : timeline().get("decisions")) {
            if (d.get("processInstanceId").asText().equals(accessId) && d.get("name").asText().equals("sxp_accessDecision")) {
                accessDecision = d.get("value").asText();
            }
        }
        assertNotNull(accessDecision, profile + ": the access request was decided");
    }

    // ---- driving tasks through their forms

    /** Completes the process's open tasks until it waits on none. */
    void drive(String processInstanceId) {
        for (int step = 0; step < 60; step++) {
            List<JsonNode> open = new ArrayList<>();
            http.get("/tasks?caseId=" + Http.q(caseId)).json().forEach(t -> {
                if (t.get("processInstanceId").asText().equals(processInstanceId)) {
                    open.add(t);
                }
            });
            if (open.isEmpty()) {
                return;
            }
            JsonNode task = open.get(0);
            Answer detail = http.get("/tasks/" + task.get("id").asText());
            assertEquals(200, detail.status(), profile + ": task detail: " + detail);
            complete(task, detail.json());
        }
        throw new AssertionError(profile + ": process " + processInstanceId + " did not settle in 60 tasks: " + completed);
    }

    private void complete(JsonNode task, JsonNode detail) {
        String key = task.get("key").asText();
        Map<String, Object> values = new LinkedHashMap<>();
        String user = "officer1";
        String outcome;
        switch (key) {
            case "assembleTransfer" -> {
                outcome = "submit";
                List<String> materials = allowed(detail, "sxwf_transferredMaterials");
                values.put("sxwf_transferredMaterials", materials); // tianjin-2019 lists none
            }
            case "legalReview" -> {
                user = "lawyer1";
                outcome = "agree";
                values.put("sxwf_opinionText", "事实清楚，证据确凿，程序合法，适用依据正确");
            }
            case "collectiveDiscussion" -> {
                user = "leader1";
                outcome = first(detail);
            }
            case "leaderDecision" -> {
                user = "leader1";
                outcome = "approve";
                values.put("sxwf_leaderOpinion", "同意");
            }
            case "fileDecision" -> {
                outcome = "filed";
                values.put("sxwf_decisionDocumentNumber", caseNumber.replace("罚", "罚决"));
            }
            case "draftDisclosure" -> {
                user = "clerk1";
                outcome = "submit";
            }
            case "reviewDisclosure" -> {
                user = "lawyer1";
                outcome = "approve";
            }
            case "approveDisclosure" -> {
                user = "leader1";
                outcome = "approve";
            }
            case "withdrawDisclosure" -> {
                user = "clerk1";
                outcome = first(detail);
            }
            case "stageRecord" -> outcome = recordStage(detail);
            case "avStorage" -> {
                outcome = first(detail);
                values.put("sxwf_storageLocation", "存储柜A-1");
            }
            case "archive" -> {
                user = "archivist1";
                outcome = first(detail);
                values.put("sxwf_archiveReference", "ARCH-" + caseNumber);
                values.put("sxwf_caseFileRetainUntil", LocalDate.now(ZONE).plusYears(30).toString());
            }
            case "handOver" -> { // wuhan-2020 全过程记录 第二十六条第四款
                user = "archivist1";
                outcome = first(detail);
            }
            case "approveAccess" -> {
                user = "leader1";
                outcome = "approve";
            }
            case "returnAccess" -> {
                user = "archivist1";
                outcome = first(detail);
                values.put("sxwf_copiesMade", 0);
            }
            default -> throw new AssertionError(profile + ": no plan for task " + key + ": " + detail);
        }
        user = candidate(task, user);
        if (probeOutsiders) {
            refuseOutsider(task, outcome, values);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("user", user);
        body.put("outcome", outcome);
        body.put("values", values);
        Answer done = http.as(user).post("/tasks/" + task.get("id").asText() + "/complete", body);
        assertEquals(200, done.status(), profile + ": complete " + key + " (" + outcome + "): " + done);
        completed.add(key + ":" + outcome);
    }

    /** A user outside the task's candidate groups gets 403 naming them, and nothing changes. */
    private void refuseOutsider(JsonNode task, String outcome, Map<String, Object> values) {
        java.util.Set<String> groups = new java.util.HashSet<>();
        task.get("candidateGroups").forEach(g -> groups.add(g.asText()));
        String outsider = DemoUsers.USERS.entrySet().stream().filter(e -> e.getValue().stream().noneMatch(groups::contains))
                .map(Map.Entry::getKey).filter(u -> !u.equals("admin")).findFirst().orElseThrow();
        String before = http.get("/tasks?caseId=" + Http.q(caseId)).text();
        Answer refused = http.as(outsider).post("/tasks/" + task.get("id").asText() + "/complete",
                Map.of("outcome", outcome, "values", values));
        assertEquals(403, refused.status(), profile + ": " + outsider + " completing " + task.get("key") + ": " + refused);
        for (String group : groups) {
            assertTrue(refused.get("error").asText().contains(group), "the refusal names " + group + ": " + refused);
        }
        assertEquals(before, http.get("/tasks?caseId=" + Http.q(caseId)).text(), profile + ": nothing changed");
        refusedOutsiders.add(task.get("key").asText());
    }

    /**
     * The planned user when the task's candidate groups (as the process decided them) admit it, else the first
     * sandbox user they admit who did not request the access (the requester never approves it).
     */
    private static String candidate(JsonNode task, String planned) {
        List<String> users = new ArrayList<>();
        task.get("candidateGroups").forEach(g -> users.addAll(DemoUsers.inGroup(g.asText())));
        if (users.contains(planned)) {
            return planned;
        }
        return users.stream().filter(u -> !u.equals("officer1") || !task.get("key").asText().equals("approveAccess"))
                .findFirst().orElseThrow(() -> new AssertionError("no sandbox user in " + task.get("candidateGroups")));
    }

    /** Records the stage the task asks for (a text record, and an AV record where it is mandatory). */
    private String recordStage(JsonNode detail) {
        String code = value(detail, "sxwf_stageCode");
        String required = value(detail, "sxwf_stageRequiredRecords");
        if (required != null && required.contains("special stage")) {
            return "notApplicable";
        }
        upload("sx:textRecord", code + "-笔录-" + UUID.randomUUID().toString().substring(0, 4) + ".txt",
                "{\"sx:stage\":\"" + code + "\",\"sx:recordedBy\":\"officer1\"}", code + " 的文字记录");
        String kinds = required == null ? "" : required.toLowerCase(java.util.Locale.ROOT);
        if (java.util.regex.Pattern.compile("\\bav\\b").matcher(kinds).find()) {
            av(code, "video", ".mp4");
        }
        if (kinds.contains("photo")) {
            av(code, "photo", ".jpg");
        }
        return "complete";
    }

    private void av(String code, String kind, String suffix) {
        upload("sx:avRecord", code + "-" + kind + "-" + UUID.randomUUID().toString().substring(0, 4) + suffix,
                "{\"sx:stage\":\"" + code + "\",\"sx:avKind\":\"" + kind + "\",\"sx:avStartedAt\":\""
                        + java.time.OffsetDateTime.now(ZONE).withNano(0) + "\"}", "not really a " + kind + " of " + code);
    }

    private void upload(String type, String name, String properties, String content) {
        Answer uploaded = http.postBytes("/cases/" + Http.q(caseId) + "/records?type=" + type + "&name=" + Http.q(name)
                + "&properties=" + Http.q(properties), content.getBytes(StandardCharsets.UTF_8), "application/octet-stream");
        assertEquals(201, uploaded.status(), profile + ": upload " + name + ": " + uploaded);
    }

    private static String value(JsonNode detail, String field) {
        for (JsonNode f : detail.get("form")) {
            if (f.get("name").asText().equals(field)) {
                return f.get("value").isNull() ? null : f.get("value").asText();
            }
        }
        return null;
    }

    private static List<String> allowed(JsonNode detail, String field) {
        for (JsonNode f : detail.get("form")) {
            if (f.get("name").asText().equals(field)) {
                List<String> values = new ArrayList<>();
                f.get("allowedValues").forEach(v -> values.add(v.asText()));
                return values;
            }
        }
        throw new AssertionError("no field " + field + " in " + detail);
    }

    private static String first(JsonNode detail) {
        assertTrue(detail.get("outcomes").size() > 0, "the task offers outcomes: " + detail);
        return detail.get("outcomes").get(0).asText();
    }

    boolean ended(String processInstanceId) {
        for (JsonNode p : http.get("/cases/" + Http.q(caseId)).get("processes")) {
            if (p.get("id").asText().equals(processInstanceId)) {
                return !p.get("endedAt").isNull();
            }
        }
        throw new AssertionError("process " + processInstanceId + " not on case " + caseId);
    }

    Answer timeline() {
        Answer timeline = http.get("/cases/" + Http.q(caseId) + "/timeline");
        assertEquals(200, timeline.status(), profile + ": timeline: " + timeline);
        return timeline;
    }

    private JsonNode disclosureOf(Answer timeline) {
        for (JsonNode d : timeline.get("disclosures")) {
            if (d.get("processInstanceId").asText().equals(disclosureId)) {
                return d;
            }
        }
        return null;
    }
}
