package org.sanxiang.repo.audit;

import java.util.Map;

/**
 * Where audit events go. In Alfresco: {@code AuditComponent.recordAuditValues(event.rootPath(), values)}
 * into the {@code sanxiang} audit application (org.sanxiang.alfresco.audit.AlfrescoAuditTrail).
 */
public interface AuditTrail {

    /**
     * Records one event. Null values are left out.
     *
     * @throws IllegalArgumentException for a key the event does not declare (it would not be recorded)
     */
    void record(AuditEvent event, Map<String, String> values);

    /** Checks the keys before recording; implementations call it first. */
    static void requireDeclared(AuditEvent event, Map<String, String> values) {
        for (String key : values.keySet()) {
            if (!event.keys().contains(key)) {
                throw new IllegalArgumentException("audit " + event.rootPath() + ": key '" + key
                        + "' is not one of " + event.keys());
            }
        }
    }
}
