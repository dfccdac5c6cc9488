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

import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.chain.BreakReason;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.Procedure;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.record.Stage;
import org.sanxiang.rules.record.StageCatalogue;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.engine.TestDatabase;
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
        assertEquals(newDue, ((Date) t.engine().getTaskService().getVariableLocal(moved.getId(), "bpm_dueDate")).toInstant());
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
