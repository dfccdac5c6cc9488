package org.sanxiang.model.m2;

import java.util.List;

/**
 * A constraint defined in a model (top level or inline in a property).
 *
 * @param type          the constraint type, e.g. {@code LIST}; null for a bare reference
 * @param allowedValues the values of a LIST constraint's {@code allowedValues} parameter, in order
 */
public record M2Constraint(String name, String type, List<String> allowedValues) {

    public M2Constraint {
        allowedValues = List.copyOf(allowedValues);
    }

    public boolean isList() {
        return "LIST".equals(type);
    }
}
