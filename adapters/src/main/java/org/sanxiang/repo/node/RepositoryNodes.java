package org.sanxiang.repo.node;

import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The few node operations the module needs from a repository, with names as {@code prefix:name}
 * and nodes as string ids. In Alfresco the adapter ({@code org.sanxiang.alfresco.AlfrescoNodes})
 * implements it over NodeService, ContentService, DictionaryService and PermissionService (ids are
 * NodeRef strings); everything built on it is plain Java and tested against an in-memory fake.
 * Unknown ids raise {@link IllegalArgumentException} naming the id.
 */
public interface RepositoryNodes {

    boolean exists(String nodeId);

    /** The node's type, e.g. {@code sx:textRecord}. */
    String type(String nodeId);

    /** Whether the node's type is {@code type} or one of its subtypes. */
    boolean isA(String nodeId, String type);

    Set<String> aspects(String nodeId);

    /** The node's properties by {@code prefix:name}, without the content property. */
    Map<String, Object> properties(String nodeId);

    /** {@code cm:name}. */
    String name(String nodeId);

    /** The primary parent, or null for a root. */
    String primaryParent(String nodeId);

    /** Primary children (cm:contains), in the order they were added. */
    List<String> children(String folderId);

    /** Every child, primary or not (a workflow package holds its items as secondary children). */
    List<String> allChildren(String folderId);

    /** Creates a node (content or folder type) under the parent; returns its id. */
    String create(String parentId, String type, String name, Map<String, ? extends Serializable> properties);

    /** Writes text content (text/plain, UTF-8), replacing any content. */
    void writeText(String nodeId, String text);

    /**
     * Writes content from a stream, replacing any content; the stream is read to its end and not closed here.
     *
     * @param mimetype e.g. {@code application/pdf}, {@code application/ofd}
     * @param encoding the text's character set, or null for binary content
     */
    void writeContent(String nodeId, InputStream content, String mimetype, String encoding);

    /** The content's mimetype, or null when the node has no content. */
    String mimetype(String nodeId);

    /** The content, or an empty stream when the node has none; the caller closes it. */
    InputStream content(String nodeId);

    /** Whether the node has content with at least one byte. */
    boolean hasContent(String nodeId);

    /** Sets properties; a null value removes the property. */
    void setProperties(String nodeId, Map<String, ? extends Serializable> properties);

    void addAspect(String nodeId, String aspect, Map<String, ? extends Serializable> properties);

    void removeAspect(String nodeId, String aspect);

    /** Deletes the node for good, not into the trash (destruction at the end of retention is final). */
    void delete(String nodeId);

    /** Lets the authority (user or group name) read the node. */
    void allowRead(String nodeId, String authority);

    /** Takes back what {@link #allowRead} gave. */
    void revokeRead(String nodeId, String authority);
}
