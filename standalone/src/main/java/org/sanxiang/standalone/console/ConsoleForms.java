package org.sanxiang.standalone.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.standalone.console.ShareFormConfig.FieldDef;
import org.sanxiang.standalone.console.ShareFormConfig.SetDef;
import org.sanxiang.standalone.console.ShareFormConfig.Show;

/**
 * A Share form rendered for the console: the form's visible fields in order, grouped into its sets, each
 * with the model's type, mandatory flag, LIST values and labels, the control the Share configuration names,
 * and whether the console may write it. Fields that are Alfresco's own ({@code bpm:}, {@code cm:},
 * {@code packageItems}, {@code taskOwner}, {@code message}) are shown, as Share shows them, but not sent:
 * the runtime keeps no such variables. Also reads a submitted form back into typed values.
 */
public final class ConsoleForms {

    /** A choice of a select, a multi-select or an outcome button. */
    public record Option(String value, String label) {
    }

    /**
     * One rendered field.
     *
     * @param id       the Share field id ({@code sxwf:opinionText})
     * @param input    the HTML input name: the variable or property name ({@code sxwf_opinionText})
     * @param control  textfield, textarea, selectone, selectmany, checkbox, number, date, datetime, info, transitions
     * @param writable whether the console sends it (a model field, not read-only in the configuration)
     * @param text     the current value as the control shows it
     * @param selected the current values of a multi-valued field
     */
    public record Field(String id, String input, String label, String control, String type, boolean mandatory,
            boolean multiple, boolean writable, List<Option> options, String text, List<String> selected, int rows) {

        /** Whether a choice is the current value (select, multi-select). */
        public boolean isSelected(String value) {
            return selected.contains(value);
        }
    }

    /** A set of the form with its label and fields (empty sets are left out). */
    public record FieldSet(String id, String label, String appearance, List<Field> fields) {
    }

    /** A whole form; {@code outcome} is the transitions field, or null. */
    public record Form(String evaluator, String condition, List<FieldSet> sets, Field outcome) {

        public List<Field> fields() {
            return sets.stream().flatMap(s -> s.fields().stream()).toList();
        }

        public Optional<Field> field(String input) {
            return fields().stream().filter(f -> f.input().equals(input)).findFirst();
        }
    }

    /** A submitted form read back: the values to send, or the problems, each naming the field by its label. */
    public record Submission(Map<String, Object> values, String outcome, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final Set<String> PLAIN_CONTROLS = Set.of("textfield", "textarea", "selectone",
            "selectmany", "checkbox", "number", "date", "info", "activiti-transitions");

    private final ShareFormConfig config;
    private final ModelCatalog model;
    private final ConsoleMessages messages;
    private final ZoneId zone;

    public ConsoleForms(ShareFormConfig config, ModelCatalog model, ConsoleMessages messages, ZoneId zone) {
        this.config = config;
        this.model = model;
        this.messages = messages;
        this.zone = zone;
    }

    public ShareFormConfig config() {
        return config;
    }

    public ModelCatalog model() {
        return model;
    }

    /**
     * Renders a form.
     *
     * @param mode          create, edit or view ({@code for-mode} of the field-visibility)
     * @param values        current values by input name (engine values: instants, lists, booleans)
     * @param info          values of Alfresco's own fields by Share id ({@code bpm:dueDate}, {@code taskOwner}, ...)
     * @param allowed       LIST values the runtime narrows for this task (e.g. the case profile's transfer materials)
     * @param fixed         inputs the console may not change here (e.g. the case number of a started process)
     */
    public Form render(ShareFormConfig.Form form, String mode, Map<String, ?> values, Map<String, String> info,
            Map<String, List<String>> allowed, Set<String> fixed, boolean chinese) {
        Map<String, List<Field>> bySet = new LinkedHashMap<>();
        for (SetDef s : form.sets()) {
            bySet.put(s.id(), new ArrayList<>());
        }
        Field outcome = null;
        for (Show show : form.shown(mode)) {
            FieldDef def = form.field(show.id()).orElse(new FieldDef(show.id(), "", false, null, null, Map.of()));
            Field field = field(def, values, info, allowed, fixed, chinese, mode);
            String set = bySet.containsKey(def.set()) ? def.set() : "";
            bySet.computeIfAbsent(set, k -> new ArrayList<>()).add(field);
            if (field.control().equals("transitions")) {
                outcome = field;
            }
        }
        List<FieldSet> sets = new ArrayList<>();
        for (Map.Entry<String, List<Field>> e : bySet.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            SetDef def = form.sets().stream().filter(s -> s.id().equals(e.getKey())).findFirst()
                    .orElse(new SetDef(e.getKey(), "", null, null));
            String label = def.labelId() == null ? "" : messages.get(def.labelId(), chinese);
            sets.add(new FieldSet(e.getKey(), label, def.appearance(), List.copyOf(e.getValue())));
        }
        return new Form(form.evaluator(), form.condition(), List.copyOf(sets), outcome);
    }

    private Field field(FieldDef def, Map<String, ?> values, Map<String, String> info, Map<String, List<String>> allowed,
            Set<String> fixed, boolean chinese, String mode) {
        String id = def.id();
        Optional<ModelCatalog.Property> found = id.startsWith(SanxiangModel.PREFIX + ":") || id.startsWith(SanxiangWorkflowModel.PREFIX + ":")
                ? model.property(id)
                : Optional.empty();
        int rows = parseInt(def.params().get("rows"), 3);
        if (found.isEmpty()) {
            String label = def.labelId() != null ? messages.get(def.labelId(), chinese)
                    : messages.get("field." + id.replace(':', '_'), chinese);
            return new Field(id, id.replace(':', '_'), label, "info", null, false, false, false, List.of(),
                    info.getOrDefault(id, ""), List.of(), rows);
        }
        ModelCatalog.Property p = found.get();
        String input = id.replace(':', '_');
        List<String> values0 = allowed.getOrDefault(input, p.allowedValues());
        List<Option> options = values0.stream().map(v -> new Option(v, model.valueLabel(p, v, chinese))).toList();
        String control = control(def.control(), p, options);
        boolean writable = !def.readOnly() && !control.equals("info") && !p.property().protectedValue()
                && !fixed.contains(input) && !"view".equals(mode);
        Object value = values.get(input);
        List<String> selected = value instanceof Collection<?> c ? c.stream().map(String::valueOf).toList()
                : value == null ? List.of() : List.of(String.valueOf(value));
        String text = text(p, control, value, options);
        return new Field(id, input, model.label(p, chinese), control, p.property().type(), p.property().mandatory(),
                p.property().multiple(), writable, options, text, selected, rows);
    }

    private static String control(String configured, ModelCatalog.Property p, List<Option> options) {
        String type = p.property().type();
        if ("activiti-transitions".equals(configured)) {
            return "transitions";
        }
        if ("date".equals(configured) || configured == null && (type.equals("d:date") || type.equals("d:datetime"))) {
            return type.equals("d:datetime") ? "datetime" : "date";
        }
        if (configured != null && PLAIN_CONTROLS.contains(configured)) {
            if ((configured.equals("selectone") || configured.equals("selectmany")) && options.isEmpty()) {
                return p.property().multiple() ? "textarea" : "textfield";
            }
            return configured;
        }
        if (type.equals("d:boolean")) {
            return "checkbox";
        }
        if (!options.isEmpty()) {
            return p.property().multiple() ? "selectmany" : "selectone";
        }
        if (type.equals("d:int") || type.equals("d:long") || type.equals("d:double") || type.equals("d:float")) {
            return "number";
        }
        return "textfield";
    }

    private String text(ModelCatalog.Property p, String control, Object value, List<Option> options) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>();
            c.forEach(v -> parts.add(single(p, control, v, options)));
            return String.join(control.equals("textarea") ? "\n" : ", ", parts);
        }
        return single(p, control, value, options);
    }

    private String single(ModelCatalog.Property p, String control, Object value, List<Option> options) {
        Instant instant = value instanceof Instant i ? i : value instanceof java.util.Date d ? d.toInstant() : null;
        if (instant == null && value instanceof String s && s.length() > 10 && s.charAt(4) == '-' && s.contains("T")) {
            try {
                instant = Instant.parse(s);
            } catch (DateTimeParseException e) {
                // a text that looks like a date: shown as it is
            }
        }
        if (instant != null) {
            LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
            return p.property().type().equals("d:date") ? local.toLocalDate().toString()
                    : control.equals("datetime") ? local.withSecond(0).withNano(0).toString()
                    : local.toLocalDate() + " " + local.toLocalTime().withNano(0);
        }
        if (control.equals("info")) {
            return options.stream().filter(o -> o.value().equals(String.valueOf(value))).map(Option::label).findFirst()
                    .orElse(String.valueOf(value));
        }
        return String.valueOf(value);
    }

    /**
     * Reads a submitted form: the writable fields' values typed for the model (whole numbers, numbers,
     * booleans, ISO dates, instants with the bureau's zone, lists), the chosen outcome, and the problems
     * (a mandatory field left empty, a number that is not one, a value outside the LIST), each naming the
     * field by its label in the page's language.
     */
    public Submission read(Form form, Map<String, List<String>> params, boolean chinese) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Field f : form.fields()) {
            if (!f.writable() || f.control().equals("transitions")) {
                continue;
            }
            List<String> raw = params.getOrDefault(f.input(), List.of()).stream().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            if (f.control().equals("checkbox")) {
                values.put(f.input(), raw.contains("true"));
                continue;
            }
            if (f.multiple() && !f.control().equals("selectmany")) {
                List<String> split = new ArrayList<>();
                raw.forEach(r -> {
                    for (String part : r.split("[\\n,，、]")) {
                        if (!part.isBlank()) {
                            split.add(part.strip());
                        }
                    }
                });
                raw = split;
            }
            if (raw.isEmpty()) {
                if (f.mandatory()) {
                    problems.add(messages.format("form.required", chinese, f.label()));
                }
                continue;
            }
            List<Object> typed = new ArrayList<>();
            for (String r : raw) {
                Object v = typed(f, r);
                if (v == null) {
                    problems.add(messages.format("form.type." + f.type().replace("d:", ""), chinese, f.label(), r));
                } else if (!f.options().isEmpty() && f.options().stream().noneMatch(o -> o.value().equals(r))) {
                    problems.add(messages.format("form.notAllowed", chinese, f.label(), r));
                } else {
                    typed.add(v);
                }
            }
            values.put(f.input(), f.multiple() ? typed : typed.isEmpty() ? null : typed.get(0));
        }
        values.values().removeIf(v -> v == null);
        String outcome = null;
        if (form.outcome() != null) {
            List<String> chosen = params.getOrDefault("outcome", List.of());
            outcome = chosen.isEmpty() ? null : chosen.get(0);
            if (outcome == null || form.outcome().options().stream().noneMatch(o -> o.value().equals(chosen.get(0)))) {
                problems.add(messages.format("form.outcome", chinese, form.outcome().label()));
            }
        }
        return new Submission(values, outcome, List.copyOf(problems));
    }

    private Object typed(Field f, String r) {
        try {
            return switch (f.type()) {
                case "d:int", "d:long" -> Long.valueOf(r);
                case "d:double", "d:float" -> Double.valueOf(r);
                case "d:date" -> LocalDate.parse(r).toString();
                case "d:datetime" -> (r.length() == 16 ? LocalDateTime.parse(r + ":00") : LocalDateTime.parse(r))
                        .atZone(zone).toOffsetDateTime().toString();
                default -> r;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    private static int parseInt(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
