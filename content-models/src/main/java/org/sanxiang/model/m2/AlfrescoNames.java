package org.sanxiang.model.m2;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Alfresco dictionary names Sanxiang's models rely on, kept as an explicit list so that the
 * checks can run without Alfresco. One entry a line:
 * <pre>
 * namespace &lt;prefix&gt; &lt;uri&gt;
 * datatype  d:text
 * type      cm:folder [parent]
 * aspect    cm:titled [parent]
 * property  bpm:outcomePropertyName &lt;owning class&gt;
 * constraint bpm:allowedPriority
 * </pre>
 * Blank lines and lines starting with {@code #} are ignored.
 */
public final class AlfrescoNames {

    /** What kind of dictionary item a name is. */
    public enum Kind { DATATYPE, TYPE, ASPECT, PROPERTY, CONSTRAINT }

    /** One named item; {@code related} is the parent (types, aspects) or owning class (properties). */
    public record Entry(Kind kind, String name, String related) {
    }

    private final Map<String, String> namespaces;
    private final Map<String, Entry> entries;

    private AlfrescoNames(Map<String, String> namespaces, Map<String, Entry> entries) {
        this.namespaces = namespaces;
        this.entries = entries;
    }

    public static AlfrescoNames parse(Reader reader, String source) throws IOException {
        Map<String, String> namespaces = new LinkedHashMap<>();
        Map<String, Entry> entries = new HashMap<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = t.split("\\s+");
            String where = source + " line " + lineNo + ": ";
            if (f[0].equals("namespace")) {
                if (f.length != 3) {
                    throw new ModelFormatException(where + "expected 'namespace <prefix> <uri>'");
                }
                namespaces.put(f[1], f[2]);
                continue;
            }
            Kind kind;
            try {
                kind = Kind.valueOf(f[0].toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ModelFormatException(where + "unknown kind '" + f[0] + "'", e);
            }
            if (f.length < 2 || f.length > 3 || (kind == Kind.PROPERTY && f.length != 3)) {
                throw new ModelFormatException(where + "expected '" + f[0] + " <prefix:name>"
                        + (kind == Kind.PROPERTY ? " <owning class>'" : " [parent]'"));
            }
            if (!f[1].contains(":")) {
                throw new ModelFormatException(where + "name '" + f[1] + "' has no prefix");
            }
            entries.put(f[1], new Entry(kind, f[1], f.length == 3 ? f[2] : null));
        }
        for (Entry e : entries.values()) {
            String prefix = e.name().substring(0, e.name().indexOf(':'));
            if (!namespaces.containsKey(prefix)) {
                throw new ModelFormatException(source + ": prefix '" + prefix + "' of " + e.name()
                        + " has no 'namespace' line");
            }
        }
        return new AlfrescoNames(namespaces, entries);
    }

    public Map<String, String> namespaces() {
        return Map.copyOf(namespaces);
    }

    /** The entry for a prefixed name (in the prefixes of this list). */
    public Optional<Entry> find(String prefixedName) {
        return Optional.ofNullable(entries.get(prefixedName));
    }

    /** The entry for a name given by namespace URI and local name, whatever prefix a model uses. */
    public Optional<Entry> find(String namespaceUri, String localName) {
        for (Map.Entry<String, String> ns : namespaces.entrySet()) {
            if (ns.getValue().equals(namespaceUri)) {
                return find(ns.getKey() + ":" + localName);
            }
        }
        return Optional.empty();
    }

    public boolean isAlfrescoNamespace(String uri) {
        return namespaces.containsValue(uri);
    }
}
