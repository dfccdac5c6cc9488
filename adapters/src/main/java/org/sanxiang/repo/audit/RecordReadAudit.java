package org.sanxiang.repo.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.sanxiang.model.SanxiangModel;

/**
 * Records the read of a full-process record's content (types {@code sx:stageRecord} and its subtypes,
 * and {@code sx:evidence}): who (the audit application adds the user), which node, its type, name and
 * case number. In Alfresco the behaviour org.sanxiang.alfresco.audit.RecordReadAuditor calls it from
 * the content-read policy of those types.
 */
public final class RecordReadAudit {

    /** The types whose reads are recorded (subtypes included), all in the sx namespace. */
    public static final String[] AUDITED_TYPES = {SanxiangModel.TYPE_STAGE_RECORD.toPrefixString(), SanxiangModel.TYPE_EVIDENCE.toPrefixString()};

    private final AuditTrail audit;

    public RecordReadAudit(AuditTrail audit) {
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    public void read(String node, String type, String name, String caseNumber) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("node", Objects.requireNonNull(node, "node"));
        values.put("type", type);
        values.put("name", name);
        values.put("caseNumber", caseNumber);
        audit.record(AuditEvent.READ, values);
    }
}
