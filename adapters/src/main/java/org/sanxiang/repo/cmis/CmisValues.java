package org.sanxiang.repo.cmis;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;

/** Java values to the types OpenCMIS expects in properties, and back. Dates are in China Standard Time. */
final class CmisValues {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private CmisValues() {
    }

    static Object toCmis(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof BigInteger
                || value instanceof BigDecimal || value instanceof GregorianCalendar) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        if (value instanceof LocalDate d) {
            return GregorianCalendar.from(d.atStartOfDay(ZONE));
        }
        if (value instanceof Instant i) {
            return GregorianCalendar.from(i.atZone(ZONE));
        }
        if (value instanceof ZonedDateTime z) {
            return GregorianCalendar.from(z);
        }
        if (value instanceof OffsetDateTime o) {
            return GregorianCalendar.from(o.toZonedDateTime());
        }
        if (value instanceof Date d) {
            return GregorianCalendar.from(d.toInstant().atZone(ZONE));
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> c) {
            List<Object> list = new ArrayList<>(c.size());
            for (Object o : c) {
                list.add(toCmis(o));
            }
            return list;
        }
        throw new IllegalArgumentException("value: " + value.getClass().getName() + " has no CMIS property type");
    }

    /**
     * CMIS values to plain Java as Alfresco's NodeService gives them to the delegates: calendars to
     * {@link Date}, integers to Long; single-element lists unwrapped by the caller.
     */
    static Object fromCmis(Object value) {
        if (value instanceof Calendar c) {
            return c.getTime();
        }
        if (value instanceof BigInteger b) {
            return b.longValue();
        }
        if (value instanceof List<?> l) {
            List<Object> list = new ArrayList<>(l.size());
            for (Object o : l) {
                list.add(fromCmis(o));
            }
            return list;
        }
        return value;
    }
}
