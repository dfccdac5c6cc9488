package org.sanxiang.workflow.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.DocumentDraft;
import org.sanxiang.workflow.port.Notifications;
import org.sanxiang.workflow.record.CaseSeal;

/**
 * What the archivists decided for a record whose retention ended (chongqing-2024 全过程记录 第十四条;
 * wuhan-2020 全过程记录 第二十八条): bean {@code sxRetentionReleaseHold} (the long-term hold is
 * lifted, fushun-2026 细则 第二十三条), {@code sxRetentionDestroy} (the record is destroyed and its trace
 * — metadata, seal digest, who approved, when — is written into the case in the same step; a record
 * under a hold is never destroyed), {@code sxRetentionExtend} (a new retain-until day, later than
 * today) and {@code sxRetentionTransfer} (handed to the archive).
 */
public final class Disposition implements JavaDelegate {

    public enum Step { RELEASE_HOLD, DESTROY, EXTEND, TRANSFER }

    public static final String TRACE_TYPE = "cm:content";
    public static final String ARCHIVISTS = "GROUP_SX_ARCHIVISTS";

    private final Step step;
    private final CaseRepository cases;
    private final Notifications notifications;
    private final CaseLocator locator;
    private final ZoneId zone;

    public Disposition(Step step, CaseRepository cases, Notifications notifications, CaseLocator locator, ZoneId zone) {
        this.step = Objects.requireNonNull(step, "step");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = locator.caseId(execution);
        CaseRecord record = RetainedRecords.record(cases, caseId, execution);
        Instant now = EngineTime.now();
        switch (step) {
            case RELEASE_HOLD -> {
                String reason = text(execution.getVariable(SanxiangWorkflowModel.PROP_HOLD_RELEASE_REASON.toVariableName()));
                if (reason == null) {
                    throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_HOLD_RELEASE_REASON.toVariableName()
                            + ": required to release the long-term hold on " + record.name() + " (fushun-2026 细则 第二十三条)");
                }
                cases.removeAspect(record.id(), RetainedRecords.LEGAL_HOLD);
                cases.setProperties(record.id(), Map.of(SanxiangModel.PROP_RETENTION_CITATION.toPrefixString(), record.properties().getOrDefault(
                        SanxiangModel.PROP_RETENTION_CITATION.toPrefixString(), "") + "; hold released " + now + " by "
                        + execution.getVariable(WorkflowVariables.completedBy(RetentionProcess.HOLD_TASK)) + ": " + reason));
                execution.setVariable(SanxiangWorkflowModel.PROP_HOLD_RELEASE_REASON.toVariableName(), null);
            }
            case DESTROY -> destroy(execution, caseId, record, now);
            case EXTEND -> {
                Object value = execution.getVariable(SanxiangWorkflowModel.PROP_EXTEND_UNTIL.toVariableName());
                if (value == null) {
                    throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_EXTEND_UNTIL.toVariableName() + ": required to extend the retention of "
                            + record.name());
                }
                LocalDate until = value instanceof Date d ? d.toInstant().atZone(zone).toLocalDate() : LocalDate.parse(value.toString());
                if (!until.isAfter(now.atZone(zone).toLocalDate())) {
                    throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_EXTEND_UNTIL.toVariableName() + ": " + until + " is not after today");
                }
                cases.setProperties(record.id(), Map.of(RetainedRecords.RETAIN_UNTIL,
                        Date.from(until.atStartOfDay(zone).toInstant()), SanxiangModel.PROP_DISPOSITION.toPrefixString(), "extend"));
                execution.setVariable(SanxiangWorkflowModel.PROP_EXTEND_UNTIL.toVariableName(), null);
            }
            case TRANSFER -> {
                cases.setProperties(record.id(), Map.of(SanxiangModel.PROP_DISPOSITION.toPrefixString(), "transfer"));
                notifications.inform(ARCHIVISTS, caseId, "移交档案 / transfer to the archive",
                        record.name() + ": retention ended, transfer to the archive approved by "
                                + execution.getVariable(WorkflowVariables.completedBy(RetentionProcess.REVIEW_TASK)));
            }
        }
    }

    private void destroy(DelegateExecution execution, String caseId, CaseRecord record, Instant now) {
        if (record.aspects().contains(RetainedRecords.LEGAL_HOLD)) {
            throw new IllegalStateException("record " + record.id() + " (" + record.name() + ") is under a long-term hold "
                    + record.properties().get(SanxiangModel.PROP_HOLD_REASONS.toPrefixString()) + " and cannot be destroyed until it is released (fushun-2026 细则 第二十三条)");
        }
        Object approver = execution.getVariable(WorkflowVariables.completedBy(RetentionProcess.REVIEW_TASK));
        if (approver == null) {
            throw new IllegalStateException("no approver of the destruction of " + record.id() + " is recorded");
        }
        StringBuilder text = new StringBuilder("销毁记录 / Destruction trace\n");
        text.append("记录 Record: ").append(record.name()).append(" (").append(record.id()).append(", ").append(record.type())
                .append(")\n");
        text.append("批准人 Approved by: ").append(approver).append('\n');
        text.append("销毁时间 Destroyed at: ").append(now).append('\n');
        text.append("封存摘要 Seal digest: ").append(record.properties().getOrDefault(SanxiangModel.PROP_SEAL_DIGEST.toPrefixString(), "(not sealed)"))
                .append(" (position ").append(record.properties().getOrDefault(SanxiangModel.PROP_SEAL_SEQUENCE.toPrefixString(), "-")).append(")\n");
        Object note = execution.getVariable(SanxiangWorkflowModel.PROP_DISPOSITION_NOTE.toVariableName());
        if (note != null) {
            text.append("说明 Note: ").append(note).append('\n');
        }
        text.append(CaseSeal.traceLine(record));
        text.append("元数据 Metadata:\n");
        new TreeMap<>(record.properties()).forEach((k, v) -> text.append("  ").append(k).append(" = ")
                .append(v instanceof Date d ? d.toInstant() : v).append('\n'));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("cm:title", "销毁记录 " + record.name());
        properties.put("cm:description", CaseSeal.TRACE_MARKER + record.id());
        String traceId = cases.destroyRecord(record.id(), new DocumentDraft(TRACE_TYPE, "销毁记录-" + record.id() + ".txt",
                properties, text.toString()));
        execution.setVariableLocal(WorkflowVariables.TRACE_ID, traceId);
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
