package org.sanxiang.workflow;

import org.activiti.engine.delegate.VariableScope;

/**
 * Finds the case a process instance works on. In Alfresco the case travels in {@code bpm_package}
 * (a package folder whose item is the case folder) and repo-amp resolves it from there; the
 * standalone runtime and the tests put the case id itself in {@code bpm_package} or in
 * {@code sx_caseId}. Delegates ask only this, never the variables directly.
 */
public interface CaseLocator {

    /** The case id; fails with a message naming the variables looked at when there is none. */
    String caseId(VariableScope scope);

    /**
     * Whether every process of a case carries the case id as its business key (the standalone runtime
     * starts them so), so that a case's processes are found by the indexed key rather than by a
     * variable. Alfresco's workflow service starts processes without one.
     */
    default boolean caseIsBusinessKey() {
        return false;
    }
}
