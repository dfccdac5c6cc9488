package org.sanxiang.standalone.runtime;

/**
 * What a value must be to reach a CMIS repository, checked before anything is written so that a value the
 * repository would refuse is a 400 naming the field, never an internal error half-way through a step.
 */
final class CmisLimits {

    /**
     * The longest text property accepted: the runtime keeps protected values in a column of this size, and
     * a CMIS server refuses much larger form fields (the browser binding's request limits).
     */
    static final int MAX_TEXT = 100_000;
    /** The longest name of a folder or document (Alfresco's cm:name). */
    static final int MAX_NAME = 255;
    /** Characters Alfresco refuses in cm:name, and ' which breaks CMIS queries by name. */
    private static final String NAME_REFUSED = "*\"<>\\/?:|'";

    private CmisLimits() {
    }

    /** A text property's value: at most {@link #MAX_TEXT} characters, no control characters but tab and line breaks. */
    static String text(String field, String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw ServiceException.badRequest(field, "is " + value.length() + " characters long; at most " + MAX_TEXT
                    + " are accepted");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw ServiceException.badRequest(field, "contains the control character U+"
                        + String.format("%04X", (int) c) + " at position " + i + " (XML, and so CMIS, cannot carry it)");
            }
        }
        return value;
    }

    /** A name of a case folder or a document in the repository. */
    static String name(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ServiceException.badRequest(field, "is required");
        }
        if (value.length() > MAX_NAME) {
            throw ServiceException.badRequest(field, "is " + value.length() + " characters long; a repository name has at most "
                    + MAX_NAME);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                throw ServiceException.badRequest(field, "contains the control character U+" + String.format("%04X", (int) c)
                        + " at position " + i);
            }
            if (NAME_REFUSED.indexOf(c) >= 0) {
                throw ServiceException.badRequest(field, "contains " + c + ", which a repository name cannot hold (none of "
                        + NAME_REFUSED + ")");
            }
        }
        if (value.endsWith(".")) {
            throw ServiceException.badRequest(field, "ends with a dot, which a repository name cannot");
        }
        return value;
    }

    /** A number property's value: finite. */
    static double number(String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw ServiceException.badRequest(field, "is not a finite number (" + value + ")");
        }
        return value;
    }
}
