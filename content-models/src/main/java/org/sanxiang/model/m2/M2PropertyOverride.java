package org.sanxiang.model.m2;

/** A property override of an M2 class: the property's prefixed name and its new default (or null). */
public record M2PropertyOverride(String name, String defaultValue) {
}
