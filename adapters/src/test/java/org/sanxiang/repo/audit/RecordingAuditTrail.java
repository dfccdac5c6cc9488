package org.sanxiang.repo.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An audit trail that keeps what it is told, checking keys as Alfresco's mapping would need them. */
public final class RecordingAuditTrail implements AuditTrail {

    public record Entry(AuditEvent event, Map<String, String> values) {
    }

    public final List<Entry> entries = new ArrayList<>();

    @Override
    public void record(AuditEvent event, Map<String, String> values) {
        AuditTrail.requireDeclared(event, values);
        Map<String, String> kept = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null) {
                kept.put(k, v);
            }
        });
        entries.add(new Entry(event, kept));
    }

    public Entry last() {
        return entries.get(entries.size() - 1);
    }
}
