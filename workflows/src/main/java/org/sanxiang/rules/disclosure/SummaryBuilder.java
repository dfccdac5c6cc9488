package org.sanxiang.rules.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.profile.JurisdictionProfile;

/**
 * Builds the published summary of a decision from its document, with the fields the profile
 * requires for the action category (e.g. Chongqing 公示 第十一条, Wuhan 公示 第九条, Ningxia 附件2
 * 第18/20/23项). A required field that is absent is an error naming it.
 *
 * <p>Names and codes: an organisation's name and unified social credit code are published (the
 * code whenever it is known, even where the profile does not require it). An individual's name is
 * masked to surname + 某 unless the profile's document publishes it; an individual's code (the ID
 * number) and the organisation-only fields are never published for an individual.
 */
public final class SummaryBuilder {

    /** What replaces the given name of an individual (张三 → 张某). */
    static final String MASK = "某";

    private final String profile;
    private final DisclosureRules rules;

    public SummaryBuilder(JurisdictionProfile profile) {
        this.profile = profile.id();
        this.rules = DisclosureRules.of(profile);
    }

    /** The fields the profile requires for the document's action category, or an error if it sets none. */
    public List<SummaryField> requiredFields(org.sanxiang.rules.facts.ActionCategory action) {
        return spec(action).fields().stream().map(SummaryField::fromCode).toList();
    }

    public DecisionSummary build(DecisionDocument document) {
        DisclosureRules.SummarySpec spec = spec(document.action());
        Citation citation = Citation.of(profile, spec.citation());
        List<Citation> citations = new ArrayList<>(List.of(citation));
        Set<SummaryField> fields = new LinkedHashSet<>();
        spec.fields().forEach(code -> fields.add(SummaryField.fromCode(code)));
        if (document.isOrganisation() && document.uscc() != null && !document.uscc().isBlank()) {
            fields.add(SummaryField.PARTY_CODE); // an organisation's USCC is public (issue 3, Disclosure)
        }
        List<DecisionSummary.Entry> entries = new ArrayList<>();
        for (SummaryField field : fields) {
            if (!document.isOrganisation()
                    && (field == SummaryField.PARTY_CODE || field == SummaryField.LEGAL_REPRESENTATIVE)) {
                continue; // for an individual these would be the ID number and the person again
            }
            String value = field.valueOf(document);
            if (value == null) {
                throw new MissingSummaryFieldException(field, citation);
            }
            if (field == SummaryField.PARTY_NAME && !document.isOrganisation()) {
                DisclosureRules.IndividualNameRule rule = rules.individualName();
                if (rule == null || !"publish".equals(rule.treatment())) {
                    value = mask(value);
                }
                if (rule != null) {
                    citations.add(Citation.of(profile, rule.citation()));
                }
            }
            entries.add(new DecisionSummary.Entry(field, value));
        }
        return new DecisionSummary(profile, document.action(), entries, citations);
    }

    /** 张三 → 张某; the surname alone is kept, as the bureaus publish it. */
    static String mask(String name) {
        int first = name.codePointAt(0);
        return new String(Character.toChars(first)) + MASK;
    }

    private DisclosureRules.SummarySpec spec(org.sanxiang.rules.facts.ActionCategory action) {
        DisclosureRules.ActionRules actionRules = rules.actions().get(action.code());
        if (actionRules != null && actionRules.summary() != null) {
            return actionRules.summary();
        }
        if (rules.summary() == null) {
            throw new IllegalArgumentException("profile '" + profile + "' sets no summary fields for action '"
                    + action.code() + "'");
        }
        return rules.summary();
    }
}
