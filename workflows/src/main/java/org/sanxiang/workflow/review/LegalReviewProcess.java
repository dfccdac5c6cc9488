package org.sanxiang.workflow.review;

/**
 * The names {@code sxLegalReview} gives its elements: user task keys (each task's outcome property is
 * {@code sxwf:<key>Outcome}), outcome values (the LIST constraints of the task model) and the routes
 * the review takes. Variables are not named here: a form field is its task property's variable, an
 * internal one is in {@link org.sanxiang.workflow.WorkflowVariables}.
 */
public final class LegalReviewProcess {

    // user task keys
    public static final String ASSEMBLE_TRANSFER = "assembleTransfer";
    public static final String LEGAL_REVIEW = "legalReview";
    public static final String APPROVE_EXTENSION = "approveExtension";
    public static final String SUPPLEMENT_MATERIALS = "supplementMaterials";
    public static final String RESPOND_OPINION = "respondOpinion";
    public static final String RE_REVIEW = "reReview";
    public static final String RECTIFY = "rectify";
    public static final String COLLECTIVE_DISCUSSION = "collectiveDiscussion";
    public static final String LEADER_DECISION = "leaderDecision";
    public static final String FILE_DECISION = "fileDecision";

    // outcome values (the LIST constraints of the model)
    public static final String REQUEST_EXTENSION = "requestExtension";
    public static final String REQUEST_MATERIALS = "requestMaterials";
    public static final String APPROVE = "approve";
    public static final String REQUEST_RE_REVIEW = "requestReReview";

    // routes after the review
    public static final String ROUTE_EXTENSION = "extension";
    public static final String ROUTE_RETURNED = "returned";
    public static final String ROUTE_RESPOND = "respond";
    public static final String ROUTE_APPROVED = "approved";

    /** The blocking item of a legality problem (wuhan-2020 法制审核 第十一条). */
    public static final String LEGALITY_BLOCK = "legality-problem-uncorrected";

    private LegalReviewProcess() {
    }
}
