package org.sanxiang.alfresco.audit;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import org.alfresco.repo.audit.AuditComponent;
import org.sanxiang.repo.audit.AuditEvent;
import org.sanxiang.repo.audit.AuditTrail;

/**
 * Records our audit events in Alfresco's audit application {@code sanxiang}
 * (alfresco/module/sanxiang-repo/audit/sanxiang-audit.xml) through the AuditComponent.
 */
public class AlfrescoAuditTrail implements AuditTrail
{
    private AuditComponent auditComponent;

    public void setAuditComponent(AuditComponent auditComponent)
    {
        this.auditComponent = auditComponent;
    }

    @Override
    public void record(AuditEvent event, Map<String, String> values)
    {
        AuditTrail.requireDeclared(event, values);
        if (!auditComponent.areAuditValuesRequired(event.rootPath()))
        {
            return; // audit.enabled or audit.sanxiang.enabled is off
        }
        Map<String, Serializable> audited = new HashMap<>();
        values.forEach((key, value) -> {
            if (value != null)
            {
                audited.put(key, value);
            }
        });
        auditComponent.recordAuditValues(event.rootPath(), audited);
    }
}
