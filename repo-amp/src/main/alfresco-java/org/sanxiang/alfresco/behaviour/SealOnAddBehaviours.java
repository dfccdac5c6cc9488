package org.sanxiang.alfresco.behaviour;

import java.util.Objects;

import org.alfresco.repo.content.ContentServicePolicies;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.seal.RecordSealer;

/**
 * Seals a record into its case's chain ({@link RecordSealer}) when it is added to a case folder
 * (a child association created under an {@code sx:caseFolder}) or, if it had no content then, when
 * its content arrives. Both run once per node at transaction commit, when the upload's content and
 * metadata are all there, as the system (the user who adds a record need not be able to read the
 * case's earlier records); {@code sx:sealedBy} names the user. A failure to seal never loses the
 * upload: it is logged, the record stays unsealed, and archiving (CaseSeal) reports the same problem.
 */
public final class SealOnAddBehaviours implements NodeServicePolicies.OnCreateChildAssociationPolicy,
        ContentServicePolicies.OnContentUpdatePolicy {

    private static final Logger LOG = LoggerFactory.getLogger(SealOnAddBehaviours.class);

    private final PolicyComponent policyComponent;
    private final NamespaceService namespaceService;
    private final RecordSealer sealer;

    public SealOnAddBehaviours(PolicyComponent policyComponent, NamespaceService namespaceService, RecordSealer sealer) {
        this.policyComponent = Objects.requireNonNull(policyComponent, "policyComponent");
        this.namespaceService = Objects.requireNonNull(namespaceService, "namespaceService");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
    }

    /** Spring init-method. */
    public void init() {
        policyComponent.bindAssociationBehaviour(NodeServicePolicies.OnCreateChildAssociationPolicy.QNAME,
                qname(SanxiangModel.TYPE_CASE_FOLDER.toPrefixString()),
                new JavaBehaviour(this, "onCreateChildAssociation", Behaviour.NotificationFrequency.TRANSACTION_COMMIT));
        for (String type : new String[] {SanxiangModel.TYPE_STAGE_RECORD.toPrefixString(), SanxiangModel.TYPE_EVIDENCE.toPrefixString()}) {
            policyComponent.bindClassBehaviour(ContentServicePolicies.OnContentUpdatePolicy.QNAME, qname(type),
                    new JavaBehaviour(this, "onContentUpdate", Behaviour.NotificationFrequency.TRANSACTION_COMMIT));
        }
    }

    @Override
    public void onCreateChildAssociation(ChildAssociationRef childAssocRef, boolean isNewNode) {
        if (childAssocRef.isPrimary()) {
            seal(childAssocRef.getChildRef());
        }
    }

    @Override
    public void onContentUpdate(NodeRef nodeRef, boolean newContent) {
        seal(nodeRef);
    }

    private void seal(NodeRef record) {
        String user = AuthenticationUtil.getFullyAuthenticatedUser();
        try {
            RecordSealer.Outcome outcome = AuthenticationUtil.runAsSystem(() -> sealer.sealIfReady(record.toString(), user));
            if (LOG.isDebugEnabled()) {
                LOG.debug("seal on add " + record + ": " + outcome);
            }
        } catch (RuntimeException e) {
            LOG.error("record " + record + " was added unsealed: " + e.getMessage(), e);
        }
    }

    private QName qname(String prefixed) {
        return QName.createQName(prefixed, namespaceService);
    }
}
