package org.sanxiang.repo.notify;

/** Sends a message to a user or a group of the repository (in Alfresco: the mail action). */
public interface Mailer {

    /** Whether the recipient is a user or group that mail can reach. */
    boolean reachable(String recipient);

    void send(String recipient, String subject, String body);
}
