package org.sanxiang.workflow.access;

/**
 * The names {@code sxAccess} gives its elements: user task keys (their outcome properties are
 * {@code sxwf:approveAccessOutcome} and {@code sxwf:returnAccessOutcome}) and outcome values. Variables
 * are not named here: a form field is its task property's variable, an internal one is in
 * {@link org.sanxiang.workflow.WorkflowVariables}.
 */
public final class AccessProcess {

    // user task keys
    public static final String APPROVE_TASK = "approveAccess";
    public static final String RETURN_TASK = "returnAccess";

    // outcomes
    public static final String APPROVE = "approve";
    public static final String REJECT = "reject";

    private AccessProcess() {
    }
}
