package org.sanxiang.workflow.port;

import java.util.Map;
import java.util.Objects;

import org.sanxiang.model.QName;

/**
 * A document a process writes into a case: a review opinion, a transfer list, an access grant.
 *
 * @param type       content type as {@code prefix:name}
 * @param name       file name
 * @param properties properties by {@code prefix:name}
 * @param text       the document's text (plain text, UTF-8)
 */
public record DocumentDraft(String type, String name, Map<String, Object> properties, String text) {

    public DocumentDraft {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        properties = Map.copyOf(properties);
    }

    public DocumentDraft(QName type, String name, Map<String, Object> properties, String text) {
        this(type.toPrefixString(), name, properties, text);
    }
}
