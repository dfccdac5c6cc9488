package org.sanxiang.alfresco;

import java.util.function.Function;

import org.alfresco.repo.workflow.activiti.ActivitiScriptNode;
import org.alfresco.service.cmr.repository.NodeRef;

/**
 * The node of a {@code bpm_package} value. Alfresco hands node variables to Activiti expressions as
 * {@link ActivitiScriptNode} (a {@code ScriptNode}, whose {@code getNodeRef()} names the node); a
 * plain NodeRef is taken as it is, anything else is no node (null).
 */
public final class BpmPackageNode implements Function<Object, String> {

    @Override
    public String apply(Object value) {
        if (value instanceof NodeRef ref) {
            return ref.toString();
        }
        if (value instanceof ActivitiScriptNode node) {
            NodeRef ref = node.getNodeRef();
            return ref == null ? null : ref.toString();
        }
        return null;
    }
}
