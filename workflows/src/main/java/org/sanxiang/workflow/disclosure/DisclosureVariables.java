package org.sanxiang.workflow.disclosure;

/**
 * Variables of {@code sxDisclosure}. Those a form supplies or a task shows are properties of the
 * task types ({@code sxwf:x} ↔ {@code sxwf_x}); process-internal ones start with {@code sxp_}.
 */
public final class DisclosureVariables {

    // start form (sxwf:disclosureStartTask)
    /** What the disclosure is for (sxwf:disclosureTriggerOptions); absent means a decision. */
    public static final String TRIGGER = "sxwf_disclosureTrigger";
    /** Trigger value: the basic information changed (chongqing-2024 公示 第十三条（一）; wuhan-2020 公示 第六条第三款). */
    public static final String TRIGGER_BASIC_INFO_CHANGED = "basicInfoChanged";
    /** The date the basic information changed (a Date, LocalDate or ISO string). */
    public static final String BASIC_INFO_CHANGED_ON = "sxwf_basicInfoChangedOn";
    /** The date the decision was made, or the inspection ended (a Date, LocalDate or ISO string). */
    public static final String DECISION_DATE = "sxwf_disclosureDecisionDate";
    /** The decision is major (legal review classification): wuhan-2020 公示 第三条第二款. */
    public static final String FOR_MAJOR = "sxwf_disclosureForMajor";
    public static final String STATE_SECRET = "sxwf_disclosureStateSecret";
    public static final String COMMERCIAL_SECRET = "sxwf_disclosureCommercialSecret";
    public static final String PRIVACY = "sxwf_disclosurePrivacy";
    public static final String SECURITY_RISK = "sxwf_disclosureSecurityRisk";
    public static final String AFFECTS_INVESTIGATION = "sxwf_disclosureAffectsInvestigation";

    // sxwf:confirmExclusionTask
    /** The exclusions found (values of sx:exclusionReasonOptions), a list. */
    public static final String EXCLUSION_REASONS = "sxwf_exclusionReasons";
    /** The exclusions with their articles, for the legal office. */
    public static final String EXCLUSION_NOTE = "sxwf_exclusionNote";

    // aspect sxwf:disclosureDraft (draft, review, approve, correct)
    public static final String SUMMARY = "sxwf_disclosureSummary";
    public static final String FULL_TEXT = "sxwf_disclosureFullText";
    public static final String REDACTION_LOG = "sxwf_disclosureRedactionLog";
    public static final String APPROVER = "sxwf_disclosureApprover";

    // sxwf:withdrawDisclosureTask, sxwf:correctDisclosureTask
    public static final String WITHDRAWAL_REASON = "sxwf_withdrawalReason";
    public static final String CORRECTION_REASON = "sxwf_correctionReason";

    // process-internal
    public static final String WITHHOLD = "sxp_disclosureWithhold";
    /** The disclosure updates the basic information: no exclusion determination for decisions. */
    public static final String BASIC_INFO = "sxp_disclosureBasicInfo";
    public static final String APPROVER_GROUP = "sxp_disclosureApproverGroup";
    public static final String RECORD_ID = "sxp_disclosureRecordId";
    public static final String REDACTION_LOG_ID = "sxp_disclosureRedactionLogId";
    public static final String PUBLICATION_ID = "sxp_disclosurePublicationId";
    /** When the display period ends (a Date), or null when it is permanent or not set: no timer. */
    public static final String DISPLAY_END_AT = "sxp_disclosureDisplayEndAt";
    public static final String CORRECTING = "sxp_disclosureCorrecting";
    public static final String REVOKED_ON = "sxp_disclosureRevokedOn";
    public static final String ERROR_FOUND_ON = "sxp_disclosureErrorFoundOn";
    public static final String CORRECTION_REQUESTED_ON = "sxp_disclosureCorrectionRequestedOn";

    /** Messages the published record waits for. */
    public static final String MESSAGE_REVOKED = "sxDisclosureRevoked";
    public static final String MESSAGE_CORRECTION = "sxDisclosureCorrection";

    /** User task keys; each outcome property is sxwf_&lt;key&gt;Outcome. */
    public static final String CONFIRM_EXCLUSION = "confirmExclusion";
    public static final String DRAFT = "draftDisclosure";
    public static final String REVIEW = "reviewDisclosure";
    public static final String APPROVE = "approveDisclosure";
    public static final String CORRECT = "correctDisclosure";
    public static final String WITHDRAW = "withdrawDisclosure";

    /** Content types written into the case. */
    public static final String RECORD_TYPE = "sx:disclosureRecord";
    public static final String EXCLUSION_ASPECT = "sx:disclosureExclusion";

    private DisclosureVariables() {
    }
}
