package org.sanxiang.workflow.retention;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.DocumentDraft;
import org.sanxiang.workflow.record.CaseSeal;

/**
 * Bean {@code sxRetentionDestroy} (chongqing-2024 全过程记录 第十四条; wuhan-2020 全过程记录 第二十八条):
 * the record is destroyed and its trace — metadata, seal digest, who approved, when — is written into
 * the case in the same step; a record under a hold is never destroyed.
 */
public final class DestroyRecord extends RetentionStep {

    public static final String TRACE_TYPE = "cm:content";

    public DestroyRecord(CaseRepository cases, CaseLocator locator, ZoneId zone) {
        super(cases, locator, zone);
    }

    @Override
    protected void execute(StepContext step) {
        CaseRecord record = record(step);
        Instant now = EngineTime.now();
        if (record.hasAspect(SanxiangModel.ASPECT_LEGAL_HOLD)) {
            throw new IllegalStateException("record " + record.id() + " (" + record.name() + ") is under a long-term hold "
                    + record.property(SanxiangModel.PROP_HOLD_REASONS)
                    + " and cannot be destroyed until it is released (fushun-2026 细则 第二十三条)");
        }
        Object approver = step.value(WorkflowVariables.completedBy(RetentionProcess.REVIEW_TASK));
        if (approver == null) {
            throw new IllegalStateException("no approver of the destruction of " + record.id() + " is recorded");
        }
        Object digest = record.property(SanxiangModel.PROP_SEAL_DIGEST);
        Object sequence = record.property(SanxiangModel.PROP_SEAL_SEQUENCE);
        StringBuilder text = new StringBuilder("销毁记录 / Destruction trace\n");
        text.append("记录 Record: ").append(record.name()).append(" (").append(record.id()).append(", ").append(record.type())
                .append(")\n");
        text.append("批准人 Approved by: ").append(approver).append('\n');
        text.append("销毁时间 Destroyed at: ").append(now).append('\n');
        text.append("封存摘要 Seal digest: ").append(digest == null ? "(not sealed)" : digest)
                .append(" (position ").append(sequence == null ? "-" : sequence).append(")\n");
        Object note = step.value(SanxiangWorkflowModel.PROP_DISPOSITION_NOTE);
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
        step.setLocal(WorkflowVariables.TRACE_ID, traceId);
    }
}
