package org.sanxiang.workflow.record;

/**
 * The names {@code sxCaseRecord} gives its elements: user task keys (each task's outcome property is
 * {@code sxwf:<key>Outcome}) and outcome values. Variables are not named here: a form field is its
 * task property's variable, an internal one is in {@link org.sanxiang.workflow.WorkflowVariables}.
 */
public final class CaseRecordProcess {

    /** The {@code sx:caseSources} value that opens the emergency completion task. */
    public static final String EMERGENCY = "emergency";

    // user task keys
    public static final String STAGE_TASK = "stageRecord";
    public static final String EMERGENCY_TASK = "emergencyCompletion";
    public static final String AV_STORAGE_TASK = "avStorage";
    public static final String ARCHIVE_TASK = "archive";

    // outcomes of sxwf:stageRecordOutcomeOptions
    public static final String COMPLETE = "complete";
    public static final String EXPLAIN_MISSING_AV = "explainMissingAv";
    public static final String NOT_APPLICABLE = "notApplicable";

    private CaseRecordProcess() {
    }
}
