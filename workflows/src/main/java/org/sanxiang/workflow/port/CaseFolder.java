package org.sanxiang.workflow.port;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.sanxiang.model.QName;
import org.sanxiang.model.SanxiangModel;

/**
 * A case folder ({@code sx:caseFolder}) as the processes read it.
 *
 * @param caseId     the case's id (a node id in the repository)
 * @param profileId  the jurisdiction profile the case is handled under
 * @param caseNumber the case number (案号)
 * @param title      a short title for task descriptions
 * @param partyIds   the parties (当事人) of the case
 * @param archived   whether the case is closed and archived
 * @param properties any further properties by {@code prefix:name}
 * @param aspects    applied aspects by {@code prefix:name} (e.g. a legal hold)
 */
public record CaseFolder(String caseId, String profileId, String caseNumber, String title, Set<String> partyIds,
        boolean archived, Map<String, Object> properties, Set<String> aspects) {

    private static final String ARCHIVED = "archived";

    public CaseFolder {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(profileId, "profileId");
        partyIds = Set.copyOf(partyIds);
        properties = Map.copyOf(properties);
        aspects = Set.copyOf(aspects);
    }

    /** A case without aspects. */
    public CaseFolder(String caseId, String profileId, String caseNumber, String title, Set<String> partyIds,
            boolean archived, Map<String, Object> properties) {
        this(caseId, profileId, caseNumber, title, partyIds, archived, properties, Set.of());
    }

    /**
     * How a folder's properties become a case folder, whichever way the folder was read (Alfresco's
     * NodeService, CMIS, memory).
     *
     * @param properties the folder's properties by {@code prefix:name}
     * @param folderName the folder's name, the title when {@code sx:caseName} is not set
     */
    public static CaseFolder of(String caseId, String folderName, Map<String, Object> properties, Set<String> aspects) {
        String profileKey = SanxiangModel.PROP_JURISDICTION_PROFILE.toPrefixString();
        Object profile = properties.get(profileKey);
        if (!(profile instanceof String p) || p.isBlank()) {
            throw new IllegalArgumentException("caseId: case " + caseId + " has no " + profileKey);
        }
        Object caseName = properties.get(SanxiangModel.PROP_CASE_NAME.toPrefixString());
        Set<String> parties = new LinkedHashSet<>();
        Object partyName = properties.get(SanxiangModel.PROP_PARTY_NAME.toPrefixString());
        if (partyName != null) {
            parties.add(partyName.toString());
        }
        Object caseNumber = properties.get(SanxiangModel.PROP_CASE_NUMBER.toPrefixString());
        Map<String, Object> present = new HashMap<>();
        properties.forEach((k, v) -> {
            if (v != null) {
                present.put(k, v);
            }
        });
        return new CaseFolder(caseId, p, caseNumber == null ? null : caseNumber.toString(),
                caseName != null ? caseName.toString() : folderName, parties,
                ARCHIVED.equals(properties.get(SanxiangModel.PROP_CASE_STATE.toPrefixString())), present, aspects);
    }

    /** The value of property {@code name}; null when it is not set. */
    public Object property(QName name) {
        return properties.get(name.toPrefixString());
    }

    public boolean hasAspect(QName aspect) {
        return aspects.contains(aspect.toPrefixString());
    }
}
