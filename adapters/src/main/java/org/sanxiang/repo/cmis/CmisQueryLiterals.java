package org.sanxiang.repo.cmis;

import java.util.Objects;

/**
 * CMIS QL string literals built from untrusted input (CMIS 1.1, 2.1.14.2.4.3 and 2.1.14.2.4.4):
 * inside a literal a quote and a backslash are escaped with a backslash; inside a LIKE pattern the
 * wildcards {@code %} and {@code _} are escaped too, so user input only ever matches itself.
 */
public final class CmisQueryLiterals {

    private CmisQueryLiterals() {
    }

    /** {@code O'Brien} → {@code 'O\'Brien'}: a quoted literal for {@code =} and {@code IN}. */
    public static String literal(String value) {
        return "'" + escape(value, false) + "'";
    }

    /** The value escaped for use inside a LIKE pattern, without the surrounding quotes or wildcards. */
    public static String likeFragment(String value) {
        return escape(value, true);
    }

    /** A quoted LIKE pattern matching values that contain the input: {@code '%input%'}. */
    public static String containsPattern(String value) {
        return "'%" + escape(value, true) + "%'";
    }

    private static String escape(String value, boolean like) {
        Objects.requireNonNull(value, "value");
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'' || c == '\\' || (like && (c == '%' || c == '_'))) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
