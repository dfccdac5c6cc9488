package org.sanxiang.workflow.retention;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.Objects;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Beans of the retention process that read the record: {@code sxRetentionList} (the records of the
 * case under {@code sx:retention}, one sub-process each), {@code sxRetentionSchedule} (when the
 * record's retention ends: the day after its {@code sx:retainUntil}; none for a record kept
 * permanently) and {@code sxRetentionCheckHold} (is the record under a long-term hold,
 * fushun-2026 细则 第二十三条?). Neither review has a time limit in the regulations, so the tasks
 * have no due date.
 */
public final class RetainedRecords implements JavaDelegate {

    public enum Step { LIST, SCHEDULE, CHECK_HOLD }

    public static final String RETENTION = SanxiangModel.ASPECT_RETENTION.toPrefixString();
    public static final String LEGAL_HOLD = SanxiangModel.ASPECT_LEGAL_HOLD.toPrefixString();
    public static final String RETAIN_UNTIL = SanxiangModel.PROP_RETAIN_UNTIL.toPrefixString();

    private final Step step;
    private final CaseRepository cases;
    private final CaseLocator locator;
    private final ZoneId zone;

    public RetainedRecords(Step step, CaseRepository cases, CaseLocator locator, ZoneId zone) {
        this.step = Objects.requireNonNull(step, "step");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = locator.caseId(execution);
        if (step == Step.LIST) {
            ArrayList<String> ids = new ArrayList<>();
            cases.records(caseId).stream().filter(r -> r.aspects().contains(RETENTION)).forEach(r -> ids.add(r.id()));
            if (ids.isEmpty()) {
                throw new IllegalStateException("case " + caseId + " has no record under retention (aspect " + RETENTION + ")");
            }
            execution.setVariable(WorkflowVariables.RETAINED_RECORDS, ids);
            return;
        }
        CaseRecord record = record(cases, caseId, execution);
        if (step == Step.SCHEDULE) {
            Object until = record.properties().get(RETAIN_UNTIL);
            execution.setVariableLocal(SanxiangWorkflowModel.PROP_RETAINED_RECORD_NAME.toVariableName(), record.name());
            execution.setVariableLocal(WorkflowVariables.PERMANENT, until == null);
            execution.setVariableLocal(SanxiangWorkflowModel.PROP_RETAINED_UNTIL.toVariableName(), until);
            execution.setVariableLocal(WorkflowVariables.RETENTION_ENDS_AT,
                    until == null ? null : Date.from(day(until).plusDays(1).atStartOfDay(zone).toInstant()));
            execution.setVariablesLocal(TaskDeadlines.none(RetentionProcess.REVIEW_TASK));
            execution.setVariablesLocal(TaskDeadlines.none(RetentionProcess.HOLD_TASK));
        } else {
            boolean held = record.aspects().contains(LEGAL_HOLD);
            execution.setVariableLocal(WorkflowVariables.HELD, held);
            Object reasons = record.properties().get(SanxiangModel.PROP_HOLD_REASONS.toPrefixString());
            execution.setVariableLocal(SanxiangWorkflowModel.PROP_HOLD_REASONS.toVariableName(), held && reasons != null ? reasons.toString() : null);
        }
    }

    /** A date property as read back: a Date (Alfresco), an Instant (CMIS), or ISO text. */
    private LocalDate day(Object value) {
        if (value instanceof Date d) {
            return d.toInstant().atZone(zone).toLocalDate();
        }
        if (value instanceof java.time.Instant i) {
            return i.atZone(zone).toLocalDate();
        }
        String s = value.toString();
        return s.contains("T") ? java.time.Instant.parse(s).atZone(zone).toLocalDate() : LocalDate.parse(s);
    }

    static CaseRecord record(CaseRepository cases, String caseId, DelegateExecution execution) {
        String id = (String) execution.getVariable(WorkflowVariables.RECORD_ID);
        return cases.records(caseId).stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("record " + id + " is no longer in case " + caseId));
    }
}
