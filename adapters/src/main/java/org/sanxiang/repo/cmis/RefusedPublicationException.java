package org.sanxiang.repo.cmis;

/** A publication the channel will not let through (excluded, or text that is not redacted). */
public final class RefusedPublicationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public RefusedPublicationException(String message) {
        super(message);
    }
}
