package org.sanxiang.model;

import java.util.Objects;

/**
 * A qualified name of the Alfresco dictionary: namespace URI plus local name, with the prefix the
 * model declares for the URI. Two QNames are equal when URI and local name are equal, as in
 * Alfresco; the prefix only serves the short form {@code sx:caseFolder}.
 */
public final class QName {

    private final String namespaceUri;
    private final String prefix;
    private final String localName;

    public QName(String namespaceUri, String prefix, String localName) {
        this.namespaceUri = requireText(namespaceUri, "namespaceUri");
        this.prefix = requireText(prefix, "prefix");
        this.localName = requireText(localName, "localName");
        if (localName.indexOf(':') >= 0 || prefix.indexOf(':') >= 0) {
            throw new IllegalArgumentException("QName parts must not contain ':' (prefix '" + prefix
                    + "', local name '" + localName + "')");
        }
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("QName " + what + " must not be empty");
        }
        return value;
    }

    public String getNamespaceUri() {
        return namespaceUri;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getLocalName() {
        return localName;
    }

    /** The prefixed form, e.g. {@code sx:caseFolder} (also the CMIS property id). */
    public String toPrefixString() {
        return prefix + ":" + localName;
    }

    /** Alfresco's full form, e.g. {@code {http://www.sanxiang.org/model/enforcement/1.0}caseFolder}. */
    public String toFullString() {
        return "{" + namespaceUri + "}" + localName;
    }

    /**
     * The process-variable name of a task property, as Alfresco's {@code WorkflowQNameConverter}
     * derives it ({@code sxwf:decisionName} → {@code sxwf_decisionName}): Activiti variable names
     * cannot hold a colon. The only way code names a task property's variable.
     */
    public String toVariableName() {
        return prefix + "_" + localName;
    }

    /** The label-key form Alfresco's message bundles use, e.g. {@code sx_caseFolder}. */
    public String toLabelKeyPart() {
        return prefix + "_" + localName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QName other
                && namespaceUri.equals(other.namespaceUri)
                && localName.equals(other.localName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(namespaceUri, localName);
    }

    /** The full form, as Alfresco's QName prints itself. */
    @Override
    public String toString() {
        return toFullString();
    }
}
