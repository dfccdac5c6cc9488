package org.sanxiang.repo.node;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.workflow.port.CaseFacts;

/**
 * How an {@code sx:caseFolder}'s properties become the workflows' {@link CaseFacts}, whichever way
 * the folder was read (Alfresco's NodeService here, CMIS in {@code org.sanxiang.repo.cmis}).
 */
public final class CaseFolderFacts {

    private static final String ARCHIVED = "archived";

    private CaseFolderFacts() {
    }

    /**
     * @param properties the folder's properties by {@code prefix:name}
     * @param folderName the folder's name, the title when {@code sx:caseName} is not set
     */
    public static CaseFacts of(String caseId, String folderName, Map<String, Object> properties, Set<String> aspects) {
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
        return new CaseFacts(caseId, p, caseNumber == null ? null : caseNumber.toString(),
                caseName != null ? caseName.toString() : folderName, parties,
                ARCHIVED.equals(properties.get(SanxiangModel.PROP_CASE_STATE.toPrefixString())),
                withoutNulls(properties), aspects);
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> properties) {
        Map<String, Object> out = new java.util.HashMap<>();
        properties.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }
}
