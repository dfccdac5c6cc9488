package org.sanxiang.alfresco;

import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.sanxiang.repo.node.RepositoryNodes;

/**
 * {@link RepositoryNodes} over Alfresco's public services: ids are NodeRef strings, names are
 * {@code prefix:name} resolved by the NamespaceService. A translator only; what the module does with
 * nodes lives in {@code org.sanxiang.repo.*}.
 */
public final class AlfrescoNodes implements RepositoryNodes {

    private final NodeService nodeService;
    private final ContentService contentService;
    private final DictionaryService dictionaryService;
    private final NamespaceService namespaceService;
    private final PermissionService permissionService;

    public AlfrescoNodes(NodeService nodeService, ContentService contentService, DictionaryService dictionaryService,
            NamespaceService namespaceService, PermissionService permissionService) {
        this.nodeService = Objects.requireNonNull(nodeService, "nodeService");
        this.contentService = Objects.requireNonNull(contentService, "contentService");
        this.dictionaryService = Objects.requireNonNull(dictionaryService, "dictionaryService");
        this.namespaceService = Objects.requireNonNull(namespaceService, "namespaceService");
        this.permissionService = Objects.requireNonNull(permissionService, "permissionService");
    }

    @Override
    public boolean exists(String nodeId) {
        return nodeId != null && NodeRef.isNodeRef(nodeId) && nodeService.exists(new NodeRef(nodeId));
    }

    @Override
    public String type(String nodeId) {
        return nodeService.getType(ref(nodeId)).toPrefixString(namespaceService);
    }

    @Override
    public boolean isA(String nodeId, String type) {
        return dictionaryService.isSubClass(nodeService.getType(ref(nodeId)), qname(type));
    }

    @Override
    public Set<String> aspects(String nodeId) {
        Set<String> out = new LinkedHashSet<>();
        for (QName aspect : nodeService.getAspects(ref(nodeId))) {
            out.add(aspect.toPrefixString(namespaceService));
        }
        return out;
    }

    @Override
    public Map<String, Object> properties(String nodeId) {
        Map<String, Object> out = new HashMap<>();
        for (Map.Entry<QName, Serializable> e : nodeService.getProperties(ref(nodeId)).entrySet()) {
            if (!ContentModel.PROP_CONTENT.equals(e.getKey()) && e.getValue() != null) {
                out.put(e.getKey().toPrefixString(namespaceService), fromAlfresco(e.getValue()));
            }
        }
        return out;
    }

    @Override
    public String name(String nodeId) {
        return (String) nodeService.getProperty(ref(nodeId), ContentModel.PROP_NAME);
    }

    @Override
    public String primaryParent(String nodeId) {
        ChildAssociationRef parent = nodeService.getPrimaryParent(ref(nodeId));
        return parent == null || parent.getParentRef() == null ? null : parent.getParentRef().toString();
    }

    @Override
    public List<String> children(String folderId) {
        List<String> out = new ArrayList<>();
        for (ChildAssociationRef child : nodeService.getChildAssocs(ref(folderId))) {
            if (child.isPrimary()) {
                out.add(child.getChildRef().toString());
            }
        }
        return out;
    }

    @Override
    public List<String> allChildren(String folderId) {
        List<String> out = new ArrayList<>();
        for (ChildAssociationRef child : nodeService.getChildAssocs(ref(folderId))) {
            out.add(child.getChildRef().toString());
        }
        return out;
    }

    @Override
    public String create(String parentId, String type, String name, Map<String, ? extends Serializable> properties) {
        Map<QName, Serializable> props = toAlfresco(properties);
        props.put(ContentModel.PROP_NAME, name);
        return nodeService.createNode(ref(parentId), ContentModel.ASSOC_CONTAINS,
                QName.createQNameWithValidLocalName(NamespaceService.CONTENT_MODEL_1_0_URI, name), qname(type), props)
                .getChildRef().toString();
    }

    @Override
    public void writeText(String nodeId, String text) {
        ContentWriter writer = contentService.getWriter(ref(nodeId), ContentModel.PROP_CONTENT, true);
        writer.setMimetype("text/plain");
        writer.setEncoding(StandardCharsets.UTF_8.name());
        writer.putContent(text);
    }

    @Override
    public void writeContent(String nodeId, InputStream content, String mimetype, String encoding) {
        ContentWriter writer = contentService.getWriter(ref(nodeId), ContentModel.PROP_CONTENT, true);
        writer.setMimetype(mimetype);
        writer.setEncoding(encoding);
        writer.putContent(content);
    }

    @Override
    public String mimetype(String nodeId) {
        ContentReader reader = contentService.getReader(ref(nodeId), ContentModel.PROP_CONTENT);
        return reader == null || !reader.exists() ? null : reader.getMimetype();
    }

    @Override
    public InputStream content(String nodeId) {
        ContentReader reader = contentService.getReader(ref(nodeId), ContentModel.PROP_CONTENT);
        return reader == null || !reader.exists() ? InputStream.nullInputStream() : reader.getContentInputStream();
    }

    @Override
    public boolean hasContent(String nodeId) {
        ContentReader reader = contentService.getReader(ref(nodeId), ContentModel.PROP_CONTENT);
        return reader != null && reader.exists() && reader.getSize() > 0;
    }

    @Override
    public void setProperties(String nodeId, Map<String, ? extends Serializable> properties) {
        NodeRef node = ref(nodeId);
        Map<QName, Serializable> set = new HashMap<>();
        for (Map.Entry<String, ? extends Serializable> e : properties.entrySet()) {
            if (e.getValue() == null) {
                nodeService.removeProperty(node, qname(e.getKey()));
            } else {
                set.put(qname(e.getKey()), e.getValue());
            }
        }
        if (!set.isEmpty()) {
            nodeService.addProperties(node, set);
        }
    }

    @Override
    public void addAspect(String nodeId, String aspect, Map<String, ? extends Serializable> properties) {
        nodeService.addAspect(ref(nodeId), qname(aspect), toAlfresco(properties));
    }

    @Override
    public void removeAspect(String nodeId, String aspect) {
        nodeService.removeAspect(ref(nodeId), qname(aspect));
    }

    @Override
    public void delete(String nodeId) {
        NodeRef node = ref(nodeId);
        // sys:temporary: deleted nodes with it skip the archive store, so a destroyed record cannot be restored
        nodeService.addAspect(node, ContentModel.ASPECT_TEMPORARY, null);
        nodeService.deleteNode(node);
    }

    /** Permissions are the system's to change here: the approver of a request need not own the records. */
    @Override
    public void allowRead(String nodeId, String authority) {
        NodeRef node = ref(nodeId);
        AuthenticationUtil.runAsSystem(() -> {
            permissionService.setPermission(node, authority, PermissionService.READ, true);
            return null;
        });
    }

    @Override
    public void revokeRead(String nodeId, String authority) {
        NodeRef node = ref(nodeId);
        AuthenticationUtil.runAsSystem(() -> {
            permissionService.deletePermission(node, authority, PermissionService.READ);
            return null;
        });
    }

    private NodeRef ref(String nodeId) {
        if (nodeId == null || !NodeRef.isNodeRef(nodeId)) {
            throw new IllegalArgumentException("nodeId: '" + nodeId + "' is not a node reference");
        }
        NodeRef ref = new NodeRef(nodeId);
        if (!nodeService.exists(ref)) {
            throw new IllegalArgumentException("nodeId: no node " + nodeId);
        }
        return ref;
    }

    private QName qname(String prefixed) {
        return QName.createQName(prefixed, namespaceService);
    }

    private Map<QName, Serializable> toAlfresco(Map<String, ? extends Serializable> properties) {
        Map<QName, Serializable> out = new HashMap<>();
        properties.forEach((k, v) -> {
            if (v != null) {
                out.put(qname(k), v);
            }
        });
        return out;
    }

    /** Node references become their strings, as ids are everywhere else in the module. */
    private static Object fromAlfresco(Serializable value) {
        if (value instanceof NodeRef ref) {
            return ref.toString();
        }
        if (value instanceof Collection<?> c) {
            List<Object> list = new ArrayList<>(c.size());
            for (Object o : c) {
                list.add(o instanceof NodeRef ref ? ref.toString() : o);
            }
            return list;
        }
        return value;
    }
}
