package org.sanxiang.workflow.port;

import java.util.Map;
import java.util.Objects;

import org.sanxiang.model.QName;
import org.sanxiang.workflow.document.OfficialDocument;

/**
 * A document a process writes into a case: a review opinion, a transfer list, an access grant.
 *
 * <p>A draft of one of the seeds' forms carries the form ({@link #document()}): a repository that renders
 * forms (over CMIS: PDF/A and OFD) stores the rendering under {@link #baseName()} and the format's extension;
 * one that does not (in memory) stores {@link #text()} under {@link #name()}. The name is deterministic
 * either way, so a retried step finds the document it wrote.
 *
 * @param type       content type as {@code prefix:name}
 * @param name       file name of the text ({@code ….txt})
 * @param properties properties by {@code prefix:name}
 * @param text       the document's text (plain text, UTF-8), for search and for repositories that keep text
 * @param document   the form as printed, or null for a document that is text only
 */
public record DocumentDraft(String type, String name, Map<String, Object> properties, String text, OfficialDocument document) {

    /** The extension of a text document's name. */
    public static final String TEXT_EXTENSION = ".txt";

    public DocumentDraft {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        properties = Map.copyOf(properties);
    }

    public DocumentDraft(String type, String name, Map<String, Object> properties, String text) {
        this(type, name, properties, text, null);
    }

    public DocumentDraft(QName type, String name, Map<String, Object> properties, String text) {
        this(type.toPrefixString(), name, properties, text, null);
    }

    /** A form: its text is the form's own ({@link OfficialDocument#toPlainText()}). */
    public static DocumentDraft form(String type, String name, Map<String, Object> properties, OfficialDocument document) {
        return new DocumentDraft(type, name, properties, document.toPlainText(), Objects.requireNonNull(document, "document"));
    }

    /** The name without its {@value #TEXT_EXTENSION}: what a rendering's name starts with. */
    public String baseName() {
        return name.endsWith(TEXT_EXTENSION) ? name.substring(0, name.length() - TEXT_EXTENSION.length()) : name;
    }

    /** The same draft with other properties (a host moving some of them elsewhere). */
    public DocumentDraft withProperties(Map<String, Object> other) {
        return new DocumentDraft(type, name, other, text, document);
    }
}
