package org.sanxiang.alfresco.behaviour;

import java.util.Map;
import java.util.Objects;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.content.ContentServicePolicies;
import org.alfresco.repo.policy.Behaviour;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.guard.SystemSteps;
import org.sanxiang.repo.intake.UploadIntake;
import org.sanxiang.repo.node.NodeCaseRepository;

/**
 * Intake on upload: when a stage record's or evidence's content is written, {@link UploadIntake}
 * streams it from the content store and the findings become the {@code sx:inspected} aspect. Runs
 * once per node at transaction commit. Nothing here fails the upload: content that cannot be read
 * gives "metadata unavailable: &lt;reason&gt;", and any other failure is logged.
 */
public final class IntakeBehaviour implements ContentServicePolicies.OnContentUpdatePolicy {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeBehaviour.class);

    private final PolicyComponent policyComponent;
    private final NamespaceService namespaceService;
    private final NodeService nodeService;
    private final ContentService contentService;
    private final UploadIntake intake;
    private final NodeCaseRepository cases;

    public IntakeBehaviour(PolicyComponent policyComponent, NamespaceService namespaceService, NodeService nodeService,
            ContentService contentService, UploadIntake intake, NodeCaseRepository cases) {
        this.policyComponent = Objects.requireNonNull(policyComponent, "policyComponent");
        this.namespaceService = Objects.requireNonNull(namespaceService, "namespaceService");
        this.nodeService = Objects.requireNonNull(nodeService, "nodeService");
        this.contentService = Objects.requireNonNull(contentService, "contentService");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.cases = Objects.requireNonNull(cases, "cases");
    }

    /** Spring init-method. */
    public void init() {
        for (String type : new String[] {SanxiangModel.TYPE_STAGE_RECORD.toPrefixString(), SanxiangModel.TYPE_EVIDENCE.toPrefixString()}) {
            policyComponent.bindClassBehaviour(ContentServicePolicies.OnContentUpdatePolicy.QNAME,
                    QName.createQName(type, namespaceService),
                    new JavaBehaviour(this, "onContentUpdate", Behaviour.NotificationFrequency.TRANSACTION_COMMIT));
        }
    }

    @Override
    public void onContentUpdate(NodeRef nodeRef, boolean newContent) {
        try {
            AuthenticationUtil.runAsSystem(() -> {
                if (!nodeService.exists(nodeRef)) {
                    return null;
                }
                ContentReader reader = contentService.getReader(nodeRef, ContentModel.PROP_CONTENT);
                if (reader == null || !reader.exists()) {
                    return null;
                }
                Map<String, Object> inspected = intake.inspect(reader::getContentInputStream);
                SystemSteps.run(SystemSteps.Step.INTAKE, () -> cases.addAspect(nodeRef.toString(),
                        SanxiangModel.ASPECT_INSPECTED.toPrefixString(), inspected));
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("intake of " + nodeRef + " failed; the upload stands without sx:inspected: " + e.getMessage(), e);
        }
    }
}
