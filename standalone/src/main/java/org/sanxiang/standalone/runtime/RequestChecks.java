package org.sanxiang.standalone.runtime;

/** The checks every operation makes on what it was given: a missing value is the caller's to fix. */
final class RequestChecks {

    private RequestChecks() {
    }

    static void require(Object value, String field) {
        if (value == null) {
            throw ServiceException.badRequest(field, "is required");
        }
    }

    static void requireText(String value, String field) {
        if (blank(value)) {
            throw ServiceException.badRequest(field, "is required");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
