package org.sanxiang.workflow.access;

import org.sanxiang.model.SanxiangModel;

/**
 * Variables of {@code sxAccess}. The start form ({@code sxwf:accessRequestStartTask}) supplies the
 * request and the return task ({@code sxwf:returnAccessTask}) the copies made: those are properties
 * of the task types ({@code sxwf:requesterName} is {@code sxwf_requesterName}). What the process
 * keeps for itself uses the internal prefix {@code sxp_}.
 */
public final class AccessVariables {

    // from the start form
    /** A value of the model's {@code sx:requesterKinds} (or a {@link org.sanxiang.rules.access.RequesterKind} name). */
    public static final String REQUESTER_KIND = "sxwf_requesterKind";
    public static final String REQUESTER_NAME = "sxwf_requesterName";
    public static final String ORGANISATION = "sxwf_requesterOrganisation";
    /** Official letter (函) number, legal provision, or other basis. */
    public static final String LEGAL_BASIS = "sxwf_accessLegalBasis";
    /** Number of the court's investigation order a lawyer holds. */
    public static final String COURT_ORDER_NUMBER = "sxwf_courtOrderNumber";
    /** For a party: its party id, checked against the case's parties. */
    public static final String PARTY_ID = "sxwf_requesterPartyId";
    public static final String REASON = "sxwf_accessReason";
    /** The borrowing period in working days (a number). */
    public static final String PERIOD_DAYS = "sxwf_periodWorkingDays";

    // set by the process
    public static final String ADMISSIBLE = "sxp_accessAdmissible";
    public static final String APPROVER_GROUP = "sxp_accessApproverGroup";
    public static final String DECISION = "sxp_accessDecision";
    /** The kinds of protected information withheld from this requester, comma-separated. */
    public static final String WITHHELD_KINDS = "sxp_accessWithheldKinds";
    public static final String GRANT_ID = "sxp_accessGrantId";
    public static final String REGISTER_ENTRY_ID = "sxp_accessRegisterEntryId";
    public static final String GRANT_DOCUMENT_ID = "sxp_accessGrantDocumentId";
    public static final String REFUSAL = "sxp_accessRefusal";

    // from the return task
    public static final String COPIES_MADE = "sxwf_copiesMade";

    /** User task keys; their outcome properties are sxwf_approveAccessOutcome and sxwf_returnAccessOutcome. */
    public static final String APPROVE_TASK = "approveAccess";
    public static final String RETURN_TASK = "returnAccess";
    public static final String APPROVE = "approve";
    public static final String REJECT = "reject";

    /** Content type of the grant slip written into the case. */
    public static final String GRANT_DOCUMENT_TYPE = SanxiangModel.TYPE_ACCESS_REQUEST.toPrefixString();

    private AccessVariables() {
    }
}
