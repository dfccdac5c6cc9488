package org.sanxiang.workflow.retention;

import static org.junit.jupiter.api.Assertions.*;
import static org.sanxiang.workflow.record.RecordTesting.at;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.workflow.engine.TestDatabase;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.record.CaseSeal;
import org.sanxiang.workflow.record.RecordTesting;

/**
 * sxRetention on the real Activiti 5.23 engine; the H2 and PostgreSQL subclasses run the same suite.
 * A Fushun case with a sealed video (kept at least 3 months, fushun-2026 细则 第二十二条第二款: until
 * 2026-06-02) and a sealed text record (kept as its case file, until 2056-03-31).
 */
abstract class RetentionProcessTestBase {

    RecordTesting t;
    String video;
    String text;

    abstract TestDatabase newDatabase();

    @BeforeEach
    void startEngine() {
        t = new RecordTesting(newDatabase());
        t.addCase("case-fs", "fushun-2026", "penalty");
        text = t.addText("case-fs", "investigation");
        video = t.addAv("case-fs", "investigation");
        new CaseSeal(t.cases, t.cases).seal("case-fs", "archivist1", RecordTesting.MONDAY_10);
        retain(video, at(2026, 6, 2, 0, 0, 0), "avDedicatedStorage", "fushun-2026 细则 第二十二条第二款 (at least P3M)");
        retain(text, at(2056, 3, 31, 0, 0, 0), "enforcementArchive", "fushun-2026 细则 第二十二条第一款");
    }

    @AfterEach
    void stopEngine() {
        if (t != null) {
            t.close();
        }
    }

    void retain(String recordId, java.time.Instant until, String retentionClass, String citation) {
        t.cases.addAspect(recordId, "sx:retention", Map.of("sx:retentionClass", retentionClass, "sx:retainUntil", Date.from(until),
                "sx:disposition", "review", "sx:retentionCitation", citation));
    }

    void hold(String recordId) {
        t.cases.addAspect(recordId, "sx:legalHold", Map.of("sx:holdReasons", List.of("objectionOrComplaint"),
                "sx:holdNote", "当事人投诉 (fushun-2026 细则 第二十三条（一）)"));
    }

    String start() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("bpm_package", "case-fs");
        return t.engine().getRuntimeService().startProcessInstanceByKey("sxRetention", vars).getId();
    }

    Task review(String pi) {
        return t.task(pi, RetentionProcess.REVIEW_TASK);
    }

    @Test
    @DisplayName("fushun-2026 细则 第二十二条第二款: when the video's retention ends, the archivists review it; destroyed, it leaves a trace")
    void retentionEndThenDestroyLeavesATrace() {
        String pi = start();
        assertNull(review(pi), "nothing to review before the retention ends");
        t.harness.moveClockAndFireTimers(at(2026, 6, 2, 23, 0, 0));
        assertNull(review(pi), "2026-06-02 is still within the retention");
        t.harness.moveClockAndFireTimers(at(2026, 6, 3, 0, 0, 1));
        Task task = review(pi);
        assertNotNull(task);
        assertEquals("sxwf:dispositionReviewTask", t.engine().getFormService().getTaskFormKey(task.getProcessDefinitionId(),
                RetentionProcess.REVIEW_TASK));
        assertEquals(t.record("case-fs", video).name(), t.taskVar(task, SanxiangWorkflowModel.PROP_RETAINED_RECORD_NAME.toVariableName()));
        String digest = (String) t.record("case-fs", video).properties().get("sx:sealDigest");

        t.complete(task, "archivist2", RetentionProcess.DESTROY, Map.of(SanxiangWorkflowModel.PROP_DISPOSITION_NOTE.toVariableName(), "保存期满"));

        assertNull(t.record("case-fs", video), "the record is destroyed");
        CaseRecord trace = t.cases.records("case-fs").stream()
                .filter(r -> ("SXCHAIN1 destruction trace " + video).equals(r.properties().get("cm:description"))).findFirst()
                .orElseThrow(() -> new AssertionError("no trace of the destroyed record"));
        String traceText = t.cases.text(trace.id());
        assertTrue(traceText.contains("archivist2"), traceText);
        assertTrue(traceText.contains(digest), traceText);
        assertTrue(traceText.contains("2026-06-02T16:00:01Z"), traceText); // destroyed at, UTC
        assertTrue(traceText.contains("sx:retentionCitation = fushun-2026 细则 第二十二条第二款"), traceText);
        assertFalse(t.ended(pi), "the text record is still kept");

        // the chain still verifies: the destroyed record stands in it through its trace
        CaseSeal seal = new CaseSeal(t.cases, t.cases);
        assertTrue(seal.verify("case-fs").intact(), () -> seal.verify("case-fs").toString());
        t.cases.putContent(text, "forged".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        CaseSeal.Verification forged = seal.verify("case-fs");
        assertEquals(text, forged.brokenRecordId());
        assertEquals(org.sanxiang.rules.chain.BreakReason.CONTENT_DIGEST_MISMATCH, forged.firstBreak().orElseThrow().reason());
    }

    @Test
    @DisplayName("chongqing-2024 全过程记录 第十四条: extending the retention sets a new retain-until and waits again")
    void extendLoops() {
        String pi = start();
        t.harness.moveClockAndFireTimers(at(2026, 6, 3, 0, 0, 1));
        RuntimeException past = assertThrows(RuntimeException.class, () -> t.complete(review(pi), "archivist2",
                RetentionProcess.EXTEND, Map.of(SanxiangWorkflowModel.PROP_EXTEND_UNTIL.toVariableName(), Date.from(at(2026, 6, 1, 0, 0, 0)))));
        assertTrue(past.getMessage().contains(SanxiangWorkflowModel.PROP_EXTEND_UNTIL.toVariableName()), past.getMessage());
        t.complete(review(pi), "archivist2", RetentionProcess.EXTEND,
                Map.of(SanxiangWorkflowModel.PROP_EXTEND_UNTIL.toVariableName(), Date.from(at(2026, 9, 1, 0, 0, 0))));
        assertNull(review(pi));
        assertEquals(Date.from(at(2026, 9, 1, 0, 0, 0)), t.record("case-fs", video).properties().get("sx:retainUntil"));
        assertEquals("extend", t.record("case-fs", video).properties().get("sx:disposition"));
        t.harness.moveClockAndFireTimers(at(2026, 9, 1, 12, 0, 0));
        assertNull(review(pi));
        t.harness.moveClockAndFireTimers(at(2026, 9, 2, 0, 0, 1));
        assertNotNull(review(pi), "reviewed again at the end of the extension");
        t.complete(review(pi), "archivist2", RetentionProcess.TRANSFER, Map.of());
        assertEquals("transfer", t.record("case-fs", video).properties().get("sx:disposition"));
        assertNotNull(t.record("case-fs", video), "a transferred record is not destroyed");
    }

    @Test
    @DisplayName("fushun-2026 细则 第二十三条: a long-term hold blocks disposition until it is released")
    void legalHoldBlocksDestroyUntilReleased() {
        hold(video);
        String pi = start();
        t.harness.moveClockAndFireTimers(at(2026, 6, 3, 0, 0, 1));
        assertNull(review(pi), "no disposition while held");
        Task release = t.task(pi, RetentionProcess.HOLD_TASK);
        assertNotNull(release);
        assertTrue(t.taskVar(release, SanxiangWorkflowModel.PROP_HOLD_REASONS.toVariableName()).toString().contains("objectionOrComplaint"));
        t.complete(release, "archivist2", RetentionProcess.KEEP, Map.of());
        assertNull(review(pi));
        Task again = t.task(pi, RetentionProcess.HOLD_TASK);
        assertNotNull(again, "kept: the hold is asked about again");
        RuntimeException noReason = assertThrows(RuntimeException.class,
                () -> t.complete(again, "archivist2", RetentionProcess.RELEASE, Map.of()));
        assertTrue(noReason.getMessage().contains(SanxiangWorkflowModel.PROP_HOLD_RELEASE_REASON.toVariableName()), noReason.getMessage());
        t.complete(t.task(pi, RetentionProcess.HOLD_TASK), "archivist2", RetentionProcess.RELEASE,
                Map.of(SanxiangWorkflowModel.PROP_HOLD_RELEASE_REASON.toVariableName(), "投诉已办结"));
        assertFalse(t.record("case-fs", video).aspects().contains("sx:legalHold"));
        Task task = review(pi);
        assertNotNull(task);

        // a hold placed while the review is open still blocks the destruction
        hold(video);
        RuntimeException blocked = assertThrows(RuntimeException.class,
                () -> t.complete(review(pi), "archivist2", RetentionProcess.DESTROY, Map.of()));
        assertTrue(blocked.getMessage().contains("fushun-2026 细则 第二十三条"), blocked.getMessage());
        assertNotNull(t.record("case-fs", video), "not destroyed");
        t.cases.removeAspect(video, "sx:legalHold");
        t.complete(review(pi), "archivist2", RetentionProcess.DESTROY, Map.of());
        assertNull(t.record("case-fs", video));
    }

    @Test
    @DisplayName("restart mid-process: a new engine on the same database keeps waiting for the retention end, and fires it")
    void restartContinuesWhereItWas() {
        String pi = start();
        t.harness.restart();
        t.harness.moveClockAndFireTimers(at(2026, 6, 3, 0, 0, 1));
        assertNotNull(review(pi));
        t.harness.restart();
        t.complete(review(pi), "archivist2", RetentionProcess.DESTROY, Map.of());
        assertNull(t.record("case-fs", video));
        t.harness.moveClockAndFireTimers(at(2056, 4, 1, 0, 0, 1));
        t.complete(review(pi), "archivist2", RetentionProcess.TRANSFER, Map.of());
        assertTrue(t.ended(pi));
    }
}
