package org.sanxiang.workflow.access;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.profile.DistrictProfiles;
import org.sanxiang.rules.calendar.WeekdaysOnlyTestCalendar;
import org.sanxiang.workflow.VariableCaseLocator;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.engine.EngineHarness;
import org.sanxiang.workflow.engine.ProcessProbe;
import org.sanxiang.workflow.engine.SxProcessDefinitions;
import org.sanxiang.workflow.engine.TestDatabase;
import org.sanxiang.workflow.port.BorrowingEntry;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.memory.InMemoryAccessGrants;
import org.sanxiang.workflow.port.memory.InMemoryBorrowingRegister;
import org.sanxiang.workflow.port.memory.InMemoryCases;
import org.sanxiang.workflow.port.memory.InMemoryDisclosureChannel;
import org.sanxiang.workflow.port.memory.RecordingNotifications;
import org.sanxiang.workflow.task.EscalateToHead;
import org.sanxiang.workflow.task.RecomputeDeadlines;
import org.sanxiang.workflow.task.TaskDeadlines;
import org.sanxiang.workflow.wiring.SxWorkflowBeans;

/**
 * sxAccess on the real Activiti 5.23 engine; the H2 and PostgreSQL subclasses run the same suite.
 * The clock starts on Monday 2026-03-02 10:00 in Asia/Shanghai; the calendar is the weekdays-only
 * test double.
 */
abstract class AccessProcessTestBase implements ProcessProbe {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant MONDAY_10 = at(2026, 3, 2, 10, 0, 0);

    final InMemoryCases cases = new InMemoryCases();
    final RecordingNotifications notifications = new RecordingNotifications();
    final InMemoryBorrowingRegister register = new InMemoryBorrowingRegister();
    final InMemoryAccessGrants grants = new InMemoryAccessGrants();
    final WeekdaysOnlyTestCalendar calendar = new WeekdaysOnlyTestCalendar();
    EngineHarness harness;
    String inspection;
    String complaint;
    String whistleblowerLetter;
    String witnessStatement;
    String video;

    abstract TestDatabase newDatabase();

    static Instant at(int y, int m, int d, int h, int min, int s) {
        return LocalDateTime.of(y, m, d, h, min, s).atZone(ZONE).toInstant();
    }

    /** A district profile extending wuhan-2020 and changing nothing. */
    static final String DISTRICT = "wuhan-jiangan-2026";

    @BeforeEach
    void startEngine() {
        cases.addCase(new CaseFolder("case-wuhan", "wuhan-2020", "武人社监〔2026〕12号", "欠薪案", Set.of("party-1"), false, Map.of()));
        cases.addCase(new CaseFolder("case-district", DISTRICT, "江人社监〔2026〕1号", "欠薪案", Set.of("party-9"), false, Map.of()));
        cases.createRecord("case-district", "sx:textRecord", "现场检查笔录.pdf", Map.of());
        cases.addCase(new CaseFolder("case-chongqing", "chongqing-2024", "渝人社监〔2026〕3号", "社保案", Set.of("party-2"), false, Map.of()));
        inspection = cases.createRecord("case-wuhan", "sx:textRecord", "现场检查笔录.pdf", Map.of()).id();
        complaint = cases.createRecord("case-wuhan", "sx:textRecord", "投诉登记表.pdf",
                Map.of(CaseRecord.PROTECTED_INFORMATION, List.of("complainant"))).id();
        whistleblowerLetter = cases.createRecord("case-wuhan", "sx:textRecord", "举报信.pdf",
                Map.of(CaseRecord.PROTECTED_INFORMATION, List.of("whistleblower", "otherThirdParty"))).id();
        witnessStatement = cases.createRecord("case-wuhan", "sx:textRecord", "证人询问笔录.pdf",
                Map.of(CaseRecord.PROTECTED_INFORMATION, "otherThirdParty")).id();
        video = cases.createRecord("case-wuhan", "sx:avRecord", "执法记录仪视频.mp4", Map.of()).id();
        cases.createRecord("case-chongqing", "sx:textRecord", "询问笔录.pdf", Map.of());

        Map<String, Object> beans = SxWorkflowBeans.create(new WorkflowPorts(cases, cases, new InMemoryDisclosureChannel(),
                notifications, register, grants), calendar, ZONE, new VariableCaseLocator(),
                AccessPolicy.DEFAULT, DistrictProfiles.with(DISTRICT, "{\"id\": \"" + DISTRICT + "\", \"extends\": \"wuhan-2020\"}"));
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

    ProcessInstance request(String caseId, String kind, String basis, String courtOrder, String partyId, int days) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(WorkflowVariables.PACKAGE, caseId);
        vars.put(SanxiangWorkflowModel.PROP_REQUESTER_KIND.toVariableName(), kind);
        vars.put(SanxiangWorkflowModel.PROP_REQUESTER_NAME.toVariableName(), "王五");
        vars.put(SanxiangWorkflowModel.PROP_REQUESTER_ORGANISATION.toVariableName(), "某律师事务所");
        vars.put(SanxiangWorkflowModel.PROP_ACCESS_LEGAL_BASIS.toVariableName(), basis);
        vars.put(SanxiangWorkflowModel.PROP_COURT_ORDER_NUMBER.toVariableName(), courtOrder);
        vars.put(SanxiangWorkflowModel.PROP_REQUESTER_PARTY_ID.toVariableName(), partyId);
        vars.put(SanxiangWorkflowModel.PROP_ACCESS_REASON.toVariableName(), "行政诉讼举证");
        vars.put(SanxiangWorkflowModel.PROP_PERIOD_WORKING_DAYS.toVariableName(), days);
        return engine().getRuntimeService().startProcessInstanceByKey("sxAccess", vars);
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十九条第四款: approved party request, whistleblower/complainant/third-party records withheld")
    void approvedPartyRequestWithholdsThirdPartyInformation() {
        ProcessInstance pi = request("case-wuhan", "PARTY", null, null, "party-1", 5);
        Task approve = task(pi, "approveAccess");
        assertEquals("sxwf:approveAccessTask", engine().getFormService().getTaskFormKey(pi.getProcessDefinitionId(), "approveAccess"));
        // wuhan-2020 第二十九条第一款: released only with the head's approval
        assertEquals(Set.of("GROUP_SX_LEADERS"), candidateGroups(approve));
        // approval deadline: 5 working days after Monday 2026-03-02 = Monday 2026-03-09, end of day
        Instant due = at(2026, 3, 9, 23, 59, 59);
        assertEquals(due, approve.getDueDate().toInstant());
        assertNull(engine().getTaskService().getVariableLocal(approve.getId(), "bpm_dueDate"), "Share reads the task's due date");

        complete(approve, "leader1", "approve", Map.of());

        String grantId = (String) var(pi, WorkflowVariables.ACCESS_GRANT_ID);
        InMemoryAccessGrants.Grant grant = grants.find(grantId).orElseThrow();
        assertEquals(Set.of(inspection, video), Set.copyOf(grant.recordIds()));
        assertEquals(at(2026, 3, 9, 23, 59, 59), grant.until());
        assertTrue(grants.isActive(grantId));

        BorrowingEntry entry = register.find((String) var(pi, WorkflowVariables.ACCESS_REGISTER_ENTRY_ID)).orElseThrow();
        assertEquals(BorrowingEntry.Status.OPEN, entry.status());
        assertEquals("leader1", entry.approver());
        assertEquals("王五", entry.requester());
        assertEquals("PARTY", entry.requesterKind());
        assertEquals("行政诉讼举证", entry.reason());
        assertEquals(Set.of(complaint, whistleblowerLetter, witnessStatement), entry.withheld().keySet());
        assertEquals("COMPLAINANT", entry.withheld().get(complaint));

        String slip = cases.text((String) var(pi, WorkflowVariables.ACCESS_GRANT_DOCUMENT_ID));
        assertTrue(slip.contains("举报信.pdf: [THIRD_PARTY, WHISTLEBLOWER]"), slip);
        assertTrue(slip.contains("wuhan-2020 全过程记录 第二十九条第四款"), slip);

        Task ret = task(pi, "returnAccess");
        assertEquals(Set.of("GROUP_SX_ARCHIVISTS"), candidateGroups(ret));
        assertEquals(at(2026, 3, 9, 23, 59, 59), ret.getDueDate().toInstant());
        complete(ret, "archivist1", "returned", Map.of(SanxiangWorkflowModel.PROP_COPIES_MADE.toVariableName(), 2));

        assertEquals("returned", endedAt(pi));
        assertFalse(grants.isActive(grantId));
        BorrowingEntry closed = register.find(entry.id()).orElseThrow();
        assertEquals(BorrowingEntry.Status.RETURNED, closed.status());
        assertEquals(2, closed.copiesMade());
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十九条: a district profile extending wuhan-2020 inherits its access routes — the party's request goes to the head, a lawyer without a court order is refused")
    void districtProfileInheritsTheAccessRoutes() {
        ProcessInstance pi = request("case-district", "PARTY", null, null, "party-9", 5);
        Task approve = task(pi, "approveAccess");
        assertNotNull(approve, "admitted on wuhan-2020 第二十九条第四款");
        assertEquals(Set.of("GROUP_SX_LEADERS"), candidateGroups(approve));
        complete(approve, "leader1", "approve", Map.of());
        assertNotNull(task(pi, "returnAccess"), "granted: the grant reads the same routes");

        ProcessInstance lawyer = request("case-district", "LAWYER", "授权委托书", null, null, 5);
        assertEquals("refused", endedAt(lawyer));
        BorrowingEntry refused = register.entries("case-district").stream()
                .filter(e -> e.status() == BorrowingEntry.Status.REFUSED).findFirst().orElseThrow();
        assertTrue(refused.note().contains("第二十九条第三款"), refused.note());
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十九条第三款: a lawyer without a court investigation order is refused by the rule")
    void lawyerWithoutCourtOrderIsRefused() {
        ProcessInstance pi = request("case-wuhan", "LAWYER", "授权委托书", null, null, 5);
        assertEquals("refused", endedAt(pi));
        assertEquals(0, engine().getTaskService().createTaskQuery().count());
        List<BorrowingEntry> entries = register.entries("case-wuhan");
        assertEquals(1, entries.size());
        assertEquals(BorrowingEntry.Status.REFUSED, entries.get(0).status());
        assertTrue(entries.get(0).note().contains("wuhan-2020 全过程记录 第二十九条第三款"), entries.get(0).note());
        assertEquals(1, notifications.sent(RecordingNotifications.Kind.INFORM).size());
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十九条第二款: a court's request by letter, rejected by the approver")
    void rejectedRequest() {
        ProcessInstance pi = request("case-wuhan", "COURT", "（2026）鄂0102行初55号 调阅函", null, null, 3);
        complete(task(pi, "approveAccess"), "leader1", "reject", Map.of(WorkflowVariables.COMMENT, "与本案无关"));
        assertEquals("refused", endedAt(pi));
        BorrowingEntry entry = register.entries("case-wuhan").get(0);
        assertEquals(BorrowingEntry.Status.REFUSED, entry.status());
        assertEquals("leader1", entry.approver());
        assertTrue(entry.note().contains("与本案无关"));
        assertTrue(entry.legalBasis().contains("调阅函"));
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十七条第三款: the approval says whether copies may be taken; the return accounts for every copy taken")
    void copiesFollowTheApprovalAndTheReturnAccountsForThem() {
        ProcessInstance readOnly = request("case-wuhan", "COURT", "调阅函", null, null, 2);
        complete(task(readOnly, "approveAccess"), "leader1", "approve", Map.of());
        InMemoryAccessGrants.Grant read = grants.find((String) var(readOnly, WorkflowVariables.ACCESS_GRANT_ID)).orElseThrow();
        assertFalse(read.copiesAllowed(), "no copies unless the approver allows them (sxwf:copiesAllowed defaults to false)");
        assertFalse(grants.takeCopy("case-wuhan", "王五", inspection, MONDAY_10));

        ProcessInstance pi = request("case-wuhan", "COURT", "调阅函", null, null, 2);
        complete(task(pi, "approveAccess"), "leader1", "approve",
                Map.of(SanxiangWorkflowModel.PROP_COPIES_ALLOWED.toVariableName(), true));
        String grantId = (String) var(pi, WorkflowVariables.ACCESS_GRANT_ID);
        assertTrue(grants.find(grantId).orElseThrow().copiesAllowed());
        assertTrue(cases.text((String) var(pi, WorkflowVariables.ACCESS_GRANT_DOCUMENT_ID)).contains("准予复制 Copies allowed: 是"));
        grants.revoke(read.id(), "returned"); // the copies below are taken under the grant that allows them
        assertTrue(grants.takeCopy("case-wuhan", "王五", inspection, MONDAY_10));
        assertTrue(grants.takeCopy("case-wuhan", "王五", video, MONDAY_10));
        assertEquals(2, grants.copiesTaken(grantId));

        Task ret = task(pi, "returnAccess");
        Exception e = assertThrows(Exception.class, () -> complete(ret, "archivist1", "returned",
                Map.of(SanxiangWorkflowModel.PROP_COPIES_MADE.toVariableName(), 1)));
        assertTrue(e.getMessage().contains("sxwf_copiesMade") && e.getMessage().contains("2 were taken"), e.getMessage());
        assertTrue(grants.isActive(grantId), "refused: the grant runs on");
        assertNotNull(task(pi, "returnAccess"), "refused: the return is still to be recorded");

        complete(task(pi, "returnAccess"), "archivist1", "returned", Map.of(SanxiangWorkflowModel.PROP_COPIES_MADE.toVariableName(), 2));
        assertFalse(grants.isActive(grantId));
        assertEquals("returned", endedAt(pi));
    }

    @Test
    @DisplayName("fushun-2026 全过程记录细则 第二十六条 / wuhan-2020 第二十九条: the grant expires at the end of the borrowing period")
    void grantExpiresWhenTheClockPassesTheBorrowingPeriod() {
        ProcessInstance pi = request("case-wuhan", "COURT", "调阅函", null, null, 2);
        complete(task(pi, "approveAccess"), "leader1", "approve", Map.of());
        String grantId = (String) var(pi, WorkflowVariables.ACCESS_GRANT_ID);
        // 2 working days after Monday: Wednesday 2026-03-04 end of day; reminder Tuesday 09:00
        harness.moveClockAndFireTimers(at(2026, 3, 4, 23, 59, 58));
        assertTrue(grants.isActive(grantId), "still within the period");
        assertNotNull(task(pi, "returnAccess"));
        assertEquals(1, notifications.sent(RecordingNotifications.Kind.REMIND).size());

        harness.moveClockAndFireTimers(at(2026, 3, 5, 0, 0, 0));
        assertFalse(grants.isActive(grantId));
        assertEquals("borrowing period ended", grants.find(grantId).orElseThrow().revokedFor());
        assertEquals("expired", endedAt(pi));
        assertEquals(BorrowingEntry.Status.EXPIRED,
                register.find((String) engine().getHistoryService().createHistoricVariableInstanceQuery()
                        .processInstanceId(pi.getId()).variableName(WorkflowVariables.ACCESS_REGISTER_ENTRY_ID).singleResult().getValue())
                        .orElseThrow().status());
        assertTrue(notifications.sent(RecordingNotifications.Kind.INFORM).stream()
                .anyMatch(s -> "GROUP_SX_ARCHIVISTS".equals(s.recipient())));
    }

    @Test
    @DisplayName("reminder one working day ahead, escalation to the head at the deadline (chongqing-2024 全过程记录 第十五条第四款 request)")
    void reminderAndEscalationByMovingTheClock() {
        ProcessInstance pi = request("case-chongqing", "PARTY", null, null, "party-2", 5);
        Task approve = task(pi, "approveAccess");
        assertEquals(Set.of("GROUP_SX_ENFORCEMENT"), candidateGroups(approve));
        // due Monday 2026-03-09 end of day; the last working day before it is Friday 03-06: reminder at 09:00
        assertEquals(0, harness.moveClockAndFireTimers(at(2026, 3, 6, 8, 59, 59)));
        assertEquals(1, harness.moveClockAndFireTimers(at(2026, 3, 6, 9, 0, 0)));
        List<RecordingNotifications.Sent> reminders = notifications.sent(RecordingNotifications.Kind.REMIND);
        assertEquals(1, reminders.size());
        assertEquals(approve.getId(), reminders.get(0).notice().taskId());
        assertEquals(Set.of("GROUP_SX_ENFORCEMENT"), reminders.get(0).notice().candidateGroups());
        assertEquals("case-chongqing", reminders.get(0).caseId());
        assertTrue(notifications.sent(RecordingNotifications.Kind.ESCALATE).isEmpty());

        assertEquals(0, harness.moveClockAndFireTimers(at(2026, 3, 9, 23, 59, 58)));
        assertEquals(1, harness.moveClockAndFireTimers(at(2026, 3, 10, 0, 0, 0)));
        List<RecordingNotifications.Sent> escalations = notifications.sent(RecordingNotifications.Kind.ESCALATE);
        assertEquals(1, escalations.size());
        assertEquals(at(2026, 3, 9, 23, 59, 59), escalations.get(0).notice().dueAt());
        // the task stays open, now also with the leaders
        Task still = task(pi, "approveAccess");
        assertEquals(approve.getId(), still.getId());
        assertEquals(Set.of("GROUP_SX_ENFORCEMENT", EscalateToHead.HEADS_GROUP), candidateGroups(still));
        assertEquals(Boolean.TRUE, engine().getTaskService().getVariableLocal(still.getId(), WorkflowVariables.ESCALATED));
        // nothing fires twice
        assertEquals(0, harness.moveClockAndFireTimers(at(2026, 3, 20, 0, 0, 0)));
        complete(still, "head1", "approve", Map.of());
        assertNotNull(task(pi, "returnAccess"));
    }

    @Test
    @DisplayName("restart mid-process: a new engine on the same database continues sxAccess where it was")
    void restartContinuesWhereItWas() {
        ProcessInstance pi = request("case-wuhan", "LAWYER", null, "(2026)鄂0102调字第7号", null, 3);
        String approveId = task(pi, "approveAccess").getId();

        harness.restart();
        Task approve = task(pi, "approveAccess");
        assertEquals(approveId, approve.getId());
        complete(approve, "leader1", "approve", Map.of());
        String grantId = (String) var(pi, WorkflowVariables.ACCESS_GRANT_ID);
        assertTrue(grants.isActive(grantId));

        harness.restart();
        // 3 working days after Monday: Thursday 2026-03-05 end of day
        harness.moveClockAndFireTimers(at(2026, 3, 6, 0, 0, 0));
        assertEquals("expired", endedAt(pi));
        assertFalse(grants.isActive(grantId));
    }

    @Test
    @DisplayName("new calendar data: running due dates, bpm_dueDate and timers are counted again")
    void calendarChangeRecomputesDueDatesAndTimers() {
        ProcessInstance pi = request("case-chongqing", "PARTY", null, null, "party-2", 5);
        Task approve = task(pi, "approveAccess");
        assertEquals(at(2026, 3, 9, 23, 59, 59), approve.getDueDate().toInstant());

        // Friday 2026-03-06 becomes a holiday: 5 working days after Monday now end on Tuesday 03-10,
        // and the reminder moves to Monday 03-09 09:00
        calendar.closeDay(java.time.LocalDate.of(2026, 3, 6));
        RecomputeDeadlines.Result result = new RecomputeDeadlines(new TaskDeadlines(calendar, ZONE)).recompute(engine());
        assertEquals(new RecomputeDeadlines.Result(1, 1, 1, 2), result);

        Task moved = task(pi, "approveAccess");
        Instant newDue = at(2026, 3, 10, 23, 59, 59);
        assertEquals(newDue, moved.getDueDate().toInstant());
        assertNull(engine().getTaskService().getVariableLocal(moved.getId(), "bpm_dueDate"), "Share reads the task's due date");
        assertEquals(0, harness.moveClockAndFireTimers(at(2026, 3, 9, 8, 59, 59)), "the old reminder time no longer fires");
        assertEquals(1, harness.moveClockAndFireTimers(at(2026, 3, 9, 9, 0, 0)));
        assertEquals(1, notifications.sent(RecordingNotifications.Kind.REMIND).size());
        assertEquals(0, harness.moveClockAndFireTimers(at(2026, 3, 10, 23, 59, 58)), "the old deadline no longer escalates");
        assertEquals(1, harness.moveClockAndFireTimers(at(2026, 3, 11, 0, 0, 0)));
        assertEquals(1, notifications.sent(RecordingNotifications.Kind.ESCALATE).size());
        // counting again on unchanged data changes nothing
        assertEquals(0, new RecomputeDeadlines(new TaskDeadlines(calendar, ZONE)).recompute(engine()).changedDeadlines());
    }

    @Test
    @DisplayName("an approval without its outcome cannot complete; the task stays open")
    void completingWithoutOutcomeFailsNamingTheProperty() {
        ProcessInstance pi = request("case-wuhan", "PARTY", null, null, "party-1", 5);
        Task approve = task(pi, "approveAccess");
        Exception e = assertThrows(Exception.class, () -> engine().getTaskService().complete(approve.getId()));
        assertTrue(e.getMessage().contains("sxwf_approveAccessOutcome"), e.getMessage());
        assertNotNull(task(pi, "approveAccess"));
    }

    @Test
    @DisplayName("a request without a case fails naming bpm_package and sx_caseId")
    void requestWithoutCaseFails() {
        Exception e = assertThrows(Exception.class, () -> request(null, "COURT", "函", null, null, 3));
        assertTrue(e.getMessage().contains("bpm_package") && e.getMessage().contains("sx_caseId"), e.getMessage());
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十九条第三款: the start form's values (sx:requesterKinds, sxwf_* model fields) are understood")
    void startFormSuppliesModelValues() {
        assertEquals("sxwf_requesterKind", SanxiangWorkflowModel.PROP_REQUESTER_KIND.toVariableName());
        assertEquals("sxwf_courtOrderNumber", SanxiangWorkflowModel.PROP_COURT_ORDER_NUMBER.toVariableName());
        ProcessInstance pi = request("case-wuhan", "lawyer", null, "(2026)鄂0102调字第9号", null, 3);
        assertNotNull(task(pi, "approveAccess"), "a lawyer with a court order may ask");
        ProcessInstance party = request("case-wuhan", "party", null, null, "party-1", 3);
        assertNotNull(task(party, "approveAccess"));
    }

    @Test
    @DisplayName("a request naming an unknown requester kind fails at start, naming the variable")
    void badRequestFailsNamingTheVariable() {
        Exception e = assertThrows(Exception.class, () -> request("case-wuhan", "JOURNALIST", null, null, null, 3));
        assertTrue(e.getMessage().contains(SanxiangWorkflowModel.PROP_REQUESTER_KIND.toVariableName()), e.getMessage());
        assertEquals(0, engine().getRuntimeService().createProcessInstanceQuery().count());
    }
}
