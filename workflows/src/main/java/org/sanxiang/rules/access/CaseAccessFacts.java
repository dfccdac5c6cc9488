package org.sanxiang.rules.access;

import java.util.Set;

/**
 * What the rule needs to know about the case.
 *
 * @param partyIds the parties (当事人 / 行政相对人) of the case
 * @param archived whether the case is closed and archived (结案归档)
 */
public record CaseAccessFacts(Set<String> partyIds, boolean archived) {

    public CaseAccessFacts {
        partyIds = Set.copyOf(partyIds);
    }
}
