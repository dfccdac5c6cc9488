package org.sanxiang.workflow;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanxiang.model.QName;
import org.sanxiang.model.SanxiangWorkflowModel;

/**
 * Process variable names that are not spelled by a model. A variable a form supplies or a task shows
 * is a property of the task type and is named after it ({@code sxwf:x} is {@code sxwf_x},
 * {@link QName#toVariableName()}), never here. What stays here: Alfresco's {@code bpm_} variables the
 * BPMN files rely on, the case id, and every variable only a process keeps ({@link #INTERNAL}, a prefix
 * no model has, so nothing pretends to be a form field) — the one place an {@code sxp_} name is spelled.
 */
public final class WorkflowVariables {

    /** The workflow package (bpm:package); in Alfresco a folder whose item is the case folder. */
    public static final String PACKAGE = "bpm_package";
    /** The case id, where the runtime passes it directly. */
    public static final String CASE_ID = "sx_caseId";
    public static final String ASSIGNEE = "bpm_assignee";
    public static final String DUE_DATE = "bpm_dueDate";
    public static final String WORKFLOW_DESCRIPTION = "bpm_workflowDescription";
    public static final String COMMENT = "bpm_comment";

    /** Prefix of process-internal variables: not a model prefix. */
    public static final String INTERNAL = "sxp_";
    /** Task-local description (bpm:description), e.g. why a task has no deadline. */
    public static final String DESCRIPTION = "bpm_description";

    /** Set on a task whose deadline passed and was escalated to the head of the unit. */
    public static final String ESCALATED = "sxp_escalated";

    // ---- sxLegalReview
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
    /**
     * How many review opinions this process wrote, from the second on (the n-th is named 法制审核意见书（n）.txt);
     * absent with {@link #OPINION_DOCUMENT_ID} set means one.
     */
    public static final String OPINIONS_WRITTEN = "sxp_opinionsWritten";
    public static final String LEGALITY_PROBLEM = "sxp_legalityProblem";
    public static final String DECISION_BLOCKED = "sxp_decisionBlocked";
    public static final String COLLECTIVE_REQUIRED = "sxp_collectiveRequired";
    public static final String COLLECTIVE_HELD = "sxp_collectiveHeld";
    public static final String FILING_REQUIRED = "sxp_filingRequired";

    // ---- sxDisclosure
    public static final String DISCLOSURE_WITHHOLD = "sxp_disclosureWithhold";
    /** The disclosure updates the basic information: no exclusion determination for decisions. */
    public static final String DISCLOSURE_BASIC_INFO = "sxp_disclosureBasicInfo";
    public static final String DISCLOSURE_APPROVER_GROUP = "sxp_disclosureApproverGroup";
    public static final String DISCLOSURE_RECORD_ID = "sxp_disclosureRecordId";
    public static final String DISCLOSURE_REDACTION_LOG_ID = "sxp_disclosureRedactionLogId";
    public static final String DISCLOSURE_PUBLICATION_ID = "sxp_disclosurePublicationId";
    /** When the display period ends (a Date), or null when it is permanent or not set: no timer. */
    public static final String DISCLOSURE_DISPLAY_END_AT = "sxp_disclosureDisplayEndAt";
    public static final String DISCLOSURE_CORRECTING = "sxp_disclosureCorrecting";
    public static final String DISCLOSURE_REVOKED_ON = "sxp_disclosureRevokedOn";
    public static final String DISCLOSURE_ERROR_FOUND_ON = "sxp_disclosureErrorFoundOn";
    public static final String DISCLOSURE_CORRECTION_REQUESTED_ON = "sxp_disclosureCorrectionRequestedOn";

    // ---- sxCaseRecord
    public static final String STAGES = "sxp_stages";
    /** sxCaseRecord: the profile sets a yearly hand-over of the closed file (wuhan-2020 全过程记录 第二十六条第四款). */
    public static final String HAND_OVER_REQUIRED = "sxp_handOverRequired";
    /** sxRetention: the record that traces long-term retention added after archiving (fushun-2026 细则 第二十三条). */
    public static final String LONG_TERM_TRACE_ID = "sxp_longTermTraceId";
    /**
     * The candidate groups of sxCaseRecord's unit tasks: the responsible departments of the case's catalogued
     * matter (tianjin-2019 实施方案 附件), else GROUP_SX_ENFORCEMENT; comma-separated, as the engine splits it.
     */
    public static final String UNIT_GROUPS = "sxp_unitGroups";
    public static final String STAGE_INDEX = "sxp_stageIndex";
    public static final String MORE_STAGES = "sxp_moreStages";
    public static final String EMERGENCY = "sxp_emergency";
    public static final String AV_TRACKED = "sxp_avTracked";
    public static final String STAGE_AV_RECORDS = "sxp_stageAvRecords";
    public static final String HAS_STAGE_AV_RECORDS = "sxp_hasStageAvRecords";
    /** Element variable of the AV storage multi-instance: one AV record id. */
    public static final String AV_RECORD_ID = "sxp_avRecordId";
    public static final String RETENTION_PROCESS_ID = "sxp_retentionProcessId";
    public static final String SEAL_MANIFEST_ID = "sxp_sealManifestId";

    // ---- sxRetention
    public static final String RETAINED_RECORDS = "sxp_retainedRecords";
    /** Element variable of the per-record multi-instance. */
    public static final String RECORD_ID = "sxp_recordId";
    /** When the record's retention ends: the day after its retain-until day, at 00:00 (a Date). */
    public static final String RETENTION_ENDS_AT = "sxp_retentionEndsAt";
    public static final String PERMANENT = "sxp_permanent";
    public static final String HELD = "sxp_held";
    public static final String TRACE_ID = "sxp_traceId";

    // ---- sxAccess
    public static final String ACCESS_ADMISSIBLE = "sxp_accessAdmissible";
    public static final String ACCESS_APPROVER_GROUP = "sxp_accessApproverGroup";
    public static final String ACCESS_DECISION = "sxp_accessDecision";
    /** The kinds of protected information withheld from this requester, comma-separated. */
    public static final String ACCESS_WITHHELD_KINDS = "sxp_accessWithheldKinds";
    public static final String ACCESS_GRANT_ID = "sxp_accessGrantId";
    public static final String ACCESS_REGISTER_ENTRY_ID = "sxp_accessRegisterEntryId";
    public static final String ACCESS_GRANT_DOCUMENT_ID = "sxp_accessGrantDocumentId";
    public static final String ACCESS_REFUSAL = "sxp_accessRefusal";

    // ---- sxObjection
    /** The profile names the legal office among who checks an objection (chongqing-2024 公示 第十三条第二款). */
    public static final String OBJECTION_LEGAL_CHECK = "sxp_objectionLegalCheck";
    /** The profile's article on objections, for the records and the notice. */
    public static final String OBJECTION_CITATION = "sxp_objectionCitation";
    /** The sxDisclosure instance waiting on the published record objected to. */
    public static final String OBJECTION_DISCLOSURE_PROCESS_ID = "sxp_objectionDisclosureProcessId";
    /** The outcome agreed by every checker: maintain, correct or withdraw. */
    public static final String OBJECTION_OUTCOME = "sxp_objectionOutcome";
    public static final String OBJECTION_REGISTER_DOCUMENT_ID = "sxp_objectionRegisterDocumentId";
    public static final String OBJECTION_CHECK_DOCUMENT_ID = "sxp_objectionCheckDocumentId";
    public static final String OBJECTION_NOTICE_DOCUMENT_ID = "sxp_objectionNoticeDocumentId";

    // ---- sxAnnualReport
    /**
     * The report's key, {@code annual-report:<profile>:<year>}: set on a process that works on no case, so
     * the case-scoped listeners (running deadlines, reminders) know there is none to look up.
     */
    public static final String REPORT_KEY = "sxp_reportKey";
    /** How many times the report was compiled: the n-th compilation's files carry {@code -r<n>}. */
    public static final String REPORT_ROUND = "sxp_reportRound";
    /** The CSV of the latest compilation: what is published once approved. */
    public static final String REPORT_DATA_DOCUMENT = "sxp_reportDataDocument";
    public static final String REPORT_PUBLICATION_ID = "sxp_reportPublicationId";

    private static final Pattern STORED_DEADLINE = Pattern.compile("^" + Pattern.quote(INTERNAL) + "(\\w+)Deadline$");
    private static final Pattern TIMER_EXPRESSION = Pattern.compile("^\\$\\{(" + Pattern.quote(INTERNAL) + "\\w+)\\}$");

    private WorkflowVariables() {
    }

    /** {@code sxp_<taskKey>DueAt}: the deadline of user task {@code taskKey} (a Date, or null when it has none), for its timers. */
    public static String dueAt(String taskKey) {
        return INTERNAL + taskKey + "DueAt";
    }

    /** {@code sxp_<taskKey>RemindAt}: when the reminder for {@code taskKey} fires (a Date). */
    public static String remindAt(String taskKey) {
        return INTERNAL + taskKey + "RemindAt";
    }

    /**
     * {@code sxp_<taskKey>Deadline}: what the deadline of {@code taskKey} was counted from and how
     * ({@code start|UNIT|amount}), so it can be counted again when the calendar data changes.
     */
    public static String deadline(String taskKey) {
        return INTERNAL + taskKey + "Deadline";
    }

    /**
     * The task key of a {@link #deadline} variable; empty for any other name, {@link #noDeadline}'s
     * included (it ends the same way).
     */
    public static Optional<String> deadlineTaskKey(String variableName) {
        Matcher m = STORED_DEADLINE.matcher(variableName);
        return m.matches() && !variableName.endsWith("NoDeadline") ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The variable a timer's {@code timeDate} names when it is exactly {@code ${sxp_...}}; empty otherwise. */
    public static Optional<String> timerVariable(String timeDate) {
        Matcher m = TIMER_EXPRESSION.matcher(timeDate.trim());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * {@code sxp_<taskKey>NoDeadline}: why task {@code taskKey} has no deadline (the profile sets its
     * limit as "promptly" or not at all); its timers' variables are then null, so no timer is created.
     */
    public static String noDeadline(String taskKey) {
        return INTERNAL + taskKey + "NoDeadline";
    }

    /** {@code sxp_<taskKey>Citation}: profile id and article that set the deadline of {@code taskKey}. */
    public static String citation(String taskKey) {
        return INTERNAL + taskKey + "Citation";
    }

    /** The task type's outcome property {@code sxwf:<taskKey>Outcome}. */
    public static QName outcomeProperty(String taskKey) {
        return new QName(SanxiangWorkflowModel.URI, SanxiangWorkflowModel.PREFIX, taskKey + "Outcome");
    }

    /** {@code sxwf_<taskKey>Outcome}: the variable of {@link #outcomeProperty}, copied to the process on complete. */
    public static String outcome(String taskKey) {
        return outcomeProperty(taskKey).toVariableName();
    }

    /** Whether a variable carries a property of the task model ({@code sxwf_x}), as a task's form supplies it. */
    public static boolean isTaskProperty(String variableName) {
        return variableName.startsWith(SanxiangWorkflowModel.PREFIX + "_");
    }

    /** {@code sxp_<taskKey>CompletedBy}: who completed {@code taskKey}. */
    public static String completedBy(String taskKey) {
        return INTERNAL + taskKey + "CompletedBy";
    }
}
