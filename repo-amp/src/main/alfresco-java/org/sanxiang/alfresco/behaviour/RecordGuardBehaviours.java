package org.sanxiang.alfresco.behaviour;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.repo.content.ContentServicePolicies;
import org.alfresco.repo.copy.CopyBehaviourCallback;
import org.alfresco.repo.copy.CopyDetails;
import org.alfresco.repo.copy.CopyServicePolicies;
import org.alfresco.repo.copy.DoNothingCopyBehaviourCallback;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.guard.ProtectedRecordException;
import org.sanxiang.repo.guard.RecordGuard;

/**
 * Binds {@link RecordGuard} to Alfresco's policies: property updates, content updates, moves and
 * deletes of sealed records ({@code sx:sealed}), and deletes of what a legal hold
 * ({@code sx:legalHold}) covers — held nodes, case folders and the records in them. A refusal becomes
 * an AlfrescoRuntimeException with the guard's message key (labels in sx-messages, zh_CN and en), which
 * rolls the transaction back, as Alfresco Governance Services does for records. A copy of a sealed
 * record does not take the seal along: the link belongs to the original's place in its case's chain,
 * and the copy, once in a case folder, is sealed there as a record of its own.
 */
public final class RecordGuardBehaviours implements NodeServicePolicies.OnUpdatePropertiesPolicy,
        ContentServicePolicies.OnContentUpdatePolicy, NodeServicePolicies.BeforeDeleteNodePolicy,
        NodeServicePolicies.BeforeMoveNodePolicy, NodeServicePolicies.BeforeRemoveAspectPolicy,
        CopyServicePolicies.OnCopyNodePolicy {

    private final PolicyComponent policyComponent;
    private final NamespaceService namespaceService;
    private final RecordGuard guard;
    private final Map<String, QName> sealedProperties = new HashMap<>();

    public RecordGuardBehaviours(PolicyComponent policyComponent, NamespaceService namespaceService, RecordGuard guard) {
        this.policyComponent = Objects.requireNonNull(policyComponent, "policyComponent");
        this.namespaceService = Objects.requireNonNull(namespaceService, "namespaceService");
        this.guard = Objects.requireNonNull(guard, "guard");
    }

    /** Spring init-method. */
    public void init() {
        for (String name : RecordGuard.SEALED_PROPERTIES) {
            sealedProperties.put(name, QName.createQName(name, namespaceService));
        }
        QName sealed = qname(SanxiangModel.ASPECT_SEALED.toPrefixString());
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, sealed,
                new JavaBehaviour(this, "onUpdateProperties", Behaviour.NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(ContentServicePolicies.OnContentUpdatePolicy.QNAME, sealed,
                new JavaBehaviour(this, "onContentUpdate", Behaviour.NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.BeforeMoveNodePolicy.QNAME, sealed,
                new JavaBehaviour(this, "beforeMoveNode", Behaviour.NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.BeforeRemoveAspectPolicy.QNAME, sealed,
                new JavaBehaviour(this, "beforeRemoveAspect", Behaviour.NotificationFrequency.EVERY_EVENT));
        policyComponent.bindClassBehaviour(CopyServicePolicies.OnCopyNodePolicy.QNAME, sealed,
                new JavaBehaviour(this, "getCopyCallback"));
        for (String className : new String[] {SanxiangModel.ASPECT_SEALED.toPrefixString(), SanxiangModel.ASPECT_LEGAL_HOLD.toPrefixString(),
                SanxiangModel.TYPE_CASE_FOLDER.toPrefixString(), SanxiangModel.TYPE_STAGE_RECORD.toPrefixString(),
                SanxiangModel.TYPE_EVIDENCE.toPrefixString()}) {
            policyComponent.bindClassBehaviour(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME, qname(className),
                    new JavaBehaviour(this, "beforeDeleteNode", Behaviour.NotificationFrequency.EVERY_EVENT));
        }
    }

    @Override
    public void onUpdateProperties(NodeRef nodeRef, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        translate(() -> guard.checkPropertyUpdate(nodeRef.toString(), sealedOnly(before), sealedOnly(after)));
    }

    @Override
    public void onContentUpdate(NodeRef nodeRef, boolean newContent) {
        translate(() -> guard.checkContentUpdate(nodeRef.toString()));
    }

    @Override
    public void beforeDeleteNode(NodeRef nodeRef) {
        translate(() -> guard.checkDelete(nodeRef.toString()));
    }

    @Override
    public void beforeMoveNode(ChildAssociationRef oldChildAssocRef, NodeRef newParentRef) {
        translate(() -> guard.checkMove(oldChildAssocRef.getChildRef().toString(),
                oldChildAssocRef.getParentRef() == null ? null : oldChildAssocRef.getParentRef().toString(), newParentRef.toString()));
    }

    @Override
    public void beforeRemoveAspect(NodeRef nodeRef, QName aspectTypeQName) {
        translate(() -> guard.checkRemoveAspect(nodeRef.toString(), aspectTypeQName.toPrefixString(namespaceService)));
    }

    /** The seal (aspect and properties) is not copied. */
    @Override
    public CopyBehaviourCallback getCopyCallback(QName classRef, CopyDetails copyDetails) {
        return DoNothingCopyBehaviourCallback.getInstance();
    }

    /** The properties the guard compares, by prefix:name. */
    private Map<String, Object> sealedOnly(Map<QName, Serializable> properties) {
        Map<String, Object> out = new HashMap<>();
        sealedProperties.forEach((name, qname) -> {
            Serializable value = properties.get(qname);
            if (value != null) {
                out.put(name, value);
            }
        });
        return out;
    }

    private QName qname(String prefixed) {
        return QName.createQName(prefixed, namespaceService);
    }

    private static void translate(Runnable check) {
        try {
            check.run();
        } catch (ProtectedRecordException e) {
            throw new AlfrescoRuntimeException(e.messageKey(), e.parameters());
        }
    }
}
