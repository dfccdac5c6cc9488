package org.sanxiang.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * How a stored value (a process variable, or a node property read back from a repository) becomes a
 * Java value: a form sends text where the model has a date or a number, Alfresco returns a Date where
 * CMIS returns an Instant. Written once; {@link StepContext} reads variables through it.
 */
public final class Values {

    private Values() {
    }

    /** The text as written; null when absent or blank. */
    public static String string(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /** The text without surrounding blanks (a code, a name); null when absent or blank. */
    public static String trimmed(Object value) {
        String s = string(value);
        return s == null ? null : s.strip();
    }

    /** True for {@code Boolean.TRUE} and for the text "true" (any case); false otherwise. */
    public static boolean flag(Object value) {
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString().strip());
    }

    /** A whole number; {@code otherwise} when absent or blank; fails naming {@code name} when it is none. */
    public static int number(Object value, String name, int otherwise) {
        if (value == null || value.toString().isBlank()) {
            return otherwise;
        }
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'", e);
        }
    }

    /** A whole number that must be there; fails naming {@code name} when it is absent or none. */
    public static int number(Object value, String name) {
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(name + " must be a whole number, got " + value);
        }
        return number(value, name, 0);
    }

    /** A multi-valued field: a list, or comma-separated text; each value trimmed, empty ones dropped. */
    public static List<String> list(Object value) {
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            c.forEach(v -> values.add(String.valueOf(v).strip()));
        } else if (value != null) {
            for (String v : value.toString().split(",")) {
                values.add(v.strip());
            }
        }
        values.removeIf(String::isEmpty);
        return values;
    }

    /**
     * A day: a Date or Instant (in {@code zone}), a LocalDate, or ISO text (a date, or an instant);
     * null when absent or blank; fails naming {@code name} when it is none.
     */
    public static LocalDate day(Object value, ZoneId zone, String name) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(zone).toLocalDate();
        }
        if (value instanceof Instant i) {
            return i.atZone(zone).toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        String s = value.toString().strip();
        try {
            return s.length() > 10 && s.contains("T") ? Instant.parse(s).atZone(zone).toLocalDate() : LocalDate.parse(s);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + ": not a date (yyyy-MM-dd): " + value, e);
        }
    }
}
