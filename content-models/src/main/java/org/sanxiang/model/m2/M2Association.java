package org.sanxiang.model.m2;

/**
 * A peer or child association of an M2 class.
 *
 * @param child       true for {@code child-association}
 * @param targetClass prefixed name of the target class
 */
public record M2Association(String name, boolean child, String title, String description, String targetClass,
        boolean targetMandatory, boolean targetMany) {
}
