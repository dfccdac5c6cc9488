package org.sanxiang.alfresco;

import java.util.Objects;

import org.alfresco.repo.lock.JobLockService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.seal.ChainLocks;

/**
 * {@link ChainLocks} with the JobLockService's transactional lock (cluster-wide, released when the
 * transaction ends): one lock per case, {@code sx:sealChain.<case uuid>}. A lock that cannot be had
 * after the retries rolls the transaction back, and Alfresco's retrying transaction tries it again.
 */
public final class AlfrescoChainLocks implements ChainLocks {

    /** Sealing reads the previous record and writes one aspect: seconds, not minutes. */
    static final long TIME_TO_LIVE_MS = 30_000;
    static final long RETRY_WAIT_MS = 200;
    static final int RETRIES = 100;

    private final JobLockService jobLockService;

    public AlfrescoChainLocks(JobLockService jobLockService) {
        this.jobLockService = Objects.requireNonNull(jobLockService, "jobLockService");
    }

    @Override
    public void lock(String caseId) {
        QName lock = QName.createQName(SanxiangModel.URI, "sealChain." + new NodeRef(caseId).getId());
        jobLockService.getTransactionalLock(lock, TIME_TO_LIVE_MS, RETRY_WAIT_MS, RETRIES);
    }
}
