package org.sanxiang.repo.jobs;

/** Sends a reminder to people (in Alfresco: the mail action, to a user or group). */
public interface Reminder {

    void send(String recipients, String subject, String text);
}
