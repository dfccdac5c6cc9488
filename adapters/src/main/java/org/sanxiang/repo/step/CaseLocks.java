package org.sanxiang.repo.step;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Steps on one case run one at a time: a step's undo restores the values its writes replaced, which is
 * only right if no other step wrote the same nodes in between. Striped reentrant locks keyed by case id;
 * waiting is bounded, so two steps that (against the design) lock two cases in opposite order fail
 * instead of deadlocking.
 */
final class CaseLocks {

    private final ReentrantLock[] stripes = new ReentrantLock[128];
    private final long waitMillis;

    CaseLocks(long waitMillis) {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock(true);
        }
        this.waitMillis = waitMillis;
    }

    ReentrantLock of(String caseId) {
        return stripes[Math.floorMod(caseId.hashCode(), stripes.length)];
    }

    void lock(String caseId) {
        ReentrantLock lock = of(caseId);
        try {
            if (!lock.tryLock(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new CaseBusyException("case " + caseId + " is busy with another step for more than "
                        + waitMillis / 1000 + " s; try again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaseBusyException("interrupted while waiting for case " + caseId);
        }
    }

    /** Whether this thread holds the case's stripe (then a read made before locking is still current). */
    boolean heldByThisThread(String caseId) {
        return of(caseId).isHeldByCurrentThread();
    }

    void unlock(String caseId) {
        of(caseId).unlock();
    }
}
