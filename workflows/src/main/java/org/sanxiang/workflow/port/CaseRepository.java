package org.sanxiang.workflow.port;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.sanxiang.model.QName;

/** Case folders and their records. Unknown ids raise {@link IllegalArgumentException} naming the id. */
public interface CaseRepository {

    CaseFolder facts(String caseId);

    /** The records in the case folder, in creation order. */
    List<CaseRecord> records(String caseId);

    /** Creates a record without content (metadata only); returns it with its new id. */
    CaseRecord createRecord(String caseId, String type, String name, Map<String, Object> properties);

    /** Sets properties on a case or record (null values remove the property). */
    void setProperties(String nodeId, Map<String, Object> properties);

    /** Applies an aspect with its properties to a case or record. */
    void addAspect(String nodeId, String aspect, Map<String, Object> properties);

    /** Removes an aspect (e.g. a legal hold when it is released). */
    void removeAspect(String nodeId, String aspect);

    default void addAspect(String nodeId, QName aspect, Map<String, Object> properties) {
        addAspect(nodeId, aspect.toPrefixString(), properties);
    }

    default void removeAspect(String nodeId, QName aspect) {
        removeAspect(nodeId, aspect.toPrefixString());
    }

    /** The record's content, for sealing (digests); the caller closes the stream. */
    InputStream content(String recordId);

    /**
     * Destroys a record at the end of its retention and, in the same step, writes its trace (its
     * metadata, digest, who approved, when) into the case: a record never disappears silently.
     * Returns the trace's node id.
     */
    String destroyRecord(String recordId, DocumentDraft trace);
}
