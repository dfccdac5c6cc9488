package org.sanxiang.workflow;

/**
 * Process variable names. They follow Alfresco's convention ({@code prefix_localName} for the
 * property {@code prefix:localName}) so the same BPMN files run in Alfresco and standalone.
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

    private WorkflowVariables() {
    }

    /** {@code sxwf_<taskKey>DueAt}: the deadline of user task {@code taskKey} (a Date), for its timers. */
    public static String dueAt(String taskKey) {
        return "sxwf_" + taskKey + "DueAt";
    }

    /** {@code sxwf_<taskKey>RemindAt}: when the reminder for {@code taskKey} fires (a Date). */
    public static String remindAt(String taskKey) {
        return "sxwf_" + taskKey + "RemindAt";
    }

    /**
     * {@code sxwf_<taskKey>Deadline}: what the deadline of {@code taskKey} was counted from and how
     * ({@code start|UNIT|amount}), so it can be counted again when the calendar data changes.
     */
    public static String deadline(String taskKey) {
        return "sxwf_" + taskKey + "Deadline";
    }

    /** {@code sxwf_<taskKey>Outcome}: the task type's outcome property, copied to the process on complete. */
    public static String outcome(String taskKey) {
        return "sxwf_" + taskKey + "Outcome";
    }

    /** {@code sxwf_<taskKey>CompletedBy}: who completed {@code taskKey}. */
    public static String completedBy(String taskKey) {
        return "sxwf_" + taskKey + "CompletedBy";
    }
}
