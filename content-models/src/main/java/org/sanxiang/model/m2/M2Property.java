package org.sanxiang.model.m2;

import java.util.List;

/**
 * A property of an M2 class.
 *
 * @param type              the data type, e.g. {@code d:text}
 * @param defaultValue      the default, or null
 * @param constraintRefs    prefixed names of referenced constraints
 * @param inlineConstraints constraints defined inside the property
 * @param indexed           {@code index enabled}, true when no index element is given
 * @param tokenised         the {@code index/tokenised} value (true, false, both), or null
 */
public record M2Property(String name, String type, String title, String description, boolean mandatory,
        boolean multiple, boolean protectedValue, String defaultValue, List<String> constraintRefs,
        List<M2Constraint> inlineConstraints, boolean indexed, String tokenised) {

    public M2Property {
        constraintRefs = List.copyOf(constraintRefs);
        inlineConstraints = List.copyOf(inlineConstraints);
    }
}
