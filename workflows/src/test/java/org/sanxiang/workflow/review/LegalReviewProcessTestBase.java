package org.sanxiang.workflow.review;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.history.HistoricProcessInstance;
import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.IdentityLink;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.calendar.WeekdaysOnlyTestCalendar;
import org.sanxiang.workflow.VariableCaseLocator;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.task.TaskDeadlines;
import org.sanxiang.workflow.access.AccessPolicy;
import org.sanxiang.workflow.engine.EngineHarness;
import org.sanxiang.workflow.engine.ProcessProbe;
import org.sanxiang.workflow.engine.SxProcessDefinitions;
import org.sanxiang.workflow.engine.TestDatabase;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.memory.InMemoryAccessGrants;
import org.sanxiang.workflow.port.memory.InMemoryBorrowingRegister;
import org.sanxiang.workflow.port.memory.InMemoryCases;
import org.sanxiang.workflow.port.memory.InMemoryDisclosureChannel;
import org.sanxiang.workflow.port.memory.RecordingNotifications;
import org.sanxiang.workflow.task.EscalateToHead;
import org.sanxiang.workflow.wiring.SxWorkflowBeans;

/**
 * sxLegalReview on the real Activiti 5.23 engine; the H2 and PostgreSQL subclasses run the same
 * suite. The clock starts on Monday 2026-03-02 10:00 in Asia/Shanghai; the calendar is the
 * weekdays-only test double. Form fields are set on the task itself, as Alfresco does.
 */
abstract class LegalReviewProcessTestBase implements ProcessProbe {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant MONDAY_10 = at(2026, 3, 2, 10, 0, 0);
    static final List<String> CHONGQING_MATERIALS = List.of("review-request", "all-evidence", "transfer-list");
    static final List<String> WUHAN_MATERIALS = List.of("unit-proposal", "case-file", "other-evidence");
    static final List<String> NINGXIA_MATERIALS = List.of("proposed-decision", "statement", "evidence");

    final InMemoryCases cases = new InMemoryCases();
    final RecordingNotifications notifications = new RecordingNotifications();
    final WeekdaysOnlyTestCalendar calendar = new WeekdaysOnlyTestCalendar();
    EngineHarness harness;

    abstract TestDatabase newDatabase();

    static Instant at(int y, int m, int d, int h, int min, int s) {
        return LocalDateTime.of(y, m, d, h, min, s).atZone(ZONE).toInstant();
    }

    static Instant endOfDay(int y, int m, int d) {
        return at(y, m, d, 23, 59, 59);
    }

    @BeforeEach
    void startEngine() {
        Map<String, Object> fine8000 = Map.of("sx:actionCategory", "penalty", "sx:partyKind", "individual", "sx:fineAmount", 8000);
        cases.addCase(new CaseFolder("cq-major", "chongqing-2024", "渝人社罚〔2026〕3号", "社保罚款", Set.of("p1"), false, fine8000));
        cases.addCase(new CaseFolder("cq-minor", "chongqing-2024", "渝人社罚〔2026〕4号", "小额罚款", Set.of("p1"), false,
                Map.of("sx:actionCategory", "penalty", "sx:partyKind", "individual", "sx:fineAmount", 1000)));
        cases.addCase(new CaseFolder("wh-major", "wuhan-2020", "武人社罚〔2026〕12号", "欠薪罚款", Set.of("p2"), false, fine8000));
        cases.addCase(new CaseFolder("nx-major", "ningxia-2019", "宁人社罚〔2026〕7号", "公共利益", Set.of("p3"), false,
                Map.of("sx:actionCategory", "penalty", "sx:majorPublicInterest", true)));
        Map<String, Object> beans = SxWorkflowBeans.create(new WorkflowPorts(cases, cases, new InMemoryDisclosureChannel(),
                notifications, new InMemoryBorrowingRegister(), new InMemoryAccessGrants()), calendar, ZONE,
                new VariableCaseLocator(), AccessPolicy.DEFAULT);
        harness = new EngineHarness(newDatabase(), beans);
        harness.setClock(MONDAY_10);
        SxProcessDefinitions.deployAll(harness.engine());
    }

    @AfterEach
    void stopEngine() {
        if (harness != null) {
            harness.close();
        }
    }

    @Override
    public ProcessEngine engine() {
        return harness.engine();
    }

    ProcessInstance start(String caseId, Map<String, Object> more) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(WorkflowVariables.PACKAGE, caseId);
        vars.put(SanxiangWorkflowModel.PROP_DECISION_NAME.toVariableName(), "罚款决定");
        vars.put(SanxiangWorkflowModel.PROP_PROPOSED_DECISION.toVariableName(), "拟处罚款，依据……");
        vars.putAll(more);
        return engine().getRuntimeService().startProcessInstanceByKey("sxLegalReview", vars);
    }

    /** Completes the task as Alfresco does: the outcome and the form fields are set on the task itself. */
    @Override
    public void complete(Task task, String user, String outcome, Map<String, Object> form) {
        engine().getTaskService().claim(task.getId(), user);
        engine().getTaskService().setVariableLocal(task.getId(), WorkflowVariables.outcome(task.getTaskDefinitionKey()), outcome);
        form.forEach((k, v) -> engine().getTaskService().setVariableLocal(task.getId(), k, v));
        engine().getTaskService().complete(task.getId());
    }

    void transfer(ProcessInstance pi, List<String> materials) {
        complete(task(pi, LegalReviewProcess.ASSEMBLE_TRANSFER), "officer1", "submit", Map.of(SanxiangWorkflowModel.PROP_TRANSFERRED_MATERIALS.toVariableName(), materials));
    }

    Instant due(Task task) {
        assertNotNull(task.getDueDate(), task.getTaskDefinitionKey() + " has a due date");
        // Share's bpm:dueDate is the task's due date: Alfresco reads it there when no task variable overrides it
        assertNull(engine().getTaskService().getVariableLocal(task.getId(), WorkflowVariables.DUE_DATE), "no bpm_dueDate variable");
        return task.getDueDate().toInstant();
    }

    /** A task without a counted limit: no due date, no timers, and the description says why. */
    String noDeadline(ProcessInstance pi, Task task) {
        assertNull(task.getDueDate(), task.getTaskDefinitionKey() + " has no due date");
        assertEquals(0, engine().getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().count(),
                "no timer for " + task.getTaskDefinitionKey());
        assertNull(engine().getTaskService().getVariableLocal(task.getId(), WorkflowVariables.DESCRIPTION),
                "no bpm_description variable: Alfresco shows the task's description");
        assertNotNull(task.getDescription(), task.getTaskDefinitionKey() + " says why it has no deadline");
        return task.getDescription();
    }

    List<CaseRecord> documents(String caseId, String type) {
        return cases.records(caseId).stream().filter(r -> type.equals(r.type())).toList();
    }

    Exception refused(Runnable completion) {
        return assertThrows(Exception.class, completion::run);
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第六条（一）: a small fine is not major — no review, straight to the leader, reasons recorded")
    void notRequiredGoesStraightToTheLeader() {
        ProcessInstance pi = start("cq-minor", Map.of());
        CaseFolder folder = cases.facts("cq-minor");
        assertTrue(folder.aspects().contains(SanxiangModel.ASPECT_MAJOR_DECISION.toPrefixString()));
        assertEquals(false, folder.properties().get("sx:major"));
        Task leader = task(pi, LegalReviewProcess.LEADER_DECISION);
        assertEquals(Set.of("GROUP_SX_LEADERS"), candidateGroups(leader));
        assertEquals("sxwf:leaderDecisionTask",
                engine().getFormService().getTaskFormKey(pi.getProcessDefinitionId(), LegalReviewProcess.LEADER_DECISION));
        assertTrue(noDeadline(pi, leader).contains("chongqing-2024"));
        complete(leader, "leader1", "approve", Map.of());
        assertEquals("decided", endedAt(pi));
        assertTrue(documents("cq-minor", SanxiangModel.TYPE_REVIEW_OPINION.toPrefixString()).isEmpty());
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第九条 (transfer 3 wd), 第十一条 (review 5 wd), 第十四条（一）, 第十七条 (filing 5 wd): the whole path")
    void chongqingTransferReviewAgreeLeaderFiling() {
        ProcessInstance pi = start("cq-major", Map.of());
        CaseFolder folder = cases.facts("cq-major");
        assertEquals(true, folder.properties().get("sx:major"));
        assertEquals(List.of("chongqing-2024 法制审核 第六条（一）"), folder.properties().get("sx:majorCitations"));

        Task assemble = task(pi, LegalReviewProcess.ASSEMBLE_TRANSFER);
        assertEquals(Set.of("GROUP_SX_ENFORCEMENT"), candidateGroups(assemble));
        assertEquals(endOfDay(2026, 3, 5), due(assemble), "第九条: 3 working days after Monday");
        transfer(pi, CHONGQING_MATERIALS);
        assertEquals(1, documents("cq-major", SanxiangModel.TYPE_TRANSFER_LIST.toPrefixString()).size());

        Task review = task(pi, LegalReviewProcess.LEGAL_REVIEW);
        assertEquals(Set.of("GROUP_SX_LEGAL_OFFICE"), candidateGroups(review));
        assertEquals(endOfDay(2026, 3, 9), due(review), "第十一条: 5 working days from receipt");
        complete(review, "lawyer1", "agree", Map.of(SanxiangWorkflowModel.PROP_OPINION_TEXT.toVariableName(), "事实清楚，证据确凿", SanxiangWorkflowModel.PROP_REVIEW_ITEMS_CHECKED.toVariableName(), List.of("facts", "procedure")));

        List<CaseRecord> opinions = documents("cq-major", SanxiangModel.TYPE_REVIEW_OPINION.toPrefixString());
        assertEquals(1, opinions.size());
        assertEquals("agree", opinions.get(0).properties().get("sx:opinionType"));
        assertEquals(List.of("lawyer1"), opinions.get(0).properties().get("sx:reviewers"));
        assertEquals("罚款决定", opinions.get(0).properties().get("sx:reviewedDecisionName"));
        assertTrue(cases.text(opinions.get(0).id()).contains("chongqing-2024 法制审核 第十四条（一）"));

        complete(task(pi, LegalReviewProcess.LEADER_DECISION), "leader1", "approve", Map.of(SanxiangWorkflowModel.PROP_LEADER_OPINION.toVariableName(), "同意处罚"));
        CaseRecord signed = documents("cq-major", SanxiangModel.TYPE_REVIEW_OPINION.toPrefixString()).get(0);
        assertEquals("同意处罚", signed.properties().get("sx:leaderOpinion"), "附件1: the supervising leader's opinion");
        assertEquals("leader1", signed.properties().get("sx:leaderName"));
        Task file = task(pi, LegalReviewProcess.FILE_DECISION);
        assertEquals(endOfDay(2026, 3, 9), due(file), "第十七条: 5 working days after the decision");
        Exception e = refused(() -> complete(file, "officer1", "filed", Map.of()));
        assertTrue(e.getMessage().contains(SanxiangWorkflowModel.PROP_DECISION_DOCUMENT_NUMBER.toVariableName()), e.getMessage());
        complete(task(pi, LegalReviewProcess.FILE_DECISION), "officer1", "filed", Map.of(SanxiangWorkflowModel.PROP_DECISION_DOCUMENT_NUMBER.toVariableName(), "渝人社罚决〔2026〕3号"));
        assertEquals("filed", endedAt(pi));
        assertEquals("渝人社罚决〔2026〕3号", cases.facts("cq-major").properties().get("sx:caseDecisionNumber"));
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第六条（五）: a ground the profile leaves to the officer makes the decision major")
    void manualGroundFromTheStartForm() {
        cases.addCase(new CaseFolder("wh-minor", "wuhan-2020", "武人社罚〔2026〕13号", "小额", Set.of("p2"), false,
                Map.of("sx:actionCategory", "penalty", "sx:partyKind", "individual", "sx:fineAmount", 1000)));
        Exception e = refused(() -> start("wh-minor", Map.of(SanxiangWorkflowModel.PROP_MAJOR_REASONS.toVariableName(), List.of("penalty-complex"))));
        assertTrue(e.getMessage().contains(SanxiangWorkflowModel.PROP_MAJOR_REASONS.toVariableName()) && e.getMessage().contains("penalty-designated-major"), e.getMessage());
        ProcessInstance pi = start("wh-minor", Map.of(SanxiangWorkflowModel.PROP_MAJOR_REASONS.toVariableName(), List.of("penalty-designated-major")));
        assertNotNull(task(pi, LegalReviewProcess.ASSEMBLE_TRANSFER), "review required");
        assertEquals(List.of("wuhan-2020 法制审核 第六条（五）"), cases.facts("wh-minor").properties().get("sx:majorCitations"));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第六条（一）, wuhan-2020 法制审核 第四条: no party kind and a fine between the thresholds — refused, naming sx:partyKind; given, it is reviewed")
    void undeterminedClassificationAsksForThePartyKind() {
        cases.addCase(new CaseFolder("cq-unknown-party", "chongqing-2024", "渝人社罚〔2026〕5号", "罚款", Set.of("p1"), false,
                Map.of("sx:actionCategory", "penalty", "sx:fineAmount", 8000)));
        Exception e = refused(() -> start("cq-unknown-party", Map.of()));
        assertTrue(e.getMessage().contains("undetermined") && e.getMessage().contains("party.kind")
                && e.getMessage().contains(SanxiangModel.PROP_PARTY_KIND.toPrefixString())
                && e.getMessage().contains("chongqing-2024 法制审核 第六条（一）"), e.getMessage());
        assertFalse(cases.facts("cq-unknown-party").aspects().contains(SanxiangModel.ASPECT_MAJOR_DECISION.toPrefixString()),
                "nothing recorded as 'not major'");
        assertEquals(0, engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey("sxLegalReview").count());

        cases.addCase(new CaseFolder("cq-unknown-party-large", "chongqing-2024", "渝人社罚〔2026〕6号", "罚款", Set.of("p1"), false,
                Map.of("sx:actionCategory", "penalty", "sx:fineAmount", 50000)));
        ProcessInstance large = start("cq-unknown-party-large", Map.of());
        assertNotNull(task(large, LegalReviewProcess.ASSEMBLE_TRANSFER), "50000 or more is major whichever the kind");

        cases.addCase(new CaseFolder("cq-unknown-party", "chongqing-2024", "渝人社罚〔2026〕5号", "罚款", Set.of("p1"), false,
                Map.of("sx:actionCategory", "penalty", "sx:fineAmount", 8000, "sx:partyKind", "individual")));
        ProcessInstance pi = start("cq-unknown-party", Map.of());
        assertNotNull(task(pi, LegalReviewProcess.ASSEMBLE_TRANSFER), "the kind given: major, so reviewed");
    }

    @Test
    @DisplayName("ningxia-2019 附件6 行政许可: a foreign-invested party's licence is major for the types it lists (sx:licenceType); without the type the start is refused naming sx:licenceType; an unlisted type is not major")
    void licenceTypeClassifiesAForeignInvestedLicence() {
        Map<String, Object> foreign = Map.of("sx:actionCategory", "licence", "sx:partyKind", "organisation",
                "sx:partyForeignInvested", true);
        cases.addCase(new CaseFolder("nx-licence", "ningxia-2019", "宁人社许〔2026〕1号", "劳务派遣许可", Set.of("p4"), false, foreign));
        Exception e = refused(() -> start("nx-licence", Map.of()));
        assertTrue(e.getMessage().contains("undetermined") && e.getMessage().contains(SanxiangModel.PROP_LICENCE_TYPE.toPrefixString())
                && e.getMessage().contains("licence-foreign-invested"), e.getMessage());

        Map<String, Object> listed = new java.util.HashMap<>(foreign);
        listed.put(SanxiangModel.PROP_LICENCE_TYPE.toPrefixString(), "labour-dispatch");
        cases.addCase(new CaseFolder("nx-licence", "ningxia-2019", "宁人社许〔2026〕1号", "劳务派遣许可", Set.of("p4"), false, listed));
        ProcessInstance pi = start("nx-licence", Map.of());
        assertNotNull(task(pi, LegalReviewProcess.ASSEMBLE_TRANSFER), "labour dispatch is listed in 附件6: major, so reviewed");

        Map<String, Object> unlisted = new java.util.HashMap<>(foreign);
        unlisted.put(SanxiangModel.PROP_LICENCE_TYPE.toPrefixString(), "hr-service");
        cases.addCase(new CaseFolder("nx-licence-hr", "ningxia-2019", "宁人社许〔2026〕2号", "人力资源服务许可", Set.of("p4"), false, unlisted));
        start("nx-licence-hr", Map.of());
        assertEquals(false, cases.facts("nx-licence-hr").properties().get("sx:major"), "附件6 does not list it: not major");
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第五条（二）: a licence withdrawn (sx:licenceDecisionKind withdraw, 撤回) is major; chongqing-2024 法制审核 第七条（一） names 撤销 (revoke) only")
    void licenceDecisionKindIsAMeasure() {
        cases.addCase(new CaseFolder("wh-recall", "wuhan-2020", "武人社许〔2026〕3号", "撤回许可", Set.of("p2"), false,
                Map.of("sx:actionCategory", "licence", "sx:partyKind", "organisation", "sx:licenceDecisionKind", "withdraw")));
        assertNotNull(task(start("wh-recall", Map.of()), LegalReviewProcess.ASSEMBLE_TRANSFER), "撤回 is major in Wuhan");
        cases.addCase(new CaseFolder("cq-annul", "chongqing-2024", "渝人社许〔2026〕3号", "撤销许可", Set.of("p1"), false,
                Map.of("sx:actionCategory", "licence", "sx:partyKind", "organisation", "sx:licenceDecisionKind", "revoke")));
        assertNotNull(task(start("cq-annul", Map.of()), LegalReviewProcess.ASSEMBLE_TRANSFER), "撤销 is major in Chongqing");
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十一条, wuhan-2020 法制审核 第十二条第二款: the review never runs past the statutory time limit of the decision, extension included")
    void reviewCappedAtTheStatutoryTimeLimit() {
        Date thursday = Date.from(at(2026, 3, 5, 0, 0, 0));
        ProcessInstance pi = start("cq-major", Map.of(SanxiangWorkflowModel.PROP_STATUTORY_DEADLINE.toVariableName(), thursday));
        transfer(pi, CHONGQING_MATERIALS);
        assertEquals(endOfDay(2026, 3, 5), due(task(pi, LegalReviewProcess.LEGAL_REVIEW)), "5 working days would be 03-09");
        String citation = TaskDeadlines.citation(LegalReviewProcess.LEGAL_REVIEW, name -> var(pi, name));
        assertTrue(citation.startsWith("chongqing-2024 法制审核 第十一条") && citation.contains("2026-03-05"), citation);
        complete(task(pi, LegalReviewProcess.LEGAL_REVIEW), "lawyer1", LegalReviewProcess.REQUEST_EXTENSION,
                Map.of(SanxiangWorkflowModel.PROP_EXTENSION_DAYS_REQUESTED.toVariableName(), 5));
        complete(task(pi, LegalReviewProcess.APPROVE_EXTENSION), "head1", "approve", Map.of());
        assertEquals(endOfDay(2026, 3, 5), due(task(pi, LegalReviewProcess.LEGAL_REVIEW)), "an extension does not pass it either");

        ProcessInstance wuhan = start("wh-major", Map.of(SanxiangWorkflowModel.PROP_STATUTORY_DEADLINE.toVariableName(), thursday));
        transfer(wuhan, WUHAN_MATERIALS);
        assertEquals(endOfDay(2026, 3, 5), due(task(wuhan, LegalReviewProcess.LEGAL_REVIEW)));

        ProcessInstance later = start("wh-major", Map.of(SanxiangWorkflowModel.PROP_STATUTORY_DEADLINE.toVariableName(),
                Date.from(at(2026, 3, 31, 0, 0, 0))));
        transfer(later, WUHAN_MATERIALS);
        assertEquals(endOfDay(2026, 3, 9), due(task(later, LegalReviewProcess.LEGAL_REVIEW)), "a later limit changes nothing");
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十条: an incomplete transfer list cannot be submitted; the error names what is missing")
    void incompleteTransferIsRefused() {
        ProcessInstance pi = start("cq-major", Map.of());
        Exception e = refused(() -> transfer(pi, List.of("review-request")));
        assertTrue(e.getMessage().contains("all-evidence") && e.getMessage().contains("transfer-list")
                && e.getMessage().contains("法制审核 第十条") && e.getMessage().contains(SanxiangWorkflowModel.PROP_TRANSFERRED_MATERIALS.toVariableName()), e.getMessage());
        Exception unknown = refused(() -> transfer(pi, List.of("review-request", "all-evidence", "transfer-list", "photos")));
        assertTrue(unknown.getMessage().contains("photos"), unknown.getMessage());
        assertNotNull(task(pi, LegalReviewProcess.ASSEMBLE_TRANSFER), "the task stays open");
        assertTrue(documents("cq-major", SanxiangModel.TYPE_TRANSFER_LIST.toPrefixString()).isEmpty());
        transfer(pi, CHONGQING_MATERIALS);
        assertNotNull(task(pi, LegalReviewProcess.LEGAL_REVIEW));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十一条: extension approved by the head moves the review deadline, at most 5 working days")
    void extensionApproved() {
        ProcessInstance pi = start("cq-major", Map.of());
        transfer(pi, CHONGQING_MATERIALS);
        Exception tooLong = refused(() -> complete(task(pi, LegalReviewProcess.LEGAL_REVIEW), "lawyer1", LegalReviewProcess.REQUEST_EXTENSION,
                Map.of(SanxiangWorkflowModel.PROP_EXTENSION_DAYS_REQUESTED.toVariableName(), 6)));
        assertTrue(tooLong.getMessage().contains("法制审核 第十一条") && tooLong.getMessage().contains("5"), tooLong.getMessage());

        complete(task(pi, LegalReviewProcess.LEGAL_REVIEW), "lawyer1", LegalReviewProcess.REQUEST_EXTENSION, Map.of(SanxiangWorkflowModel.PROP_EXTENSION_DAYS_REQUESTED.toVariableName(), 3, SanxiangWorkflowModel.PROP_EXTENSION_REASON.toVariableName(), "案情复杂"));
        Task approve = task(pi, LegalReviewProcess.APPROVE_EXTENSION);
        assertEquals(Set.of("GROUP_SX_LEADERS"), candidateGroups(approve));
        String why = noDeadline(pi, approve);
        assertTrue(why.contains("法制审核 第十一条") && why.contains("法制工作机构负责人"), why);
        complete(approve, "head1", "approve", Map.of(SanxiangWorkflowModel.PROP_EXTENSION_DAYS_APPROVED.toVariableName(), 3));
        assertEquals(endOfDay(2026, 3, 12), due(task(pi, LegalReviewProcess.LEGAL_REVIEW)), "Monday 03-09 + 3 working days");
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十一条: a refused extension leaves the review deadline where it was")
    void extensionRefused() {
        ProcessInstance pi = start("cq-major", Map.of());
        transfer(pi, CHONGQING_MATERIALS);
        complete(task(pi, LegalReviewProcess.LEGAL_REVIEW), "lawyer1", LegalReviewProcess.REQUEST_EXTENSION, Map.of(SanxiangWorkflowModel.PROP_EXTENSION_DAYS_REQUESTED.toVariableName(), 5));
        complete(task(pi, LegalReviewProcess.APPROVE_EXTENSION), "head1", "reject", Map.of());
        assertEquals(endOfDay(2026, 3, 9), due(task(pi, LegalReviewProcess.LEGAL_REVIEW)));
    }

    @Test
    @DisplayName("issue 17 (lean process state): the whole chongqing-2024 path leaves only variables someone reads, each written once")
    void wholePathLeavesOnlyWhatIsRead() {
        ProcessInstance pi = start("cq-major", Map.of());
        transfer(pi, CHONGQING_MATERIALS);
        complete(task(pi, LegalReviewProcess.LEGAL_REVIEW), "lawyer1", "agree", Map.of(SanxiangWorkflowModel.PROP_OPINION_TEXT.toVariableName(), "同意"));
        String leaderDescription = noDeadline(pi, task(pi, LegalReviewProcess.LEADER_DECISION));
        complete(task(pi, LegalReviewProcess.LEADER_DECISION), "leader1", "approve", Map.of());
        complete(task(pi, LegalReviewProcess.FILE_DECISION), "officer1", "filed", Map.of(SanxiangWorkflowModel.PROP_DECISION_DOCUMENT_NUMBER.toVariableName(), "渝人社罚决〔2026〕3号"));
        assertEquals("filed", endedAt(pi));
        List<String> process = engine().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list()
                .stream().filter(v -> v.getTaskId() == null).map(v -> v.getVariableName()).sorted().toList();
        // the citation of a counted deadline travels in the stored deadline; a false nobody set and the first opinion's count are absent
        assertTrue(process.stream().noneMatch(n -> n.endsWith("Citation")), process.toString());
        assertFalse(process.contains(WorkflowVariables.LEGALITY_PROBLEM), process.toString());
        assertFalse(process.contains(WorkflowVariables.OPINIONS_WRITTEN), process.toString());
        assertEquals("chongqing-2024 法制审核 第十一条", TaskDeadlines.citation(LegalReviewProcess.LEGAL_REVIEW,
                name -> historic(pi, name)), "what the case folder's running deadlines show");
        // what a step reads right after its task is handed to it in the completing transaction (issue 17), not copied:
        // who transferred, reviewed and decided, the opinion, the decision's number, the materials; the filing's completer
        // is read by nobody
        List<String> handedOff = List.of(WorkflowVariables.completedBy(LegalReviewProcess.ASSEMBLE_TRANSFER),
                WorkflowVariables.completedBy(LegalReviewProcess.LEGAL_REVIEW), WorkflowVariables.completedBy(LegalReviewProcess.LEADER_DECISION),
                WorkflowVariables.completedBy(LegalReviewProcess.FILE_DECISION), SanxiangWorkflowModel.PROP_OPINION_TEXT.toVariableName(),
                SanxiangWorkflowModel.PROP_DECISION_DOCUMENT_NUMBER.toVariableName(), SanxiangWorkflowModel.PROP_TRANSFERRED_MATERIALS.toVariableName(),
                WorkflowVariables.outcome(LegalReviewProcess.LEGAL_REVIEW));
        assertEquals(List.of(), handedOff.stream().filter(process::contains).toList(), process.toString());
        // the leader's no-limit reason went straight to its task (its description, asserted below); the day the
        // review received the file is the stored review deadline's start while nothing counts that deadline again
        assertFalse(process.contains(WorkflowVariables.noDeadline(LegalReviewProcess.LEADER_DECISION)), process.toString());
        assertFalse(process.contains(WorkflowVariables.REVIEW_RECEIVED), process.toString());
        assertTrue(process.stream().anyMatch(n -> n.equals(WorkflowVariables.deadline(LegalReviewProcess.LEGAL_REVIEW))), process.toString());
        assertTrue(leaderDescription.contains("chongqing-2024"), leaderDescription);
        assertTrue(process.size() <= 24, process.size() + " process variables (41 before issue 17, 33 before the hand-off, 26 before the no-limit reason and the received day were left off): " + process);
        // ... and the steps had them: the opinion names its reviewer and the folder the decision's number
        assertEquals(List.of("lawyer1"), documents("cq-major", SanxiangModel.TYPE_REVIEW_OPINION.toPrefixString()).get(0).properties().get("sx:reviewers"));
        assertEquals("渝人社罚决〔2026〕3号", cases.facts("cq-major").properties().get("sx:caseDecisionNumber"));
        // the tasks keep what their forms set (Share's task history, the standalone timeline): the list as its form set it
        Map<Boolean, Object> materials = new java.util.HashMap<>();
        engine().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(SanxiangWorkflowModel.PROP_TRANSFERRED_MATERIALS.toVariableName()).list()
                .forEach(v -> materials.put(v.getTaskId() == null, v.getValue()));
        assertEquals(Map.of(false, CHONGQING_MATERIALS), materials);
        assertEquals(1, engine().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(SanxiangWorkflowModel.PROP_DECISION_DOCUMENT_NUMBER.toVariableName()).list().size(), "the filing task's own");
        // an outcome is copied to the process once (its form's value is not written twice), not at all where the
        // task has one (submit, filed), and handed to the step that reads it where only that step does (the review's
        // opinion type, read by RecordOpinion): the leader's outcome is read there, by the gateway after it
        assertFalse(process.contains(WorkflowVariables.outcome(LegalReviewProcess.FILE_DECISION)), process.toString());
        List<String> outcomeWrites = engine().getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId())
                .variableUpdates().list().stream().map(d -> (org.activiti.engine.history.HistoricVariableUpdate) d)
                .filter(u -> u.getTaskId() == null && u.getVariableName().endsWith("Outcome")).map(u -> u.getVariableName()).toList();
        assertEquals(List.of(WorkflowVariables.outcome(LegalReviewProcess.LEADER_DECISION)), outcomeWrites);
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十四条（三）: a second opinion after the materials are completed has a name of its own")
    void secondOpinionIsNumbered() {
        ProcessInstance pi = start("cq-major", Map.of());
        transfer(pi, CHONGQING_MATERIALS);
        complete(task(pi, LegalReviewProcess.LEGAL_REVIEW), "lawyer1", "supplementMaterials", Map.of(SanxiangWorkflowModel.PROP_OPINION_TEXT.toVariableName(), "补充材料"));
        complete(task(pi, LegalReviewProcess.SUPPLEMENT_MATERIALS), "officer1", "resubmit", Map.of());
        complete(task(pi, LegalReviewProcess.LEGAL_REVIEW), "lawyer1", "agree", Map.of(SanxiangWorkflowModel.PROP_OPINION_TEXT.toVariableName(), "同意"));
        assertEquals(List.of("法制审核意见书.txt", "法制审核意见书（2）.txt"),
                documents("cq-major", SanxiangModel.TYPE_REVIEW_OPINION.toPrefixString()).stream().map(CaseRecord::name).sorted().toList());
        assertEquals(2, var(pi, WorkflowVariables.OPINIONS_WRITTEN));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十四条（三） (materialsReturned: pause): the clock stops and resumes with the days left")
    void supplementMaterialsPausesTheClockInChongqing() {
        ProcessInstance pi = start("cq-major", Map.of());
        transfer(pi, CHONGQING_MATERIALS); // received Monday 03-02
        harness.setClock(at(2026, 3, 4, 10, 0, 0)); // Tuesday and Wednesday used: 3 days left
        complete(task(pi, LegalReviewProcess.LEGAL_REVIEW), "lawyer1", "supplementMaterials", Map.of(SanxiangWorkflowModel.PROP_OPINION_TEXT.toVariableName(), "缺少询问笔录"));
        Task supplement = task(pi, LegalReviewProcess.SUPPLEMENT_MATERIALS);
        assertEquals(Set.of("GROUP_SX_ENFORCEMENT"), candidateGroups(supplement));
        assertTrue(noDeadline(pi, supplement).contains("resumes with the days left"));
        assertEquals("2026-03-04/", var(pi, WorkflowVariables.CLOCK_STOPS));
        harness.setClock(at(2026, 3, 9, 10, 0, 0));
        complete(supplement, "officer1", "resubmit", Map.of());
        assertEquals(endOfDay(2026, 3, 12), due(task(pi, LegalReviewProcess.LEGAL_REVIEW)), "Monday 03-09 + the 3 working days left");
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第十二条 (materialsReturned: restart): the 5 working days count again from the resubmission")
    void supplementMaterialsRestartsTheClockInWuhan() {
        ProcessInstance pi = start("wh-major", Map.of());
        transfer(pi, WUHAN_MATERIALS);
        harness.setClock(at(2026, 3, 4, 10, 0, 0));
        complete(task(pi, LegalReviewProcess.LEGAL_REVIEW), "lawyer1", "furtherInvestigation", Map.of(SanxiangWorkflowModel.PROP_OPINION_TEXT.toVariableName(), "建议补充调查"));
        assertTrue(noDeadline(pi, task(pi, LegalReviewProcess.SUPPLEMENT_MATERIALS)).contains("starts again"));
        harness.setClock(at(2026, 3, 9, 10, 0, 0));
        complete(task(pi, LegalReviewProcess.SUPPLEMENT_MATERIALS), "officer1", "resubmit", Map.of());
        assertEquals(endOfDay(2026, 3, 16), due(task(pi, LegalReviewProcess.LEGAL_REVIEW)), "Monday 03-09 + 5 working days");
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第十一条: one re-review; a second request is refused; then the head decides promptly (no timer)")
    void wuhanReReviewOnceThenLeader() {
        ProcessInstance pi = start("wh-major", Map.of());
        String transferWhy = noDeadline(pi, task(pi, LegalReviewProcess.ASSEMBLE_TRANSFER));
        assertTrue(transferWhy.contains("wuhan-2020 法制审核 第八条"), transferWhy);
        transfer(pi, WUHAN_MATERIALS);
        assertEquals(endOfDay(2026, 3, 9), due(task(pi, LegalReviewProcess.LEGAL_REVIEW)), "第十二条: 5 working days");
        complete(task(pi, LegalReviewProcess.LEGAL_REVIEW), "lawyer1", "disagree", Map.of(SanxiangWorkflowModel.PROP_OPINION_TEXT.toVariableName(), "不应作出处罚"));
        assertEquals("do-not-decide", var(pi, WorkflowVariables.OPINION_TYPE));

        Task respond = task(pi, LegalReviewProcess.RESPOND_OPINION);
        assertTrue(noDeadline(pi, respond).contains("法制审核 第十一条"));
        complete(respond, "officer1", LegalReviewProcess.REQUEST_RE_REVIEW, Map.of(SanxiangWorkflowModel.PROP_OBJECTION_REASON.toVariableName(), "证据充分"));
        Task reReview = task(pi, LegalReviewProcess.RE_REVIEW);
        assertEquals(Set.of("GROUP_SX_LEGAL_OFFICE"), candidateGroups(reReview));
        noDeadline(pi, reReview);
        complete(reReview, "lawyer2", "maintain", Map.of(SanxiangWorkflowModel.PROP_RE_REVIEW_OPINION.toVariableName(), "维持"));
        assertEquals(2, documents("wh-major", SanxiangModel.TYPE_REVIEW_OPINION.toPrefixString()).size(), "opinion and re-review opinion");

        Exception second = refused(() -> complete(task(pi, LegalReviewProcess.RESPOND_OPINION), "officer1", LegalReviewProcess.REQUEST_RE_REVIEW, Map.of()));
        assertTrue(second.getMessage().contains("wuhan-2020 法制审核 第十一条") && second.getMessage().contains("1 re-review"),
                second.getMessage());
        complete(task(pi, LegalReviewProcess.RESPOND_OPINION), "officer1", "accept", Map.of(SanxiangWorkflowModel.PROP_OBJECTION_REASON.toVariableName(), "仍有异议"));
        Task leader = task(pi, LegalReviewProcess.LEADER_DECISION);
        String why = noDeadline(pi, leader);
        assertTrue(why.contains("wuhan-2020 法制审核 第十一条") && why.contains("promptly"), why);
        complete(leader, "head1", "approve", Map.of());
        assertEquals("decided", endedAt(pi), "wuhan-2020 sets no filing with the legal office");
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十五条: no re-review (maxRounds 0) — a disagreeing unit's objection goes to the leader")
    void chongqingHasNoReReview() {
        ProcessInstance pi = start("cq-major", Map.of());
        transfer(pi, CHONGQING_MATERIALS);
        complete(task(pi, LegalReviewProcess.LEGAL_REVIEW), "lawyer1", "transfer", Map.of());
        Exception e = refused(() -> complete(task(pi, LegalReviewProcess.RESPOND_OPINION), "officer1", LegalReviewProcess.REQUEST_RE_REVIEW, Map.of()));
        assertTrue(e.getMessage().contains("chongqing-2024 法制审核 第十五条") && e.getMessage().contains("0 re-review"), e.getMessage());
        complete(task(pi, LegalReviewProcess.RESPOND_OPINION), "officer1", "accept", Map.of());
        assertNotNull(task(pi, LegalReviewProcess.LEADER_DECISION));
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第十条: an opinion the profile does not list is refused, naming the allowed ones")
    void opinionOutsideTheProfileIsRefused() {
        ProcessInstance pi = start("wh-major", Map.of());
        transfer(pi, WUHAN_MATERIALS);
        Exception e = refused(() -> complete(task(pi, LegalReviewProcess.LEGAL_REVIEW), "lawyer1", "noPenalty", Map.of()));
        assertTrue(e.getMessage().contains("wuhan-2020") && e.getMessage().contains("furtherInvestigation"), e.getMessage());
        assertNotNull(task(pi, LegalReviewProcess.LEGAL_REVIEW));
    }

    @Test
    @DisplayName("ningxia-2019 附件5 第十二条: re-review requested within 2 working days, answered within 3; 第四条: collective discussion")
    void ningxiaReReviewWindowsAndCollectiveDiscussion() {
        ProcessInstance pi = start("nx-major", Map.of());
        transfer(pi, NINGXIA_MATERIALS);
        assertEquals(endOfDay(2026, 3, 11), due(task(pi, LegalReviewProcess.LEGAL_REVIEW)), "附件5 第八条: 7 working days");
        complete(task(pi, LegalReviewProcess.LEGAL_REVIEW), "lawyer1", "disagree", Map.of());
        assertEquals("disapprove", var(pi, WorkflowVariables.OPINION_TYPE));
        assertEquals(endOfDay(2026, 3, 4), due(task(pi, LegalReviewProcess.RESPOND_OPINION)), "2 working days from the opinion (Monday)");
        harness.setClock(at(2026, 3, 3, 10, 0, 0));
        complete(task(pi, LegalReviewProcess.RESPOND_OPINION), "officer1", LegalReviewProcess.REQUEST_RE_REVIEW, Map.of());
        assertEquals(endOfDay(2026, 3, 6), due(task(pi, LegalReviewProcess.RE_REVIEW)), "3 working days from the request (Tuesday)");
        complete(task(pi, LegalReviewProcess.RE_REVIEW), "lawyer2", "change", Map.of(SanxiangWorkflowModel.PROP_RE_REVIEW_OPINION.toVariableName(), "变更"));
        assertEquals(endOfDay(2026, 3, 5), due(task(pi, LegalReviewProcess.RESPOND_OPINION)));
        complete(task(pi, LegalReviewProcess.RESPOND_OPINION), "officer1", "accept", Map.of());
        Task collective = task(pi, LegalReviewProcess.COLLECTIVE_DISCUSSION);
        assertTrue(noDeadline(pi, collective).contains("ningxia-2019 附件5 第四条"));
        complete(collective, "leader1", "approve", Map.of());
        assertTrue(noDeadline(pi, task(pi, LegalReviewProcess.LEADER_DECISION)).contains("promptly"), "附件5 第十二条: promptly after re-review");
        complete(task(pi, LegalReviewProcess.LEADER_DECISION), "leader1", "approve", Map.of());
        assertEquals("decided", endedAt(pi));
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第十一条: a legality problem blocks the decision until rectified")
    void legalityProblemBlocksUntilRectified() {
        ProcessInstance pi = start("wh-major", Map.of());
        transfer(pi, WUHAN_MATERIALS);
        complete(task(pi, LegalReviewProcess.LEGAL_REVIEW), "lawyer1", "agree", Map.of(SanxiangWorkflowModel.PROP_LEGALITY_PROBLEM.toVariableName(), true, SanxiangWorkflowModel.PROP_OPINION_TEXT.toVariableName(), "程序瑕疵须整改"));
        Task rectify = task(pi, LegalReviewProcess.RECTIFY);
        assertEquals(Set.of("GROUP_SX_ENFORCEMENT"), candidateGroups(rectify));
        assertTrue(noDeadline(pi, rectify).contains("wuhan-2020 法制审核 第十一条"));
        assertEquals(0, engine().getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(LegalReviewProcess.LEADER_DECISION).count(), "no decision while blocked");
        Exception e = refused(() -> complete(task(pi, LegalReviewProcess.RECTIFY), "officer1", "rectified", Map.of()));
        assertTrue(e.getMessage().contains(SanxiangWorkflowModel.PROP_RECTIFICATION_NOTE.toVariableName()), e.getMessage());
        complete(task(pi, LegalReviewProcess.RECTIFY), "officer1", "rectified", Map.of(SanxiangWorkflowModel.PROP_RECTIFICATION_NOTE.toVariableName(), "已补正送达程序"));
        assertNotNull(task(pi, LegalReviewProcess.LEADER_DECISION));
    }

    @Test
    @DisplayName("chongqing-2024 (blocking lists no legality problem): the flag is recorded in the opinion but does not block")
    void legalityProblemDoesNotBlockWhereTheProfileDoesNotSaySo() {
        ProcessInstance pi = start("cq-major", Map.of());
        transfer(pi, CHONGQING_MATERIALS);
        complete(task(pi, LegalReviewProcess.LEGAL_REVIEW), "lawyer1", "agree", Map.of(SanxiangWorkflowModel.PROP_LEGALITY_PROBLEM.toVariableName(), true));
        assertNotNull(task(pi, LegalReviewProcess.LEADER_DECISION));
        assertTrue(cases.text(documents("cq-major", SanxiangModel.TYPE_REVIEW_OPINION.toPrefixString()).get(0).id()).contains("legality problem"));
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第十一条第二款: collective discussion where the law requires it, before the head decides")
    void collectiveDiscussionWhereTheLawRequiresIt() {
        ProcessInstance pi = start("wh-major", Map.of(SanxiangWorkflowModel.PROP_COLLECTIVE_DISCUSSION_REQUIRED.toVariableName(), true));
        transfer(pi, WUHAN_MATERIALS);
        complete(task(pi, LegalReviewProcess.LEGAL_REVIEW), "lawyer1", "agree", Map.of());
        Task collective = task(pi, LegalReviewProcess.COLLECTIVE_DISCUSSION);
        assertEquals(Set.of("GROUP_SX_LEADERS"), candidateGroups(collective));
        complete(collective, "leader1", "approve", Map.of());
        complete(task(pi, LegalReviewProcess.LEADER_DECISION), "head1", "approve", Map.of());
        assertEquals("decided", endedAt(pi));
    }

    @Test
    @DisplayName("the leader may send the decision to collective discussion, which may reject it")
    void leaderAsksForCollectiveDiscussion() {
        ProcessInstance pi = start("cq-minor", Map.of());
        complete(task(pi, LegalReviewProcess.LEADER_DECISION), "leader1", "collectiveDiscussion", Map.of());
        complete(task(pi, LegalReviewProcess.COLLECTIVE_DISCUSSION), "leader1", "reject", Map.of());
        assertEquals("rejectedCollectively", endedAt(pi));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十一条: reminder one working day before the review deadline, escalation to the head at it")
    void reviewReminderAndEscalation() {
        ProcessInstance pi = start("cq-major", Map.of());
        transfer(pi, CHONGQING_MATERIALS);
        Task review = task(pi, LegalReviewProcess.LEGAL_REVIEW);
        assertEquals(0, harness.moveClockAndFireTimers(at(2026, 3, 6, 8, 59, 59)));
        assertEquals(1, harness.moveClockAndFireTimers(at(2026, 3, 6, 9, 0, 0)));
        assertEquals(1, notifications.sent(RecordingNotifications.Kind.REMIND).size());
        assertEquals(review.getId(), notifications.sent(RecordingNotifications.Kind.REMIND).get(0).notice().taskId());
        assertEquals(0, harness.moveClockAndFireTimers(at(2026, 3, 9, 23, 59, 58)));
        assertEquals(1, harness.moveClockAndFireTimers(at(2026, 3, 10, 0, 0, 0)));
        assertEquals(1, notifications.sent(RecordingNotifications.Kind.ESCALATE).size());
        Task still = task(pi, LegalReviewProcess.LEGAL_REVIEW);
        assertEquals(review.getId(), still.getId());
        assertEquals(Set.of("GROUP_SX_LEGAL_OFFICE", EscalateToHead.HEADS_GROUP), candidateGroups(still));
        complete(still, "lawyer1", "agree", Map.of());
        assertNotNull(task(pi, LegalReviewProcess.LEADER_DECISION));
    }

    @Test
    @DisplayName("restart mid-process: a new engine on the same database continues sxLegalReview where it was")
    void restartContinuesWhereItWas() {
        ProcessInstance pi = start("cq-major", Map.of());
        transfer(pi, CHONGQING_MATERIALS);
        String reviewId = task(pi, LegalReviewProcess.LEGAL_REVIEW).getId();
        harness.restart();
        assertEquals(reviewId, task(pi, LegalReviewProcess.LEGAL_REVIEW).getId());
        complete(task(pi, LegalReviewProcess.LEGAL_REVIEW), "lawyer1", "supplementMaterials", Map.of());
        harness.restart();
        complete(task(pi, LegalReviewProcess.SUPPLEMENT_MATERIALS), "officer1", "resubmit", Map.of());
        complete(task(pi, LegalReviewProcess.LEGAL_REVIEW), "lawyer1", "agree", Map.of());
        harness.restart();
        complete(task(pi, LegalReviewProcess.LEADER_DECISION), "leader1", "approve", Map.of());
        // the filing reminder still fires after a restart: due Monday 03-09, reminder Friday 03-06 09:00
        harness.restart();
        assertEquals(1, harness.moveClockAndFireTimers(at(2026, 3, 6, 9, 0, 0)));
        complete(task(pi, LegalReviewProcess.FILE_DECISION), "officer1", "filed", Map.of(SanxiangWorkflowModel.PROP_DECISION_DOCUMENT_NUMBER.toVariableName(), "渝人社罚决〔2026〕3号"));
        assertEquals("filed", endedAt(pi));
        assertTrue(((Date) engine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
                .singleResult().getEndTime()) != null);
    }
}
