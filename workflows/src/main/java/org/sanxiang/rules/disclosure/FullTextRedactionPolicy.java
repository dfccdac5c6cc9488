package org.sanxiang.rules.disclosure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.facts.PartyKind;
import org.sanxiang.rules.profile.JurisdictionProfile;

/**
 * What the full-text form of a disclosed decision must hide, by redaction kind, for the redaction
 * engine ({@code org.sanxiang.rules.redaction}) to apply. Wuhan 公示 第九条 lists: bank accounts,
 * property certificate numbers, property status, and individuals' names, home addresses, ID numbers
 * and contact details. An organisation's name and unified social credit code are never hidden.
 * A profile without such a list gives a policy that is not {@link #defined()}.
 */
public final class FullTextRedactionPolicy {

    /** The redaction kinds the engine knows (its public vocabulary). */
    public static final Set<String> KINDS = Set.of("id-number", "phone", "bank-card", "email",
            "property-certificate", "licence-plate", "person-name", "address", "bank-account", "property-status");

    /** One kind to hide, for everyone's information or only for individuals', with the document's words. */
    public record Hidden(String kind, boolean individualsOnly, String zhCN, Citation citation) {
    }

    private final String profile;
    private final List<Hidden> hidden;

    private FullTextRedactionPolicy(String profile, List<Hidden> hidden) {
        this.profile = profile;
        this.hidden = List.copyOf(hidden);
    }

    public static FullTextRedactionPolicy of(JurisdictionProfile profile) {
        DisclosureRules.FullTextRules rules = DisclosureRules.of(profile).fullText();
        if (rules == null) {
            return new FullTextRedactionPolicy(profile.id(), List.of());
        }
        Citation citation = Citation.of(profile.id(), rules.citation());
        return new FullTextRedactionPolicy(profile.id(), rules.hide().stream()
                .map(h -> new Hidden(h.kind(), "individual".equals(h.scope()), h.zhCN(), citation)).toList());
    }

    public String profile() {
        return profile;
    }

    /** True when the profile's document lists what a full text must hide. */
    public boolean defined() {
        return !hidden.isEmpty();
    }

    public List<Hidden> hidden() {
        return hidden;
    }

    /** Every kind the policy hides in some case. */
    public Set<String> kinds() {
        Set<String> kinds = new LinkedHashSet<>();
        hidden.forEach(h -> kinds.add(h.kind()));
        return kinds;
    }

    /**
     * The kinds to hide for information about a party of this kind: personal kinds (name, address,
     * ID number, contact details) apply to individuals only, never to an organisation's own name.
     */
    public Set<String> kindsFor(PartyKind partyKind) {
        Set<String> kinds = new LinkedHashSet<>();
        hidden.stream().filter(h -> !h.individualsOnly() || partyKind == PartyKind.INDIVIDUAL)
                .forEach(h -> kinds.add(h.kind()));
        return kinds;
    }

    public boolean hides(String kind) {
        return kinds().contains(kind);
    }

    /** An organisation's name and unified social credit code are published, not redacted. */
    public boolean publishesOrganisationNameAndCode() {
        return true;
    }
}
