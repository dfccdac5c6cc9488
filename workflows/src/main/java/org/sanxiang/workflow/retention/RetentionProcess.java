package org.sanxiang.workflow.retention;

/**
 * The names {@code sxRetention} gives its elements: user task keys (each task's outcome
 * property is {@code sxwf:<key>Outcome}) and outcome values. Variables are not named here: a form
 * field is its task property's variable, an internal one is in
 * {@link org.sanxiang.workflow.WorkflowVariables}.
 */
public final class RetentionProcess {

    // user task keys
    public static final String REVIEW_TASK = "dispositionReview";
    public static final String HOLD_TASK = "legalHoldRelease";

    // outcomes
    public static final String DESTROY = "destroy";
    public static final String EXTEND = "extend";
    public static final String TRANSFER = "transfer";
    public static final String RELEASE = "release";
    public static final String KEEP = "keep";

    private RetentionProcess() {
    }
}
