package org.sanxiang.rules.review;

import java.util.List;

/**
 * One ground a document names — for a major decision, for review beyond "major", or for an
 * exclusion — as it stands in a profile's {@code legalReview} section. Every condition set must
 * hold (a conjunction); a document's "or" is written as two criteria with the same citation.
 * Absent numbers never satisfy a bound; party-specific thresholds need the party's kind.
 *
 * @param actions            action codes it applies to; absent = any action
 * @param procedure          {@code general} or {@code summary}; absent = either
 * @param partyKind          {@code individual} or {@code organisation}; absent = either
 * @param facts              yes/no facts that must all be true (see {@link Fact})
 * @param measures           measure codes of which at least one must be imposed
 * @param licenceTypes       licence type codes of which the case's must be one (ningxia-2019 附件6);
 *                           a case without a licence type leaves the criterion undetermined
 * @param legalRelations     bound on the number of legal relations (二个以上 → {@code {"atLeast": 2}})
 * @param fine               bound on the fine, yuan
 * @param fineShareOfMaximum bound on fine / fineMaximum (e.g. 0.6 for 顶格处罚60%以上)
 * @param fineMultiple       bound on the fine as a multiple of the amount involved
 * @param workersAffected    bound on the workers concerned
 * @param partiesAffected    bound on the parties concerned
 * @param amountInvolved     bound on the money involved, yuan
 * @param manual             the document names the ground but no case fact captures it: an
 *                           officer decides; the classifier lists it and never matches it
 * @param citation           the article, e.g. {@code 法制审核 第六条（一）}
 * @param profile            the profile the citation belongs to, when not the shipped document's
 *                           (a district profile citing its own rule)
 */
public record Criterion(
        List<String> actions,
        String procedure,
        String partyKind,
        List<String> facts,
        List<String> measures,
        List<String> licenceTypes,
        Bound legalRelations,
        Bound fine,
        Bound fineShareOfMaximum,
        Bound fineMultiple,
        Bound workersAffected,
        Bound partiesAffected,
        Bound amountInvolved,
        Boolean manual,
        String citation,
        String profile,
        Label label,
        String note) {

    public Criterion {
        actions = actions == null ? List.of() : List.copyOf(actions);
        facts = facts == null ? List.of() : List.copyOf(facts);
        measures = measures == null ? List.of() : List.copyOf(measures);
        licenceTypes = licenceTypes == null ? List.of() : List.copyOf(licenceTypes);
        manual = manual != null && manual;
    }

    public boolean isManual() {
        return manual;
    }

    boolean hasConditions() {
        return !actions.isEmpty() || procedure != null || partyKind != null || !facts.isEmpty()
                || !measures.isEmpty() || !licenceTypes.isEmpty() || legalRelations != null || fine != null || fineShareOfMaximum != null || fineMultiple != null
                || workersAffected != null || partiesAffected != null || amountInvolved != null;
    }
}
