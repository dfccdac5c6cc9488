package org.sanxiang.standalone.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.sanxiang.model.ModelResources;
import org.sanxiang.model.m2.M2Class;
import org.sanxiang.model.m2.M2ModelReader;
import org.sanxiang.model.m2.M2Property;
import org.sanxiang.repo.cmis.CmisCaseRepository;
import org.sanxiang.repo.step.StepNodes;
import org.sanxiang.workflow.port.CaseRecord;

/** What the step journal needs of the standalone repository: CMIS with the protected values beside it. */
final class CmisStepNodes implements StepNodes {

    private final ProtectedPropertyOverlay overlay;
    private final RuntimeAccount runtime;
    private final Map<String, List<String>> aspectProperties = new HashMap<>();

    /** @param runtime the account the journal reads and deletes as: it must see and remove what any step wrote */
    CmisStepNodes(ProtectedPropertyOverlay overlay, RuntimeAccount runtime) {
        this.overlay = Objects.requireNonNull(overlay, "overlay");
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        for (M2Class c : M2ModelReader.readResource(ModelResources.CONTENT_MODEL).aspects()) {
            List<String> names = new ArrayList<>();
            for (M2Property p : c.properties()) {
                names.add(p.name());
            }
            aspectProperties.put(c.name(), names);
        }
    }

    @Override
    public NodeState state(String nodeId) {
        return runtime.run(() -> {
            CaseRecord node = overlay.cmis().node(nodeId);
            Map<String, Object> properties = new HashMap<>(node.properties());
            properties.putAll(overlay.protectedValues(nodeId));
            return new NodeState(node.caseId(), properties, node.aspects());
        });
    }

    @Override
    public Optional<String> documentNamed(String caseId, String name) {
        return runtime.run(() -> overlay.cmis().documentNamed(caseId, name));
    }

    /** The embedded server dates a document on the JVM's clock, which is the runtime's. */
    @Override
    public java.time.Instant createdAt(String documentId) {
        return runtime.run(() -> overlay.cmis().createdAt(documentId));
    }

    @Override
    public Optional<String> takenName(Throwable failure) {
        return CmisCaseRepository.NameTaken.in(failure);
    }

    @Override
    public void delete(String documentId) {
        runtime.run(() -> {
            overlay.deleteDocument(documentId);
            return null;
        });
    }

    @Override
    public List<String> aspectProperties(String aspect) {
        return aspectProperties.getOrDefault(aspect, List.of());
    }

    /** The operation's reads of CMIS (CmisCaseRepository's step) are dropped; the protected values are never kept. */
    @Override
    public void readsMayBeStale() {
        overlay.cmis().forgetReads();
    }
}
