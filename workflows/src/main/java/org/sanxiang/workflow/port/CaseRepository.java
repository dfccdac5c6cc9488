package org.sanxiang.workflow.port;

import java.util.List;
import java.util.Map;

/** Case folders and their records. Unknown ids raise {@link IllegalArgumentException} naming the id. */
public interface CaseRepository {

    CaseFacts facts(String caseId);

    /** The records in the case folder, in creation order. */
    List<CaseRecord> records(String caseId);

    /** Creates a record without content (metadata only); returns it with its new id. */
    CaseRecord createRecord(String caseId, String type, String name, Map<String, Object> properties);

    /** Sets properties on a case or record (null values remove the property). */
    void setProperties(String nodeId, Map<String, Object> properties);

    /** Applies an aspect with its properties to a case or record. */
    void addAspect(String nodeId, String aspect, Map<String, Object> properties);
}
