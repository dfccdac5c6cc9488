package org.sanxiang.repo.webscripts;

/** A request the web script refuses (HTTP 400); the message names the parameter or field. */
public final class BadRequestException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(message);
    }
}
