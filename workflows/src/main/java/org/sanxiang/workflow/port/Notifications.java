package org.sanxiang.workflow.port;

/** How people are told: reminders, escalations, and the outcome of what they asked for. */
public interface Notifications {

    /** One working day before the deadline: tell the assignee (or the candidate groups). */
    void remind(TaskNotice notice);

    /** At the deadline: tell the head of the unit the task sits with. */
    void escalate(TaskNotice notice);

    /** Tells a person (by user name, or by name for people outside the system) about a case. */
    void inform(String recipient, String caseId, String subject, String message);
}
