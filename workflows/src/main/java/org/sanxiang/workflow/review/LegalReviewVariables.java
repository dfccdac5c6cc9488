package org.sanxiang.workflow.review;

/**
 * Variables of {@code sxLegalReview}. Form fields are properties of the task types of
 * {@code sxwf:workflowModel} ({@code sxwf:x} is {@code sxwf_x}); what the process keeps for itself
 * uses the internal prefix {@code sxp_}.
 */
public final class LegalReviewVariables {

    // start form (sxwf:legalReviewStartTask)
    public static final String DECISION_NAME = "sxwf_decisionName";
    public static final String PROPOSED_DECISION = "sxwf_proposedDecision";
    public static final String INVESTIGATION_ENDED_AT = "sxwf_investigationEndedAt";
    /** Ids of the profile's manual grounds (criteria an officer decides) that apply. */
    public static final String MAJOR_REASONS = "sxwf_majorReasons";
    /** Collective discussion required by law (wuhan-2020 法制审核 第十一条: "where laws require it"). */
    public static final String COLLECTIVE_DISCUSSION_REQUIRED = "sxwf_collectiveDiscussionRequired";
    // assembleTransferTask
    public static final String TRANSFERRED_MATERIALS = "sxwf_transferredMaterials";
    public static final String TRANSFER_PLACE = "sxwf_transferPlace";
    // legalReviewTask
    public static final String OPINION_TEXT = "sxwf_opinionText";
    public static final String REVIEW_ITEMS_CHECKED = "sxwf_reviewItemsChecked";
    public static final String REQUESTED_MATERIALS = "sxwf_requestedMaterials";
    public static final String EXTENSION_DAYS_REQUESTED = "sxwf_extensionDaysRequested";
    public static final String EXTENSION_REASON = "sxwf_extensionReason";
    public static final String LEGALITY_PROBLEM = "sxwf_legalityProblem";
    // approveExtensionTask
    public static final String EXTENSION_DAYS_APPROVED = "sxwf_extensionDaysApproved";
    // respondOpinionTask, reReviewTask, rectifyTask, leaderDecisionTask, fileDecisionTask
    public static final String OBJECTION_REASON = "sxwf_objectionReason";
    public static final String RE_REVIEW_OPINION = "sxwf_reReviewOpinion";
    public static final String RECTIFICATION_NOTE = "sxwf_rectificationNote";
    public static final String LEADER_OPINION = "sxwf_leaderOpinion";
    public static final String DECISION_DOCUMENT_NUMBER = "sxwf_decisionDocumentNumber";

    // kept by the process
    public static final String MAJOR = "sxp_major";
    public static final String REVIEW_REQUIRED = "sxp_reviewRequired";
    public static final String REVIEW_RECEIVED = "sxp_reviewReceived";
    /** The review clock's stops, {@code stopped/resumed;...} (ISO dates; resumed empty while stopped). */
    public static final String CLOCK_STOPS = "sxp_clockStops";
    public static final String EXTENSION_DAYS = "sxp_extensionDays";
    /** Where the review goes next: extension, returned, respond or approved. */
    public static final String REVIEW_ROUTE = "sxp_reviewRoute";
    public static final String RE_REVIEW_ROUNDS = "sxp_reReviewRounds";
    public static final String OPINION_TYPE = "sxp_opinionType";
    public static final String OPINION_DOCUMENT_ID = "sxp_opinionDocumentId";
    /** How many review opinions this process wrote: the n-th is named 法制审核意见书（n）.txt from the second on. */
    public static final String OPINIONS_WRITTEN = "sxp_opinionsWritten";
    public static final String TRANSFER_LIST_DOCUMENT_ID = "sxp_transferListDocumentId";
    public static final String UNRESOLVED_LEGALITY_PROBLEM = "sxp_legalityProblem";
    public static final String BLOCKED = "sxp_decisionBlocked";
    public static final String COLLECTIVE_REQUIRED = "sxp_collectiveRequired";
    public static final String COLLECTIVE_HELD = "sxp_collectiveHeld";
    public static final String FILING_REQUIRED = "sxp_filingRequired";

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

    public static final String OPINION_DOCUMENT_TYPE = "sx:reviewOpinion";
    public static final String TRANSFER_LIST_DOCUMENT_TYPE = "sx:transferList";
    public static final String MAJOR_DECISION_ASPECT = "sx:majorDecision";

    private LegalReviewVariables() {
    }
}
