package org.sanxiang.repo.step;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Property values as the journal keeps them: JSON that says each value's type, so a before-value comes
 * back as the type the repository gave (Date, Long, Double, Boolean, String, lists of them, or null).
 */
final class TypedValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TypedValues() {
    }

    static String encode(Map<String, Object> values) {
        ObjectNode root = JSON.createObjectNode();
        values.forEach((k, v) -> root.set(k, value(v)));
        return root.toString();
    }

    static Map<String, Object> decode(String text) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return result;
        }
        try {
            JSON.readTree(text).fields().forEachRemaining(e -> result.put(e.getKey(), back(e.getValue())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("step journal: unreadable values " + text, e);
        }
        return result;
    }

    private static JsonNode value(Object v) {
        ObjectNode n = JSON.createObjectNode();
        if (v == null) {
            n.put("t", "null");
        } else if (v instanceof Date d) {
            n.put("t", "date").put("v", d.getTime());
        } else if (v instanceof java.time.Instant i) {
            n.put("t", "date").put("v", i.toEpochMilli());
        } else if (v instanceof Boolean b) {
            n.put("t", "bool").put("v", b);
        } else if (v instanceof Double || v instanceof Float || v instanceof java.math.BigDecimal) {
            n.put("t", "double").put("v", ((Number) v).doubleValue());
        } else if (v instanceof Number num) {
            n.put("t", "long").put("v", num.longValue());
        } else if (v instanceof Collection<?> c) {
            ArrayNode items = n.put("t", "list").putArray("v");
            c.forEach(o -> items.add(value(o)));
        } else {
            n.put("t", "text").put("v", v.toString());
        }
        return n;
    }

    private static Object back(JsonNode n) {
        JsonNode v = n.get("v");
        return switch (n.get("t").asText()) {
            case "null" -> null;
            case "date" -> new Date(v.asLong());
            case "bool" -> v.asBoolean();
            case "double" -> v.asDouble();
            case "long" -> v.asLong();
            case "list" -> {
                List<Object> list = new ArrayList<>();
                v.forEach(item -> list.add(back(item)));
                yield list;
            }
            default -> v.asText();
        };
    }
}
