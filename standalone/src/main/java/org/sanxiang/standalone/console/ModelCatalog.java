package org.sanxiang.standalone.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.model.ModelResources;
import org.sanxiang.model.m2.M2Class;
import org.sanxiang.model.m2.M2Constraint;
import org.sanxiang.model.m2.M2Model;
import org.sanxiang.model.m2.M2ModelReader;
import org.sanxiang.model.m2.M2Property;
import org.sanxiang.model.m2.ModelLabels;

/**
 * The sx and sxwf models as a form needs them: a property by its prefixed name with its type, mandatory
 * and multiple flags, its LIST values, and the labels of the property, its values and classes in zh_CN and
 * en, from the models' own message bundles (the labels Share shows).
 */
public final class ModelCatalog {

    /** A property with the class that declares it and its LIST values. */
    public record Property(M2Property property, M2Model model, List<String> allowedValues, String constraint) {

        public String name() {
            return property.name();
        }
    }

    private final List<M2Model> models;
    private final Map<String, ModelLabels> zh = new LinkedHashMap<>();
    private final Map<String, ModelLabels> en = new LinkedHashMap<>();
    private final Map<String, Property> properties = new LinkedHashMap<>();

    public ModelCatalog() {
        M2Model content = M2ModelReader.readResource(ModelResources.CONTENT_MODEL);
        M2Model workflow = M2ModelReader.readResource(ModelResources.WORKFLOW_MODEL);
        this.models = List.of(content, workflow);
        zh.put(content.name(), ModelLabels.load(ModelResources.CONTENT_MODEL_LABELS, Locale.SIMPLIFIED_CHINESE));
        en.put(content.name(), ModelLabels.load(ModelResources.CONTENT_MODEL_LABELS, Locale.ENGLISH));
        zh.put(workflow.name(), ModelLabels.load(ModelResources.WORKFLOW_MODEL_LABELS, Locale.SIMPLIFIED_CHINESE));
        en.put(workflow.name(), ModelLabels.load(ModelResources.WORKFLOW_MODEL_LABELS, Locale.ENGLISH));
        for (M2Model m : models) {
            for (M2Class c : m.classes()) {
                for (M2Property p : c.properties()) {
                    properties.putIfAbsent(p.name(), property(m, p));
                }
            }
        }
    }

    private Property property(M2Model model, M2Property p) {
        List<String> values = new ArrayList<>();
        String constraint = null;
        for (String ref : p.constraintRefs()) {
            for (M2Model m : models) {
                Optional<M2Constraint> c = m.findConstraint(ref);
                if (c.isPresent() && c.get().isList()) {
                    values.addAll(c.get().allowedValues());
                    constraint = c.get().name();
                }
            }
        }
        for (M2Constraint c : p.inlineConstraints()) {
            if (c.isList()) {
                values.addAll(c.allowedValues());
                constraint = c.name();
            }
        }
        return new Property(p, model, List.copyOf(values), constraint);
    }

    /** A property of either model by its prefixed name ({@code sxwf:opinionText}). */
    public Optional<Property> property(String prefixedName) {
        return Optional.ofNullable(properties.get(prefixedName));
    }

    public Optional<M2Class> findClass(String prefixedName) {
        return models.stream().map(m -> m.findClass(prefixedName)).flatMap(Optional::stream).findFirst();
    }

    /** The property's title in the locale, falling back to English and to the name. */
    public String label(Property p, boolean chinese) {
        String model = p.model().name();
        return labels(model, chinese).title(model, "property", p.name())
                .or(() -> labels(model, false).title(model, "property", p.name()))
                .orElse(p.property().title() == null ? p.name() : p.property().title());
    }

    /** A LIST value's label in the locale, falling back to the value itself. */
    public String valueLabel(Property p, String value, boolean chinese) {
        if (p.constraint() == null) {
            return value;
        }
        for (M2Model m : models) {
            if (m.findConstraint(p.constraint()).isPresent()) {
                return labels(m.name(), chinese).constraintValue(p.constraint(), value)
                        .or(() -> labels(m.name(), false).constraintValue(p.constraint(), value)).orElse(value);
            }
        }
        return value;
    }

    /** A type's or aspect's title in the locale ({@code sxwf:legalReviewTask} → 法制审核). */
    public String classLabel(String prefixedName, boolean chinese) {
        for (M2Model m : models) {
            Optional<M2Class> c = m.findClass(prefixedName);
            if (c.isPresent()) {
                String segment = c.get().kind().element();
                return labels(m.name(), chinese).title(m.name(), segment, prefixedName)
                        .or(() -> labels(m.name(), false).title(m.name(), segment, prefixedName))
                        .orElse(c.get().title() == null ? prefixedName : c.get().title());
            }
        }
        return prefixedName;
    }

    private ModelLabels labels(String model, boolean chinese) {
        return (chinese ? zh : en).get(model);
    }
}
