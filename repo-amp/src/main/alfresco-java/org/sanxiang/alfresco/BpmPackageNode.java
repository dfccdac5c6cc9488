package org.sanxiang.alfresco;

import java.util.function.Function;

import org.alfresco.repo.jscript.ScriptNode;

/**
 * The node of a {@code bpm_package} value: Alfresco keeps it in Activiti as an ActivitiScriptNode
 * (a ScriptNode); anything else is no node (null).
 */
public final class BpmPackageNode implements Function<Object, String> {

    @Override
    public String apply(Object value) {
        return value instanceof ScriptNode node && node.getNodeRef() != null ? node.getNodeRef().toString() : null;
    }
}
