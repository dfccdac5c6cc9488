package org.sanxiang.workflow.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Objects;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.disclosure.DueDate;
import org.sanxiang.rules.record.RecordDeadlines;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
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
public final class ScheduleAvStorage implements JavaDelegate {

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
    public void execute(DelegateExecution execution) {
        String caseId = locator.caseId(execution);
        CaseRecord record = record(cases, caseId, (String) execution.getVariable(WorkflowVariables.AV_RECORD_ID));
        Instant now = EngineTime.now();
        LocalDate made = CaseRecordRules.day(record.properties().get(SanxiangModel.PROP_AV_STARTED_AT.toPrefixString()), deadlines.zone());
        if (made == null) {
            made = CaseRecordRules.day(record.properties().get(SanxiangModel.PROP_RECORDED_AT.toPrefixString()), deadlines.zone());
        }
        if (made == null) {
            made = now.atZone(deadlines.zone()).toLocalDate();
        }
        DueDate due = new RecordDeadlines(rules.profile(cases.facts(caseId)), deadlines.calendar()).avStorageDue(made);
        execution.setVariableLocal(SanxiangWorkflowModel.PROP_AV_RECORD_NAME.toVariableName(), record.name());
        if (due.deadline() != null) {
            execution.setVariablesLocal(deadlines.variables(CaseRecordProcess.AV_STORAGE_TASK, due.deadline(), now,
                    String.valueOf(due.citation())));
            cases.setProperties(record.id(), Map.of(SanxiangModel.PROP_STORAGE_DUE.toPrefixString(),
                    Date.from(due.deadline().dueAt().atZone(deadlines.zone()).toInstant())));
        } else {
            execution.setVariablesLocal(TaskDeadlines.none(CaseRecordProcess.AV_STORAGE_TASK));
        }
    }

    static CaseRecord record(CaseRepository cases, String caseId, String recordId) {
        return cases.records(caseId).stream().filter(r -> r.id().equals(recordId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("record " + recordId + " is no longer in case " + caseId));
    }
}
