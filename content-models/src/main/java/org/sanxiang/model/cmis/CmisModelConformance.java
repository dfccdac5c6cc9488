package org.sanxiang.model.cmis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.model.ModelResources;
import org.sanxiang.model.m2.M2Class;
import org.sanxiang.model.m2.M2Constraint;
import org.sanxiang.model.m2.M2Model;
import org.sanxiang.model.m2.M2ModelReader;
import org.sanxiang.model.m2.M2Property;

/**
 * Whether a CMIS object of a model's type is a valid instance of the model, as Alfresco's integrity
 * checker judges a node at commit with enforced constraints: every mandatory property of its type, the
 * type's ancestors and its aspects (secondary types) has a value, and every value of a property with a LIST
 * constraint is one of the allowed values. Objects of types outside the model are not judged.
 */
public final class CmisModelConformance {

    /** One broken rule: the property and what is wrong with it. */
    public record Violation(String property, String problem) {
        @Override
        public String toString() {
            return property + ": " + problem;
        }
    }

    private final M2Model model;

    private CmisModelConformance(M2Model model) {
        this.model = model;
    }

    /** The rules of the sx content model. */
    public static CmisModelConformance sanxiang() {
        return new CmisModelConformance(M2ModelReader.readResource(ModelResources.CONTENT_MODEL));
    }

    public static CmisModelConformance of(M2Model model) {
        return new CmisModelConformance(model);
    }

    /** Whether the CMIS type id ({@code F:sx:x}, {@code D:sx:x}, {@code P:sx:x}) names a class of the model. */
    public boolean governs(String typeId) {
        return modelClass(typeId).isPresent();
    }

    /**
     * The violations of an object.
     *
     * @param typeId           its CMIS object type id
     * @param secondaryTypeIds its secondary type ids (aspects), possibly of other models
     * @param values           property id to its values; an absent id or an empty list is "not set"
     */
    public List<Violation> violations(String typeId, Collection<String> secondaryTypeIds, Map<String, List<?>> values) {
        Map<String, M2Property> rules = new LinkedHashMap<>();
        modelClass(typeId).ifPresent(c -> collect(c, rules));
        for (String secondary : secondaryTypeIds == null ? List.<String>of() : secondaryTypeIds) {
            modelClass(secondary).ifPresent(c -> collect(c, rules));
        }
        List<Violation> result = new ArrayList<>();
        for (M2Property p : rules.values()) {
            List<?> v = values.getOrDefault(p.name(), List.of());
            boolean set = v != null && v.stream().anyMatch(x -> x != null);
            if (p.mandatory() && !set) {
                result.add(new Violation(p.name(), "mandatory, but has no value"));
                continue;
            }
            Set<String> allowed = allowedValues(p);
            if (set && !allowed.isEmpty()) {
                for (Object x : v) {
                    if (x != null && !allowed.contains(x.toString())) {
                        result.add(new Violation(p.name(), "'" + x + "' is not one of the allowed values " + allowed));
                    }
                }
            }
        }
        return result;
    }

    /** The class and its ancestors within the model, the nearest definition of a property winning. */
    private void collect(M2Class c, Map<String, M2Property> rules) {
        M2Class current = c;
        for (int depth = 0; current != null && depth < 64; depth++) {
            for (M2Property p : current.properties()) {
                rules.putIfAbsent(p.name(), p);
            }
            current = current.parent() == null ? null : model.findClass(current.parent()).orElse(null);
        }
    }

    private Set<String> allowedValues(M2Property p) {
        Set<String> values = new LinkedHashSet<>();
        for (String ref : p.constraintRefs()) {
            model.findConstraint(ref).filter(M2Constraint::isList).ifPresent(c -> values.addAll(c.allowedValues()));
        }
        for (M2Constraint c : p.inlineConstraints()) {
            if (c.isList()) {
                values.addAll(c.allowedValues());
            }
        }
        return values;
    }

    private Optional<M2Class> modelClass(String typeId) {
        if (typeId == null || typeId.length() < 3 || typeId.charAt(1) != ':') {
            return Optional.empty();
        }
        String name = typeId.substring(2);
        if (!name.startsWith(model.prefix() + ":")) {
            return Optional.empty();
        }
        return model.findClass(name);
    }
}
