package org.sanxiang.workflow.record;

/**
 * Variables of {@code sxCaseRecord}. Those a form supplies or a task shows are properties of the
 * task type ({@code sxwf_<localName>} for {@code sxwf:<localName>}); process bookkeeping uses the
 * prefix {@code sxp_}.
 */
public final class RecordVariables {

    // start form (sxwf:caseRecordStartTask and its aspect sxwf:caseContext)
    /** An {@link org.sanxiang.rules.facts.ActionCategory} code; else the case's {@code sx:actionCategory}. */
    public static final String ACTION_CATEGORY = "sxwf_actionCategory";
    /** {@code general} or {@code summary}; else the case's {@code sx:procedure}, else general. */
    public static final String PROCEDURE = "sxwf_procedure";
    /** A {@code sx:caseSources} value; {@code emergency} opens the emergency completion task. */
    public static final String CASE_SOURCE = "sxwf_caseSource";
    public static final String EMERGENCY = "emergency";

    // shown on sxwf:stageRecordTask
    public static final String STAGE_CODE = "sxwf_stageCode";
    public static final String STAGE_NAME = "sxwf_stageName";
    public static final String STAGE_REQUIRED_RECORDS = "sxwf_stageRequiredRecords";
    public static final String STAGE_CITATION = "sxwf_stageCitation";
    // supplied on sxwf:stageRecordTask
    public static final String MISSING_AV_EXPLANATION = "sxwf_missingAvExplanation";

    // sxwf:avStorageTask
    public static final String AV_RECORD_NAME = "sxwf_avRecordName";
    public static final String STORAGE_LOCATION = "sxwf_storageLocation";

    // sxwf:archiveTask
    public static final String ARCHIVE_REFERENCE = "sxwf_archiveReference";
    /** The day the case file's own retention ends, as the archive sets it (records kept "as the case file"). */
    public static final String CASE_FILE_RETAIN_UNTIL = "sxwf_caseFileRetainUntil";
    /** {@code sx:holdReasonOptions} values: the long-term retention triggers the case shows. */
    public static final String LONG_TERM_REASONS = "sxwf_longTermReasons";

    // process bookkeeping
    public static final String STAGES = "sxp_stages";
    public static final String STAGE_INDEX = "sxp_stageIndex";
    public static final String MORE_STAGES = "sxp_moreStages";
    public static final String IS_EMERGENCY = "sxp_emergency";
    public static final String AV_TRACKED = "sxp_avTracked";
    public static final String STAGE_AV_RECORDS = "sxp_stageAvRecords";
    public static final String HAS_STAGE_AV_RECORDS = "sxp_hasStageAvRecords";
    /** Element variable of the AV storage multi-instance: one AV record id. */
    public static final String AV_RECORD_ID = "sxp_avRecordId";
    public static final String RETENTION_PROCESS_ID = "sxp_retentionProcessId";
    public static final String SEAL_MANIFEST_ID = "sxp_sealManifestId";

    // user task keys (their outcome properties are sxwf_<key>Outcome)
    public static final String STAGE_TASK = "stageRecord";
    public static final String EMERGENCY_TASK = "emergencyCompletion";
    public static final String AV_STORAGE_TASK = "avStorage";
    public static final String ARCHIVE_TASK = "archive";

    // outcomes of sxwf:stageRecordOutcomeOptions
    public static final String COMPLETE = "complete";
    public static final String EXPLAIN_MISSING_AV = "explainMissingAv";
    public static final String NOT_APPLICABLE = "notApplicable";

    private RecordVariables() {
    }
}
