package org.sanxiang.workflow.task;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.calendar.CalendarRepository;
import org.sanxiang.rules.calendar.Deadline;
import org.sanxiang.rules.calendar.TimeLimit;
import org.sanxiang.rules.calendar.WorkingDayCalendar;
import org.sanxiang.workflow.VariableCaseLocator;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.access.AccessPolicy;
import org.sanxiang.workflow.engine.EngineHarness;
import org.sanxiang.workflow.engine.H2TestDatabase;
import org.sanxiang.workflow.engine.SxProcessDefinitions;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.memory.InMemoryAccessGrants;
import org.sanxiang.workflow.port.memory.InMemoryBorrowingRegister;
import org.sanxiang.workflow.port.memory.InMemoryCases;
import org.sanxiang.workflow.port.memory.InMemoryDisclosureChannel;
import org.sanxiang.workflow.port.memory.RecordingNotifications;
import org.sanxiang.workflow.record.CaseRecordProcess;
import org.sanxiang.workflow.review.LegalReviewProcess;
import org.sanxiang.workflow.wiring.SxWorkflowBeans;

/**
 * The case folder's running deadlines (sx:runningDeadlines, sx:nextDeadline, sx:nextDeadlineKind,
 * sx:deadlinesProvisional), projected by {@link CaseDeadlines} on the real Activiti engine with H2,
 * on the real holiday calendar (shipped data plus an administrator's override file).
 */
class CaseDeadlinesH2Test {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant MONDAY_10 = at(2026, 3, 2, 10, 0);

    /** A made-up 2027 notice (the real one is not out yet): 1–3 January 2027 are holidays. */
    static final String DATA_2027 = """
            {"format": 1, "years": [{"year": 2027,
              "notices": [{"number": "测试〔2026〕99号", "title": "test: 2027年部分节假日安排"}],
              "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}],
              "workingDays": []}]}
            """;

    @TempDir
    Path dir;

    final InMemoryCases cases = new InMemoryCases();
    CalendarRepository calendars;
    EngineHarness harness;

    static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(ZONE).toInstant();
    }

    static String endOfDay(int y, int m, int d) {
        return LocalDate.of(y, m, d).atTime(Deadline.END_OF_DAY).atZone(ZONE).toOffsetDateTime().toString();
    }

    @BeforeEach
    void startEngine() {
        Map<String, Object> fine8000 = Map.of("sx:actionCategory", "penalty", "sx:partyKind", "individual", "sx:fineAmount", 8000);
        cases.addCase(new CaseFolder("cq-major", "chongqing-2024", "渝人社罚〔2026〕3号", "社保罚款", Set.of("p1"), false, fine8000));
        cases.addCase(new CaseFolder("wh-major", "wuhan-2020", "武人社罚〔2026〕12号", "欠薪罚款", Set.of("p2"), false, fine8000));
        calendars = new CalendarRepository(dir.resolve("override.json")); // absent: shipped data only
        Map<String, Object> beans = SxWorkflowBeans.create(new WorkflowPorts(cases, cases, new InMemoryDisclosureChannel(),
                new RecordingNotifications(), new InMemoryBorrowingRegister(), new InMemoryAccessGrants()),
                new CurrentCalendar(calendars), ZONE, new VariableCaseLocator(), AccessPolicy.DEFAULT);
        harness = new EngineHarness(new H2TestDatabase(), beans);
        harness.setClock(MONDAY_10);
        SxProcessDefinitions.deployAll(harness.engine());
    }

    @AfterEach
    void stopEngine() {
        if (harness != null) {
            harness.close();
        }
    }

    ProcessEngine engine() {
        return harness.engine();
    }

    ProcessInstance startReview(String caseId) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(WorkflowVariables.PACKAGE, caseId);
        vars.put(SanxiangWorkflowModel.PROP_DECISION_NAME.toVariableName(), "罚款决定");
        vars.put(SanxiangWorkflowModel.PROP_PROPOSED_DECISION.toVariableName(), "拟处罚款，依据……");
        return engine().getRuntimeService().startProcessInstanceByKey("sxLegalReview", vars);
    }

    Task task(ProcessInstance pi, String key) {
        Task task = engine().getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
        assertNotNull(task, "open task " + key);
        return task;
    }

    void complete(Task task, String user, String outcome, Map<String, Object> form) {
        engine().getTaskService().claim(task.getId(), user);
        engine().getTaskService().setVariableLocal(task.getId(), WorkflowVariables.outcome(task.getTaskDefinitionKey()), outcome);
        form.forEach((k, v) -> engine().getTaskService().setVariableLocal(task.getId(), k, v));
        engine().getTaskService().complete(task.getId());
    }

    void transfer(ProcessInstance pi) {
        complete(task(pi, LegalReviewProcess.ASSEMBLE_TRANSFER), "officer1", "submit",
                Map.of(SanxiangWorkflowModel.PROP_TRANSFERRED_MATERIALS.toVariableName(), List.of("review-request", "all-evidence", "transfer-list")));
    }

    Map<String, Object> folder(String caseId) {
        return cases.facts(caseId).properties();
    }

    @SuppressWarnings("unchecked")
    List<String> running(String caseId) {
        return (List<String>) folder(caseId).get(SanxiangModel.PROP_RUNNING_DEADLINES.toPrefixString());
    }

    Instant next(String caseId) {
        return ((Date) folder(caseId).get(SanxiangModel.PROP_NEXT_DEADLINE.toPrefixString())).toInstant();
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第九条 (transfer, 3 wd) then 第十一条 (review, 5 wd): started, completed, the entry goes")
    void legalReviewStartedThenTransferCompleted() {
        ProcessInstance pi = startReview("cq-major");
        // 第九条: 3 working days after Monday 03-02
        assertEquals(List.of("legalReviewTransfer|" + endOfDay(2026, 3, 5) + "|chongqing-2024 法制审核 第九条"), running("cq-major"));
        assertEquals("legalReviewTransfer", folder("cq-major").get(SanxiangModel.PROP_NEXT_DEADLINE_KIND.toPrefixString()));
        assertEquals(Instant.parse("2026-03-05T15:59:59Z"), next("cq-major"));
        assertEquals(false, folder("cq-major").get(SanxiangModel.PROP_DEADLINES_PROVISIONAL.toPrefixString()));

        transfer(pi);
        // 第十一条: 5 working days from receipt (Monday) → Monday 03-09; the transfer entry is gone
        assertEquals(List.of("legalReview|" + endOfDay(2026, 3, 9) + "|chongqing-2024 法制审核 第十一条"), running("cq-major"));
        assertEquals("legalReview", folder("cq-major").get(SanxiangModel.PROP_NEXT_DEADLINE_KIND.toPrefixString()));

        complete(task(pi, LegalReviewProcess.LEGAL_REVIEW), "lawyer1", "agree", Map.of(SanxiangWorkflowModel.PROP_OPINION_TEXT.toVariableName(), "事实清楚", SanxiangWorkflowModel.PROP_REVIEW_ITEMS_CHECKED.toVariableName(), List.of("facts")));
        // the leader's decision has no kind on the folder: nothing runs there
        assertEquals(List.of(), running("cq-major"));
        assertNull(folder("cq-major").get(SanxiangModel.PROP_NEXT_DEADLINE.toPrefixString()));
        assertNull(folder("cq-major").get(SanxiangModel.PROP_NEXT_DEADLINE_KIND.toPrefixString()));

        complete(task(pi, LegalReviewProcess.LEADER_DECISION), "leader1", "approve", Map.of(SanxiangWorkflowModel.PROP_LEADER_OPINION.toVariableName(), "同意"));
        // 第十七条: filing within 5 working days after the decision
        assertEquals(List.of("decisionFiling|" + endOfDay(2026, 3, 9) + "|chongqing-2024 法制审核 第十七条"), running("cq-major"));
        complete(task(pi, LegalReviewProcess.FILE_DECISION), "officer1", "filed", Map.of(SanxiangWorkflowModel.PROP_DECISION_DOCUMENT_NUMBER.toVariableName(), "渝人社罚决〔2026〕3号"));
        assertEquals(List.of(), running("cq-major"), "the process ended: nothing runs");
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十一条: an approved extension moves the review deadline on the case folder")
    void extensionMovesTheDate() {
        ProcessInstance pi = startReview("cq-major");
        transfer(pi);
        complete(task(pi, LegalReviewProcess.LEGAL_REVIEW), "lawyer1", LegalReviewProcess.REQUEST_EXTENSION, Map.of(SanxiangWorkflowModel.PROP_EXTENSION_DAYS_REQUESTED.toVariableName(), 3, SanxiangWorkflowModel.PROP_EXTENSION_REASON.toVariableName(), "案情复杂"));
        complete(task(pi, LegalReviewProcess.APPROVE_EXTENSION), "head1", "approve", Map.of(SanxiangWorkflowModel.PROP_EXTENSION_DAYS_APPROVED.toVariableName(), 3));
        assertEquals(List.of("legalReview|" + endOfDay(2026, 3, 12) + "|chongqing-2024 法制审核 第十一条"), running("cq-major"),
                "Monday 03-09 + 3 working days");
        assertEquals(Instant.parse("2026-03-12T15:59:59Z"), next("cq-major"));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十一条 over New Year 2027: provisional without 2027 data, recounted when it arrives")
    void provisionalThenRecomputed() throws IOException {
        harness.setClock(at(2026, 12, 28, 10, 0));
        ProcessInstance pi = startReview("cq-major");
        transfer(pi);
        // weekends only for 2027: 12-29, 12-30, 12-31, 01-01, 01-04
        assertEquals(List.of("legalReview|" + endOfDay(2027, 1, 4) + "|chongqing-2024 法制审核 第十一条"), running("cq-major"));
        assertEquals(true, folder("cq-major").get(SanxiangModel.PROP_DEADLINES_PROVISIONAL.toPrefixString()));

        Files.writeString(dir.resolve("override.json"), DATA_2027);
        assertEquals(Set.of(2027), calendars.reload().changedYears());
        new RecomputeDeadlines(new TaskDeadlines(new CurrentCalendar(calendars), ZONE)).recompute(engine());
        // 1 January 2027 is now a holiday: the fifth working day is 01-05, no longer provisional
        assertEquals(List.of("legalReview|" + endOfDay(2027, 1, 5) + "|chongqing-2024 法制审核 第十一条"), running("cq-major"));
        assertEquals(false, folder("cq-major").get(SanxiangModel.PROP_DEADLINES_PROVISIONAL.toPrefixString()));
        assertEquals(Instant.parse("2027-01-05T15:59:59Z"), next("cq-major"));
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第十二条第一款 and 法制审核 第八条/第十一条: two processes on one case are both listed")
    void twoProcessesOnOneCase() {
        ProcessInstance review = startReview("wh-major");
        // 法制审核 第八条 sets no count for the transfer: nothing is listed
        assertEquals(List.of(), running("wh-major"));
        String record = engine().getRuntimeService().startProcessInstanceByKey("sxCaseRecord",
                Map.of(WorkflowVariables.PACKAGE, "wh-major", SanxiangWorkflowModel.PROP_CASE_SOURCE.toVariableName(), CaseRecordProcess.EMERGENCY)).getId();
        assertNotNull(record);
        // 第十二条第一款: emergency formalities within 2 working days of Monday
        assertEquals(List.of("emergencyFormalities|" + endOfDay(2026, 3, 4) + "|wuhan-2020 全过程记录 第十二条第一款"),
                running("wh-major"));
        transfer(review, List.of("unit-proposal", "case-file", "other-evidence"));
        List<String> both = running("wh-major");
        assertEquals(2, both.size(), both.toString());
        assertEquals("emergencyFormalities|" + endOfDay(2026, 3, 4) + "|wuhan-2020 全过程记录 第十二条第一款", both.get(0));
        assertTrue(both.get(1).startsWith("legalReview|" + endOfDay(2026, 3, 9) + "|wuhan-2020 法制审核 "), both.get(1));
        assertEquals("emergencyFormalities", folder("wh-major").get(SanxiangModel.PROP_NEXT_DEADLINE_KIND.toPrefixString()), "the earliest");

        engine().getRuntimeService().deleteProcessInstance(record, "cancelled");
        assertEquals(1, running("wh-major").size());
        assertEquals("legalReview", folder("wh-major").get(SanxiangModel.PROP_NEXT_DEADLINE_KIND.toPrefixString()));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十一条: a cancelled process clears the case folder's deadlines")
    void cancelledProcessClears() {
        ProcessInstance pi = startReview("cq-major");
        transfer(pi);
        assertEquals(1, running("cq-major").size());
        engine().getRuntimeService().deleteProcessInstance(pi.getId(), "cancelled");
        assertEquals(List.of(), running("cq-major"));
        assertNull(folder("cq-major").get(SanxiangModel.PROP_NEXT_DEADLINE.toPrefixString()));
        assertNull(folder("cq-major").get(SanxiangModel.PROP_NEXT_DEADLINE_KIND.toPrefixString()));
        assertEquals(false, folder("cq-major").get(SanxiangModel.PROP_DEADLINES_PROVISIONAL.toPrefixString()));
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第九条/第十一条: a folder that does not list the deadline that ends is rewritten from the open tasks")
    void staleProjectionIsRewrittenFromTheTruth() {
        ProcessInstance pi = startReview("cq-major");
        // a projection gone stale (e.g. a write that failed after an earlier commit): the transfer is missing, a stray entry stays
        cases.setProperties("cq-major", CaseDeadlines.properties(List.of(new CaseDeadlines.Entry("disclosure",
                Date.from(at(2026, 3, 3, 23, 59)), "stale", false)), ZONE));
        transfer(pi);
        assertEquals(List.of("legalReview|" + endOfDay(2026, 3, 9) + "|chongqing-2024 法制审核 第十一条"), running("cq-major"));
        assertEquals("legalReview", folder("cq-major").get(SanxiangModel.PROP_NEXT_DEADLINE_KIND.toPrefixString()));
    }

    @Test
    @DisplayName("a process that stored its deadline before the citation moved into it (sxp_KDeadline start|UNIT|amount, sxp_KCitation) still shows its article")
    void deadlineStoredInTheOldFormKeepsItsCitation() {
        ProcessInstance pi = startReview("cq-major");
        String key = LegalReviewProcess.ASSEMBLE_TRANSFER;
        String stored = (String) engine().getRuntimeService().getVariable(pi.getId(), WorkflowVariables.deadline(key));
        assertEquals("2026-03-02T00:00|WORKING_DAYS|3|chongqing-2024 法制审核 第九条", stored, "the citation travels in the stored deadline");
        assertNull(engine().getRuntimeService().getVariable(pi.getId(), WorkflowVariables.citation(key)), "no variable of its own");
        // the old form, as a process started before this change left it
        engine().getRuntimeService().setVariable(pi.getId(), WorkflowVariables.deadline(key), "2026-03-02T00:00|WORKING_DAYS|3");
        engine().getRuntimeService().setVariable(pi.getId(), WorkflowVariables.citation(key), "chongqing-2024 法制审核 第九条");
        CaseDeadlines projection = (CaseDeadlines) ((org.activiti.engine.impl.cfg.ProcessEngineConfigurationImpl)
                engine().getProcessEngineConfiguration()).getBeans().get(SxWorkflowBeans.CASE_DEADLINES);
        projection.project(engine(), "cq-major");
        assertEquals(List.of("legalReviewTransfer|" + endOfDay(2026, 3, 5) + "|chongqing-2024 法制审核 第九条"), running("cq-major"));
        transfer(pi);
        assertEquals(List.of("legalReview|" + endOfDay(2026, 3, 9) + "|chongqing-2024 法制审核 第十一条"), running("cq-major"));
    }

    @Test
    @DisplayName("projecting again on unchanged state writes the same properties (idempotent)")
    void idempotent() {
        ProcessInstance pi = startReview("cq-major");
        transfer(pi);
        Map<String, Object> before = Map.copyOf(folder("cq-major"));
        CaseDeadlines projection = (CaseDeadlines) ((org.activiti.engine.impl.cfg.ProcessEngineConfigurationImpl)
                engine().getProcessEngineConfiguration()).getBeans().get(SxWorkflowBeans.CASE_DEADLINES);
        projection.project(engine(), "cq-major");
        projection.project(engine(), "cq-major");
        assertEquals(before, folder("cq-major"));
    }

    void transfer(ProcessInstance pi, List<String> materials) {
        complete(task(pi, LegalReviewProcess.ASSEMBLE_TRANSFER), "officer1", "submit", Map.of(SanxiangWorkflowModel.PROP_TRANSFERRED_MATERIALS.toVariableName(), materials));
    }

    /** The calendar the runtime sees: always the repository's current data (as the runtimes wire it). */
    record CurrentCalendar(CalendarRepository repository) implements WorkingDayCalendar {
        public boolean isWorkingDay(LocalDate day) {
            return repository.current().isWorkingDay(day);
        }

        public boolean hasDataFor(int year) {
            return repository.current().hasDataFor(year);
        }

        public Deadline addWorkingDays(LocalDate from, int n) {
            return repository.current().addWorkingDays(from, n);
        }

        public Deadline addCalendarDays(LocalDate from, int n) {
            return repository.current().addCalendarDays(from, n);
        }

        public Deadline addHours(LocalDateTime from, int n) {
            return repository.current().addHours(from, n);
        }

        public Deadline deadline(LocalDateTime from, TimeLimit limit) {
            return repository.current().deadline(from, limit);
        }

        public int workingDaysBetween(LocalDate from, LocalDate to) {
            return repository.current().workingDaysBetween(from, to);
        }
    }
}
