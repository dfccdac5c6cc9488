package org.sanxiang.repo.actions;

import java.util.Map;
import java.util.Set;

/**
 * The little the repository actions need of a node (a record or a case folder), names as
 * {@code prefix:name}. In Alfresco: org.sanxiang.alfresco.actions.AlfrescoNodeAspects over NodeService.
 * Unknown node ids raise {@link IllegalArgumentException} naming the id.
 */
public interface NodeAspects {

    Set<String> aspects(String nodeId);

    /** The node's properties by {@code prefix:name} (values as stored: text, lists, instants). */
    Map<String, Object> properties(String nodeId);

    /** Applies the aspect with its properties ({@link java.time.Instant} values are date-times). */
    void addAspect(String nodeId, String aspect, Map<String, Object> properties);

    void removeAspect(String nodeId, String aspect);
}
