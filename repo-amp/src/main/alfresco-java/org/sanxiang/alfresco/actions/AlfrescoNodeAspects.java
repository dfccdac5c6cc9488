package org.sanxiang.alfresco.actions;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.sanxiang.repo.actions.NodeAspects;

/** {@link NodeAspects} over NodeService: node ids are NodeRef strings, names {@code prefix:name}. */
public class AlfrescoNodeAspects implements NodeAspects
{
    private NodeService nodeService;
    private NamespaceService namespaceService;

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setNamespaceService(NamespaceService namespaceService)
    {
        this.namespaceService = namespaceService;
    }

    private NodeRef node(String nodeId)
    {
        if (nodeId == null || !NodeRef.isNodeRef(nodeId) || !nodeService.exists(new NodeRef(nodeId)))
        {
            throw new IllegalArgumentException("node " + nodeId + " does not exist");
        }
        return new NodeRef(nodeId);
    }

    @Override
    public Set<String> aspects(String nodeId)
    {
        Set<String> aspects = new LinkedHashSet<>();
        for (QName aspect : nodeService.getAspects(node(nodeId)))
        {
            aspects.add(aspect.toPrefixString(namespaceService));
        }
        return aspects;
    }

    @Override
    public Map<String, Object> properties(String nodeId)
    {
        Map<String, Object> properties = new LinkedHashMap<>();
        nodeService.getProperties(node(nodeId)).forEach((name, value) -> {
            if (value instanceof Date)
            {
                properties.put(name.toPrefixString(namespaceService), ((Date) value).toInstant());
            }
            else
            {
                properties.put(name.toPrefixString(namespaceService), value);
            }
        });
        return properties;
    }

    @Override
    public void addAspect(String nodeId, String aspect, Map<String, Object> properties)
    {
        Map<QName, Serializable> values = new HashMap<>();
        properties.forEach((name, value) -> {
            if (value != null)
            {
                values.put(QName.createQName(name, namespaceService), alfrescoValue(value));
            }
        });
        nodeService.addAspect(node(nodeId), QName.createQName(aspect, namespaceService), values);
    }

    @Override
    public void removeAspect(String nodeId, String aspect)
    {
        nodeService.removeAspect(node(nodeId), QName.createQName(aspect, namespaceService));
    }

    private static Serializable alfrescoValue(Object value)
    {
        if (value instanceof Instant)
        {
            return Date.from((Instant) value);
        }
        if (value instanceof Collection)
        {
            ArrayList<Serializable> list = new ArrayList<>();
            for (Object v : (Collection<?>) value)
            {
                list.add(alfrescoValue(v));
            }
            return list;
        }
        if (value instanceof Serializable)
        {
            return (Serializable) value;
        }
        throw new IllegalArgumentException("value " + value + " cannot be stored in a property");
    }
}
