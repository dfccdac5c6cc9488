package org.sanxiang.workflow.port;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.sanxiang.model.QName;
import org.sanxiang.model.SanxiangModel;

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
     * The kinds of third-party information a record contains: {@code sx:thirdPartyKinds} of the
     * {@code sx:confidentialThirdParty} aspect, multi-valued, with the model's codes
     * (whistleblower, complainant, otherThirdParty).
     */
    public static final String PROTECTED_INFORMATION = SanxiangModel.PROP_THIRD_PARTY_KINDS.toPrefixString();

    public CaseRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        properties = Map.copyOf(properties);
        aspects = Set.copyOf(aspects);
    }

    /** The value of property {@code name}; null when it is not set. */
    public Object property(QName name) {
        return properties.get(name.toPrefixString());
    }

    public boolean hasAspect(QName aspect) {
        return aspects.contains(aspect.toPrefixString());
    }

    public boolean hasType(QName type) {
        return this.type.equals(type.toPrefixString());
    }
}
