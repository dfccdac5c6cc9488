package org.sanxiang.workflow;

/**
 * Process variable names. Form fields follow Alfresco's convention ({@code prefix_localName} for the
 * property {@code prefix:localName} of the task type) so the same BPMN files run in Alfresco and
 * standalone; every such name must be a property of the model (checked by the cross-reference test).
 * Variables only the process keeps (deadline bookkeeping, ids, flags) use {@link #INTERNAL}, which
 * no model has, so nothing pretends to be a form field.
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

    /** {@code sxwf_<taskKey>Outcome}: the task type's outcome property, copied to the process on complete. */
    public static String outcome(String taskKey) {
        return "sxwf_" + taskKey + "Outcome";
    }

    /** {@code sxp_<taskKey>CompletedBy}: who completed {@code taskKey}. */
    public static String completedBy(String taskKey) {
        return INTERNAL + taskKey + "CompletedBy";
    }
}
