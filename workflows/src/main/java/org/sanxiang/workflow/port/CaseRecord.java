package org.sanxiang.workflow.port;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A record (document) in a case folder.
 *
 * @param id         node id
 * @param caseId     the case it belongs to
 * @param type       content type as {@code prefix:name}, e.g. {@code sx:textRecord}
 * @param name       file name
 * @param properties properties by {@code prefix:name}
 * @param aspects    applied aspects by {@code prefix:name}
 */
public record CaseRecord(String id, String caseId, String type, String name, Map<String, Object> properties,
        Set<String> aspects) {

    /**
     * Multi-valued text property listing the kinds of protected information a record contains
     * (names of {@link org.sanxiang.rules.access.ProtectedInformation}).
     */
    public static final String PROTECTED_INFORMATION = "sx:protectedInformation";

    public CaseRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        properties = Map.copyOf(properties);
        aspects = Set.copyOf(aspects);
    }
}
