package org.sanxiang.standalone.runtime;

import java.util.Objects;

/**
 * A request the runtime refuses; nothing was changed. {@link #field()} names the field at fault
 * (a JSON path such as {@code values.sxwf_opinionText}), or is null when no one field is.
 */
public final class ServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, with the HTTP status the REST API answers. */
    public enum Kind {
        BAD_REQUEST(400), UNAUTHORIZED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), TOO_LARGE(413), UNAVAILABLE(503);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String field;

    public ServiceException(Kind kind, String field, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.field = field;
    }

    public ServiceException(Kind kind, String field, String message, Throwable cause) {
        this(kind, field, message);
        initCause(cause);
    }

    public static ServiceException badRequest(String field, String message) {
        return new ServiceException(Kind.BAD_REQUEST, field, message);
    }

    /** The caller may not do this: the message names the group or rule that is required. */
    public static ServiceException forbidden(String field, String message) {
        return new ServiceException(Kind.FORBIDDEN, field, message);
    }

    public static ServiceException notFound(String field, String message) {
        return new ServiceException(Kind.NOT_FOUND, field, message);
    }

    public static ServiceException conflict(String field, String message) {
        return new ServiceException(Kind.CONFLICT, field, message);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
