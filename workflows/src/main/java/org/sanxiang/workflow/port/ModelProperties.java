package org.sanxiang.workflow.port;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sanxiang.model.QName;

/**
 * Properties named by their QNames, handed to a port as it takes them ({@code prefix:name} keys, the
 * CMIS property ids). A null value removes the property ({@link CaseRepository#setProperties}).
 */
public final class ModelProperties {

    private final Map<String, Object> values = new LinkedHashMap<>();

    public static ModelProperties create() {
        return new ModelProperties();
    }

    public static Map<String, Object> of(QName name, Object value) {
        return create().put(name, value).toMap();
    }

    public static Map<String, Object> of(QName name1, Object value1, QName name2, Object value2) {
        return create().put(name1, value1).put(name2, value2).toMap();
    }

    public static Map<String, Object> of(QName name1, Object value1, QName name2, Object value2, QName name3, Object value3) {
        return create().put(name1, value1).put(name2, value2).put(name3, value3).toMap();
    }

    public ModelProperties put(QName name, Object value) {
        values.put(name.toPrefixString(), value);
        return this;
    }

    public Object get(QName name) {
        return values.get(name.toPrefixString());
    }

    /** The properties by {@code prefix:name}, in the order they were put; a copy. */
    public Map<String, Object> toMap() {
        return new LinkedHashMap<>(values);
    }
}
