package org.sanxiang.workflow.record;

import static org.junit.jupiter.api.Assertions.*;
import static org.sanxiang.workflow.record.RecordTesting.at;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.ModelResources;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.model.m2.M2Class;
import org.sanxiang.model.m2.M2Model;
import org.sanxiang.model.m2.M2ModelReader;
import org.sanxiang.model.m2.M2Property;
import org.sanxiang.rules.catalogue.MatterCatalogue;
import org.sanxiang.rules.chain.BreakReason;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.Procedure;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.record.Stage;
import org.sanxiang.rules.record.StageCatalogue;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.engine.TestDatabase;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.memory.RecordingNotifications;
import org.sanxiang.workflow.task.RecomputeDeadlines;
import org.sanxiang.workflow.task.TaskDeadlines;

/** sxCaseRecord on the real Activiti 5.23 engine; the H2 and PostgreSQL subclasses run the same suite. */
abstract class CaseRecordProcessTestBase {

    static final ProfileRegistry PROFILES = ProfileRegistry.shipped();
    RecordTesting t;

    abstract TestDatabase newDatabase();

    @BeforeEach
    void startEngine() {
        t = new RecordTesting(newDatabase());
        t.addCase("case-cq", "chongqing-2024", "penalty");
        t.addCase("case-fs", "fushun-2026", "inspection");
        t.addCase("case-wh", "wuhan-2020", "penalty");
    }

    @AfterEach
    void stopEngine() {
        if (t != null) {
            t.close();
        }
    }

    static List<Stage> plan(String profile, ActionCategory action) {
        return StageCatalogue.stagesFor(PROFILES.get(profile), action, Procedure.GENERAL).stages();
    }

    /** Records and completes the current stage: a text record, notApplicable for a special stage. */
    String completeCurrentStage(String pi, String caseId, boolean skipSpecial) {
        Task stage = t.task(pi, "stageRecord");
        assertNotNull(stage, "a stage task is open");
        String code = (String) t.taskVar(stage, SanxiangWorkflowModel.PROP_STAGE_CODE.toVariableName());
        String required = (String) t.taskVar(stage, SanxiangWorkflowModel.PROP_STAGE_REQUIRED_RECORDS.toVariableName());
        if (skipSpecial && required.contains("special stage")) {
            t.complete(stage, "officer1", CaseRecordProcess.NOT_APPLICABLE, Map.of());
        } else {
            t.addText(caseId, code);
            if (required.contains("AV mandatory") || required.contains("all of: av")) {
                t.addAv(caseId, code);
            }
            t.complete(stage, "officer1", CaseRecordProcess.COMPLETE, Map.of());
        }
        return code;
    }

    List<String> walkStages(String pi, String caseId, boolean skipSpecial) {
        List<String> seen = new ArrayList<>();
        while (t.task(pi, "stageRecord") != null) {
            seen.add(completeCurrentStage(pi, caseId, skipSpecial));
        }
        for (Task storage : t.tasks(pi, "avStorage")) {
            t.complete(storage, "officer1", "stored", Map.of(SanxiangWorkflowModel.PROP_STORAGE_LOCATION.toVariableName(), "存储柜A-1"));
        }
        return seen;
    }

    void walkTo(String pi, String caseId, String code) {
        while (!code.equals(t.taskVar(t.task(pi, "stageRecord"), SanxiangWorkflowModel.PROP_STAGE_CODE.toVariableName()))) {
            completeCurrentStage(pi, caseId, true);
        }
    }

    @Test
    @DisplayName("chongqing-2024 全过程记录 第三条: the stages of a Chongqing penalty come from the stage catalogue, then archiving within 20 working days (第十二条)")
    void chongqingPenaltyStagesComeFromTheCatalogue() {
        String pi = t.startCaseRecord("case-cq", Map.of());
        List<String> expected = plan("chongqing-2024", ActionCategory.PENALTY).stream().map(Stage::code).toList();
        Task first = t.task(pi, "stageRecord");
        assertEquals("sxwf:stageRecordTask", t.engine().getFormService().getTaskFormKey(first.getProcessDefinitionId(), "stageRecord"));
        assertNull(first.getDueDate(), "the regulations set no time limit for a stage");
        assertTrue(((String) t.taskVar(first, SanxiangWorkflowModel.PROP_STAGE_CITATION.toVariableName())).startsWith("chongqing-2024 全过程记录"));

        assertEquals(expected, walkStages(pi, "case-cq", true));

        // chongqing-2024 全过程记录 第十二条: archived within 20 working days of closing (Monday 2026-03-02)
        Task archive = t.task(pi, "archive");
        assertNotNull(archive);
        assertEquals(at(2026, 3, 30, 23, 59, 59), archive.getDueDate().toInstant());
    }

    @Test
    @DisplayName("fushun-2026 细则 第一条: the stages of a Fushun inspection come from the stage catalogue (general, then special)")
    void fushunInspectionStagesComeFromTheCatalogue() {
        String pi = t.startCaseRecord("case-fs", Map.of(SanxiangWorkflowModel.PROP_ACTION_CATEGORY.toVariableName(), "inspection"));
        List<String> expected = plan("fushun-2026", ActionCategory.INSPECTION).stream().map(Stage::code).toList();
        assertTrue(expected.contains("on-site-check"));
        assertEquals(expected, walkStages(pi, "case-fs", true));
        // fushun-2026 细则 第二十一条: archived promptly (及时): no due date, no timer
        Task archive = t.task(pi, "archive");
        assertNull(archive.getDueDate());
        assertEquals(0, t.engine().getManagementService().createJobQuery().processInstanceId(pi).timers().count());
    }

    @Test
    @DisplayName("chongqing-2024 全过程记录 第三条第二款, 第六条 (text or AV at every stage): a stage without its records cannot complete; the error names the missing kinds")
    void stageWithMissingRecordsCannotComplete() {
        String pi = t.startCaseRecord("case-cq", Map.of());
        Task stage = t.task(pi, "stageRecord");
        assertEquals("acceptance", t.taskVar(stage, SanxiangWorkflowModel.PROP_STAGE_CODE.toVariableName()));
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> t.complete(stage, "officer1", CaseRecordProcess.COMPLETE, Map.of()));
        assertTrue(e.getMessage().contains("missing one of text 文字记录, av 音像记录（录音录像）"), e.getMessage());
        assertTrue(e.getMessage().contains("chongqing-2024 全过程记录 第三条第二款"), e.getMessage());
        // the task stays open on the same stage
        Task still = t.task(pi, "stageRecord");
        assertEquals(stage.getId(), still.getId());
        // a record of another stage does not count
        t.addText("case-cq", "filing");
        assertThrows(RuntimeException.class, () -> t.complete(still, "officer1", CaseRecordProcess.COMPLETE, Map.of()));
        t.addAv("case-cq", "acceptance");
        t.complete(still, "officer1", CaseRecordProcess.COMPLETE, Map.of());
        assertEquals("filing", t.taskVar(t.task(pi, "stageRecord"), SanxiangWorkflowModel.PROP_STAGE_CODE.toVariableName()));
        // a general stage cannot be skipped as not applicable
        RuntimeException skip = assertThrows(RuntimeException.class,
                () -> t.complete(t.task(pi, "stageRecord"), "officer1", CaseRecordProcess.NOT_APPLICABLE, Map.of()));
        assertTrue(skip.getMessage().contains("not a special one"), skip.getMessage());
    }

    @Test
    @DisplayName("fushun-2026 细则 第一条 等: coercive measures are recorded in the listed stages; an unknown action does not start, saying so")
    void actionWithoutStagesCannotStart() {
        assertFalse(t.startCaseRecord("case-fs", Map.of(SanxiangWorkflowModel.PROP_ACTION_CATEGORY.toVariableName(), "coercive")).isBlank());
        RuntimeException bad = assertThrows(RuntimeException.class,
                () -> t.startCaseRecord("case-fs", Map.of(SanxiangWorkflowModel.PROP_ACTION_CATEGORY.toVariableName(), "parking")));
        assertTrue(bad.getMessage().contains(SanxiangWorkflowModel.PROP_ACTION_CATEGORY.toVariableName()), bad.getMessage());
    }

    @Test
    @DisplayName("tianjin-2019 实施方案 三（二）2（1）: AV is mandatory at investigation where the case involves major property or confiscated goods; the start form's situations say whether it does")
    void situationsDecideTheMandatoryAv() {
        t.addCase("case-tj", "tianjin-2019", "penalty");
        String situations = SanxiangWorkflowModel.PROP_SITUATIONS.toVariableName();

        String none = t.startCaseRecord("case-tj", Map.of(situations, List.of(CaseRecordRules.NO_SITUATION)));
        walkTo(none, "case-tj", "investigation");
        Task plain = t.task(none, "stageRecord");
        t.addText("case-tj", "investigation");
        t.complete(plain, "officer1", CaseRecordProcess.COMPLETE, Map.of());
        assertNotEquals("investigation", t.taskVar(t.task(none, "stageRecord"), SanxiangWorkflowModel.PROP_STAGE_CODE.toVariableName()),
                "no major property: text alone records the investigation (三（二）2（1）: 对文字记录能够有效记录执法行为的，可不进行音像记录)");

        for (Map<String, Object> vars : List.<Map<String, Object>>of(
                Map.of(situations, List.of("major-property-or-confiscated-goods")), Map.of())) {
            t.addCase("case-tj2", "tianjin-2019", "penalty");
            String pi = t.startCaseRecord("case-tj2", vars);
            walkTo(pi, "case-tj2", "investigation");
            Task stage = t.task(pi, "stageRecord");
            t.addText("case-tj2", "investigation");
            RuntimeException e = assertThrows(RuntimeException.class, () -> t.complete(stage, "officer1", CaseRecordProcess.COMPLETE, Map.of()));
            assertTrue(e.getMessage().contains("av") && e.getMessage().contains("tianjin-2019 实施方案 三（二）2（1）"), vars + ": " + e.getMessage());
            t.engine().getRuntimeService().deleteProcessInstance(pi, "test");
        }

        RuntimeException bad = assertThrows(RuntimeException.class,
                () -> t.startCaseRecord("case-tj", Map.of(situations, List.of("flood"))));
        assertTrue(bad.getMessage().contains(situations) && bad.getMessage().contains("flood"), bad.getMessage());
    }

    @Test
    @DisplayName("tianjin-2019 实施方案 附件 行政执法决定事项目录: a case naming its catalogued matter is recorded by the matter's responsible departments; an unknown matter, or none, fails naming sx:catalogueMatter; other profiles' cases, the enforcement unit")
    void catalogueMatterRoutesTheUnitTasks() {
        MatterCatalogue catalogue = MatterCatalogue.of(PROFILES.get("tianjin-2019"));
        MatterCatalogue.Matter matter = catalogue.matters(ActionCategory.PENALTY).get(0);
        assertFalse(matter.groups().isEmpty());
        t.cases.addCase(new CaseFolder("case-tj-matter", "tianjin-2019", "津人社罚〔2026〕1号", "测试案件", Set.of("party-1"), false,
                Map.of("sx:actionCategory", "penalty", SanxiangModel.PROP_CATALOGUE_MATTER.toPrefixString(), matter.code())));
        String pi = t.startCaseRecord("case-tj-matter", Map.of());
        Task stage = t.task(pi, "stageRecord");
        assertEquals(Set.copyOf(matter.groups()), groups(stage), matter.choiceLabel());

        t.cases.addCase(new CaseFolder("case-tj-plain", "tianjin-2019", "津人社罚〔2026〕3号", "测试案件", Set.of("party-1"), false,
                Map.of("sx:actionCategory", "penalty")));
        RuntimeException none = assertThrows(RuntimeException.class, () -> t.startCaseRecord("case-tj-plain", Map.of()));
        assertTrue(none.getMessage().contains(SanxiangModel.PROP_CATALOGUE_MATTER.toPrefixString())
                && none.getMessage().contains("实施方案 附件"), "a Tianjin case names its matter: " + none.getMessage());
        t.addCase("case-cq-plain", "chongqing-2024", "penalty");
        assertEquals(Set.of("GROUP_SX_ENFORCEMENT"), groups(t.task(t.startCaseRecord("case-cq-plain", Map.of()), "stageRecord")),
                "a profile without a catalogue: the enforcement unit");

        t.cases.addCase(new CaseFolder("case-tj-bad", "tianjin-2019", "津人社罚〔2026〕2号", "测试案件", Set.of("party-1"), false,
                Map.of("sx:actionCategory", "penalty", SanxiangModel.PROP_CATALOGUE_MATTER.toPrefixString(), "penalty-99")));
        RuntimeException bad = assertThrows(RuntimeException.class, () -> t.startCaseRecord("case-tj-bad", Map.of()));
        assertTrue(bad.getMessage().contains(SanxiangModel.PROP_CATALOGUE_MATTER.toPrefixString()) && bad.getMessage().contains("penalty-99"),
                bad.getMessage());
    }

    Set<String> groups(Task task) {
        return t.engine().getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(org.activiti.engine.task.IdentityLink::getGroupId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    @DisplayName("fushun-2026 细则 第九条: mandatory AV missing at an on-site check: explained in writing, the stage passes")
    void missingMandatoryAvWithExplanationPasses() {
        String pi = t.startCaseRecord("case-fs", Map.of());
        walkTo(pi, "case-fs", "on-site-check");
        Task check = t.task(pi, "stageRecord");
        assertTrue(((String) t.taskVar(check, SanxiangWorkflowModel.PROP_STAGE_REQUIRED_RECORDS.toVariableName())).contains("fushun-2026 细则 第九条"));
        t.addText("case-fs", "on-site-check");
        RuntimeException noAv = assertThrows(RuntimeException.class,
                () -> t.complete(check, "officer1", CaseRecordProcess.COMPLETE, Map.of()));
        assertTrue(noAv.getMessage().contains("missing av 音像记录"), noAv.getMessage());
        assertTrue(noAv.getMessage().contains("fushun-2026 细则 第九条"), noAv.getMessage());
        RuntimeException noText = assertThrows(RuntimeException.class,
                () -> t.complete(t.task(pi, "stageRecord"), "officer1", CaseRecordProcess.EXPLAIN_MISSING_AV, Map.of()));
        assertTrue(noText.getMessage().contains(SanxiangWorkflowModel.PROP_MISSING_AV_EXPLANATION.toVariableName()), noText.getMessage());

        t.complete(t.task(pi, "stageRecord"), "officer1", CaseRecordProcess.EXPLAIN_MISSING_AV,
                Map.of(SanxiangWorkflowModel.PROP_MISSING_AV_EXPLANATION.toVariableName(), "暴雨，现场不具备录像条件"));
        CaseRecord explanation = t.cases.records("case-fs").stream()
                .filter(r -> "missingAvExplanation".equals(r.properties().get("sx:textRecordKind"))).findFirst().orElseThrow();
        assertEquals("on-site-check", explanation.properties().get("sx:stage"));
        String text = t.cases.text(explanation.id());
        assertTrue(text.contains("暴雨，现场不具备录像条件") && text.contains("fushun-2026 细则 第九条") && text.contains("officer1"), text);
        assertNotEquals("on-site-check", t.taskVar(t.task(pi, "stageRecord"), SanxiangWorkflowModel.PROP_STAGE_CODE.toVariableName()));
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第十二条第一款: emergency start, formalities within 2 working days; reminded, then escalated")
    void wuhanEmergencyStartTwoWorkingDays() {
        t.harness.setClock(at(2026, 3, 6, 10, 0, 0)); // a Friday
        String pi = t.startCaseRecord("case-wh", Map.of(SanxiangWorkflowModel.PROP_CASE_SOURCE.toVariableName(), "emergency"));
        Task emergency = t.task(pi, "emergencyCompletion");
        assertNotNull(emergency);
        assertNotNull(t.task(pi, "stageRecord"), "stages run alongside");
        // Friday + 2 working days = Tuesday 2026-03-10, end of day
        assertEquals(at(2026, 3, 10, 23, 59, 59), emergency.getDueDate().toInstant());
        t.harness.moveClockAndFireTimers(at(2026, 3, 9, 9, 0, 1));
        assertEquals(1, t.notifications.sent(RecordingNotifications.Kind.REMIND).size());
        assertEquals(0, t.notifications.sent(RecordingNotifications.Kind.ESCALATE).size());
        t.harness.moveClockAndFireTimers(at(2026, 3, 11, 0, 0, 0));
        assertEquals(1, t.notifications.sent(RecordingNotifications.Kind.ESCALATE).size());
        assertEquals(Boolean.TRUE, t.engine().getTaskService().getVariableLocal(emergency.getId(), WorkflowVariables.ESCALATED));
        t.complete(emergency, "officer1", "completed", Map.of());
        assertNull(t.task(pi, "emergencyCompletion"));
    }

    @Test
    @DisplayName("fushun-2026 细则 第六条第二款: emergency start, formalities within 24 hours (counted in hours, weekend or not)")
    void fushunEmergencyStartTwentyFourHours() {
        t.harness.setClock(at(2026, 3, 6, 10, 0, 0)); // a Friday
        String pi = t.startCaseRecord("case-fs", Map.of(SanxiangWorkflowModel.PROP_CASE_SOURCE.toVariableName(), "emergency"));
        Task emergency = t.task(pi, "emergencyCompletion");
        assertEquals(at(2026, 3, 7, 10, 0, 0), emergency.getDueDate().toInstant());
        t.harness.moveClockAndFireTimers(at(2026, 3, 7, 9, 59, 0));
        assertEquals(0, t.notifications.sent(RecordingNotifications.Kind.ESCALATE).size());
        t.harness.moveClockAndFireTimers(at(2026, 3, 7, 10, 0, 1));
        assertEquals(1, t.notifications.sent(RecordingNotifications.Kind.ESCALATE).size());
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十六条第三款: each AV record reaches dedicated storage within 2 working days")
    void avStorageDeadline() {
        String pi = t.startCaseRecord("case-wh", Map.of());
        t.addText("case-wh", "acceptance");
        String video1 = t.addAv("case-wh", "acceptance");
        String video2 = t.addAv("case-wh", "acceptance");
        t.complete(t.task(pi, "stageRecord"), "officer1", CaseRecordProcess.COMPLETE, Map.of());
        List<Task> storage = t.tasks(pi, "avStorage");
        assertEquals(2, storage.size());
        for (Task task : storage) {
            // made Monday 2026-03-02: due Wednesday 2026-03-04, end of day
            assertEquals(at(2026, 3, 4, 23, 59, 59), task.getDueDate().toInstant());
        }
        assertNotNull(t.task(pi, "stageRecord"), "the next stage is open while the AV records are stored");
        Task first = storage.get(0);
        String firstRecord = (String) t.taskVar(first, WorkflowVariables.AV_RECORD_ID);
        t.complete(first, "officer1", "stored", Map.of(SanxiangWorkflowModel.PROP_STORAGE_LOCATION.toVariableName(), "存储柜A-3"));
        assertEquals("存储柜A-3", t.record("case-wh", firstRecord).properties().get("sx:storageLocation"));
        assertNotNull(t.record("case-wh", firstRecord).properties().get("sx:storedAt"));

        t.harness.moveClockAndFireTimers(at(2026, 3, 5, 0, 0, 1));
        List<RecordingNotifications.Sent> escalated = t.notifications.sent(RecordingNotifications.Kind.ESCALATE);
        assertEquals(1, escalated.size(), "only the record not yet stored escalates");
        assertEquals("avStorage", escalated.get(0).notice().taskKey());
        String other = firstRecord.equals(video1) ? video2 : video1;
        assertNull(t.record("case-wh", other).properties().get("sx:storedAt"));
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十六条第三款: new calendar data moves the AV storage deadline kept inside the storage subprocess")
    void calendarChangeMovesAvStorageDeadlineInSubprocess() {
        String pi = t.startCaseRecord("case-wh", Map.of());
        t.addText("case-wh", "acceptance");
        t.addAv("case-wh", "acceptance");
        t.complete(t.task(pi, "stageRecord"), "officer1", CaseRecordProcess.COMPLETE, Map.of());
        Task storage = t.task(pi, "avStorage");
        // made Monday 2026-03-02: due Wednesday 2026-03-04, the deadline local to the storage subprocess
        assertEquals(at(2026, 3, 4, 23, 59, 59), storage.getDueDate().toInstant());
        assertNull(t.engine().getRuntimeService().getVariable(pi, "sxp_avStorageDeadline"),
                "the deadline is not a process variable");

        // Tuesday 2026-03-03 becomes a holiday: 2 working days after Monday end on Thursday 03-05,
        // the reminder moves to Wednesday 03-04 09:00
        t.calendar.closeDay(LocalDate.of(2026, 3, 3));
        RecomputeDeadlines recompute = new RecomputeDeadlines(new TaskDeadlines(t.calendar, RecordTesting.ZONE));
        assertEquals(new RecomputeDeadlines.Result(1, 1, 1, 2), recompute.recompute(t.engine()));

        Task moved = t.task(pi, "avStorage");
        Instant newDue = at(2026, 3, 5, 23, 59, 59);
        assertEquals(newDue, moved.getDueDate().toInstant());
        assertNull(t.engine().getTaskService().getVariableLocal(moved.getId(), "bpm_dueDate"), "Share reads the task's due date");
        assertEquals(0, t.harness.moveClockAndFireTimers(at(2026, 3, 4, 8, 59, 59)), "the old reminder time no longer fires");
        assertEquals(1, t.harness.moveClockAndFireTimers(at(2026, 3, 4, 9, 0, 0)));
        assertEquals(1, t.notifications.sent(RecordingNotifications.Kind.REMIND).size());
        assertEquals(0, t.harness.moveClockAndFireTimers(at(2026, 3, 5, 23, 59, 58)), "the old deadline no longer escalates");
        assertEquals(1, t.harness.moveClockAndFireTimers(at(2026, 3, 6, 0, 0, 0)));
        assertEquals(1, t.notifications.sent(RecordingNotifications.Kind.ESCALATE).size());
        assertEquals("avStorage", t.notifications.sent(RecordingNotifications.Kind.ESCALATE).get(0).notice().taskKey());
        // counting again on unchanged data changes nothing
        assertEquals(0, recompute.recompute(t.engine()).changedDeadlines());
    }

    @Test
    @DisplayName("chongqing-2024 sets no AV storage limit: the storage task has no due date and no timer")
    void avStorageWithoutLimitHasNoTimer() {
        String pi = t.startCaseRecord("case-cq", Map.of());
        t.addAv("case-cq", "acceptance");
        t.complete(t.task(pi, "stageRecord"), "officer1", CaseRecordProcess.COMPLETE, Map.of());
        Task storage = t.task(pi, "avStorage");
        assertNull(storage.getDueDate());
        assertEquals(0, t.engine().getManagementService().createJobQuery().processInstanceId(pi).timers().count());
    }

    @Test
    @DisplayName("chongqing-2024 全过程记录 第十四条: archiving seals every record into the hash chain, sets retention and starts sxRetention; tampering is named")
    void archivingSealsEveryRecordAndTamperingIsDetected() throws Exception {
        String pi = t.startCaseRecord("case-cq", Map.of());
        walkStages(pi, "case-cq", true);
        Task archive = t.task(pi, "archive");
        t.complete(archive, "archivist1", "archived", Map.of(SanxiangWorkflowModel.PROP_ARCHIVE_REFERENCE.toVariableName(), "CQ-2026-001",
                SanxiangWorkflowModel.PROP_CASE_FILE_RETAIN_UNTIL.toVariableName(), Date.from(at(2056, 3, 31, 0, 0, 0))));
        assertTrue(t.ended(pi));

        List<CaseRecord> records = t.cases.records("case-cq").stream().filter(CaseSeal::sealable).toList();
        assertFalse(records.isEmpty());
        for (int i = 0; i < records.size(); i++) {
            CaseRecord r = records.get(i);
            assertTrue(r.aspects().contains("sx:sealed"), r.id());
            assertEquals((long) i, r.properties().get("sx:sealSequence"));
            assertEquals("archivist1", r.properties().get("sx:sealedBy"));
            assertTrue(r.aspects().contains("sx:retention"), r.id());
            assertEquals("enforcementArchive", r.properties().get("sx:retentionClass"));
            assertEquals("chongqing-2024 全过程记录 第十二条第二款", r.properties().get("sx:retentionCitation"));
        }
        assertEquals(records.get(0).properties().get("sx:sealDigest"), records.get(1).properties().get("sx:previousSealDigest"));
        assertEquals("archived", t.cases.facts("case-cq").properties().get("sx:caseState"));

        String retention = (String) t.engine().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi)
                .variableName(WorkflowVariables.RETENTION_PROCESS_ID).singleResult().getValue();
        assertEquals("sxRetention", t.engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(retention)
                .singleResult().getProcessDefinitionKey());

        CaseSeal seal = new CaseSeal(t.cases, t.cases);
        assertTrue(seal.verify("case-cq").intact());

        // content replaced: named at its record
        CaseRecord victim = records.get(3);
        byte[] original = t.cases.content(victim.id()).readAllBytes();
        t.cases.putContent(victim.id(), "forged".getBytes(StandardCharsets.UTF_8));
        CaseSeal.Verification forged = seal.verify("case-cq");
        assertEquals(BreakReason.CONTENT_DIGEST_MISMATCH, forged.firstBreak().orElseThrow().reason());
        assertEquals(victim.id(), forged.brokenRecordId());
        t.cases.putContent(victim.id(), original);
        assertTrue(seal.verify("case-cq").intact());

        // metadata changed: named at its record
        CaseRecord edited = records.get(5);
        t.cases.setProperties(edited.id(), Map.of("sx:recordedBy", "someone else"));
        CaseSeal.Verification changed = seal.verify("case-cq");
        assertEquals(BreakReason.METADATA_CHANGED, changed.firstBreak().orElseThrow().reason());
        assertEquals(edited.id(), changed.brokenRecordId());
    }

    @Test
    @DisplayName("chongqing-2024 全过程记录 第十四条: after archiving, every sealed property of every record and of the case folder, changed in turn, is detected and named")
    void everySealedPropertyOfRecordsAndFolderIsDetectedAndNamed() {
        String pi = t.startCaseRecord("case-cq", Map.of());
        walkStages(pi, "case-cq", true);
        t.complete(t.task(pi, "archive"), "archivist1", "archived", Map.of(SanxiangWorkflowModel.PROP_ARCHIVE_REFERENCE.toVariableName(), "CQ-2026-001",
                SanxiangWorkflowModel.PROP_CASE_FILE_RETAIN_UNTIL.toVariableName(), Date.from(at(2056, 3, 31, 0, 0, 0))));
        CaseSeal seal = new CaseSeal(t.cases, t.cases);
        assertTrue(seal.verify("case-cq").intact());
        M2Model model = M2ModelReader.readResource(ModelResources.CONTENT_MODEL);

        int checked = 0;
        Map<String, CaseRecord> onePerType = new java.util.LinkedHashMap<>();
        t.cases.records("case-cq").stream().filter(r -> r.aspects().contains(CaseSeal.SEALED)).forEach(r -> onePerType.putIfAbsent(r.type(), r));
        assertFalse(onePerType.isEmpty());
        for (CaseRecord record : onePerType.values()) {
            for (M2Property p : properties(model, record.type(), record.aspects())) {
                if (!CaseSeal.RECORD_SEAL.sealed(p.name())) {
                    continue;
                }
                Object before = t.cases.records("case-cq").stream().filter(r -> r.id().equals(record.id())).findFirst().orElseThrow()
                        .properties().get(p.name());
                tamper(seal, record.id(), p, before, () -> {
                    java.util.HashMap<String, Object> change = new java.util.HashMap<>();
                    change.put(p.name(), before);
                    t.cases.setProperties(record.id(), change);
                }, v -> {
                    java.util.HashMap<String, Object> change = new java.util.HashMap<>();
                    change.put(p.name(), v);
                    t.cases.setProperties(record.id(), change);
                });
                checked++;
            }
        }
        for (M2Property p : properties(model, "sx:caseFolder", t.cases.facts("case-cq").aspects())) {
            if (!CaseSeal.FOLDER_SEAL.sealed(p.name())) {
                continue;
            }
            Object before = t.cases.facts("case-cq").properties().get(p.name());
            java.util.function.Consumer<Object> set = v -> {
                java.util.HashMap<String, Object> change = new java.util.HashMap<>();
                change.put(p.name(), v);
                t.cases.setProperties("case-cq", change);
            };
            tamper(seal, "case-cq", p, before, () -> set.accept(before), set);
            checked++;
        }
        assertTrue(checked > 50, "properties checked: " + checked);
    }

    private static void tamper(CaseSeal seal, String nodeId, M2Property p, Object before, Runnable restore,
            java.util.function.Consumer<Object> set) {
        set.accept(otherValue(p, before));
        CaseSeal.Verification v = seal.verify("case-cq");
        assertFalse(v.intact(), nodeId + " " + p.name() + " changed but the chain verifies");
        assertEquals(BreakReason.METADATA_CHANGED, v.firstBreak().orElseThrow().reason(), p.name());
        assertEquals(nodeId, v.brokenRecordId(), p.name());
        assertEquals(List.of(p.name()), v.changedProperties(), p.name() + " named");
        assertTrue(v.firstBreak().orElseThrow().detail().contains(p.name()), v.firstBreak().orElseThrow().detail());
        restore.run();
        assertTrue(seal.verify("case-cq").intact(), p.name() + " restored");
    }

    /** The properties of a type (with its parents) and of the given aspects, and cm:titled's. */
    private static List<M2Property> properties(M2Model model, String type, java.util.Collection<String> aspects) {
        List<M2Property> all = new ArrayList<>();
        for (String c = type; c != null && c.startsWith("sx:"); ) {
            M2Class cls = model.findClass(c).orElseThrow();
            all.addAll(cls.properties());
            for (String a : cls.mandatoryAspects()) {
                model.findClass(a).ifPresent(m -> all.addAll(m.properties()));
            }
            c = cls.parent();
        }
        for (String a : aspects) {
            model.findClass(a).ifPresent(m -> all.addAll(m.properties()));
        }
        for (String cm : List.of("cm:title", "cm:description")) {
            all.add(new M2Property(cm, "d:text", cm, "", false, false, false, null, List.of(), List.of(), true, "TRUE"));
        }
        return all;
    }

    private static Object otherValue(M2Property p, Object before) {
        Object one = switch (p.type()) {
            case "d:int", "d:long" -> before instanceof Number n ? n.longValue() + 1 : 7L;
            case "d:boolean" -> !(before instanceof Boolean b && b);
            case "d:date", "d:datetime" -> before instanceof Date d ? new Date(d.getTime() + 86_400_000L) : Date.from(Instant.parse("2026-02-02T00:00:00Z"));
            case "d:double", "d:float", "d:decimal" -> before instanceof Number n ? n.doubleValue() + 1000.5 : 1234.5;
            default -> before instanceof String s ? s + "（改）" : "篡改";
        };
        if (p.multiple()) {
            return before instanceof List<?> l && !l.isEmpty() ? List.of(l.get(0) + "（改）") : List.of(one);
        }
        return one;
    }

    @Test
    @DisplayName("fushun-2026 细则 第二十三条: a long-term trigger named at archiving puts the AV records under a hold; Chongqing sets no such trigger")
    void longTermTriggerPutsAvUnderHold() {
        String pi = t.startCaseRecord("case-fs", Map.of());
        walkStages(pi, "case-fs", false);
        t.complete(t.task(pi, "archive"), "archivist1", "archived", Map.of(SanxiangWorkflowModel.PROP_LONG_TERM_REASONS.toVariableName(), List.of("obstruction"),
                SanxiangWorkflowModel.PROP_CASE_FILE_RETAIN_UNTIL.toVariableName(), Date.from(at(2056, 3, 31, 0, 0, 0))));
        List<CaseRecord> av = t.cases.records("case-fs").stream().filter(r -> r.type().equals("sx:avRecord")).toList();
        assertFalse(av.isEmpty());
        for (CaseRecord r : av) {
            assertTrue(r.aspects().contains("sx:legalHold"), r.id());
            assertEquals(List.of("obstruction"), r.properties().get("sx:holdReasons"));
            assertTrue(r.properties().get("sx:holdNote").toString().contains("fushun-2026 细则 第二十三条（二）"));
            assertEquals("longTerm", r.properties().get("sx:retentionClass"));
        }

        String cq = t.startCaseRecord("case-cq", Map.of());
        walkStages(cq, "case-cq", true);
        RuntimeException e = assertThrows(RuntimeException.class, () -> t.complete(t.task(cq, "archive"), "archivist1", "archived",
                Map.of(SanxiangWorkflowModel.PROP_LONG_TERM_REASONS.toVariableName(), List.of("obstruction"),
                        SanxiangWorkflowModel.PROP_CASE_FILE_RETAIN_UNTIL.toVariableName(), Date.from(at(2056, 3, 31, 0, 0, 0)))));
        assertTrue(e.getMessage().contains("chongqing-2024"), e.getMessage());
        assertFalse(t.cases.records("case-cq").get(0).aspects().contains("sx:sealed"), "nothing was sealed");
    }

    @Test
    @DisplayName("fushun-2026 细则 第二十三条: a long-term trigger shown after archiving puts the AV records under a hold, chained as a new link; shown again, nothing changes; a profile without the trigger refuses it")
    void longTermTriggerAfterArchiving() {
        String pi = t.startCaseRecord("case-fs", Map.of());
        walkStages(pi, "case-fs", false);
        t.complete(t.task(pi, "archive"), "archivist1", "archived",
                Map.of(SanxiangWorkflowModel.PROP_CASE_FILE_RETAIN_UNTIL.toVariableName(), Date.from(at(2056, 3, 31, 0, 0, 0))));
        List<CaseRecord> av = t.cases.records("case-fs").stream().filter(r -> r.type().equals("sx:avRecord")).toList();
        assertFalse(av.isEmpty());
        av.forEach(r -> assertFalse(r.aspects().contains("sx:legalHold"), "no trigger at archiving"));
        String retention = (String) t.engine().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi)
                .variableName(WorkflowVariables.RETENTION_PROCESS_ID).singleResult().getValue();
        CaseSeal seal = new CaseSeal(t.cases, t.cases);
        assertTrue(seal.verify("case-fs").intact());
        int before = t.cases.records("case-fs").size();

        shown(retention, List.of("objectionOrComplaint"), "当事人事后投诉执法人员");
        for (CaseRecord r : t.cases.records("case-fs").stream().filter(r -> r.type().equals("sx:avRecord")).toList()) {
            assertTrue(r.aspects().contains("sx:legalHold"), r.id());
            assertEquals(List.of("objectionOrComplaint"), r.properties().get("sx:holdReasons"));
            assertTrue(r.properties().get("sx:holdNote").toString().contains("fushun-2026 细则 第二十三条（一）"), r.properties().toString());
            assertEquals("longTerm", r.properties().get("sx:retentionClass"));
        }
        String traceId = (String) t.engine().getRuntimeService().getVariable(retention, WorkflowVariables.LONG_TERM_TRACE_ID);
        CaseRecord trace = t.cases.records("case-fs").stream().filter(r -> r.id().equals(traceId)).findFirst().orElseThrow();
        assertTrue(trace.aspects().contains("sx:sealed"), "the addition is a link of the chain");
        assertTrue(t.cases.text(traceId).contains("long-term-retention-added") && t.cases.text(traceId).contains("fushun-2026 细则 第二十三条（一）"),
                t.cases.text(traceId));
        CaseSeal.Verification verification = seal.verify("case-fs");
        assertTrue(verification.intact(), String.valueOf(verification));
        t.cases.putContent(traceId, "改动".getBytes(StandardCharsets.UTF_8));
        assertFalse(seal.verify("case-fs").intact(), "the trace is chained: changing it is detected");

        int after = t.cases.records("case-fs").size();
        assertEquals(before + 3, after, "the trace, the manifest written again and its printed copy");
        assertTrue(t.cases.records("case-fs").stream().anyMatch(r -> r.name().startsWith(CaseSeal.PRINTED_MANIFEST + "-case-fs-")),
                "the printed manifest written again (chongqing-2024 全过程记录 第十四条)");
        shown(retention, List.of("objectionOrComplaint"), null);
        assertEquals(after, t.cases.records("case-fs").size(), "a trigger applied already changes nothing");
        RuntimeException none = assertThrows(RuntimeException.class, () -> shown(retention, List.of(), null));
        assertTrue(none.getMessage().contains(SanxiangWorkflowModel.PROP_LONG_TERM_REASONS.toVariableName()), none.getMessage());
    }

    long notices(RecordingNotifications.Kind kind, String taskId) {
        return t.notifications.sent(kind).stream().filter(n -> taskId.equals(n.notice().taskId())).count();
    }

    void shown(String retentionProcessId, List<String> reasons, String note) {
        String execution = t.engine().getRuntimeService().createExecutionQuery().processInstanceId(retentionProcessId)
                .messageEventSubscriptionName(org.sanxiang.workflow.retention.RetentionProcess.MESSAGE_LONG_TERM).singleResult().getId();
        Map<String, Object> vars = new java.util.HashMap<>();
        vars.put(SanxiangWorkflowModel.PROP_LONG_TERM_REASONS.toVariableName(), reasons);
        if (note != null) {
            vars.put(WorkflowVariables.COMMENT, note);
        }
        t.engine().getRuntimeService().messageEventReceived(org.sanxiang.workflow.retention.RetentionProcess.MESSAGE_LONG_TERM, execution, vars);
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十七条: text records are kept as long as the case file: archiving without that date fails naming the field")
    void caseFileRetentionNeedsItsDate() {
        String pi = t.startCaseRecord("case-wh", Map.of());
        walkStages(pi, "case-wh", true);
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> t.complete(t.task(pi, "archive"), "archivist1", "archived", Map.of()));
        assertTrue(e.getMessage().contains(SanxiangWorkflowModel.PROP_CASE_FILE_RETAIN_UNTIL.toVariableName()), e.getMessage());
        assertTrue(e.getMessage().contains("wuhan-2020 全过程记录 第二十七条第一款"), e.getMessage());
        // wuhan-2020 全过程记录 第二十六条第二款: 30 days from closing (Monday 2026-03-02) = Wednesday 2026-04-01
        assertEquals(at(2026, 4, 1, 23, 59, 59), t.task(pi, "archive").getDueDate().toInstant());
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十六条第四款: after archiving, the closed file is handed over to the archive room by the end of March next year — scheduled, reminded, escalated, on the case's deadlines; Chongqing sets no hand-over")
    void wuhanYearlyHandOver() {
        String pi = t.startCaseRecord("case-wh", Map.of());
        walkStages(pi, "case-wh", true);
        t.complete(t.task(pi, "archive"), "archivist1", "archived",
                Map.of(SanxiangWorkflowModel.PROP_CASE_FILE_RETAIN_UNTIL.toVariableName(), Date.from(at(2056, 3, 31, 0, 0, 0))));
        Task handOver = t.task(pi, CaseRecordProcess.HAND_OVER_TASK);
        assertNotNull(handOver, "the hand-over follows archiving");
        assertEquals("sxwf:handOverTask", t.engine().getFormService().getTaskFormKey(handOver.getProcessDefinitionId(), CaseRecordProcess.HAND_OVER_TASK));
        assertEquals(Set.of("GROUP_SX_ARCHIVISTS"), groups(handOver));
        assertEquals(at(2027, 3, 31, 23, 59, 59), handOver.getDueDate().toInstant(), "closed 2026-03-02: by the end of March 2027");
        assertEquals("wuhan-2020 全过程记录 第二十六条第四款",
                TaskDeadlines.citation(CaseRecordProcess.HAND_OVER_TASK, name -> t.engine().getRuntimeService().getVariable(pi, name)));
        @SuppressWarnings("unchecked")
        List<String> running = (List<String>) t.cases.facts("case-wh").properties().get(SanxiangModel.PROP_RUNNING_DEADLINES.toPrefixString());
        assertTrue(running != null && running.stream().anyMatch(d -> d.contains("annualHandOver")), String.valueOf(running));

        // other timers (the retention of the AV records) may fire on the way: count this task's notices only
        t.harness.moveClockAndFireTimers(at(2027, 3, 30, 8, 59, 59));
        assertEquals(0, notices(RecordingNotifications.Kind.REMIND, handOver.getId()));
        t.harness.moveClockAndFireTimers(at(2027, 3, 30, 9, 0, 0));
        assertEquals(1, notices(RecordingNotifications.Kind.REMIND, handOver.getId()), "reminded one working day before");
        assertEquals(0, notices(RecordingNotifications.Kind.ESCALATE, handOver.getId()));
        t.harness.moveClockAndFireTimers(at(2027, 4, 1, 0, 0, 0));
        assertEquals(1, notices(RecordingNotifications.Kind.ESCALATE, handOver.getId()), "escalated at the deadline");
        t.complete(t.task(pi, CaseRecordProcess.HAND_OVER_TASK), "archivist1", "handedOver", Map.of());
        assertNull(t.task(pi, CaseRecordProcess.HAND_OVER_TASK));

        String cq = t.startCaseRecord("case-cq", Map.of());
        walkStages(cq, "case-cq", true);
        t.complete(t.task(cq, "archive"), "archivist1", "archived",
                Map.of(SanxiangWorkflowModel.PROP_CASE_FILE_RETAIN_UNTIL.toVariableName(), Date.from(at(2056, 3, 31, 0, 0, 0))));
        assertNull(t.task(cq, CaseRecordProcess.HAND_OVER_TASK), "chongqing-2024 sets no yearly hand-over");
    }

    @Test
    @DisplayName("restart mid-process: a new engine on the same database continues sxCaseRecord where it was, timers included")
    void restartContinuesWhereItWas() {
        String pi = t.startCaseRecord("case-wh", Map.of(SanxiangWorkflowModel.PROP_CASE_SOURCE.toVariableName(), "emergency"));
        completeCurrentStage(pi, "case-wh", true);
        completeCurrentStage(pi, "case-wh", true);
        String current = (String) t.taskVar(t.task(pi, "stageRecord"), SanxiangWorkflowModel.PROP_STAGE_CODE.toVariableName());
        t.harness.restart();
        assertEquals(current, t.taskVar(t.task(pi, "stageRecord"), SanxiangWorkflowModel.PROP_STAGE_CODE.toVariableName()));
        t.harness.moveClockAndFireTimers(at(2026, 3, 5, 0, 0, 1));
        assertEquals(1, t.notifications.sent(RecordingNotifications.Kind.ESCALATE).size());
        walkStages(pi, "case-wh", true);
        t.complete(t.task(pi, "emergencyCompletion"), "officer1", "completed", Map.of());
        assertNotNull(t.task(pi, "archive"));
    }

    static LocalDate day(Instant i) {
        return i.atZone(RecordTesting.ZONE).toLocalDate();
    }
}
