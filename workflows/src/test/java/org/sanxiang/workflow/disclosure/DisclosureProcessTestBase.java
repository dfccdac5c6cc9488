package org.sanxiang.workflow.disclosure;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.sanxiang.workflow.port.DisclosureChannel;
import org.sanxiang.workflow.port.Publication;
import org.sanxiang.workflow.port.memory.InMemoryAccessGrants;
import org.sanxiang.workflow.port.memory.InMemoryBorrowingRegister;
import org.sanxiang.workflow.port.memory.InMemoryCases;
import org.sanxiang.workflow.port.memory.InMemoryDisclosureChannel;
import org.sanxiang.workflow.port.memory.RecordingNotifications;
import org.sanxiang.workflow.wiring.SxWorkflowBeans;

/**
 * sxDisclosure on the real Activiti 5.23 engine; the H2 and PostgreSQL subclasses run the same
 * suite. The clock starts on Monday 2026-03-02 10:00 in Asia/Shanghai, the day of the decision; the
 * calendar is the weekdays-only test double.
 */
abstract class DisclosureProcessTestBase implements ProcessProbe {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant MONDAY_10 = at(2026, 3, 2, 10, 0, 0);
    static final LocalDate DECIDED = LocalDate.of(2026, 3, 2);
    static final String ID_NUMBER = "11010519491231002X";
    static final String PHONE = "13812345678";

    final InMemoryCases cases = new InMemoryCases();
    final InMemoryDisclosureChannel channel = new InMemoryDisclosureChannel();
    final RecordingNotifications notifications = new RecordingNotifications();
    EngineHarness harness;

    abstract TestDatabase newDatabase();

    static Instant at(int y, int m, int d, int h, int min, int s) {
        return LocalDateTime.of(y, m, d, h, min, s).atZone(ZONE).toInstant();
    }

    @BeforeEach
    void startEngine() {
        Map<String, Object> wuhan = new HashMap<>(Map.of("sx:actionCategory", "penalty", "sx:partyKind", "individual",
                "sx:partyName", "张三", "sx:partyAddress", "武汉市江岸区幸福路1号", "sx:caseDecisionNumber", "武人社监罚〔2026〕12号",
                "sx:enforcementUnit", "武汉市人力资源和社会保障局"));
        cases.addCase(new CaseFolder("case-wuhan", "wuhan-2020", "武人社监〔2026〕12号", "欠薪案", Set.of("party-1"), false, wuhan));
        decisionDocument("case-wuhan", "张三，身份证号" + ID_NUMBER + "，住武汉市江岸区幸福路1号，联系电话" + PHONE
                + "。经查，张三拖欠劳动者工资。决定：罚款人民币二万元。");

        Map<String, Object> minor = new HashMap<>(wuhan);
        minor.put("sx:partyMinor", true);
        cases.addCase(new CaseFolder("case-minor", "wuhan-2020", "武人社监〔2026〕13号", "未成年人案", Set.of(), false, minor));

        cases.addCase(new CaseFolder("case-chongqing", "chongqing-2024", "渝人社监〔2026〕3号", "社保案", Set.of(), false,
                Map.of("sx:actionCategory", "penalty", "sx:partyKind", "organisation", "sx:partyName", "重庆某建筑有限公司",
                        "sx:partyIdNumber", "91500000MA5U000000", "sx:caseDecisionNumber", "渝人社监罚〔2026〕3号",
                        "sx:matterName", "未依法缴纳社会保险费", "sx:enforcementUnit", "重庆市人力资源和社会保障局")));
        decisionDocument("case-chongqing", "重庆某建筑有限公司未依法为职工缴纳社会保险费。决定：罚款人民币一万元。");

        cases.addCase(new CaseFolder("case-ningxia", "ningxia-2019", "宁人社监〔2026〕5号", "欠薪案", Set.of(), false,
                Map.ofEntries(Map.entry("sx:actionCategory", "penalty"), Map.entry("sx:partyKind", "organisation"),
                        Map.entry("sx:partyName", "宁夏某商贸有限公司"), Map.entry("sx:partyIdNumber", "91640000MA76000000"),
                        Map.entry("sx:partyLegalRepresentative", "李四"), Map.entry("sx:caseName", "宁夏某商贸有限公司拖欠工资案"),
                        Map.entry("sx:penaltyMeasures", List.of("fine")), Map.entry("sx:caseDecisionNumber", "宁人社监罚〔2026〕5号"),
                        Map.entry("sx:enforcementUnit", "宁夏回族自治区人力资源和社会保障厅"))));
        decisionDocument("case-ningxia", "宁夏某商贸有限公司拖欠工资。决定：罚款人民币五万元。");

        Map<String, Object> beans = SxWorkflowBeans.create(new WorkflowPorts(cases, cases, channel, notifications,
                new InMemoryBorrowingRegister(), new InMemoryAccessGrants()), new WeekdaysOnlyTestCalendar(), ZONE,
                new VariableCaseLocator(), AccessPolicy.DEFAULT);
        harness = new EngineHarness(newDatabase(), beans);
        harness.setClock(MONDAY_10);
        SxProcessDefinitions.deployAll(harness.engine());
    }

    private void decisionDocument(String caseId, String text) {
        CaseRecord record = cases.createRecord(caseId, SanxiangModel.TYPE_DECISION_DOCUMENT.toPrefixString(), "行政处罚决定书.pdf",
                Map.of("sx:mainFacts", "拖欠劳动者工资", "sx:legalBasis", "《劳动保障监察条例》第二十六条",
                        "sx:decisionContent", "罚款人民币二万元"));
        cases.putContent(record.id(), text.getBytes(StandardCharsets.UTF_8));
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
        Map<String, Object> vars = new HashMap<>(more);
        vars.put(WorkflowVariables.PACKAGE, caseId);
        vars.put(SanxiangWorkflowModel.PROP_DISCLOSURE_DECISION_DATE.toVariableName(), Date.from(DECIDED.atStartOfDay(ZONE).toInstant()));
        return engine().getRuntimeService().startProcessInstanceByKey("sxDisclosure", vars);
    }

    /** Draft submitted, review passed, approval given: the record is published. */
    void publish(ProcessInstance pi) {
        complete(pi, "draftDisclosure", "clerk", "submit", Map.of());
        complete(pi, "reviewDisclosure", "lawyer", "approve", Map.of());
        complete(pi, "approveDisclosure", "leader", "approve", Map.of());
    }

    Publication published(ProcessInstance pi) {
        return channel.publication((String) var(pi, WorkflowVariables.DISCLOSURE_PUBLICATION_ID)).orElseThrow();
    }

    CaseRecord record(String caseId, String id) {
        return cases.records(caseId).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("wuhan-2020 公示 第九条: the draft in the case already hides the individual's name, even where the facts name him")
    void draftInTheCaseHoldsNoMoreThanThePublicCopy() {
        Map<String, Object> facts = new HashMap<>(cases.facts("case-wuhan").properties());
        cases.addCase(new CaseFolder("case-facts", "wuhan-2020", "武人社监〔2026〕14号", "欠薪案", Set.of("party-1"), false, facts));
        CaseRecord document = cases.createRecord("case-facts", SanxiangModel.TYPE_DECISION_DOCUMENT.toPrefixString(), "行政处罚决定书.pdf",
                Map.of("sx:mainFacts", "张三拖欠劳动者工资，联系电话" + PHONE, "sx:legalBasis", "《劳动保障监察条例》第二十六条",
                        "sx:decisionContent", "对张三罚款人民币二万元"));
        cases.putContent(document.id(), "经查，张三拖欠劳动者工资。决定：罚款人民币二万元。".getBytes(StandardCharsets.UTF_8));
        ProcessInstance pi = start("case-facts", Map.of());
        Task draft = task(pi, "draftDisclosure");
        String summary = (String) engine().getTaskService().getVariable(draft.getId(), SanxiangWorkflowModel.PROP_DISCLOSURE_SUMMARY.toVariableName());
        CaseRecord record = record("case-facts", (String) var(pi, WorkflowVariables.DISCLOSURE_RECORD_ID));
        String text = cases.text(record.id());
        for (String hidden : List.of("张三", PHONE)) {
            assertFalse(summary.contains(hidden), hidden + " in the draft's summary: " + summary);
            assertFalse(text.contains(hidden), hidden + " in the draft record: " + text);
            record.properties().forEach((name, value) -> assertFalse(String.valueOf(value).contains(hidden), name + " = " + value));
        }
        assertTrue(summary.contains("罚款人民币二万元"), summary);
    }

    @Test
    @DisplayName("wuhan-2020 公示 第九条第二款: redacted full text and summary fields; review reject goes back to drafting; 第三条第二款 deputy leader approves")
    void draftRejectRedraftReviewApprovePublish() {
        ProcessInstance pi = start("case-wuhan", Map.of());
        Task draft = task(pi, "draftDisclosure");
        assertEquals(Set.of("GROUP_SX_DISCLOSURE"), candidateGroups(draft));
        // wuhan-2020 公示 第九条第一款: 7 working days from Monday 2026-03-02 = Wednesday 03-11, end of day
        assertEquals(at(2026, 3, 11, 23, 59, 59), draft.getDueDate().toInstant());
        String summary = (String) engine().getTaskService().getVariable(draft.getId(), SanxiangWorkflowModel.PROP_DISCLOSURE_SUMMARY.toVariableName());
        String fullText = (String) engine().getTaskService().getVariable(draft.getId(), SanxiangWorkflowModel.PROP_DISCLOSURE_FULL_TEXT.toVariableName());
        assertNotNull(fullText);

        complete(pi, "draftDisclosure", "clerk", "submit", Map.of());
        complete(pi, "reviewDisclosure", "lawyer", "reject", Map.of());
        // reject goes back to drafting; nothing is published
        complete(pi, "draftDisclosure", "clerk", "submit", Map.of(SanxiangWorkflowModel.PROP_DISCLOSURE_SUMMARY.toVariableName(), summary + "\n（已核对）"));
        assertTrue(channel.state("publication-1").isEmpty(), "nothing unreviewed is published");
        complete(pi, "reviewDisclosure", "lawyer", "approve", Map.of());
        Task approve = task(pi, "approveDisclosure");
        // wuhan-2020 公示 第三条第二款: the supervising (deputy) leader approves an ordinary decision
        assertEquals(Set.of("GROUP_SX_LEADERS"), candidateGroups(approve));
        assertTrue(((String) var(pi, SanxiangWorkflowModel.PROP_DISCLOSURE_APPROVER.toVariableName())).contains("wuhan-2020 公示 第三条第二款"));
        complete(pi, "approveDisclosure", "leader", "approve", Map.of());

        Publication publication = published(pi);
        assertEquals(DisclosureChannel.State.PUBLISHED, channel.state((String) var(pi, WorkflowVariables.DISCLOSURE_PUBLICATION_ID)).orElseThrow());
        // the full text is redacted: the individual's name, ID number, address and phone are hidden
        String text = publication.redactedText();
        for (String hidden : List.of("张三", ID_NUMBER, PHONE, "幸福路1号")) {
            assertFalse(text.contains(hidden), hidden + " hidden in: " + text);
        }
        assertTrue(text.contains("罚款人民币二万元"), text);
        // the summary has wuhan-2020 公示 第九条第二款's fields, the individual's name masked
        for (String label : List.of("行政执法机关", "执法决定（结果）", "决定日期")) {
            assertTrue(publication.summary().contains(label), label + " in " + publication.summary());
        }
        assertTrue(publication.summary().contains("张某"), publication.summary());
        assertFalse(publication.summary().contains("张三"), publication.summary());
        assertTrue(publication.summary().contains("（已核对）"), "the reviewed edit is what is published");
        // the draft record is the internal original, approved (the public copy is the one that says published);
        // the public copy carries its structured fields, redacted; the redaction log is kept in the case
        CaseRecord record = record("case-wuhan", (String) var(pi, WorkflowVariables.DISCLOSURE_RECORD_ID));
        assertEquals("approved", record.properties().get("sx:disclosureState"));
        assertNotNull(record.properties().get("sx:publishedAt"));
        assertEquals("张某", publication.fields().get("sx:disclosedPartyName"));
        assertEquals(record.properties().get("sx:disclosureCaseNumber"), publication.fields().get("sx:disclosureCaseNumber"));
        assertNotNull(publication.fields().get("sx:disclosureCaseNumber"));
        assertEquals("leader", record.properties().get("sx:disclosureApprovedBy"));
        assertEquals("张某", record.properties().get("sx:disclosedPartyName"));
        assertEquals("武人社监罚〔2026〕12号", record.properties().get("sx:disclosedDocumentNumber"));
        assertEquals("武汉市人力资源和社会保障局", record.properties().get("sx:disclosedAuthority"));
        String log = cases.text((String) var(pi, WorkflowVariables.DISCLOSURE_REDACTION_LOG_ID));
        assertTrue(log.contains("wuhan-2020 公示 第九条第二款"), log);
        for (String kind : List.of("RESIDENT_ID", "MOBILE_PHONE", "PERSON_NAME", "HOME_ADDRESS")) {
            assertTrue(log.contains(kind), kind + " logged: " + log);
        }
        // wuhan-2020 sets no display period: no take-down timer, the record waits for revocation or correction
        assertEquals(0, timers(pi));
        assertEquals(1, engine().getRuntimeService().createExecutionQuery().processInstanceId(pi.getId())
                .messageEventSubscriptionName(DisclosureProcess.MESSAGE_REVOKED).count());
    }

    @Test
    @DisplayName("wuhan-2020 公示 第七条（一）: exam scores are an in-action disclosure published before the licence decision — no count, the description says why; an unknown kind is refused naming sxwf_disclosureKind")
    void disclosureKindPublishedBeforeTheDecision() {
        Map<String, Object> licence = new HashMap<>(Map.of("sx:actionCategory", "licence", "sx:partyKind", "organisation",
                "sx:partyName", "武汉某职业培训学校", "sx:partyIdNumber", "91420100MA4K000000", "sx:enforcementUnit", "武汉市人力资源和社会保障局"));
        cases.addCase(new CaseFolder("case-licence", "wuhan-2020", "武人社许〔2026〕5号", "许可", Set.of(), false, licence));
        String kindVariable = SanxiangWorkflowModel.PROP_DISCLOSURE_KIND.toVariableName();

        ProcessInstance pi = start("case-licence", Map.of(kindVariable, "exam-scores"));
        Task draft = task(pi, "draftDisclosure");
        assertNull(draft.getDueDate(), "published before the decision: no count");
        assertEquals(0, timers(pi));
        String why = draft.getDescription();
        assertTrue(why.contains("wuhan-2020 公示 第七条（一）") && why.contains("before decided"), why);
        publish(pi);
        CaseRecord record = record("case-licence", (String) var(pi, WorkflowVariables.DISCLOSURE_RECORD_ID));
        assertEquals("inAction", record.properties().get("sx:disclosurePhase"));
        assertEquals("approved", record.properties().get("sx:disclosureState"), "the internal original; the public copy is published");
        assertNotNull(record.properties().get("sx:publishedAt"));

        Exception unknown = assertThrows(Exception.class, () -> start("case-licence", Map.of(kindVariable, "serious-violation")));
        assertTrue(unknown.getMessage().contains(kindVariable) && unknown.getMessage().contains("serious-violation"), unknown.getMessage());
        Exception wrongAction = assertThrows(Exception.class, () -> start("case-wuhan", Map.of(kindVariable, "early-retirement-list")));
        assertTrue(wrongAction.getMessage().contains(kindVariable) && wrongAction.getMessage().contains("公示 第七条（二）"), wrongAction.getMessage());
    }

    @Test
    @DisplayName("ningxia-2019 附件2 第24项: exam and recruitment discipline — 7 working days from the decision, displayed permanently (no take-down)")
    void disclosureKindWithItsOwnDueDateAndDisplayPeriod() {
        cases.addCase(new CaseFolder("case-ningxia", "ningxia-2019", "宁人社考〔2026〕2号", "考试违纪", Set.of(), false,
                new HashMap<>(Map.of("sx:actionCategory", "penalty", "sx:partyKind", "individual", "sx:partyName", "李四",
                        "sx:enforcementUnit", "宁夏回族自治区人力资源和社会保障厅"))));
        ProcessInstance pi = start("case-ningxia", Map.of(SanxiangWorkflowModel.PROP_DISCLOSURE_KIND.toVariableName(), "exam-recruitment-discipline"));
        assertEquals(at(2026, 3, 11, 23, 59, 59), task(pi, "draftDisclosure").getDueDate().toInstant(), "7 working days after Monday 03-02");
        assertEquals("ningxia-2019 附件2 第24项", TaskDeadlines.citation("draftDisclosure", name -> var(pi, name)));
        publish(pi);
        CaseRecord record = record("case-ningxia", (String) var(pi, WorkflowVariables.DISCLOSURE_RECORD_ID));
        assertEquals("approved", record.properties().get("sx:disclosureState"), "the internal original; the public copy is published");
        assertNotNull(record.properties().get("sx:publishedAt"));
        assertNull(record.properties().get("sx:displayUntil"), "permanent: no end of display (a penalty's would be 1 year, 第18项)");
        assertNull(var(pi, WorkflowVariables.DISCLOSURE_DISPLAY_END_AT));
    }

    Date day(int y, int m, int d) {
        return Date.from(LocalDate.of(y, m, d).atStartOfDay(ZONE).toInstant());
    }

    ProcessInstance startWithoutDecisionDate(String caseId, Map<String, Object> more) {
        Map<String, Object> vars = new HashMap<>(more);
        vars.put(WorkflowVariables.PACKAGE, caseId);
        return engine().getRuntimeService().startProcessInstanceByKey("sxDisclosure", vars);
    }

    @Test
    @DisplayName("ningxia-2019 附件2 第17项: a progress answer is due one working day after the query (sxwf_disclosureEventDate); without the query's day the start is refused naming it")
    void progressAnswerCountsFromTheQuery() {
        String kind = SanxiangWorkflowModel.PROP_DISCLOSURE_KIND.toVariableName();
        String event = SanxiangWorkflowModel.PROP_DISCLOSURE_EVENT_DATE.toVariableName();
        Exception missing = assertThrows(Exception.class, () -> start("case-ningxia", Map.of(kind, "progress-answer")));
        assertTrue(missing.getMessage().contains(event) && missing.getMessage().contains("queried")
                && missing.getMessage().contains("ningxia-2019 附件2 第17项"), missing.getMessage());
        assertEquals(0, engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey("sxDisclosure").count());

        ProcessInstance pi = start("case-ningxia", Map.of(kind, "progress-answer", event, day(2026, 3, 6)));
        assertEquals(at(2026, 3, 9, 23, 59, 59), task(pi, "draftDisclosure").getDueDate().toInstant(),
                "one working day after Friday 03-06: Monday 03-09 (the decision date 03-02 is not what it counts from)");
        assertEquals("ningxia-2019 附件2 第17项", TaskDeadlines.citation("draftDisclosure", name -> var(pi, name)));
        publish(pi);
        assertNotNull(record("case-ningxia", (String) var(pi, WorkflowVariables.DISCLOSURE_RECORD_ID)).properties().get("sx:publishedAt"));
    }

    @Test
    @DisplayName("ningxia-2019 附件1 第十一条（二）: an inspection that found problems is published promptly once handled (no count; the handling's day required); without problems, 20 working days from the inspection's end (附件2 第21项)")
    void inspectionWithProblemsPublishedPromptlyAfterHandling() {
        cases.addCase(new CaseFolder("case-nx-inspection", "ningxia-2019", "宁人社查〔2026〕3号", "双随机抽查", Set.of(), false,
                new HashMap<>(Map.of("sx:actionCategory", "inspection", "sx:partyKind", "organisation", "sx:partyName", "宁夏某物流有限公司",
                        "sx:partyIdNumber", "91640000MA77000000", "sx:caseDecisionNumber", "宁人社查处〔2026〕3号",
                        "sx:enforcementUnit", "宁夏回族自治区人力资源和社会保障厅"))));
        decisionDocument("case-nx-inspection", "宁夏某物流有限公司未按规定订立劳动合同。处理：责令改正。");
        String problems = SanxiangWorkflowModel.PROP_DISCLOSURE_PROBLEMS_FOUND.toVariableName();
        String event = SanxiangWorkflowModel.PROP_DISCLOSURE_EVENT_DATE.toVariableName();
        Exception missing = assertThrows(Exception.class, () -> startWithoutDecisionDate("case-nx-inspection", Map.of(problems, true)));
        assertTrue(missing.getMessage().contains(event) && missing.getMessage().contains("附件1 第十一条（二）"), missing.getMessage());

        ProcessInstance handled = startWithoutDecisionDate("case-nx-inspection", Map.of(problems, true, event, day(2026, 3, 20)));
        Task draft = task(handled, "draftDisclosure");
        assertNull(draft.getDueDate(), "promptly (及时): no day count");
        assertEquals(0, timers(handled));
        publish(handled);
        assertNotNull(record("case-nx-inspection", (String) var(handled, WorkflowVariables.DISCLOSURE_RECORD_ID)).properties().get("sx:publishedAt"));

        ProcessInstance normal = start("case-nx-inspection", Map.of());
        assertEquals(at(2026, 3, 30, 23, 59, 59), task(normal, "draftDisclosure").getDueDate().toInstant(),
                "no problems: 20 working days after the inspection ended on Monday 03-02");
    }

    @Test
    @DisplayName("wuhan-2020 公示 第七条（三）（五）: a hearing notice and a lottery's eligible list are published before their event, whose day the start form gives (no count)")
    void listsPublishedBeforeTheirEvent() {
        String kind = SanxiangWorkflowModel.PROP_DISCLOSURE_KIND.toVariableName();
        String event = SanxiangWorkflowModel.PROP_DISCLOSURE_EVENT_DATE.toVariableName();
        for (String[] k : new String[][] {{"hearing-notice", "hearing", "公示 第七条（三）"}, {"lottery-eligible-list", "lottery", "公示 第七条（五）"}}) {
            ProcessInstance pi = start("case-wuhan", Map.of(kind, k[0], event, day(2026, 3, 20)));
            Task draft = task(pi, "draftDisclosure");
            assertNull(draft.getDueDate(), k[0] + ": published before the event, no count");
            String why = draft.getDescription();
            assertTrue(why.contains("wuhan-2020 " + k[2]) && why.contains("before " + k[1] + " (2026-03-20)"), why);
            publish(pi);
        }
    }

    @Test
    @DisplayName("wuhan-2020 公示 第八条第三款: inspection information is published monthly or quarterly — it runs through sxDisclosure with no count; an event date is refused naming sxwf_disclosureEventDate")
    void periodicInspectionList() {
        cases.addCase(new CaseFolder("case-wh-inspection", "wuhan-2020", "武人社查〔2026〕2号", "专项检查", Set.of(), false,
                new HashMap<>(Map.of("sx:actionCategory", "inspection", "sx:partyKind", "organisation", "sx:partyName", "武汉某餐饮有限公司",
                        "sx:partyIdNumber", "91420100MA4K111111", "sx:enforcementUnit", "武汉市人力资源和社会保障局"))));
        String kind = SanxiangWorkflowModel.PROP_DISCLOSURE_KIND.toVariableName();
        String event = SanxiangWorkflowModel.PROP_DISCLOSURE_EVENT_DATE.toVariableName();
        Exception bad = assertThrows(Exception.class,
                () -> start("case-wh-inspection", Map.of(kind, "inspection-periodic", event, day(2026, 3, 31))));
        assertTrue(bad.getMessage().contains(event) && bad.getMessage().contains("inspection-periodic"), bad.getMessage());
        ProcessInstance pi = start("case-wh-inspection", Map.of(kind, "inspection-periodic"));
        Task draft = task(pi, "draftDisclosure");
        assertNull(draft.getDueDate());
        assertTrue(draft.getDescription().contains("wuhan-2020 公示 第八条第三款") && draft.getDescription().contains("once every"),
                draft.getDescription());
        publish(pi);
        assertNotNull(record("case-wh-inspection", (String) var(pi, WorkflowVariables.DISCLOSURE_RECORD_ID)).properties().get("sx:publishedAt"));
    }

    @Test
    @DisplayName("wuhan-2020 公示 第三条第二款: a major decision's disclosure is approved by the principal leader")
    void majorDecisionApprovedByPrincipalLeader() {
        ProcessInstance pi = start("case-wuhan", Map.of(SanxiangWorkflowModel.PROP_DISCLOSURE_FOR_MAJOR.toVariableName(), true));
        complete(pi, "draftDisclosure", "clerk", "submit", Map.of());
        complete(pi, "reviewDisclosure", "lawyer", "approve", Map.of());
        assertEquals(Set.of(DisclosureApprovers.PRINCIPAL_LEADER_GROUP), candidateGroups(task(pi, "approveDisclosure")));
        assertTrue(((String) var(pi, SanxiangWorkflowModel.PROP_DISCLOSURE_APPROVER.toVariableName())).startsWith("局主要负责人"));
        // the approver rejects: back to drafting, nothing published
        complete(pi, "approveDisclosure", "head", "reject", Map.of());
        task(pi, "draftDisclosure");
        assertNull(var(pi, WorkflowVariables.DISCLOSURE_PUBLICATION_ID));
    }

    @Test
    @DisplayName("wuhan-2020 公示 第十条（一）: a minor party's decision is withheld; the legal office confirms and it is recorded with its article")
    void exclusionConfirmedByLegalOffice() {
        ProcessInstance pi = start("case-minor", Map.of());
        Task confirm = task(pi, "confirmExclusion");
        assertEquals(Set.of("GROUP_SX_LEGAL_OFFICE"), candidateGroups(confirm));
        assertEquals(List.of("minorParty"), var(pi, SanxiangWorkflowModel.PROP_EXCLUSION_REASONS.toVariableName()));
        complete(pi, "confirmExclusion", "lawyer", "confirm", Map.of());
        assertEquals("excluded", endedAt(pi));
        CaseFolder facts = cases.facts("case-minor");
        assertTrue(facts.aspects().contains("sx:disclosureExclusion"));
        assertEquals(List.of("minorParty"), facts.properties().get("sx:exclusionReasons"));
        assertTrue(facts.properties().get("sx:exclusionNote").toString().contains("wuhan-2020 公示 第十条（一）"));
        assertEquals("lawyer", facts.properties().get("sx:exclusionConfirmedBy"));
        assertTrue(channel.state("publication-1").isEmpty());
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十二条（二）: a suspected state secret the legal office rejects goes on to drafting and publication")
    void exclusionRejectedByLegalOffice() {
        ProcessInstance pi = start("case-chongqing", Map.of(SanxiangWorkflowModel.PROP_DISCLOSURE_STATE_SECRET.toVariableName(), true));
        assertTrue(var(pi, SanxiangWorkflowModel.PROP_EXCLUSION_NOTE.toVariableName()).toString().contains("chongqing-2024 公示 第十二条（二）"));
        complete(pi, "confirmExclusion", "lawyer", "reject", Map.of());
        assertFalse(cases.facts("case-chongqing").aspects().contains("sx:disclosureExclusion"));
        complete(pi, "draftDisclosure", "clerk", "submit", Map.of());
        complete(pi, "reviewDisclosure", "lawyer", "approve", Map.of());
        // chongqing-2024 公示 第六条: the head of the responsible unit approves
        assertEquals(Set.of("GROUP_SX_ENFORCEMENT"), candidateGroups(task(pi, "approveDisclosure")));
        complete(pi, "approveDisclosure", "head", "approve", Map.of());
        Publication publication = published(pi);
        assertTrue(publication.summary().contains("重庆某建筑有限公司"), "an organisation's name is published");
        assertTrue(publication.summary().contains("未依法缴纳社会保险费"), "chongqing-2024 公示 第十一条第二款: matter name");
    }

    @Test
    @DisplayName("wuhan-2020 公示 第九条第一款: reminder one working day before the publication due date, escalation at it")
    void publicationDueReminderAndEscalation() {
        ProcessInstance pi = start("case-wuhan", Map.of());
        complete(pi, "draftDisclosure", "clerk", "submit", Map.of());
        Task review = task(pi, "reviewDisclosure");
        assertEquals(at(2026, 3, 11, 23, 59, 59), review.getDueDate().toInstant());
        assertEquals(0, harness.moveClockAndFireTimers(at(2026, 3, 10, 8, 59, 59)));
        assertEquals(1, harness.moveClockAndFireTimers(at(2026, 3, 10, 9, 0, 0)));
        List<RecordingNotifications.Sent> reminders = notifications.sent(RecordingNotifications.Kind.REMIND);
        assertEquals(1, reminders.size());
        assertEquals("reviewDisclosure", reminders.get(0).notice().taskKey());
        assertEquals(1, harness.moveClockAndFireTimers(at(2026, 3, 12, 0, 0, 0)));
        List<RecordingNotifications.Sent> escalations = notifications.sent(RecordingNotifications.Kind.ESCALATE);
        assertEquals(1, escalations.size());
        assertTrue(candidateGroups(task(pi, "reviewDisclosure")).contains("GROUP_SX_LEADERS"));
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十三条（二）: revoked after publishing, withdrawn within 3 working days")
    void revocationAfterPublishingWithdrawsByTheDeadline() {
        ProcessInstance pi = start("case-chongqing", Map.of());
        publish(pi);
        String publicationId = (String) var(pi, WorkflowVariables.DISCLOSURE_PUBLICATION_ID);
        DisclosureEvents.revoked(engine().getRuntimeService(), pi.getId(), LocalDate.of(2026, 3, 4), "复议决定撤销原处罚决定");
        Task withdraw = task(pi, "withdrawDisclosure");
        // 3 working days from Wednesday 03-04: Monday 03-09, end of day
        assertEquals(at(2026, 3, 9, 23, 59, 59), withdraw.getDueDate().toInstant());
        assertEquals("复议决定撤销原处罚决定", engine().getTaskService().getVariable(withdraw.getId(), SanxiangWorkflowModel.PROP_WITHDRAWAL_REASON.toVariableName()));
        assertEquals(1, harness.moveClockAndFireTimers(at(2026, 3, 6, 9, 0, 0)), "reminder the working day before");
        complete(pi, "withdrawDisclosure", "clerk", "withdrawn", Map.of());
        assertEquals("withdrawn", endedAt(pi));
        assertEquals(DisclosureChannel.State.WITHDRAWN, channel.state(publicationId).orElseThrow());
        CaseRecord record = record("case-chongqing", (String) var2(pi, WorkflowVariables.DISCLOSURE_RECORD_ID));
        assertEquals("approved", record.properties().get("sx:disclosureState"), "the internal original; the public copy is withdrawn");
        assertNotNull(record.properties().get("sx:withdrawnAt"));
        assertEquals("复议决定撤销原处罚决定", record.properties().get("sx:withdrawalReason"));
    }

    @Test
    @DisplayName("wuhan-2020 公示 第九条第三款: withdrawal is 'promptly' (及时): no due date, no timer")
    void promptWithdrawalHasNoTimer() {
        ProcessInstance pi = start("case-wuhan", Map.of());
        publish(pi);
        DisclosureEvents.revoked(engine().getRuntimeService(), pi.getId(), LocalDate.of(2026, 3, 4), "判决撤销");
        Task withdraw = task(pi, "withdrawDisclosure");
        assertNull(withdraw.getDueDate());
        assertEquals(0, timers(pi));
        complete(pi, "withdrawDisclosure", "clerk", "withdrawn", Map.of());
        assertEquals("withdrawn", endedAt(pi));
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十三条（三）: an error found is corrected within 3 working days, reviewed again and republished")
    void correctionIsReviewedAndRepublished() {
        ProcessInstance pi = start("case-chongqing", Map.of());
        publish(pi);
        String publicationId = (String) var(pi, WorkflowVariables.DISCLOSURE_PUBLICATION_ID);
        DisclosureEvents.correction(engine().getRuntimeService(), pi.getId(), DisclosureEvents.CorrectionSource.ERROR_FOUND,
                LocalDate.of(2026, 3, 5), "执法机关名称有误");
        Task correct = task(pi, "correctDisclosure");
        // 3 working days from Thursday 03-05: Tuesday 03-10
        assertEquals(at(2026, 3, 10, 23, 59, 59), correct.getDueDate().toInstant());
        String corrected = published(pi).summary().replace("重庆市人力资源和社会保障局", "重庆市人力资源和社会保障局（更正）");
        complete(pi, "correctDisclosure", "clerk", "corrected", Map.of(SanxiangWorkflowModel.PROP_DISCLOSURE_SUMMARY.toVariableName(), corrected));
        assertFalse(published(pi).summary().contains("（更正）"), "not republished before review");
        assertEquals(at(2026, 3, 10, 23, 59, 59), task(pi, "reviewDisclosure").getDueDate().toInstant());
        complete(pi, "reviewDisclosure", "lawyer", "approve", Map.of());
        complete(pi, "approveDisclosure", "head", "approve", Map.of());
        assertEquals(publicationId, var(pi, WorkflowVariables.DISCLOSURE_PUBLICATION_ID));
        assertTrue(published(pi).summary().contains("（更正）"));
        assertEquals(DisclosureChannel.State.PUBLISHED, channel.state(publicationId).orElseThrow());
        CaseRecord record = record("case-chongqing", (String) var(pi, WorkflowVariables.DISCLOSURE_RECORD_ID));
        assertEquals("approved", record.properties().get("sx:disclosureState"), "the internal original; the public copy is corrected");
        assertNotNull(record.properties().get("sx:correctedAt"));
        assertEquals("执法机关名称有误", record.properties().get("sx:correctionReason"));
        // and it waits again
        assertEquals(1, engine().getRuntimeService().createExecutionQuery().processInstanceId(pi.getId())
                .messageEventSubscriptionName(DisclosureProcess.MESSAGE_CORRECTION).count());
    }

    @Test
    @DisplayName("ningxia-2019 附件2 第18项: a penalty is displayed for 1 year, then taken down automatically")
    void displayPeriodEndTakesDown() {
        ProcessInstance pi = start("case-ningxia", Map.of());
        publish(pi);
        Publication publication = published(pi);
        // published Monday 2026-03-02: displayed through 2027-03-01
        assertEquals(LocalDate.of(2027, 3, 1), publication.displayUntil());
        // ningxia-2019 附件2 第18项 summary fields, an organisation's code and legal representative included
        for (String value : List.of("宁人社监罚〔2026〕5号", "宁夏某商贸有限公司拖欠工资案", "91640000MA76000000", "李四")) {
            assertTrue(publication.summary().contains(value), value + " in " + publication.summary());
        }
        String publicationId = (String) var(pi, WorkflowVariables.DISCLOSURE_PUBLICATION_ID);
        String originalId = (String) var(pi, WorkflowVariables.DISCLOSURE_RECORD_ID);
        assertEquals(0, harness.moveClockAndFireTimers(at(2027, 3, 1, 23, 59, 59)));
        assertEquals(1, harness.moveClockAndFireTimers(at(2027, 3, 2, 0, 0, 1)));
        assertEquals("takenDown", endedAt(pi));
        assertEquals(DisclosureChannel.State.TAKEN_DOWN, channel.state(publicationId).orElseThrow());
        CaseRecord original = record("case-ningxia", originalId);
        assertEquals("approved", original.properties().get("sx:disclosureState"), "the internal original");
        assertNotNull(original.properties().get("sx:takenDownAt"), "the original records the take-down");
    }

    @Test
    @DisplayName("ningxia-2019 附件2 第18项: a major penalty is displayed for 3 years")
    void majorPenaltyDisplayedThreeYears() {
        ProcessInstance pi = start("case-ningxia", Map.of(SanxiangWorkflowModel.PROP_DISCLOSURE_FOR_MAJOR.toVariableName(), true));
        publish(pi);
        assertEquals(LocalDate.of(2029, 3, 1), published(pi).displayUntil());
    }

    @Test
    @DisplayName("restart of the engine mid-process (new engine on the same database) continues where it was")
    void restartMidProcess() {
        ProcessInstance pi = start("case-chongqing", Map.of());
        complete(pi, "draftDisclosure", "clerk", "submit", Map.of());
        harness.restart();
        complete(pi, "reviewDisclosure", "lawyer", "approve", Map.of());
        complete(pi, "approveDisclosure", "head", "approve", Map.of());
        harness.restart();
        DisclosureEvents.revoked(engine().getRuntimeService(), pi.getId(), LocalDate.of(2026, 3, 4), "撤销");
        harness.restart();
        // chongqing-2024 公示 第十三条（二）: due Monday 03-09; the reminder (Friday 03-06) and the escalation fire
        assertEquals(2, harness.moveClockAndFireTimers(at(2026, 3, 10, 0, 0, 0)), "reminder and escalation after the restarts");
        assertEquals(1, notifications.sent(RecordingNotifications.Kind.REMIND).size());
        assertEquals(1, notifications.sent(RecordingNotifications.Kind.ESCALATE).size());
        complete(pi, "withdrawDisclosure", "clerk", "withdrawn", Map.of());
        assertEquals("withdrawn", endedAt(pi));
    }

    @Test
    @DisplayName("a case without its action category cannot start disclosure: the error names sx:actionCategory")
    void missingActionCategoryIsNamed() {
        cases.addCase(new CaseFolder("case-bare", "wuhan-2020", "武人社监〔2026〕99号", "无类别", Set.of(), false,
                Map.of("sx:partyKind", "organisation")));
        Exception e = assertThrows(Exception.class, () -> start("case-bare", Map.of()));
        assertTrue(e.getMessage().contains("sx:actionCategory"), e.getMessage());
        assertEquals(0, engine().getRuntimeService().createProcessInstanceQuery().count());
    }

    @Test
    @DisplayName("fushun-2026 covers full-process records only: disclosure cannot start, the error names the profile")
    void profileWithoutDisclosureIsNamed() {
        cases.addCase(new CaseFolder("case-fushun", "fushun-2026", "抚人社监〔2026〕1号", "抚顺案", Set.of(), false,
                Map.of("sx:actionCategory", "penalty", "sx:partyKind", "organisation")));
        Exception e = assertThrows(Exception.class, () -> start("case-fushun", Map.of()));
        assertTrue(e.getMessage().contains("fushun-2026"), e.getMessage());
    }

    /** A disclosure for a change of the basic information: no decision date on the start form. */
    ProcessInstance startBasicInfoChange(String caseId, LocalDate changed) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(WorkflowVariables.PACKAGE, caseId);
        vars.put(SanxiangWorkflowModel.PROP_DISCLOSURE_TRIGGER.toVariableName(), DisclosureProcess.TRIGGER_BASIC_INFO_CHANGED);
        if (changed != null) {
            vars.put(SanxiangWorkflowModel.PROP_BASIC_INFO_CHANGED_ON.toVariableName(), Date.from(changed.atStartOfDay(ZONE).toInstant()));
        }
        return engine().getRuntimeService().startProcessInstanceByKey("sxDisclosure", vars);
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十三条（一）: a basic-information change skips the exclusions, is drafted, reviewed, approved and published within 20 working days")
    void basicInfoChangeChongqingPublishedByTheUpdateDeadline() {
        ProcessInstance pi = startBasicInfoChange("case-chongqing", DECIDED);
        assertEquals(true, var(pi, WorkflowVariables.DISCLOSURE_BASIC_INFO));
        assertEquals(0, engine().getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("confirmExclusion").count(), "no exclusion determination");
        Task draft = task(pi, "draftDisclosure");
        // 20 working days from Monday 2026-03-02: Monday 03-30, end of day
        assertEquals(at(2026, 3, 30, 23, 59, 59), draft.getDueDate().toInstant());
        assertEquals(2, timers(pi), "reminder and escalation on the draft");
        CaseRecord draftRecord = record("case-chongqing", (String) var(pi, WorkflowVariables.DISCLOSURE_RECORD_ID));
        assertEquals("preAction", draftRecord.properties().get("sx:disclosurePhase"));
        assertTrue(draftRecord.name().startsWith("基础信息变更公示-"), draftRecord.name());

        complete(pi, "draftDisclosure", "clerk", "submit", Map.of());
        assertEquals(at(2026, 3, 30, 23, 59, 59), task(pi, "reviewDisclosure").getDueDate().toInstant());
        // the reminder fires the working day before (Friday 03-27, 09:00)
        assertEquals(0, harness.moveClockAndFireTimers(at(2026, 3, 27, 8, 59, 59)));
        assertEquals(1, harness.moveClockAndFireTimers(at(2026, 3, 27, 9, 0, 0)));
        assertEquals("reviewDisclosure", notifications.sent(RecordingNotifications.Kind.REMIND).get(0).notice().taskKey());
        complete(pi, "reviewDisclosure", "lawyer", "approve", Map.of());
        assertEquals(at(2026, 3, 30, 23, 59, 59), task(pi, "approveDisclosure").getDueDate().toInstant());
        assertTrue(channel.state("publication-1").isEmpty(), "nothing unapproved is published");
        complete(pi, "approveDisclosure", "head", "approve", Map.of());

        String publicationId = (String) var(pi, WorkflowVariables.DISCLOSURE_PUBLICATION_ID);
        assertEquals(DisclosureChannel.State.PUBLISHED, channel.state(publicationId).orElseThrow());
        assertTrue(published(pi).summary().contains("重庆某建筑有限公司"), published(pi).summary());
    }

    @Test
    @DisplayName("wuhan-2020 公示 第六条第三款: a basic-information change is updated promptly (及时): no due date, no timer, then published")
    void basicInfoChangeWuhanPromptlyHasNoTimer() {
        ProcessInstance pi = startBasicInfoChange("case-wuhan", DECIDED);
        Task draft = task(pi, "draftDisclosure");
        assertNull(draft.getDueDate());
        assertEquals(0, timers(pi));
        complete(pi, "draftDisclosure", "clerk", "submit", Map.of());
        assertNull(task(pi, "reviewDisclosure").getDueDate());
        assertEquals(0, timers(pi));
        complete(pi, "reviewDisclosure", "lawyer", "approve", Map.of());
        assertNull(task(pi, "approveDisclosure").getDueDate());
        complete(pi, "approveDisclosure", "leader", "approve", Map.of());
        assertEquals(DisclosureChannel.State.PUBLISHED,
                channel.state((String) var(pi, WorkflowVariables.DISCLOSURE_PUBLICATION_ID)).orElseThrow());
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十三条（一）: a basic-information change without its date cannot start; the error names sxwf_basicInfoChangedOn")
    void basicInfoChangeWithoutDateIsNamed() {
        Exception e = assertThrows(Exception.class, () -> startBasicInfoChange("case-chongqing", null));
        assertTrue(e.getMessage().contains(SanxiangWorkflowModel.PROP_BASIC_INFO_CHANGED_ON.toVariableName()), e.getMessage());
        assertEquals(0, engine().getRuntimeService().createProcessInstanceQuery().count());
    }

    /** A variable of an ended process, from history. */
    Object var2(ProcessInstance pi, String name) {
        return engine().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(name).singleResult().getValue();
    }
}
