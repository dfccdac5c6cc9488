package org.sanxiang.repo.seal;

/**
 * Serialises appends to one case's chain: two records added to the same case at the same time must
 * not both become link N+1. In Alfresco a cluster-wide lock held until the transaction ends (the
 * JobLockService's transactional lock), so the second append reads the first one's link.
 */
@FunctionalInterface
public interface ChainLocks {

    /** Takes the case's chain lock for the rest of the current transaction, waiting a little if another holds it. */
    void lock(String caseId);

    /** For a single-writer repository (tests, tools). */
    ChainLocks NONE = caseId -> { };
}
