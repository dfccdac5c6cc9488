package org.sanxiang.workflow.port;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the processes read about a case folder ({@code sx:caseFolder}).
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
public record CaseFacts(String caseId, String profileId, String caseNumber, String title, Set<String> partyIds,
        boolean archived, Map<String, Object> properties, Set<String> aspects) {

    public CaseFacts {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(profileId, "profileId");
        partyIds = Set.copyOf(partyIds);
        properties = Map.copyOf(properties);
        aspects = Set.copyOf(aspects);
    }

    /** A case without aspects. */
    public CaseFacts(String caseId, String profileId, String caseNumber, String title, Set<String> partyIds,
            boolean archived, Map<String, Object> properties) {
        this(caseId, profileId, caseNumber, title, partyIds, archived, properties, Set.of());
    }

}
