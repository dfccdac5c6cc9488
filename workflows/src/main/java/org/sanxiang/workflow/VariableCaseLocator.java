package org.sanxiang.workflow;

import org.activiti.engine.delegate.VariableScope;

/**
 * The standalone {@link CaseLocator}: {@code sx_caseId} when set, else {@code bpm_package} when it
 * holds a case id (a string).
 */
public final class VariableCaseLocator implements CaseLocator {

    @Override
    public String caseId(VariableScope scope) {
        Object caseId = scope.getVariable(WorkflowVariables.CASE_ID);
        if (caseId instanceof String s && !s.isBlank()) {
            return s;
        }
        Object pkg = scope.getVariable(WorkflowVariables.PACKAGE);
        if (pkg instanceof String s && !s.isBlank()) {
            return s;
        }
        throw new IllegalStateException("no case: neither " + WorkflowVariables.CASE_ID + " nor " + WorkflowVariables.PACKAGE
                + " holds a case id" + (pkg == null ? "" : " (" + WorkflowVariables.PACKAGE + " is a " + pkg.getClass().getName()
                + "; this runtime needs a CaseLocator that understands it)"));
    }
}
