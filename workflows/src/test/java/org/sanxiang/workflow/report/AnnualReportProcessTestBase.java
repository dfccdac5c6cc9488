package org.sanxiang.workflow.report;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
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
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.calendar.WeekdaysOnlyTestCalendar;
import org.sanxiang.rules.report.AnnualAccount;
import org.sanxiang.rules.report.CaseRow;
import org.sanxiang.rules.report.Figure;
import org.sanxiang.workflow.VariableCaseLocator;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.access.AccessPolicy;
import org.sanxiang.workflow.engine.EngineHarness;
import org.sanxiang.workflow.engine.ProcessProbe;
import org.sanxiang.workflow.engine.SxProcessDefinitions;
import org.sanxiang.workflow.engine.TestDatabase;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.DisclosureChannel;
import org.sanxiang.workflow.port.Publication;
import org.sanxiang.workflow.port.ReportFile;
import org.sanxiang.workflow.port.memory.InMemoryAccessGrants;
import org.sanxiang.workflow.port.memory.InMemoryBorrowingRegister;
import org.sanxiang.workflow.port.memory.InMemoryCases;
import org.sanxiang.workflow.port.memory.InMemoryDisclosureChannel;
import org.sanxiang.workflow.port.memory.InMemoryReporting;
import org.sanxiang.workflow.port.memory.RecordingNotifications;
import org.sanxiang.workflow.wiring.SxWorkflowBeans;

/**
 * sxAnnualReport on the real Activiti 5.23 engine: the H2 and PostgreSQL subclasses run the same suite. The
 * statistics are the rules' own {@link AnnualAccount} over the cases of the test (the CMIS reader and the
 * PDF/A, OFD and XLSX renderers are the adapters', tested there and over REST); the report folder is in memory.
 * The clock is Monday 2026-01-05 10:00 in Asia/Shanghai; the year reported on is 2025.
 */
abstract class AnnualReportProcessTestBase implements ProcessProbe {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant MONDAY_10 = at(2026, 1, 5, 10, 0, 0);

    final InMemoryCases cases = new InMemoryCases();
    final List<CaseFolder> folders = new ArrayList<>();
    final InMemoryDisclosureChannel channel = new InMemoryDisclosureChannel();
    final RecordingNotifications notifications = new RecordingNotifications();
    /** A write whose name starts so fails once: a fault in the middle of a step. */
    volatile String failOnceOn;
    int compilations;
    final InMemoryReporting reports = new InMemoryReporting((profile, year) -> compile(year));
    EngineHarness harness;

    abstract TestDatabase newDatabase();

    static Instant at(int y, int m, int d, int h, int min, int s) {
        return LocalDateTime.of(y, m, d, h, min, s).atZone(ZONE).toInstant();
    }

    @BeforeEach
    void startEngine() {
        addCase("case-1", "penalty", LocalDate.of(2025, 3, 3));
        addCase("case-2", "penalty", LocalDate.of(2025, 6, 9));
        addCase("case-3", "inspection", LocalDate.of(2025, 11, 20));
        addCase("case-4", "penalty", LocalDate.of(2024, 12, 30)); // another year: not counted
        WorkflowPorts ports = new WorkflowPorts(cases, cases, channel, notifications, new InMemoryBorrowingRegister(),
                new InMemoryAccessGrants(), new FaultyReporting());
        Map<String, Object> beans = SxWorkflowBeans.create(ports, new WeekdaysOnlyTestCalendar(), ZONE,
                new VariableCaseLocator(), AccessPolicy.DEFAULT);
        harness = new EngineHarness(newDatabase(), beans);
        harness.setClock(MONDAY_10);
        SxProcessDefinitions.deployAll(harness.engine());
    }

    private void addCase(String id, String action, LocalDate filed) {
        CaseFolder folder = new CaseFolder(id, "chongqing-2024", id, id, Set.of(), false,
                Map.of("sx:actionCategory", action, "sx:filedAt", Date.from(filed.atStartOfDay(ZONE).toInstant())));
        cases.addCase(folder);
        folders.add(folder);
    }

    /** The year's figures as CSV, counted by the rules' AnnualAccount over every case, one row at a time. */
    private List<ReportFile> compile(int year) {
        compilations++;
        AnnualAccount account = new AnnualAccount(Year.of(year));
        for (CaseFolder f : folders) {
            CaseFolder now = cases.facts(f.caseId());
            LocalDate filed = ((Date) now.properties().get("sx:filedAt")).toInstant().atZone(ZONE).toLocalDate();
            account.add(new CaseRow(now.caseId(), (String) now.properties().get("sx:actionCategory"), null, filed, null, null,
                    null, null, null));
        }
        StringBuilder csv = new StringBuilder("figure,value\n");
        for (Figure figure : account.figures()) {
            csv.append(figure.code()).append(',').append(figure.value()).append('\n');
        }
        return List.of(ReportFile.text(year + "-chongqing-2024-annual.csv", csv.toString()));
    }

    /** The in-memory folders, with a write that fails once when asked. */
    final class FaultyReporting implements org.sanxiang.workflow.port.AnnualReporting {
        @Override
        public String folder(String profile, int year) {
            return reports.folder(profile, year);
        }

        @Override
        public List<ReportFile> compile(String profile, int year) {
            return reports.compile(profile, year);
        }

        @Override
        public String writeOnce(String folderId, ReportFile file) {
            String fail = failOnceOn;
            String id = reports.writeOnce(folderId, file);
            if (fail != null && file.name().startsWith(fail)) {
                failOnceOn = null;
                throw new IllegalStateException("fault injected after writing " + file.name());
            }
            return id;
        }

        @Override
        public java.util.Optional<String> document(String folderId, String name) {
            return reports.document(folderId, name);
        }

        @Override
        public String text(String documentId) {
            return reports.text(documentId);
        }
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

    ProcessInstance start(String profile, int year) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(SanxiangWorkflowModel.PROP_REPORT_YEAR.toVariableName(), year);
        vars.put(SanxiangWorkflowModel.PROP_REPORT_PROFILE.toVariableName(), profile);
        return engine().getRuntimeService().startProcessInstanceByKey(AnnualReportProcess.KEY,
                AnnualReportProcess.businessKey(profile, year), vars);
    }

    String folderId(ProcessInstance pi) {
        return (String) historic(pi, SanxiangWorkflowModel.PROP_REPORT_FOLDER_ID.toVariableName());
    }

    static Map<String, Object> opinion(String text) {
        return Map.of(SanxiangWorkflowModel.PROP_ANNUAL_REPORT_OPINION.toVariableName(), text);
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十四条: compiled, reviewed by the legal office, approved by the leaders, the 2025 data published once, sent to the government and the superior department; both tasks due 2026-01-31")
    void chongqing2024_公示_第十四条_publishedOnceAndSentToEachRecipient() {
        ProcessInstance pi = start("chongqing-2024", 2025);
        assertEquals("sxwf:annualReportStartTask", engine().getFormService().getStartFormKey(pi.getProcessDefinitionId()));
        String folder = (String) var(pi, SanxiangWorkflowModel.PROP_REPORT_FOLDER_ID.toVariableName());
        assertEquals(folder, reports.folder("chongqing-2024", 2025), "one folder per profile and year, made once");
        assertEquals(List.of("2025-chongqing-2024-annual-r1.csv"), reports.names(folder));
        String csv = reports.text(reports.document(folder, "2025-chongqing-2024-annual-r1.csv").orElseThrow());
        assertTrue(csv.contains("cases.filed,3"), "three cases filed in 2025, the one of 2024 not counted: " + csv);

        Task review = task(pi, AnnualReportProcess.REVIEW);
        assertEquals(Set.of("GROUP_SX_LEGAL_OFFICE"), candidateGroups(review));
        assertEquals(at(2026, 1, 31, 23, 59, 59), review.getDueDate().toInstant(), "公示 第十四条: 每年1月31日前, a date, not moved off the Saturday");
        assertEquals("chongqing-2024 公示 第十四条", var(pi, WorkflowVariables.citation(AnnualReportProcess.REVIEW)));
        complete(pi, AnnualReportProcess.REVIEW, "lawyer1", AnnualReportProcess.APPROVED, opinion("数据与台账一致"));
        Task approve = task(pi, AnnualReportProcess.APPROVE);
        assertEquals(Set.of("GROUP_SX_LEADERS"), candidateGroups(approve));
        assertEquals(at(2026, 1, 31, 23, 59, 59), approve.getDueDate().toInstant());
        assertEquals(0, channel.published(), "nothing unapproved is published");
        complete(pi, AnnualReportProcess.APPROVE, "leader1", AnnualReportProcess.APPROVED, Map.of());

        assertEquals("sent", endedAt(pi));
        String publicationId = (String) historic(pi, WorkflowVariables.REPORT_PUBLICATION_ID);
        assertEquals(DisclosureChannel.State.PUBLISHED, channel.state(publicationId).orElseThrow());
        assertEquals(1, channel.published());
        Publication published = channel.publication(publicationId).orElseThrow();
        assertFalse(published.ofCase(), "a report, not a case");
        assertEquals(AnnualReportProcess.PUBLICATION_KIND, published.kind());
        assertEquals(csv, published.redactedText(), "the approved round's data are what is published");
        assertTrue(published.summary().contains("chongqing-2024 公示 第十四条"), published.summary());

        List<String> names = reports.names(folder);
        assertEquals(List.of("2025-chongqing-2024-annual-r1.csv", "2025-报送记录-government.txt", "2025-报送记录-superior.txt"), names);
        String government = reports.text(reports.document(folder, "2025-报送记录-government.txt").orElseThrow());
        assertTrue(government.contains("本级人民政府") && government.contains("chongqing-2024 公示 第十四条")
                && government.contains("lawyer1") && government.contains("leader1") && government.contains(publicationId), government);
        assertTrue(reports.text(reports.document(folder, "2025-报送记录-superior.txt").orElseThrow()).contains("上级主管部门"));
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十四条 exactly once: a fault after the first recipient's record rolls the approval back; its retry publishes nothing twice and writes each record once")
    void chongqing2024_公示_第十四条_aRetriedApprovalPublishesOnce() {
        ProcessInstance pi = start("chongqing-2024", 2025);
        complete(pi, AnnualReportProcess.REVIEW, "lawyer1", AnnualReportProcess.APPROVED, Map.of());
        failOnceOn = "2025-报送记录-government";
        assertThrows(RuntimeException.class, () -> complete(pi, AnnualReportProcess.APPROVE, "leader1", AnnualReportProcess.APPROVED,
                Map.of()));
        assertEquals(1, channel.published(), "the channel accepted it before the fault");
        assertNotNull(task(pi, AnnualReportProcess.APPROVE), "the engine rolled the approval back");
        complete(pi, AnnualReportProcess.APPROVE, "leader1", AnnualReportProcess.APPROVED, Map.of());
        assertEquals("sent", endedAt(pi));
        assertEquals(1, channel.published(), "the second run of the publish step published nothing new");
        String folder = folderId(pi);
        assertEquals(2, reports.names(folder).stream().filter(n -> n.contains("报送记录")).count(), "one record per recipient");
    }

    @Test
    @DisplayName("tianjin-2019 实施方案 三（一）3（3）: due 15 January; the legal office sends it back, the leaders send it back, each compilation a round of its own; sent to 法规处 and 市政府, the Party group's review named")
    void tianjin2019_实施方案_三_一_3_3_sendBackLoop() {
        ProcessInstance pi = start("tianjin-2019", 2025);
        assertEquals(at(2026, 1, 15, 23, 59, 59), task(pi, AnnualReportProcess.REVIEW).getDueDate().toInstant());
        String folder = folderId(pi);
        complete(pi, AnnualReportProcess.REVIEW, "lawyer1", AnnualReportProcess.SEND_BACK, opinion("第三季度数据缺失，请重新编制"));
        assertEquals(2, compilations);
        complete(pi, AnnualReportProcess.REVIEW, "lawyer1", AnnualReportProcess.APPROVED, opinion("同意"));
        cases.setProperties("case-3", Map.of("sx:actionCategory", "penalty")); // the leaders found it misfiled
        complete(pi, AnnualReportProcess.APPROVE, "leader1", AnnualReportProcess.SEND_BACK, Map.of());
        assertEquals(3, compilations);
        assertEquals(at(2026, 1, 15, 23, 59, 59), task(pi, AnnualReportProcess.REVIEW).getDueDate().toInstant(), "the date stays");
        complete(pi, AnnualReportProcess.REVIEW, "lawyer2", AnnualReportProcess.APPROVED, Map.of());
        complete(pi, AnnualReportProcess.APPROVE, "leader1", AnnualReportProcess.APPROVED, Map.of());

        assertEquals("sent", endedAt(pi));
        assertTrue(reports.names(folder).containsAll(List.of("2025-chongqing-2024-annual-r1.csv", "2025-chongqing-2024-annual-r2.csv",
                "2025-chongqing-2024-annual-r3.csv")), "each round kept: " + reports.names(folder));
        Publication published = channel.publication((String) historic(pi, WorkflowVariables.REPORT_PUBLICATION_ID)).orElseThrow();
        assertTrue(published.redactedText().contains("cases.byAction.penalty,3"), "the third round, after the change: " + published.redactedText());
        String division = reports.text(reports.document(folder, "2025-报送记录-legal-division.txt").orElseThrow());
        assertTrue(division.contains("局法规处") && division.contains("局党组会审议") && division.contains("tianjin-2019 实施方案 三（一）3（3）"),
                division);
        assertTrue(reports.document(folder, "2025-报送记录-city-government.txt").isPresent());
        assertEquals(1, channel.published());
    }

    @Test
    @DisplayName("wuhan-2020 公示 and fushun-2026 细则 第一条: no annual report duty — the compilation refuses, citing why; nothing runs")
    void wuhan2020_公示_第一条至第十三条_andFushun2026_细则_第一条_haveNoAnnualReport() {
        Exception wuhan = assertThrows(Exception.class, () -> start("wuhan-2020", 2025));
        assertTrue(wuhan.getMessage().contains("wuhan-2020 公示 第一条至第十三条") && wuhan.getMessage().contains("sxwf_reportProfile"),
                wuhan.getMessage());
        Exception ningxia = assertThrows(Exception.class, () -> start("ningxia-2019", 2025));
        assertTrue(ningxia.getMessage().contains("ningxia-2019 附件1 公示办法"), ningxia.getMessage());
        Exception fushun = assertThrows(Exception.class, () -> start("fushun-2026", 2025));
        assertTrue(fushun.getMessage().contains("fushun-2026 细则 第一条"), fushun.getMessage());
        assertEquals(0, engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AnnualReportProcess.KEY).count());
    }

    @Test
    @DisplayName("one report per profile and year: a second start for annual-report:chongqing-2024:2025 is refused naming the first, running or finished")
    void aSecondStartForTheSameKeyIsRefused() {
        ProcessInstance first = start("chongqing-2024", 2025);
        Exception running = assertThrows(Exception.class, () -> start("chongqing-2024", 2025));
        assertTrue(running.getMessage().contains("annual-report:chongqing-2024:2025") && running.getMessage().contains(first.getId()),
                running.getMessage());
        complete(first, AnnualReportProcess.REVIEW, "lawyer1", AnnualReportProcess.APPROVED, Map.of());
        complete(first, AnnualReportProcess.APPROVE, "leader1", AnnualReportProcess.APPROVED, Map.of());
        Exception finished = assertThrows(Exception.class, () -> start("chongqing-2024", 2025));
        assertTrue(finished.getMessage().contains("made already"), finished.getMessage());
        assertNotNull(start("chongqing-2024", 2024), "another year is another report");
    }

    @Test
    @DisplayName("the legal office and the leaders may start it; the reminder a working day before 2026-01-31 names the report, not a case")
    void startersAndReminder() {
        var definition = engine().getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(AnnualReportProcess.KEY)
                .latestVersion().singleResult();
        Set<String> starters = engine().getRepositoryService().getIdentityLinksForProcessDefinition(definition.getId()).stream()
                .map(IdentityLink::getGroupId).filter(g -> g != null).collect(Collectors.toSet());
        assertEquals(Set.of("GROUP_SX_LEGAL_OFFICE", "GROUP_SX_LEADERS"), starters);
        start("chongqing-2024", 2025);
        harness.moveClockAndFireTimers(at(2026, 1, 30, 9, 0, 1));
        List<RecordingNotifications.Sent> reminded = notifications.sent(RecordingNotifications.Kind.REMIND);
        assertEquals(1, reminded.size(), "the review's reminder on Friday 2026-01-30");
        assertEquals("annual-report:chongqing-2024:2025", reminded.get(0).notice().caseId());
        harness.moveClockAndFireTimers(at(2026, 2, 1, 0, 0, 1));
        assertEquals(1, notifications.sent(RecordingNotifications.Kind.ESCALATE).size(), "overdue: escalated");
    }
}
