package org.sanxiang.repo.node;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.sanxiang.repo.guard.DisclosureGuard;
import org.sanxiang.repo.guard.RecordGuard;

/**
 * An in-memory repository behind {@link RepositoryNodes}, with the sx type hierarchy the module uses.
 * With a {@link RecordGuard} attached it behaves like Alfresco with our behaviours bound: the guard
 * is asked before every property change, delete and move, and after every content write.
 */
public final class FakeNodes implements RepositoryNodes {

    private static final Map<String, String> PARENT_TYPE = Map.ofEntries(
            Map.entry("sx:caseFolder", "cm:folder"), Map.entry("bpm:package", "cm:folder"),
            Map.entry("sx:stageRecord", "cm:content"), Map.entry("sx:textRecord", "sx:stageRecord"),
            Map.entry("sx:avRecord", "sx:stageRecord"), Map.entry("sx:reviewOpinion", "sx:textRecord"),
            Map.entry("sx:evidence", "cm:content"), Map.entry("sx:accessRequest", "cm:content"),
            Map.entry("sx:disclosureRecord", "cm:content"));

    final class Node {
        final String id;
        final String type;
        String parent;
        final Map<String, Serializable> properties = new LinkedHashMap<>();
        final Set<String> aspects = new LinkedHashSet<>();
        final List<String> children = new ArrayList<>();
        final List<String> secondary = new ArrayList<>();
        byte[] content;
        String mimetype;
        String encoding;

        Node(String id, String type) {
            this.id = id;
            this.type = type;
        }
    }

    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong clock = new AtomicLong(1_700_000_000_000L);
    final Map<String, Node> nodes = new HashMap<>();
    /** authority → node ids it may read through allowRead */
    public final Map<String, Set<String>> readers = new HashMap<>();
    private RecordGuard guard;

    public FakeNodes guardedBy(RecordGuard recordGuard) {
        this.guard = recordGuard;
        return this;
    }

    private DisclosureGuard disclosureGuard;
    private String user = "admin";

    /** Binds the disclosure guard as the Alfresco behaviours do (after create, before a property update). */
    public FakeNodes guardedBy(DisclosureGuard guard) {
        this.disclosureGuard = guard;
        return this;
    }

    /** The user the next calls run as (Alfresco's fully authenticated user). */
    public FakeNodes actingAs(String name) {
        this.user = name;
        return this;
    }

    public String root() {
        return nodes.computeIfAbsent("root", id -> new Node(id, "cm:folder")).id;
    }

    /** A case folder under the root. */
    public String caseFolder(String name, Map<String, Serializable> properties) {
        return create(root(), "sx:caseFolder", name, properties);
    }

    /** Adds an existing node to a folder as a secondary child (as Alfresco's workflow package does). */
    public void link(String folderId, String childId) {
        node(folderId).secondary.add(childId);
    }

    /** Writes bytes behind the guard's back (what a tampering administrator with database access would do). */
    public void tamperContent(String nodeId, String text) {
        node(nodeId).content = text.getBytes(StandardCharsets.UTF_8);
    }

    /** Removes a node behind the guard's back (benchmarks keep a case at a fixed size this way). */
    public void purge(String nodeId) {
        Node n = node(nodeId);
        node(n.parent).children.remove(nodeId);
        nodes.remove(nodeId);
    }

    public void tamperProperty(String nodeId, String name, Serializable value) {
        node(nodeId).properties.put(name, value);
    }

    /** Writes content; like Alfresco's onContentUpdate, the guard runs after the write and a refusal rolls it back. */
    public void writeBytes(String nodeId, byte[] bytes) {
        Node n = node(nodeId);
        byte[] old = n.content;
        n.content = bytes.clone();
        if (guard != null) {
            try {
                guard.checkContentUpdate(nodeId);
            } catch (RuntimeException e) {
                n.content = old;
                throw e;
            }
        }
    }

    @Override
    public boolean exists(String nodeId) {
        return nodeId != null && nodes.containsKey(nodeId);
    }

    @Override
    public String type(String nodeId) {
        return node(nodeId).type;
    }

    @Override
    public boolean isA(String nodeId, String type) {
        for (String t = node(nodeId).type; t != null; t = PARENT_TYPE.get(t)) {
            if (t.equals(type)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<String> aspects(String nodeId) {
        return Set.copyOf(node(nodeId).aspects);
    }

    @Override
    public Map<String, Object> properties(String nodeId) {
        return new LinkedHashMap<>(node(nodeId).properties);
    }

    @Override
    public String name(String nodeId) {
        return (String) node(nodeId).properties.get("cm:name");
    }

    @Override
    public String primaryParent(String nodeId) {
        return node(nodeId).parent;
    }

    @Override
    public List<String> children(String folderId) {
        return List.copyOf(node(folderId).children);
    }

    @Override
    public List<String> allChildren(String folderId) {
        List<String> all = new ArrayList<>(node(folderId).children);
        all.addAll(node(folderId).secondary);
        return all;
    }

    @Override
    public String create(String parentId, String type, String name, Map<String, ? extends Serializable> properties) {
        Node parent = node(parentId);
        for (String sibling : parent.children) {
            if (name.equals(name(sibling))) {
                throw new IllegalStateException("duplicate child name " + name);
            }
        }
        Node n = new Node("workspace://SpacesStore/n" + ids.incrementAndGet(), type);
        n.parent = parentId;
        n.properties.put("cm:name", name);
        n.properties.put("cm:created", new Date(clock.incrementAndGet()));
        properties.forEach((k, v) -> {
            if (v != null) {
                n.properties.put(k, v);
            }
        });
        if (disclosureGuard != null && DISCLOSURE_RECORD.equals(type)) {
            disclosureGuard.checkCreate(n.id, user); // onCreateNode: a refusal rolls the creation back
        }
        nodes.put(n.id, n);
        parent.children.add(n.id);
        return n.id;
    }

    static final String DISCLOSURE_RECORD = "sx:disclosureRecord";

    @Override
    public void writeText(String nodeId, String text) {
        writeBytes(nodeId, text.getBytes(StandardCharsets.UTF_8));
        node(nodeId).mimetype = "text/plain";
        node(nodeId).encoding = "UTF-8";
    }

    @Override
    public void writeContent(String nodeId, InputStream content, String mimetype, String encoding) {
        try {
            writeBytes(nodeId, content.readAllBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        node(nodeId).mimetype = mimetype;
        node(nodeId).encoding = encoding;
    }

    @Override
    public String mimetype(String nodeId) {
        return node(nodeId).content == null ? null : node(nodeId).mimetype;
    }

    /** The content's encoding as last written (null for binary content). */
    public String encoding(String nodeId) {
        return node(nodeId).encoding;
    }

    @Override
    public InputStream content(String nodeId) {
        byte[] c = node(nodeId).content;
        return c == null ? InputStream.nullInputStream() : new ByteArrayInputStream(c);
    }

    @Override
    public boolean hasContent(String nodeId) {
        byte[] c = node(nodeId).content;
        return c != null && c.length > 0;
    }

    @Override
    public void setProperties(String nodeId, Map<String, ? extends Serializable> properties) {
        Node n = node(nodeId);
        Map<String, Serializable> after = new LinkedHashMap<>(n.properties);
        properties.forEach((k, v) -> {
            if (v == null) {
                after.remove(k);
            } else {
                after.put(k, v);
            }
        });
        change(n, after);
    }

    @Override
    public void addAspect(String nodeId, String aspect, Map<String, ? extends Serializable> properties) {
        Node n = node(nodeId);
        Map<String, Serializable> after = new LinkedHashMap<>(n.properties);
        properties.forEach((k, v) -> {
            if (v != null) {
                after.put(k, v);
            }
        });
        change(n, after);
        n.aspects.add(aspect);
    }

    @Override
    public void removeAspect(String nodeId, String aspect) {
        Node n = node(nodeId);
        if (guard != null) {
            guard.checkRemoveAspect(nodeId, aspect);
        }
        Map<String, Serializable> after = new LinkedHashMap<>(n.properties);
        for (String p : ASPECT_PROPERTIES.getOrDefault(aspect, List.of())) {
            after.remove(p);
        }
        change(n, after);
        n.aspects.remove(aspect);
    }

    static final Map<String, List<String>> ASPECT_PROPERTIES = Map.of(
            "sx:sealed", List.of("sx:sealDigest", "sx:previousSealDigest", "sx:sealSequence", "sx:sealAlgorithm", "sx:sealedAt", "sx:sealedBy"),
            "sx:legalHold", List.of("sx:holdReasons", "sx:holdNote", "sx:heldAt", "sx:heldBy"));

    private void change(Node n, Map<String, Serializable> after) {
        if (guard != null) {
            guard.checkPropertyUpdate(n.id, n.properties, after);
        }
        if (disclosureGuard != null && DISCLOSURE_RECORD.equals(n.type)) {
            disclosureGuard.checkUpdate(n.id, user, n.properties, after);
        }
        n.properties.clear();
        n.properties.putAll(after);
    }

    @Override
    public void delete(String nodeId) {
        Node n = node(nodeId);
        if (guard != null) {
            guard.checkDelete(nodeId);
        }
        for (String child : List.copyOf(n.children)) {
            delete(child);
        }
        if (n.parent != null) {
            node(n.parent).children.remove(nodeId);
        }
        nodes.remove(nodeId);
    }

    /** Moves a node to another folder, asking the guard first. */
    public void move(String nodeId, String newParent) {
        Node n = node(nodeId);
        if (guard != null) {
            guard.checkMove(nodeId, n.parent, newParent);
        }
        node(n.parent).children.remove(nodeId);
        node(newParent).children.add(nodeId);
        n.parent = newParent;
    }

    @Override
    public void allowRead(String nodeId, String authority) {
        node(nodeId);
        readers.computeIfAbsent(authority, a -> new LinkedHashSet<>()).add(nodeId);
    }

    @Override
    public void revokeRead(String nodeId, String authority) {
        readers.getOrDefault(authority, new LinkedHashSet<>()).remove(nodeId);
    }

    public String text(String nodeId) {
        try (InputStream in = content(nodeId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Node node(String id) {
        Node n = id == null ? null : nodes.get(id);
        if (n == null) {
            throw new IllegalArgumentException("nodeId: no node " + id);
        }
        return n;
    }
}
