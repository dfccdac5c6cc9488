package org.sanxiang.repo.step;

/** A step could not run on a case now (another step holds it, or an earlier step waits to be settled); retry later. */
public final class CaseBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CaseBusyException(String message) {
        super(message);
    }
}
