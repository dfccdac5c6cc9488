package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.sanxiang.standalone.auth.Principal;
import org.sanxiang.standalone.auth.SxGroups;
import org.sanxiang.standalone.rest.Http.Answer;
import org.sanxiang.standalone.runtime.JdbcAccessGrants;
import org.sanxiang.standalone.runtime.Requests;
import org.sanxiang.standalone.runtime.SanxiangService;
import org.sanxiang.standalone.runtime.ServiceException;
import org.sanxiang.standalone.runtime.Views;

/**
 * Issue #12 "Who may act" on the standalone runtime: authentication, the BPMN's candidate groups, the
 * separations of duty with their articles, the seal, states and disclosures only through the processes,
 * and personal data by group and grant. Each attack of the issue is refused and changes nothing.
 */
class WhoMayActTest extends SandboxRestTest {




    static String unique(String prefix) {
        return prefix + "〔2026〕" + UUID.randomUUID().toString().substring(0, 6) + "号";
    }

    String chongqingCase(Map<String, Object> properties) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "社保费罚款");
        body.put("facts", Map.of("id", unique("渝人社罚"), "profile", "chongqing-2024", "action", "penalty",
                "procedure", "general", "party", Map.of("kind", "individual"), "fine", 8000));
        body.put("properties", properties);
        Answer created = http.post("/cases", body);
        assertEquals(201, created.status(), created.toString());
        return created.get("id").asText();
    }

    SanxiangService as(String name, String... groups) {
        return sandbox.runtime.guard().as(new Principal(name, Set.of(groups)));
    }

    static void refused(ServiceException.Kind kind, String mustSay, Runnable call) {
        ServiceException e = assertThrows(ServiceException.class, call::run);
        assertEquals(kind, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains(mustSay), "the refusal says '" + mustSay + "': " + e.getMessage());
    }

    Views.TaskView open(String caseId, String key) {
        List<Views.TaskView> tasks = sandbox.runtime.service().tasks(new Requests.TaskQuery(null, null, caseId)).stream()
                .filter(t -> t.key().equals(key)).toList();
        assertEquals(1, tasks.size(), "one open " + key + ": " + tasks);
        return tasks.get(0);
    }

    String openTasks(String caseId) {
        return sandbox.runtime.service().tasks(new Requests.TaskQuery(null, null, caseId)).toString();
    }

    static Requests.CompleteTask outcome(String outcome, Map<String, Object> values) {
        return new Requests.CompleteTask(null, outcome, values);
    }

    static final Map<String, Object> TRANSFER = Map.of("sxwf_transferredMaterials", List.of("review-request", "all-evidence",
            "transfer-list"));
    static final Map<String, Object> OPINION = Map.of("sxwf_opinionText", "事实清楚，证据确凿，程序合法");

    /** Starts a legal review and completes the transfer, both as {@code handler}. */
    String transferred(SanxiangService handler) {
        String caseId = chongqingCase(Map.of("sx:partyName", "张三"));
        handler.startProcess("sxLegalReview", new Requests.StartProcess(caseId, null,
                Map.of("sxwf_decisionName", "罚款决定", "sxwf_proposedDecision", "拟处罚款8000元")));
        handler.completeTask(open(caseId, "assembleTransfer").id(), outcome("submit", TRANSFER));
        return caseId;
    }

    // ---- 1. authentication

    @Test
    void withoutCredentialsOrWithAWrongPasswordNothingIsDone() {
        int cases = http.get("/cases").json().size();
        Map<String, Object> body = Map.of("title", "x", "facts", Map.of("id", unique("渝人社罚"), "profile", "chongqing-2024",
                "action", "penalty"));
        Answer anonymous = http.anonymous().post("/cases", body);
        assertEquals(401, anonymous.status(), anonymous.toString());
        assertEquals(401, http.as("officer1", "wrong").post("/cases", body).status());
        assertEquals(401, http.as("nobody", "nobody").get("/cases").status());
        assertEquals(401, http.anonymous().get("/cases").status());
        assertEquals(cases, http.get("/cases").json().size(), "nothing created");
        assertEquals(200, http.anonymous().get("/health").status(), "health needs no credentials");
    }

    @Test
    void aBodyNamingAnotherUserIsRefused() {
        String caseId = chongqingCase(Map.of());
        Answer forged = http.post("/processes/sxLegalReview", Map.of("caseId", caseId, "user", "leader1"));
        assertEquals(403, forged.status(), forged.toString());
        assertEquals("user", forged.get("field").asText());
        assertTrue(sandbox.runtime.service().getCase(caseId).processes().isEmpty(), "nothing started");
    }

    @Test
    void theIntegratorReadsAndChangesNothing() {
        String caseId = chongqingCase(Map.of());
        Http integrator = http.as("integrator1");
        assertEquals(200, integrator.get("/cases").status());
        Answer create = integrator.post("/cases", Map.of("facts", Map.of("id", unique("渝人社罚"), "profile",
                "chongqing-2024", "action", "penalty")));
        assertEquals(403, create.status(), create.toString());
        assertTrue(create.get("error").asText().contains(SxGroups.ENFORCEMENT), create.toString());
        Answer patch = integrator.patch("/cases/" + Http.q(caseId), Map.of("properties", Map.of("sx:fineAmount", 1)));
        assertEquals(403, patch.status(), patch.toString());
        Answer start = integrator.post("/processes/sxLegalReview", Map.of("caseId", caseId));
        assertEquals(403, start.status(), start.toString());
        assertTrue(start.get("error").asText().contains("GROUP_SX_ENFORCEMENT"), "names the BPMN's starter group: " + start);
        assertTrue(sandbox.runtime.service().getCase(caseId).processes().isEmpty(), "nothing started");
    }

    // ---- 2. candidate groups: the attacks of the issue

    @Test
    void theHandlerCannotReviewOrDecideHisOwnCase_byGroup() {
        // officer1 started sxLegalReview and transferred the file; the legal office's legalReview is not his
        String caseId = transferred(as("officer1", SxGroups.ENFORCEMENT));
        String before = openTasks(caseId);
        Answer self = http.post("/tasks/" + open(caseId, "legalReview").id() + "/complete",
                Map.of("outcome", "agree", "values", OPINION));
        assertEquals(403, self.status(), "我自己审我自己: " + self);
        assertTrue(self.get("error").asText().contains("GROUP_SX_LEGAL_OFFICE"), self.toString());
        assertEquals(before, openTasks(caseId), "nothing changed");
    }

    @Test
    void everyTaskOfTwoJourneysRefusesAUserOutsideItsCandidateGroups() {
        java.util.Set<String> refused = new java.util.TreeSet<>();
        for (String profile : List.of("chongqing-2024", "wuhan-2020")) {
            CaseJourney journey = new CaseJourney(http, profile);
            journey.probeOutsiders = true;
            journey.run();
            refused.addAll(journey.refusedOutsiders);
        }
        assertTrue(refused.containsAll(List.of("assembleTransfer", "legalReview", "leaderDecision", "fileDecision",
                "draftDisclosure", "reviewDisclosure", "approveDisclosure", "withdrawDisclosure", "stageRecord", "archive",
                "approveAccess", "returnAccess")), "probed: " + refused);
    }

    // ---- 2. separations of duty, each with its article

    @Test
    void caseHandlerIsNotItsLegalReviewer_chongqing2024_法制审核_第九条_第十一至十三条() {
        SanxiangService both = as("dual1", SxGroups.ENFORCEMENT, SxGroups.LEGAL_OFFICE);
        String caseId = transferred(both);
        String before = openTasks(caseId);
        refused(ServiceException.Kind.FORBIDDEN, "chongqing-2024 法制审核 第九条, 第十一–十三条",
                () -> both.completeTask(open(caseId, "legalReview").id(), outcome("agree", OPINION)));
        assertEquals(before, openTasks(caseId), "nothing changed");
        as("lawyer1", SxGroups.LEGAL_OFFICE).completeTask(open(caseId, "legalReview").id(), outcome("agree", OPINION));
    }

    @Test
    void theReviewerDoesNotDecide_wuhan2020_法制审核_第十一条第二款() {
        String caseId = transferred(as("officer1", SxGroups.ENFORCEMENT));
        SanxiangService reviewerAndLeader = as("dual2", SxGroups.LEGAL_OFFICE, SxGroups.LEADERS);
        reviewerAndLeader.completeTask(open(caseId, "legalReview").id(), outcome("agree", OPINION));
        Views.TaskView next = sandbox.runtime.service().tasks(new Requests.TaskQuery(null, null, caseId)).get(0);
        assertTrue(Set.of("collectiveDiscussion", "leaderDecision").contains(next.key()), next.toString());
        String before = openTasks(caseId);
        refused(ServiceException.Kind.FORBIDDEN, "wuhan-2020 法制审核 第四条, 第十一条第二款",
                () -> reviewerAndLeader.completeTask(next.id(), outcome("approve", Map.of())));
        assertEquals(before, openTasks(caseId), "nothing changed");
    }

    @Test
    void theHandlerDoesNotDecide_wuhan2020_法制审核_第八条() {
        SanxiangService handlerAndLeader = as("dual3", SxGroups.ENFORCEMENT, SxGroups.LEADERS);
        String caseId = transferred(handlerAndLeader);
        as("lawyer1", SxGroups.LEGAL_OFFICE).completeTask(open(caseId, "legalReview").id(), outcome("agree", OPINION));
        Views.TaskView next = sandbox.runtime.service().tasks(new Requests.TaskQuery(null, null, caseId)).get(0);
        refused(ServiceException.Kind.FORBIDDEN, "wuhan-2020 法制审核 第八条, 第十一条第二款",
                () -> handlerAndLeader.completeTask(next.id(), outcome("approve", Map.of())));
    }

    @Test
    void theDrafterNeitherReviewsNorApprovesADisclosure_chongqing2024_公示_第六条() {
        CaseJourney journey = new CaseJourney(http, "chongqing-2024");
        journey.createCase();
        journey.decide();
        journey.uploadDecisionDocument();
        String caseId = journey.caseId;
        SanxiangService drafter = as("dual4", SxGroups.DISCLOSURE, SxGroups.LEGAL_OFFICE, SxGroups.LEADERS,
                SxGroups.PRINCIPAL_LEADER, SxGroups.ENFORCEMENT);
        drafter.startProcess("sxDisclosure", new Requests.StartProcess(caseId, null,
                Map.of("sxwf_disclosureDecisionDate", java.time.LocalDate.now(CaseJourney.ZONE).toString())));
        drafter.completeTask(open(caseId, "draftDisclosure").id(), outcome("submit", Map.of()));
        String before = openTasks(caseId);
        refused(ServiceException.Kind.FORBIDDEN, "chongqing-2024 公示 第六条",
                () -> drafter.completeTask(open(caseId, "reviewDisclosure").id(), outcome("approve", Map.of())));
        assertEquals(before, openTasks(caseId), "nothing changed");
        as("lawyer1", SxGroups.LEGAL_OFFICE).completeTask(open(caseId, "reviewDisclosure").id(), outcome("approve", Map.of()));
        refused(ServiceException.Kind.FORBIDDEN, "wuhan-2020 公示 第三条",
                () -> drafter.completeTask(open(caseId, "approveDisclosure").id(), outcome("approve", Map.of())));
    }

    @Test
    void theRequesterDoesNotApproveHisAccessRequest_wuhan2020_全过程记录_第二十七条() {
        String caseId = chongqingCase(Map.of("sx:partyName", "张三"));
        SanxiangService requester = as("dual5", SxGroups.ENFORCEMENT, SxGroups.ARCHIVISTS, SxGroups.LEADERS);
        requester.startProcess("sxAccess", new Requests.StartProcess(caseId, null, Map.of("sxwf_requesterKind", "party",
                "sxwf_requesterName", "dual5", "sxwf_requesterOrganisation", "张三", "sxwf_requesterPartyId", "张三",
                "sxwf_accessReason", "行政诉讼举证", "sxwf_periodWorkingDays", 5)));
        String before = openTasks(caseId);
        refused(ServiceException.Kind.FORBIDDEN, "wuhan-2020 全过程记录 第二十七条第三款",
                () -> requester.completeTask(open(caseId, "approveAccess").id(),
                        outcome("approve", Map.of("sxwf_grantUntil", Instant.now().plus(7, ChronoUnit.DAYS).toString(),
                                "sxwf_copiesAllowed", false))));
        assertEquals(before, openTasks(caseId), "nothing changed");
    }

    /**
     * A completion reads its task once (issue 17) and its checks use that read; what changed while it waited for the
     * task's case is caught in its engine transaction. Here the test holds the case while the officer's completion
     * waits for it, and releases the officer's claim, then gives the task to another officer.
     */
    @Test
    void aTaskReleasedOrTakenWhileItsCompletionWaitedForTheCaseIsNotCompleted() throws Exception {
        SanxiangService officer = as("waiting1", SxGroups.ENFORCEMENT);
        String caseId = chongqingCase(Map.of("sx:partyName", "张三"));
        officer.startProcess("sxLegalReview", new Requests.StartProcess(caseId, null,
                Map.of("sxwf_decisionName", "罚款决定", "sxwf_proposedDecision", "拟处罚款8000元")));
        String taskId = open(caseId, "assembleTransfer").id();
        officer.claimTask(taskId, null);
        var tasks = sandbox.runtime.engine().getTaskService();

        // claimed by the officer when the completion read it, released before it ran: no claim without the checks
        ServiceException released = whileTheCompletionWaits(caseId, () -> officer.completeTask(taskId,
                outcome("submit", TRANSFER)), () -> tasks.unclaim(taskId));
        assertEquals(ServiceException.Kind.CONFLICT, released.kind(), released.getMessage());
        assertTrue(released.getMessage().contains("released meanwhile"), released.getMessage());
        assertNull(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee(), "nothing changed");

        // open to the officer's group when the completion read it, claimed by another before it ran
        ServiceException taken = whileTheCompletionWaits(caseId, () -> officer.completeTask(taskId,
                outcome("submit", TRANSFER)), () -> tasks.claim(taskId, "officer2"));
        assertEquals(ServiceException.Kind.CONFLICT, taken.kind(), taken.getMessage());
        assertTrue(taken.getMessage().contains("is assigned to officer2"), taken.getMessage());
        assertEquals("officer2", tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee(), "nothing changed");
    }

    /** Runs {@code completion} in a thread while this one holds the case; once it waits for the case, runs {@code meanwhile}. */
    ServiceException whileTheCompletionWaits(String caseId, Runnable completion, Runnable meanwhile) throws Exception {
        ServiceException[] thrown = new ServiceException[1];
        Thread t = new Thread(() -> {
            try {
                completion.run();
            } catch (ServiceException e) {
                thrown[0] = e;
            }
        });
        sandbox.runtime.steps().onCase(caseId, () -> {
            t.start();
            long until = System.nanoTime() + 20_000_000_000L;
            while (t.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            assertEquals(Thread.State.TIMED_WAITING, t.getState(), "the completion waits for the case");
            meanwhile.run();
            return null;
        });
        t.join(60_000);
        assertNotNull(thrown[0], "the completion was refused");
        return thrown[0];
    }

    // ---- 3. sealed means immutable; states move only through the processes

    /** A case the processes archived (set here through the runtime's own service, which the processes use). */
    String archivedCase() {
        String caseId = chongqingCase(Map.of("sx:partyName", "张三"));
        http.postBytes("/cases/" + Http.q(caseId) + "/records?type=sx:evidence&name=a.txt", "证据".getBytes(StandardCharsets.UTF_8),
                "application/octet-stream");
        sandbox.runtime.service().updateCase(caseId, new Requests.CaseUpdate(Map.of("sx:caseState", "archived"), "system"));
        return caseId;
    }

    @Test
    void aSealedCaseRefusesChange_fushun2026_第二十四条() {
        String caseId = archivedCase();
        Views.CaseView before = sandbox.runtime.service().getCase(caseId);
        Answer patched = http.as("officer1").patch("/cases/" + Http.q(caseId), Map.of("properties",
                Map.of("sx:fineAmount", 1, "sx:partyName", "改名")));
        assertEquals(409, patched.status(), patched.toString());
        assertTrue(patched.get("error").asText().contains("fushun-2026 全过程记录细则 第二十四条"), patched.toString());
        Answer nobody = http.as("nobody", "x").patch("/cases/" + Http.q(caseId), Map.of("user", "nobody",
                "properties", Map.of("sx:caseState", "open")));
        assertEquals(401, nobody.status());
        assertEquals(before.properties(), sandbox.runtime.service().getCase(caseId).properties(), "nothing changed");
    }

    @Test
    void aSealedCaseIsCorrectedOnlyThroughALinkedRecordInItsChain_fushun2026_第二十四条() {
        CaseJourney journey = new CaseJourney(http, "ningxia-2019").run();
        String caseId = journey.caseId;
        assertTrue(http.get("/cases/" + Http.q(caseId)).get("properties").hasNonNull("sx:caseSealedAt"),
                "archiving sealed the case: its folder says so");
        Answer patched = http.patch("/cases/" + Http.q(caseId), Map.of("properties", Map.of("sx:partyName", "改名")));
        assertEquals(409, patched.status(), "the sealed case refuses PATCH: " + patched);
        assertEquals(403, http.as("integrator1").post("/cases/" + Http.q(caseId) + "/corrections",
                Map.of("properties", Map.of("sx:partyName", "改名"), "reason", "x")).status());
        assertEquals(400, http.post("/cases/" + Http.q(caseId) + "/corrections",
                Map.of("properties", Map.of("sx:partyName", "改名"))).status(), "a correction says why");
        int records = http.get("/cases/" + Http.q(caseId) + "/records").json().size();

        Answer corrected = http.post("/cases/" + Http.q(caseId) + "/corrections",
                Map.of("properties", Map.of("sx:partyName", "某建筑劳务有限责任公司"), "reason", "当事人名称笔误（营业执照为有限责任公司）"));
        assertEquals(201, corrected.status(), corrected.toString());
        assertEquals(journey.partyName, corrected.get("before").get("sx:partyName").asText());
        assertEquals("某建筑劳务有限责任公司", http.get("/cases/" + Http.q(caseId)).get("properties").get("sx:partyName").asText());
        JsonNode timeline = http.get("/cases/" + Http.q(caseId) + "/timeline").json();
        assertTrue(timeline.get("chain").get("intact").asBoolean(), "the chain verifies with the correction: " + timeline.get("chain"));
        // the correction record's link, then the case folder's new link (the folder as corrected)
        assertTrue(timeline.get("chain").get("detail").asText().startsWith(
                (corrected.get("sequence").asLong() + 2) + " links"), timeline.get("chain").toString());
        assertEquals(records + 4, http.get("/cases/" + Http.q(caseId) + "/records").json().size(),
                "a correction record, the manifest that heads the chain with it and its printed copy (PDF/A, OFD); nothing removed");
        assertTrue(http.get("/cases/" + Http.q(caseId) + "/records").text().contains("officer1"), "who corrected");
    }

    @Test
    void nothingIsUploadedIntoASealedCase_wuhan2020_全过程记录_第二十八条() {
        String caseId = archivedCase();
        int records = sandbox.runtime.service().records(caseId).size();
        Answer upload = http.postBytes("/cases/" + Http.q(caseId) + "/records?type=sx:evidence&name=b.txt",
                "补".getBytes(StandardCharsets.UTF_8), "application/octet-stream");
        assertEquals(409, upload.status(), upload.toString());
        assertTrue(upload.get("error").asText().contains("wuhan-2020 全过程记录 第二十八条"), upload.toString());
        assertEquals(records, sandbox.runtime.service().records(caseId).size(), "nothing stored");
    }

    @Test
    void aCaseWhoseFolderSaysItIsSealedRefusesUploadsAndChange_wuhan2020_全过程记录_第二十八条() {
        String caseId = chongqingCase(Map.of("sx:partyName", "张三"));
        Answer first = http.postBytes("/cases/" + Http.q(caseId) + "/records?type=sx:evidence&name=a.txt",
                "证据".getBytes(StandardCharsets.UTF_8), "application/octet-stream");
        assertEquals(201, first.status(), first.toString());
        Answer forged = http.patch("/cases/" + Http.q(caseId), Map.of("properties", Map.of("sx:caseSealedAt", "2026-01-01T00:00:00Z")));
        assertEquals(400, forged.status(), "only sealing sets it: " + forged);
        assertEquals("properties.sx:caseSealedAt", forged.get("field").asText());
        // sealed as CaseSeal marks a case (the marker on the folder, over CMIS); the case stays open
        org.apache.chemistry.opencmis.client.api.Session session = sandbox.runtime.cmisEndpoint().open();
        session.getObject(caseId).updateProperties(Map.of(org.sanxiang.workflow.record.CaseSeal.CASE_SEALED_AT,
                java.util.GregorianCalendar.from(java.time.ZonedDateTime.now())));
        assertEquals("open", http.get("/cases/" + Http.q(caseId)).get("state").asText());

        Answer upload = http.postBytes("/cases/" + Http.q(caseId) + "/records?type=sx:evidence&name=b.txt",
                "补".getBytes(StandardCharsets.UTF_8), "application/octet-stream");
        assertEquals(409, upload.status(), upload.toString());
        assertTrue(upload.get("error").asText().contains("wuhan-2020 全过程记录 第二十八条"), upload.toString());
        Answer patched = http.patch("/cases/" + Http.q(caseId), Map.of("properties", Map.of("sx:partyName", "改名")));
        assertEquals(409, patched.status(), patched.toString());
        assertEquals(1, sandbox.runtime.service().records(caseId).size(), "nothing stored");
    }

    @Test
    void aCaseIsNotCreatedArchivedNorMovedBetweenStatesByAClient() {
        int cases = http.get("/cases").json().size();
        Answer archived = http.post("/cases", Map.of("facts", Map.of("id", unique("渝人社罚"), "profile", "chongqing-2024",
                "action", "penalty"), "properties", Map.of("sx:caseState", "archived")));
        assertEquals(403, archived.status(), archived.toString());
        assertEquals(cases, http.get("/cases").json().size(), "nothing created");
        String caseId = chongqingCase(Map.of());
        Answer closed = http.patch("/cases/" + Http.q(caseId), Map.of("properties", Map.of("sx:caseState", "closed")));
        assertEquals(403, closed.status(), closed.toString());
        assertEquals("open", sandbox.runtime.service().getCase(caseId).state());
    }

    // ---- 4. only the disclosure process publishes

    @Test
    void noClientWritesAPublishedDisclosure_chongqing2024_公示_第六条() {
        String caseId = chongqingCase(Map.of());
        for (String query : List.of("type=sx:disclosureRecord&name=fake.txt&properties="
                + Http.q("{\"sx:disclosureState\":\"published\"}"), "type=sx:disclosureRecord&name=fake2.txt",
                "type=sx:evidence&name=fake3.txt&properties=" + Http.q("{\"sx:disclosureState\":\"published\"}"))) {
            Answer forged = http.postBytes("/cases/" + Http.q(caseId) + "/records?" + query,
                    "公示".getBytes(StandardCharsets.UTF_8), "application/octet-stream");
            assertEquals(403, forged.status(), forged.toString());
            assertTrue(forged.get("error").asText().contains("未经审核不得发布 (chongqing-2024 公示 第六条)"), forged.toString());
        }
        assertEquals(0, sandbox.runtime.service().records(caseId).size(), "nothing stored");
    }

    static org.apache.chemistry.opencmis.client.api.Session cmis(String user, org.apache.chemistry.opencmis.commons.enums.BindingType binding,
            String url) {
        Map<String, String> p = new java.util.HashMap<>();
        p.put(org.apache.chemistry.opencmis.commons.SessionParameter.USER, user);
        p.put(org.apache.chemistry.opencmis.commons.SessionParameter.PASSWORD, user);
        p.put(org.apache.chemistry.opencmis.commons.SessionParameter.BINDING_TYPE, binding.value());
        p.put(binding == org.apache.chemistry.opencmis.commons.enums.BindingType.BROWSER
                ? org.apache.chemistry.opencmis.commons.SessionParameter.BROWSER_URL
                : org.apache.chemistry.opencmis.commons.SessionParameter.ATOMPUB_URL, url);
        p.put(org.apache.chemistry.opencmis.commons.SessionParameter.REPOSITORY_ID, "sanxiang");
        return org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl.newInstance().createSession(p);
    }

    @Test
    void noPersonWritesThePublicTreeOverCmis_chongqing2024_公示_第六条() {
        String browser = sandbox.runtime.cmisBrowserUrl();
        String atom = sandbox.runtime.cmisAtomPubUrl();
        for (String user : List.of("integrator1", "officer1", "clerk1", "leader1", "admin")) {
            for (var binding : List.of(org.apache.chemistry.opencmis.commons.enums.BindingType.BROWSER,
                    org.apache.chemistry.opencmis.commons.enums.BindingType.ATOMPUB)) {
                var session = cmis(user, binding, binding == org.apache.chemistry.opencmis.commons.enums.BindingType.BROWSER
                        ? browser : atom);
                var pub = (org.apache.chemistry.opencmis.client.api.Folder) session.getObjectByPath("/sanxiang/public");
                long before = pub.getChildren().getTotalNumItems();
                Map<String, Object> props = Map.of("cmis:objectTypeId", "D:sx:disclosureRecord", "cmis:name",
                        "forged-" + user + "-" + binding.value() + ".txt", "sx:disclosureState", "published");
                var content = session.getObjectFactory().createContentStream("x.txt", 2, "text/plain",
                        new java.io.ByteArrayInputStream("公示".getBytes(StandardCharsets.UTF_8)));
                assertThrows(org.apache.chemistry.opencmis.commons.exceptions.CmisPermissionDeniedException.class,
                        () -> pub.createDocument(props, content, org.apache.chemistry.opencmis.commons.enums.VersioningState.NONE),
                        user + " over " + binding);
                assertThrows(org.apache.chemistry.opencmis.commons.exceptions.CmisPermissionDeniedException.class,
                        () -> pub.updateProperties(Map.of("cmis:name", "public2")), user + " renames nothing");
                assertEquals(before, pub.getChildren().getTotalNumItems(), "nothing created");
            }
        }
        assertThrows(org.apache.chemistry.opencmis.commons.exceptions.CmisUnauthorizedException.class,
                () -> cmis("nobody", org.apache.chemistry.opencmis.commons.enums.BindingType.BROWSER, browser));
    }

    // ---- 5. access that means something

    @Test
    void partyDataFollowsGroupsAndGrants_wuhan2020_全过程记录_第二十九条() {
        String caseId = chongqingCase(Map.of("sx:partyName", "刘德明", "sx:partyIdNumber", "500101199001011234",
                "sx:partyAddress", "重庆市渝中区某路1号"));
        JsonNode staff = http.get("/cases/" + Http.q(caseId)).get("properties");
        assertEquals("500101199001011234", staff.get("sx:partyIdNumber").asText());
        Http integrator = http.as("integrator1");
        JsonNode outsider = integrator.get("/cases/" + Http.q(caseId)).get("properties");
        assertFalse(outsider.has("sx:partyIdNumber"), outsider.toString());
        assertFalse(outsider.has("sx:partyAddress"), outsider.toString());
        assertFalse(integrator.get("/cases").text().contains("500101199001011234"), "not in the list either");

        JdbcAccessGrants grants = new JdbcAccessGrants(sandbox.runtime.database());
        String expired = grants.grant(caseId, "integrator1", List.of(caseId), Instant.now().minusSeconds(60), false);
        assertNotNull(expired);
        assertFalse(integrator.get("/cases/" + Http.q(caseId)).get("properties").has("sx:partyIdNumber"), "expired grant");
        grants.grant(caseId, "integrator1", List.of(caseId), Instant.now().plus(1, ChronoUnit.DAYS), false);
        assertEquals("500101199001011234", integrator.get("/cases/" + Http.q(caseId)).get("properties")
                .get("sx:partyIdNumber").asText(), "a granted, unexpired request shows it");

        Answer reads = http.as("archivist1").get("/cases/" + Http.q(caseId) + "/reads");
        assertEquals(200, reads.status(), reads.toString());
        List<String> readers = new java.util.ArrayList<>();
        reads.json().forEach(r -> readers.add(r.get("user").asText()));
        assertTrue(readers.contains("officer1") && readers.contains("integrator1"), "every read audited: " + readers);
        assertEquals(403, integrator.get("/cases/" + Http.q(caseId) + "/reads").status());
    }

    @Test
    void partyDataAndRecordsAreNotReadOverCmisByOutsiders_wuhan2020_全过程记录_第二十九条() throws Exception {
        String caseId = chongqingCase(Map.of("sx:partyName", "刘德明", "sx:partyIdNumber", "500101199001011235",
                "sx:partyAddress", "重庆市渝中区某路2号"));
        Answer up = http.postBytes("/cases/" + Http.q(caseId) + "/records?type=sx:evidence&name=cmis.txt",
                "询问笔录：刘德明".getBytes(StandardCharsets.UTF_8), "text/plain");
        assertEquals(201, up.status(), up.toString());
        String recordId = up.get("id").asText();
        var browserBinding = org.apache.chemistry.opencmis.commons.enums.BindingType.BROWSER;
        var atomBinding = org.apache.chemistry.opencmis.commons.enums.BindingType.ATOMPUB;
        for (var binding : List.of(browserBinding, atomBinding)) {
            String url = binding == browserBinding ? sandbox.runtime.cmisBrowserUrl() : sandbox.runtime.cmisAtomPubUrl();
            var outsider = cmis("integrator1", binding, url);
            var folder = outsider.getObject(caseId);
            assertNull(folder.getPropertyValue("sx:partyIdNumber"), "over " + binding);
            assertNull(folder.getPropertyValue("sx:partyAddress"), "over " + binding);
            assertEquals("刘德明", folder.getPropertyValue("sx:partyName"), "what the REST API shows stays");
            for (String query : List.of("SELECT sx:partyIdNumber FROM sx:caseFolder",
                    "SELECT cmis:objectId FROM sx:caseFolder WHERE sx:partyIdNumber LIKE '5001%'")) {
                assertThrows(org.apache.chemistry.opencmis.commons.exceptions.CmisPermissionDeniedException.class,
                        () -> outsider.query(query, false).iterator().hasNext(), query + " over " + binding);
            }
            StringBuilder listed = new StringBuilder();
            outsider.query("SELECT * FROM sx:caseFolder", false).getPage(1000)
                    .forEach(row -> row.getProperties().forEach(v -> listed.append(v.getValues()).append('\n')));
            assertTrue(listed.toString().contains("刘德明"), "the case is listed");
            assertFalse(listed.toString().contains("500101199001011235"), "not in SELECT * either");
            var record = (org.apache.chemistry.opencmis.client.api.Document) outsider.getObject(recordId);
            assertThrows(org.apache.chemistry.opencmis.commons.exceptions.CmisPermissionDeniedException.class,
                    () -> record.getContentStream().getStream().readAllBytes(), "a record's content over " + binding);

            var staff = cmis("officer1", binding, url);
            assertEquals("500101199001011235", staff.getObject(caseId).getPropertyValue("sx:partyIdNumber"));
            assertEquals("询问笔录：刘德明", new String(((org.apache.chemistry.opencmis.client.api.Document) staff.getObject(recordId))
                    .getContentStream().getStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void recordsAreInternalUnlessGranted() {
        String caseId = chongqingCase(Map.of());
        Answer up = http.postBytes("/cases/" + Http.q(caseId) + "/records?type=sx:evidence&name=e.txt",
                "证据".getBytes(StandardCharsets.UTF_8), "application/octet-stream");
        assertEquals(201, up.status(), up.toString());
        assertEquals(1, http.get("/cases/" + Http.q(caseId) + "/records").json().size());
        assertEquals(0, http.as("integrator1").get("/cases/" + Http.q(caseId) + "/records").json().size());
        new JdbcAccessGrants(sandbox.runtime.database()).grant(caseId, "integrator1", List.of(up.get("id").asText()),
                Instant.now().plus(1, ChronoUnit.DAYS), false);
        assertEquals(1, http.as("integrator1").get("/cases/" + Http.q(caseId) + "/records").json().size());
    }

    /** An access request of integrator1's on the case, approved by leader1 with or without copies; the process id. */
    String grantedAccess(String caseId, boolean copiesAllowed) {
        Views.ProcessView started = as("officer1", SxGroups.ENFORCEMENT).startProcess("sxAccess", new Requests.StartProcess(caseId, null,
                Map.of("sxwf_requesterKind", "party", "sxwf_requesterName", "integrator1", "sxwf_requesterOrganisation", "张三",
                        "sxwf_requesterPartyId", "张三", "sxwf_accessReason", "行政诉讼举证", "sxwf_periodWorkingDays", 5)));
        sandbox.runtime.service().completeTask(open(caseId, "approveAccess").id(), new Requests.CompleteTask("leader1", "approve",
                Map.of("sxwf_grantUntil", Instant.now().plus(7, ChronoUnit.DAYS).toString(), "sxwf_copiesAllowed", copiesAllowed)));
        return started.id();
    }

    String grantOf(String processInstanceId) {
        return (String) sandbox.runtime.engine().getRuntimeService().getVariable(processInstanceId,
                org.sanxiang.workflow.WorkflowVariables.ACCESS_GRANT_ID);
    }

    @Test
    void aGrantWithoutCopiesIsReadNotCopied_andCopiesTakenAreCounted_wuhan2020_全过程记录_第二十七条第三款() {
        String caseId = chongqingCase(Map.of("sx:partyName", "张三"));
        Answer up = http.postBytes("/cases/" + Http.q(caseId) + "/records?type=sx:evidence&name=询问笔录.txt",
                "询问笔录：张三".getBytes(StandardCharsets.UTF_8), "text/plain");
        assertEquals(201, up.status(), up.toString());
        String content = "/cases/" + Http.q(caseId) + "/records/" + Http.q(up.get("id").asText()) + "/content";
        Http integrator = http.as("integrator1");
        assertEquals(403, integrator.get(content).status(), "no grant, no read");

        String readOnly = grantedAccess(caseId, false);
        Answer read = integrator.get(content);
        assertEquals(200, read.status(), read.toString());
        assertEquals("询问笔录：张三", read.text());
        assertEquals("no-store", read.headers().firstValue("Cache-Control").orElse(""));
        Answer refused = integrator.get(content + "?copy=true");
        assertEquals(403, refused.status(), refused.toString());
        assertTrue(refused.text().contains("wuhan-2020 全过程记录 第二十七条第三款 / fushun-2026 第二十六条"), refused.toString());
        JdbcAccessGrants grants = new JdbcAccessGrants(sandbox.runtime.database());
        String readOnlyGrant = grantOf(readOnly);
        assertEquals(0, grants.copiesTaken(readOnlyGrant));
        SanxiangService archivist = as("archivist1", SxGroups.ARCHIVISTS);
        archivist.completeTask(open(caseId, "returnAccess").id(), outcome("returned", Map.of("sxwf_copiesMade", 0)));
        assertEquals(403, integrator.get(content).status(), "returned: no read either");

        String copies = grantedAccess(caseId, true);
        for (int i = 0; i < 2; i++) {
            Answer copy = integrator.get(content + "?copy=true");
            assertEquals(200, copy.status(), copy.toString());
            assertTrue(copy.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), copy.headers().toString());
        }
        String copiesGrant = grantOf(copies);
        assertEquals(2, grants.copiesTaken(copiesGrant), "each copy counted on the grant that allows them");
        assertEquals(0, grants.copiesTaken(readOnlyGrant));
        assertEquals(200, http.get(content + "?copy=true").status(), "the case's own staff copy without a grant");
        assertEquals(2, grants.copiesTaken(copiesGrant), "and count on no one's grant");
        Answer reads = http.as("archivist1").get("/cases/" + Http.q(caseId) + "/reads");
        long copyEvents = java.util.stream.StreamSupport.stream(reads.json().spliterator(), false)
                .filter(e -> e.get("event").asText().equals("/sanxiang/copy")).count();
        assertEquals(3, copyEvents, "every copy audited: " + reads);

        String returnTask = open(caseId, "returnAccess").id();
        refused(ServiceException.Kind.BAD_REQUEST, "sxwf_copiesMade", () -> archivist.completeTask(returnTask,
                outcome("returned", Map.of("sxwf_copiesMade", 1))));
        assertTrue(grants.isActive(copiesGrant), "refused: the grant runs on");
        archivist.completeTask(returnTask, outcome("returned", Map.of("sxwf_copiesMade", 2)));
        assertFalse(grants.isActive(copiesGrant), "returned");
    }
}
