package org.sanxiang.workflow.objection;

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
import org.sanxiang.workflow.access.AccessPolicy;
import org.sanxiang.workflow.engine.EngineHarness;
import org.sanxiang.workflow.engine.ProcessProbe;
import org.sanxiang.workflow.engine.SxProcessDefinitions;
import org.sanxiang.workflow.engine.TestDatabase;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.DisclosureChannel;
import org.sanxiang.workflow.port.memory.InMemoryAccessGrants;
import org.sanxiang.workflow.port.memory.InMemoryBorrowingRegister;
import org.sanxiang.workflow.port.memory.InMemoryCases;
import org.sanxiang.workflow.port.memory.InMemoryDisclosureChannel;
import org.sanxiang.workflow.port.memory.RecordingNotifications;
import org.sanxiang.workflow.wiring.SxWorkflowBeans;

/**
 * sxObjection on the real Activiti 5.23 engine, against records published by the real sxDisclosure;
 * the H2 and PostgreSQL subclasses run the same suite. The clock is Monday 2026-03-02 10:00 in
 * Asia/Shanghai; the calendar is the weekdays-only test double.
 */
abstract class ObjectionProcessTestBase implements ProcessProbe {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant MONDAY_10 = at(2026, 3, 2, 10, 0, 0);
    static final LocalDate DECIDED = LocalDate.of(2026, 3, 2);

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
        cases.addCase(new CaseFolder("case-tianjin", "tianjin-2019", "津人社监〔2026〕8号", "欠薪案", Set.of(), false,
                Map.of("sx:actionCategory", "penalty", "sx:partyKind", "organisation", "sx:partyName", "天津某公司",
                        "sx:caseDecisionNumber", "津人社监罚〔2026〕8号", "sx:enforcementUnit", "天津市人力资源和社会保障局")));

        Map<String, Object> beans = SxWorkflowBeans.create(new WorkflowPorts(cases, cases, channel, notifications,
                new InMemoryBorrowingRegister(), new InMemoryAccessGrants()), new WeekdaysOnlyTestCalendar(), ZONE,
                new VariableCaseLocator(), AccessPolicy.DEFAULT);
        harness = new EngineHarness(newDatabase(), beans);
        harness.setClock(MONDAY_10);
        SxProcessDefinitions.deployAll(harness.engine());
    }

    private void decisionDocument(String caseId, String text) {
        CaseRecord record = cases.createRecord(caseId, SanxiangModel.TYPE_DECISION_DOCUMENT.toPrefixString(), "行政处罚决定书.pdf",
                Map.of("sx:mainFacts", "未依法缴纳社会保险费", "sx:legalBasis", "《社会保险法》第八十六条", "sx:decisionContent", "罚款"));
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

    /** sxDisclosure up to the published record, waiting for a correction or withdrawal. */
    ProcessInstance published(String caseId) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(WorkflowVariables.PACKAGE, caseId);
        vars.put(SanxiangWorkflowModel.PROP_DISCLOSURE_DECISION_DATE.toVariableName(), Date.from(DECIDED.atStartOfDay(ZONE).toInstant()));
        ProcessInstance pi = engine().getRuntimeService().startProcessInstanceByKey("sxDisclosure", vars);
        complete(pi, "draftDisclosure", "clerk", "submit", Map.of());
        complete(pi, "reviewDisclosure", "lawyer", "approve", Map.of());
        complete(pi, "approveDisclosure", "leader", "approve", Map.of());
        assertEquals(DisclosureChannel.State.PUBLISHED, channel.state(publicationId(pi)).orElseThrow());
        return pi;
    }

    String publicationId(ProcessInstance disclosure) {
        return (String) var(disclosure, WorkflowVariables.DISCLOSURE_PUBLICATION_ID);
    }

    ProcessInstance object(String caseId, String recordId, LocalDate received) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(WorkflowVariables.PACKAGE, caseId);
        vars.put(SanxiangWorkflowModel.PROP_OBJECTED_RECORD_ID.toVariableName(), recordId);
        vars.put(SanxiangWorkflowModel.PROP_OBJECTOR_NAME.toVariableName(), "赵六");
        vars.put(SanxiangWorkflowModel.PROP_OBJECTOR_KIND.toVariableName(), "party");
        vars.put(SanxiangWorkflowModel.PROP_OBJECTOR_CONTACT.toVariableName(), "zhaoliu@example.org");
        vars.put(SanxiangWorkflowModel.PROP_OBJECTION_GROUNDS.toVariableName(), "公示的罚款金额与决定书不一致");
        if (received != null) {
            vars.put(SanxiangWorkflowModel.PROP_OBJECTION_RECEIVED_ON.toVariableName(), Date.from(received.atStartOfDay(ZONE).toInstant()));
        }
        return engine().getRuntimeService().startProcessInstanceByKey(ObjectionProcess.KEY, vars);
    }

    static Map<String, Object> finding(String finding, String basis) {
        return Map.of(SanxiangWorkflowModel.PROP_OBJECTION_FINDING.toVariableName(), finding,
                SanxiangWorkflowModel.PROP_OBJECTION_BASIS.toVariableName(), basis);
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十三条第二款: unit and legal office both check, promptly (no count); maintained; the objector is told; every step's record in the case")
    void chongqingMaintained() {
        ProcessInstance disclosure = published("case-chongqing");
        String recordId = (String) var(disclosure, WorkflowVariables.DISCLOSURE_RECORD_ID);
        int before = cases.records("case-chongqing").size();

        ProcessInstance pi = object("case-chongqing", recordId, null);
        assertEquals("sxwf:objectionStartTask", engine().getFormService().getStartFormKey(pi.getProcessDefinitionId()));
        Task unit = task(pi, ObjectionProcess.UNIT_CHECK);
        assertEquals(Set.of("GROUP_SX_ENFORCEMENT"), candidateGroups(unit));
        assertNull(unit.getDueDate(), "及时 is no day count");
        assertTrue(unit.getDescription().contains("公示 第十三条第二款"), unit.getDescription());
        complete(pi, ObjectionProcess.UNIT_CHECK, "officer1", ObjectionProcess.MAINTAIN,
                finding("公示金额与决定书一致", "《社会保险法》第八十六条；决定书渝人社监罚〔2026〕3号"));
        Task legal = task(pi, ObjectionProcess.LEGAL_CHECK);
        assertEquals(Set.of("GROUP_SX_LEGAL_OFFICE"), candidateGroups(legal));
        // scheduled with the unit's check, created after it: its no-limit reason was kept on the process meanwhile
        assertTrue(legal.getDescription().contains("公示 第十三条第二款"), legal.getDescription());
        complete(pi, ObjectionProcess.LEGAL_CHECK, "lawyer1", ObjectionProcess.AGREE,
                Map.of(SanxiangWorkflowModel.PROP_LEGAL_OFFICE_FINDING.toVariableName(), "同意维持"));

        assertEquals("informed", endedAt(pi));
        assertEquals(DisclosureChannel.State.PUBLISHED, channel.state(publicationId(disclosure)).orElseThrow());
        assertEquals(before + 3, cases.records("case-chongqing").size(), "register entry, check record, notice");
        String check = cases.text((String) historic(pi, WorkflowVariables.OBJECTION_CHECK_DOCUMENT_ID));
        assertTrue(check.contains("officer1") && check.contains("lawyer1") && check.contains("同意维持"), check);
        String notice = cases.text((String) historic(pi, WorkflowVariables.OBJECTION_NOTICE_DOCUMENT_ID));
        assertTrue(notice.contains("异议处理结果告知书") && notice.contains("维持公示信息") && notice.contains("公示的罚款金额与决定书不一致")
                && notice.contains("《社会保险法》第八十六条") && notice.contains("chongqing-2024 公示 第十三条第二款"), notice);
        List<RecordingNotifications.Sent> told = notifications.sent(RecordingNotifications.Kind.INFORM).stream()
                .filter(s -> "zhaoliu@example.org".equals(s.recipient())).toList();
        assertEquals(1, told.size());
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十三条第二款 + 第十三条（三）: the legal office sends the check back, then a correction starts sxDisclosure's 3-working-day correction")
    void chongqingCorrectedAfterDisagreement() {
        ProcessInstance disclosure = published("case-chongqing");
        ProcessInstance pi = object("case-chongqing", (String) var(disclosure, WorkflowVariables.DISCLOSURE_RECORD_ID), null);
        complete(pi, ObjectionProcess.UNIT_CHECK, "officer1", ObjectionProcess.MAINTAIN, finding("无误", "决定书"));
        complete(pi, ObjectionProcess.LEGAL_CHECK, "lawyer1", ObjectionProcess.DISAGREE,
                Map.of(SanxiangWorkflowModel.PROP_LEGAL_OFFICE_FINDING.toVariableName(), "公示金额有误"));
        // back to the unit without scheduling it again: the same reason as its first pass (which took it at creation)
        Task again = task(pi, ObjectionProcess.UNIT_CHECK);
        assertTrue(again.getDescription().contains("公示 第十三条第二款"), again.getDescription());
        complete(pi, ObjectionProcess.UNIT_CHECK, "officer1", ObjectionProcess.CORRECT, finding("公示金额录入错误", "公示 第十三条（三）"));
        complete(pi, ObjectionProcess.LEGAL_CHECK, "lawyer1", ObjectionProcess.AGREE, Map.of());
        assertEquals("informed", endedAt(pi));

        Task correct = engine().getTaskService().createTaskQuery().processInstanceId(disclosure.getId())
                .taskDefinitionKey("correctDisclosure").singleResult();
        assertNotNull(correct, "sxDisclosure's correction path runs");
        // 3 working days from Monday 2026-03-02, the day the check confirmed the error: Thursday 03-05
        assertEquals(at(2026, 3, 5, 23, 59, 59), correct.getDueDate().toInstant());
        String notice = cases.text((String) historic(pi, WorkflowVariables.OBJECTION_NOTICE_DOCUMENT_ID));
        assertTrue(notice.contains("更正公示信息"), notice);
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十三条第二款 + 第十三条（二）: withdraw starts sxDisclosure's 3-working-day withdrawal")
    void chongqingWithdrawn() {
        ProcessInstance disclosure = published("case-chongqing");
        ProcessInstance pi = object("case-chongqing", (String) var(disclosure, WorkflowVariables.DISCLOSURE_RECORD_ID), null);
        complete(pi, ObjectionProcess.UNIT_CHECK, "officer1", ObjectionProcess.WITHDRAW, finding("决定已被撤销", "复议决定书"));
        complete(pi, ObjectionProcess.LEGAL_CHECK, "lawyer1", ObjectionProcess.AGREE, Map.of());
        Task withdraw = engine().getTaskService().createTaskQuery().processInstanceId(disclosure.getId())
                .taskDefinitionKey("withdrawDisclosure").singleResult();
        assertNotNull(withdraw);
        assertEquals(at(2026, 3, 5, 23, 59, 59), withdraw.getDueDate().toInstant());
        assertTrue(cases.text((String) historic(pi, WorkflowVariables.OBJECTION_NOTICE_DOCUMENT_ID)).contains("撤下公示信息"));
    }

    @Test
    @DisplayName("ningxia-2019 附件1 公示办法 第十四条: the unit alone, within 10 working days of receipt; 第十六条: the notice tells the remedies")
    void ningxiaTenWorkingDays() {
        ProcessInstance disclosure = published("case-ningxia");
        ProcessInstance pi = object("case-ningxia", (String) var(disclosure, WorkflowVariables.DISCLOSURE_RECORD_ID), LocalDate.of(2026, 3, 2));
        Task unit = task(pi, ObjectionProcess.UNIT_CHECK);
        // 10 working days from Monday 2026-03-02: Monday 03-16, end of day
        assertEquals(at(2026, 3, 16, 23, 59, 59), unit.getDueDate().toInstant());
        complete(pi, ObjectionProcess.UNIT_CHECK, "officer1", ObjectionProcess.MAINTAIN, finding("无误", "决定书"));
        assertEquals("informed", endedAt(pi), "no legal office check in ningxia-2019");
        String notice = cases.text((String) historic(pi, WorkflowVariables.OBJECTION_NOTICE_DOCUMENT_ID));
        assertTrue(notice.contains("行政复议") && notice.contains("ningxia-2019 附件1 第十六条"), notice);
    }

    @Test
    @DisplayName("tianjin-2019 实施方案: no objection procedure — the registration refuses, saying so; nothing starts")
    void tianjinNotCovered() {
        CaseRecord record = cases.createRecord("case-tianjin", SanxiangModel.TYPE_DISCLOSURE_RECORD.toPrefixString(), "公示.txt",
                Map.of(SanxiangModel.PROP_DISCLOSURE_STATE.toPrefixString(), "published"));
        Exception e = assertThrows(Exception.class, () -> object("case-tianjin", record.id(), null));
        assertTrue(e.getMessage().contains("未规定对公示信息的异议处理"), e.getMessage());
        assertEquals(0, engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ObjectionProcess.KEY).count());
    }

    @Test
    @DisplayName("an objection names a published disclosure record of the case: another record is refused naming sxwf_objectedRecordId")
    void objectionAgainstANonDisclosureRecordIsRefused() {
        String decision = cases.records("case-chongqing").get(0).id();
        Exception e = assertThrows(Exception.class, () -> object("case-chongqing", decision, null));
        assertTrue(e.getMessage().contains("sxwf_objectedRecordId"), e.getMessage());
    }
}
