package org.sanxiang.alfresco.jobs;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.schedule.AbstractScheduledLockedJob;
import org.sanxiang.repo.jobs.ScheduledWork;

/**
 * The Quartz job of every Sanxiang scheduled job: Alfresco's {@link AbstractScheduledLockedJob} takes
 * the cluster-wide job lock named by the job data "name" (so one node runs it), then this runs the
 * {@link ScheduledWork} in job data "work" as the system user in a read-write transaction of
 * "transactionHelper" (Alfresco's retryingTransactionHelper). The work itself lives in
 * org.sanxiang.repo.jobs and is tested there.
 */
public class SanxiangScheduledJob extends AbstractScheduledLockedJob
{
    private static final Log LOG = LogFactory.getLog(SanxiangScheduledJob.class);

    @Override
    public void executeJob(JobExecutionContext context) throws JobExecutionException
    {
        JobDataMap data = context.getJobDetail().getJobDataMap();
        Object work = data.get("work");
        Object helper = data.get("transactionHelper");
        if (!(work instanceof ScheduledWork) || !(helper instanceof RetryingTransactionHelper))
        {
            throw new JobExecutionException("job data needs 'work' (a ScheduledWork) and 'transactionHelper'");
        }
        ScheduledWork scheduled = (ScheduledWork) work;
        RetryingTransactionHelper transactions = (RetryingTransactionHelper) helper;
        try
        {
            String summary = AuthenticationUtil.runAsSystem(
                    () -> transactions.doInTransaction(scheduled::run, false, true));
            LOG.info(summary);
        }
        catch (RuntimeException e)
        {
            LOG.error(scheduled.name() + " failed: " + e.getMessage(), e);
            throw new JobExecutionException(scheduled.name() + " failed: " + e.getMessage(), e);
        }
    }
}
