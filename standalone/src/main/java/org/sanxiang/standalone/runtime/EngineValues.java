package org.sanxiang.standalone.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Engine values as the views show them: JSON-friendly values, instants, process keys. */
final class EngineValues {

    private EngineValues() {
    }

    /** The process key of a definition id ({@code sxDisclosure:3:42} → {@code sxDisclosure}). */
    static String processKey(String processDefinitionId) {
        int colon = processDefinitionId.indexOf(':');
        return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** The values sorted by name, each {@link #plain}. */
    static Map<String, Object> plainMap(Map<String, Object> values) {
        Map<String, Object> result = new TreeMap<>();
        values.forEach((k, v) -> result.put(k, plain(v)));
        return result;
    }

    /** Engine values as plain JSON-friendly values: dates as instants. */
    static Object plain(Object value) {
        if (value instanceof Date d) {
            return d.toInstant();
        }
        if (value instanceof List<?> l) {
            List<Object> list = new ArrayList<>(l.size());
            l.forEach(v -> list.add(plain(v)));
            return list;
        }
        return value;
    }
}
