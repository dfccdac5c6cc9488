package org.sanxiang.repo.node;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Port values to the types a repository node stores (Alfresco's {@code d:datetime} and {@code d:date}
 * are {@link Date}, multi-valued properties are lists), the bureau's zone giving a {@link LocalDate}
 * its instant. Everything stored is {@link Serializable}, as Alfresco requires.
 */
public final class NodeValues {

    private final ZoneId zone;

    public NodeValues(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Converts each value; null values stay null (they mean: remove the property). */
    public Map<String, Serializable> toRepository(Map<String, Object> properties) {
        Map<String, Serializable> out = new LinkedHashMap<>();
        properties.forEach((name, value) -> out.put(requirePrefixed(name), toRepository(name, value)));
        return out;
    }

    Serializable toRepository(String name, Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Date
                || value instanceof Integer || value instanceof Long || value instanceof Double || value instanceof Float
                || value instanceof BigDecimal || value instanceof BigInteger) {
            return (Serializable) value;
        }
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof Instant i) {
            return Date.from(i);
        }
        if (value instanceof LocalDate d) {
            return Date.from(d.atStartOfDay(zone).toInstant());
        }
        if (value instanceof ZonedDateTime z) {
            return Date.from(z.toInstant());
        }
        if (value instanceof OffsetDateTime o) {
            return Date.from(o.toInstant());
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> c) {
            ArrayList<Serializable> list = new ArrayList<>(c.size());
            for (Object o : c) {
                list.add(toRepository(name, o));
            }
            return list;
        }
        throw new IllegalArgumentException(name + ": a " + value.getClass().getName() + " cannot be stored in a node property");
    }

    static String requirePrefixed(String name) {
        if (name == null || name.indexOf(':') <= 0) {
            throw new IllegalArgumentException("property: '" + name + "' is not a prefix:name");
        }
        return name;
    }
}
