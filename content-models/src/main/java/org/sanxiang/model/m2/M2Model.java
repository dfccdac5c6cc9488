package org.sanxiang.model.m2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An Alfresco M2 model as read from its XML: only what Sanxiang's checks and generators need.
 * Names are kept in their prefixed form ({@code sx:caseFolder}); {@link #namespaceOf(String)}
 * resolves a prefix through the model's own namespace and its imports.
 *
 * @param source      where the model came from (file name), for error messages
 * @param name        the model name, e.g. {@code sx:enforcementModel}
 * @param imports     imported prefix to URI
 * @param namespaces  declared prefix to URI
 * @param usedNames   every prefixed name the model mentions, in document order
 */
public record M2Model(String source, String name, Map<String, String> imports, Map<String, String> namespaces,
        List<M2Constraint> constraints, List<M2Class> classes, List<String> usedNames) {

    public M2Model {
        imports = new LinkedHashMap<>(imports);
        namespaces = new LinkedHashMap<>(namespaces);
        constraints = List.copyOf(constraints);
        classes = List.copyOf(classes);
        usedNames = List.copyOf(usedNames);
    }

    /** The one namespace the model declares (Sanxiang models declare exactly one). */
    public String prefix() {
        return namespaces.keySet().iterator().next();
    }

    public String namespaceUri() {
        return namespaces.values().iterator().next();
    }

    /** The URI of a prefix, looked up in the declared namespaces and then the imports. */
    public Optional<String> namespaceOf(String prefix) {
        String uri = namespaces.get(prefix);
        return Optional.ofNullable(uri != null ? uri : imports.get(prefix));
    }

    public List<M2Class> types() {
        return classes.stream().filter(c -> c.kind() == M2Class.Kind.TYPE).toList();
    }

    public List<M2Class> aspects() {
        return classes.stream().filter(c -> c.kind() == M2Class.Kind.ASPECT).toList();
    }

    public Optional<M2Class> findClass(String prefixedName) {
        return classes.stream().filter(c -> c.name().equals(prefixedName)).findFirst();
    }

    public Optional<M2Constraint> findConstraint(String prefixedName) {
        return constraints.stream().filter(c -> c.name().equals(prefixedName)).findFirst();
    }

    /** Every name this model defines: the model, constraints, classes, properties, associations. */
    public List<String> definedNames() {
        List<String> names = new ArrayList<>();
        names.add(name);
        constraints.forEach(c -> names.add(c.name()));
        for (M2Class c : classes) {
            names.add(c.name());
            c.properties().forEach(p -> {
                names.add(p.name());
                p.inlineConstraints().forEach(ic -> names.add(ic.name()));
            });
            c.associations().forEach(a -> names.add(a.name()));
        }
        return names;
    }
}
