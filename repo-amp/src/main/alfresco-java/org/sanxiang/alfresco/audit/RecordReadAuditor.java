package org.sanxiang.alfresco.audit;

import java.io.Serializable;

import org.alfresco.repo.content.ContentServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.sanxiang.repo.audit.RecordReadAudit;

/**
 * Audits every content read of a full-process record ({@code sx:stageRecord} and subtypes) or of
 * evidence ({@code sx:evidence}): Alfresco fires the content-read policy when a reader is handed out.
 * Reads by the system user (search indexing, transformations, thumbnails) are no one's reading and
 * are left out; reads by people, including through our own actions, are recorded.
 */
public class RecordReadAuditor implements ContentServicePolicies.OnContentReadPolicy
{
    private static final String SX = "http://www.sanxiang.org/model/enforcement/1.0";
    private static final QName RECORD_CASE_NUMBER = QName.createQName(SX, "recordCaseNumber");
    private static final QName EVIDENCE_CASE_NUMBER = QName.createQName(SX, "evidenceCaseNumber");

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private NamespaceService namespaceService;
    private RecordReadAudit audit;

    public void setPolicyComponent(PolicyComponent policyComponent)
    {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setNamespaceService(NamespaceService namespaceService)
    {
        this.namespaceService = namespaceService;
    }

    public void setAudit(RecordReadAudit audit)
    {
        this.audit = audit;
    }

    public void init()
    {
        for (String type : RecordReadAudit.AUDITED_TYPES)
        {
            // by namespace URI: the sx prefix may not be registered yet while beans are created
            policyComponent.bindClassBehaviour(ContentServicePolicies.OnContentReadPolicy.QNAME,
                    QName.createQName(SX, type.substring(type.indexOf(':') + 1)),
                    new JavaBehaviour(this, "onContentRead", NotificationFrequency.EVERY_EVENT));
        }
    }

    @Override
    public void onContentRead(NodeRef nodeRef)
    {
        if (AuthenticationUtil.isRunAsUserTheSystemUser())
        {
            return;
        }
        Serializable name = nodeService.getProperty(nodeRef, QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "name"));
        Serializable caseNumber = nodeService.getProperty(nodeRef, RECORD_CASE_NUMBER);
        if (caseNumber == null)
        {
            caseNumber = nodeService.getProperty(nodeRef, EVIDENCE_CASE_NUMBER);
        }
        audit.read(nodeRef.toString(), nodeService.getType(nodeRef).toPrefixString(namespaceService),
                name == null ? null : name.toString(), caseNumber == null ? null : caseNumber.toString());
    }
}
