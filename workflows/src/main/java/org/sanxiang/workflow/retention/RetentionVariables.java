package org.sanxiang.workflow.retention;

/**
 * Variables of {@code sxRetention}: task-type properties as {@code sxwf_<localName>}, process
 * bookkeeping as {@code sxp_}.
 */
public final class RetentionVariables {

    // shown on sxwf:dispositionReviewTask and sxwf:legalHoldReleaseTask
    public static final String RECORD_NAME = "sxwf_retainedRecordName";
    public static final String RETAIN_UNTIL = "sxwf_retainedUntil";
    public static final String HOLD_REASONS = "sxwf_holdReasons";
    // supplied on sxwf:dispositionReviewTask
    public static final String EXTEND_UNTIL = "sxwf_extendUntil";
    public static final String DISPOSITION_NOTE = "sxwf_dispositionNote";
    // supplied on sxwf:legalHoldReleaseTask
    public static final String HOLD_RELEASE_REASON = "sxwf_holdReleaseReason";

    // process bookkeeping
    public static final String RECORDS = "sxp_retainedRecords";
    /** Element variable of the per-record multi-instance. */
    public static final String RECORD_ID = "sxp_recordId";
    /** When the record's retention ends: the day after its retain-until day, at 00:00 (a Date). */
    public static final String RETENTION_ENDS_AT = "sxp_retentionEndsAt";
    public static final String PERMANENT = "sxp_permanent";
    public static final String HELD = "sxp_held";
    public static final String TRACE_ID = "sxp_traceId";

    // user task keys
    public static final String REVIEW_TASK = "dispositionReview";
    public static final String HOLD_TASK = "legalHoldRelease";

    // outcomes
    public static final String DESTROY = "destroy";
    public static final String EXTEND = "extend";
    public static final String TRANSFER = "transfer";
    public static final String RELEASE = "release";
    public static final String KEEP = "keep";

    private RetentionVariables() {
    }
}
