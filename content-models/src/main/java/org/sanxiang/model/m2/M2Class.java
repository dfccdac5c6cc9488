package org.sanxiang.model.m2;

import java.util.List;
import java.util.Optional;

/**
 * A type or aspect of an M2 model.
 *
 * @param parent           the parent's prefixed name, or null when there is none
 * @param mandatoryAspects prefixed names of the mandatory aspects
 * @param overrides        property overrides (name and default)
 */
public record M2Class(Kind kind, String name, String parent, String title, String description,
        List<M2Property> properties, List<M2Association> associations, List<String> mandatoryAspects,
        List<M2PropertyOverride> overrides) {

    public enum Kind {
        TYPE("type"), ASPECT("aspect");

        private final String element;

        Kind(String element) {
            this.element = element;
        }

        /** The XML element name, which is also the label-key segment ({@code type}, {@code aspect}). */
        public String element() {
            return element;
        }
    }

    public M2Class {
        properties = List.copyOf(properties);
        associations = List.copyOf(associations);
        mandatoryAspects = List.copyOf(mandatoryAspects);
        overrides = List.copyOf(overrides);
    }

    public Optional<M2Property> findProperty(String prefixedName) {
        return properties.stream().filter(p -> p.name().equals(prefixedName)).findFirst();
    }

    public Optional<M2PropertyOverride> findOverride(String prefixedName) {
        return overrides.stream().filter(o -> o.name().equals(prefixedName)).findFirst();
    }
}
