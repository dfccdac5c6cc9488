package org.sanxiang.alfresco;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.Function;

import org.alfresco.service.cmr.repository.NodeRef;

/**
 * The node of a {@code bpm_package} value. Alfresco hands node variables to Activiti expressions as
 * {@code org.alfresco.repo.workflow.activiti.ActivitiScriptNode}, a {@code ScriptNode}, whose public
 * {@code getNodeRef()} names the node. It is called reflectively: ScriptNode's type drags Rhino
 * ({@code org.mozilla.javascript.Scopeable}) into the compile classpath, and the adapter compiles
 * against the repository, data-model and core jars alone. A NodeRef or anything without that method
 * is handled directly or is no node (null).
 */
public final class BpmPackageNode implements Function<Object, String> {

    @Override
    public String apply(Object value) {
        if (value instanceof NodeRef ref) {
            return ref.toString();
        }
        if (value == null) {
            return null;
        }
        try {
            Method getNodeRef = value.getClass().getMethod("getNodeRef");
            Object ref = getNodeRef.invoke(value);
            return ref instanceof NodeRef nodeRef ? nodeRef.toString() : null;
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("bpm_package: reading its node failed: " + e.getCause(), e.getCause());
        }
    }
}
