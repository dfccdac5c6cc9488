package org.sanxiang.alfresco.behaviour;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.guard.DisclosureGuard;
import org.sanxiang.repo.guard.ProtectedRecordException;

/**
 * Binds {@link DisclosureGuard} to Alfresco's policies on {@code sx:disclosureRecord}: a creation, and
 * an update of the properties only the disclosure process sets. A refusal becomes an
 * AlfrescoRuntimeException with the guard's message key, which rolls the transaction back: a Share
 * user, a CMIS client or a rule cannot make a record "published" without review and approval.
 */
public final class DisclosureGuardBehaviours implements NodeServicePolicies.OnCreateNodePolicy,
        NodeServicePolicies.OnUpdatePropertiesPolicy {

    private final PolicyComponent policyComponent;
    private final NamespaceService namespaceService;
    private final DisclosureGuard guard;
    private final Map<String, QName> processProperties = new HashMap<>();

    public DisclosureGuardBehaviours(PolicyComponent policyComponent, NamespaceService namespaceService, DisclosureGuard guard) {
        this.policyComponent = Objects.requireNonNull(policyComponent, "policyComponent");
        this.namespaceService = Objects.requireNonNull(namespaceService, "namespaceService");
        this.guard = Objects.requireNonNull(guard, "guard");
    }

    /** Spring init-method. */
    public void init() {
        for (String name : DisclosureGuard.PROCESS_PROPERTIES) {
            processProperties.put(name, QName.createQName(name, namespaceService));
        }
        QName record = QName.createQName(SanxiangModel.TYPE_DISCLOSURE_RECORD.toPrefixString(), namespaceService);
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnCreateNodePolicy.QNAME, record,
                new JavaBehaviour(this, "onCreateNode", Behaviour.NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, record,
                new JavaBehaviour(this, "onUpdateProperties", Behaviour.NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onCreateNode(ChildAssociationRef childAssocRef) {
        translate(() -> guard.checkCreate(childAssocRef.getChildRef().toString(), AuthenticationUtil.getFullyAuthenticatedUser()));
    }

    @Override
    public void onUpdateProperties(NodeRef nodeRef, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        translate(() -> guard.checkUpdate(nodeRef.toString(), AuthenticationUtil.getFullyAuthenticatedUser(),
                processOnly(before), processOnly(after)));
    }

    private Map<String, Object> processOnly(Map<QName, Serializable> properties) {
        Map<String, Object> out = new HashMap<>();
        processProperties.forEach((name, qname) -> {
            Serializable value = properties.get(qname);
            if (value != null) {
                out.put(name, value);
            }
        });
        return out;
    }

    private static void translate(Runnable check) {
        try {
            check.run();
        } catch (ProtectedRecordException e) {
            throw new AlfrescoRuntimeException(e.messageKey(), e.parameters());
        }
    }
}
