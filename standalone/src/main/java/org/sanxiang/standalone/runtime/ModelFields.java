package org.sanxiang.standalone.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.model.ModelResources;
import org.sanxiang.model.m2.M2Class;
import org.sanxiang.model.m2.M2Constraint;
import org.sanxiang.model.m2.M2Model;
import org.sanxiang.model.m2.M2ModelReader;
import org.sanxiang.model.m2.M2Property;
import org.sanxiang.model.m2.ModelLabels;

/**
 * The fields of a type in one of the Sanxiang models — a task form ({@code sxwf:legalReviewTask}) or a
 * case folder or record type ({@code sx:caseFolder}) — and the checking of values sent for them, as
 * Alfresco's form service would: unknown fields, wrong types and values outside a LIST constraint are
 * refused naming the field. Values come as JSON gives them (String, Number, Boolean, List) and leave
 * as the engine and CMIS expect them (dates as {@link Date}).
 */
public final class ModelFields {

    /** One field: a model property, with its labels. */
    public record Field(M2Property property, List<String> allowedValues, Map<String, String> labels) {

        public String name() {
            return property.name();
        }
    }

    private final M2Model model;
    /** Where constraint refs are looked up: this model, then the models it imports (sxwf uses sx: lists). */
    private final List<M2Model> constraintModels;
    private final ModelLabels english;
    private final ModelLabels chinese;
    private final ZoneId zone;
    /** How a model name is spelled in the caller's map: sxwf_x for the engine, sx:x for CMIS. */
    private final boolean underscored;

    private ModelFields(M2Model model, List<M2Model> imported, String labelsBase, ZoneId zone, boolean underscored) {
        this.model = model;
        List<M2Model> models = new ArrayList<>();
        models.add(model);
        models.addAll(imported);
        this.constraintModels = List.copyOf(models);
        this.english = ModelLabels.load(labelsBase, Locale.ENGLISH);
        this.chinese = ModelLabels.load(labelsBase, Locale.SIMPLIFIED_CHINESE);
        this.zone = zone;
        this.underscored = underscored;
    }

    /** The task model: fields named as process variables ({@code sxwf_opinionText}). */
    public static ModelFields workflow(ZoneId zone) {
        return new ModelFields(M2ModelReader.readResource(ModelResources.WORKFLOW_MODEL),
                List.of(M2ModelReader.readResource(ModelResources.CONTENT_MODEL)),
                ModelResources.WORKFLOW_MODEL_LABELS, zone, true);
    }

    /** The content model: fields named as properties ({@code sx:caseNumber}). */
    public static ModelFields content(ZoneId zone) {
        return new ModelFields(M2ModelReader.readResource(ModelResources.CONTENT_MODEL), List.of(),
                ModelResources.CONTENT_MODEL_LABELS, zone, false);
    }

    public boolean hasClass(String prefixedName) {
        return model.findClass(prefixedName).isPresent();
    }

    /** The type's own fields, its parents' within this model, and those of its mandatory aspects, by caller's name. */
    public Map<String, Field> fields(String className) {
        Map<String, Field> fields = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        collect(className, fields, seen);
        return fields;
    }

    private void collect(String className, Map<String, Field> fields, Set<String> seen) {
        if (className == null || !seen.add(className)) {
            return;
        }
        Optional<M2Class> found = model.findClass(className);
        if (found.isEmpty()) {
            return; // outside this model (bpm:, cm:): not a form field here
        }
        M2Class c = found.get();
        collect(c.parent(), fields, seen);
        for (M2Property p : c.properties()) {
            fields.put(callerName(p.name()), new Field(p, allowedValues(p), labels(p)));
        }
        for (String aspect : c.mandatoryAspects()) {
            collect(aspect, fields, seen);
        }
    }

    private String callerName(String prefixed) {
        return underscored ? prefixed.replace(':', '_') : prefixed;
    }

    private List<String> allowedValues(M2Property p) {
        List<String> values = new ArrayList<>();
        for (String ref : p.constraintRefs()) {
            constraintModels.stream().map(m -> m.findConstraint(ref)).flatMap(Optional::stream).findFirst()
                    .filter(M2Constraint::isList).ifPresent(c -> values.addAll(c.allowedValues()));
        }
        for (M2Constraint c : p.inlineConstraints()) {
            if (c.isList()) {
                values.addAll(c.allowedValues());
            }
        }
        return List.copyOf(values);
    }

    private Map<String, String> labels(M2Property p) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("en", english.title(model.name(), "property", p.name()).orElse(p.title() == null ? p.name() : p.title()));
        labels.put("zh_CN", chinese.title(model.name(), "property", p.name())
                .orElse(labels.get("en")));
        return labels;
    }

    /**
     * Checks and converts the values for the fields; unknown names, wrong types and values outside the
     * allowed ones are a bad request naming {@code pathPrefix + name}.
     */
    public Map<String, Object> convert(Map<String, Field> fields, Map<String, ?> values, String pathPrefix) {
        Map<String, Object> result = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            String path = pathPrefix + name;
            Field field = fields.get(name);
            if (field == null) {
                throw ServiceException.badRequest(path, "unknown field; the form has " + fields.keySet());
            }
            result.put(name, convert(field, value, path));
        });
        return result;
    }

    /** One value for one field; null stays null. */
    public Object convert(Field field, Object value, String path) {
        if (value == null) {
            return null;
        }
        M2Property p = field.property();
        if (p.multiple()) {
            if (!(value instanceof Collection<?> values)) {
                throw ServiceException.badRequest(path, "expected an array (the field holds several values), got "
                        + describe(value));
            }
            List<Object> list = new ArrayList<>();
            int i = 0;
            for (Object v : values) {
                list.add(single(field, v, path + "[" + i++ + "]"));
            }
            return list;
        }
        return single(field, value, path);
    }

    private Object single(Field field, Object value, String path) {
        String type = field.property().type();
        Object converted = switch (type) {
            case "d:int" -> integral(value, path, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
            case "d:long" -> integral(value, path, Long.MIN_VALUE, Long.MAX_VALUE);
            case "d:double", "d:float" -> number(value, path);
            case "d:boolean" -> {
                if (!(value instanceof Boolean b)) {
                    throw ServiceException.badRequest(path, "expected true or false, got " + describe(value));
                }
                yield b;
            }
            case "d:date" -> Date.from(date(text(value, path, "an ISO date (yyyy-MM-dd)"), path)
                    .atStartOfDay(zone).toInstant());
            case "d:datetime" -> Date.from(instant(text(value, path, "an ISO date-time"), path));
            default -> CmisLimits.text(path, text(value, path, "a string"));
        };
        if (converted instanceof String s && !field.allowedValues().isEmpty() && !field.allowedValues().contains(s)) {
            throw ServiceException.badRequest(path, "'" + s + "' is not one of " + field.allowedValues());
        }
        return converted;
    }

    private static Long integral(Object value, String path, long min, long max) {
        boolean whole = value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof BigInteger || (value instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0);
        if (!whole) {
            throw ServiceException.badRequest(path, "expected a whole number, got " + describe(value));
        }
        BigInteger n = value instanceof BigDecimal d ? d.toBigIntegerExact() : new BigInteger(value.toString());
        if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
            throw ServiceException.badRequest(path, "number out of range: " + n);
        }
        return n.longValue();
    }

    private static Double number(Object value, String path) {
        if (!(value instanceof Number n)) {
            throw ServiceException.badRequest(path, "expected a number, got " + describe(value));
        }
        return CmisLimits.number(path, n.doubleValue());
    }

    private static String text(Object value, String path, String expected) {
        if (!(value instanceof String s)) {
            throw ServiceException.badRequest(path, "expected " + expected + ", got " + describe(value));
        }
        return s;
    }

    private static LocalDate date(String text, String path) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ServiceException.badRequest(path, "expected an ISO date (yyyy-MM-dd), got \"" + text + "\"");
        }
    }

    private static Instant instant(String text, String path) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ServiceException.badRequest(path, "expected an ISO date-time such as 2026-03-02T10:00:00+08:00, got \""
                    + text + "\"");
        }
    }

    static String describe(Object value) {
        String kind = value instanceof String ? "string" : value instanceof Number ? "number"
                : value instanceof Boolean ? "boolean" : value instanceof Collection ? "array"
                : value instanceof Map ? "object" : value.getClass().getSimpleName();
        String text = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
        return kind + " " + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }
}
