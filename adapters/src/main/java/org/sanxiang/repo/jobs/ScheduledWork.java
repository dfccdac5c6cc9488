package org.sanxiang.repo.jobs;

/**
 * One scheduled job's work, free of Alfresco. In Alfresco a thin Quartz job
 * ({@code org.sanxiang.alfresco.jobs.SanxiangScheduledJob}) runs it under the cluster-wide job lock,
 * as the system user, in a transaction; the cron expression and the on/off switch of each job are
 * {@code sanxiang.jobs.<name>.*} keys of alfresco-global.properties.
 */
public interface ScheduledWork {

    /** The job's name: its lock name in Alfresco and the word used in the log. */
    String name();

    /** Does the work once; returns a one-line summary for the log. */
    String run();
}
