package org.sanxiang.workflow.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Objects;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.disclosure.DueDate;
import org.sanxiang.rules.record.RecordDeadlines;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxDelegate;
import org.sanxiang.workflow.Values;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Bean {@code sxRecordAvStorageDue}, first step of the per-AV-record storage sub-process: the
 * deadline to move the AV record to dedicated storage, counted from the day it was made
 * (wuhan-2020 全过程记录 第二十六条第三款: 2 working days). Where the profile says only "promptly"
 * (及时) or sets nothing, the task gets no due date and no timer. The deadline variables are local
 * to the sub-process instance, so each record keeps its own.
 */
public final class ScheduleAvStorage extends SxDelegate {

    private final CaseRepository cases;
    private final CaseLocator locator;
    private final CaseRecordRules rules;
    private final TaskDeadlines deadlines;

    public ScheduleAvStorage(CaseRepository cases, CaseLocator locator, CaseRecordRules rules, TaskDeadlines deadlines) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    @Override
    protected void execute(StepContext step) {
        String caseId = locator.caseId(step.scope());
        CaseRecord record = record(cases, caseId, (String) step.value(WorkflowVariables.AV_RECORD_ID));
        Instant now = EngineTime.now();
        LocalDate made = Values.day(record.property(SanxiangModel.PROP_AV_STARTED_AT), deadlines.zone(), SanxiangModel.PROP_AV_STARTED_AT.toPrefixString());
        if (made == null) {
            made = Values.day(record.property(SanxiangModel.PROP_RECORDED_AT), deadlines.zone(), SanxiangModel.PROP_RECORDED_AT.toPrefixString());
        }
        if (made == null) {
            made = now.atZone(deadlines.zone()).toLocalDate();
        }
        DueDate due = new RecordDeadlines(rules.profile(cases.facts(caseId)), deadlines.calendar()).avStorageDue(made);
        step.setLocal(SanxiangWorkflowModel.PROP_AV_RECORD_NAME, record.name());
        if (due.deadline() != null) {
            TaskDeadlines.setLocal(step.scope(), deadlines.variables(CaseRecordProcess.AV_STORAGE_TASK, due.deadline(), now,
                    String.valueOf(due.citation())));
            cases.setProperties(record.id(), Map.of(SanxiangModel.PROP_STORAGE_DUE.toPrefixString(),
                    Date.from(due.deadline().dueAt().atZone(deadlines.zone()).toInstant())));
        } else {
            TaskDeadlines.setLocal(step.scope(), TaskDeadlines.none(CaseRecordProcess.AV_STORAGE_TASK));
        }
    }

    static CaseRecord record(CaseRepository cases, String caseId, String recordId) {
        return cases.records(caseId).stream().filter(r -> r.id().equals(recordId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("record " + recordId + " is no longer in case " + caseId));
    }
}
