package org.sanxiang.rules.access;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.sanxiang.rules.Citation;
import org.sanxiang.rules.profile.JurisdictionProfile;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.record.RecordRules;

/**
 * Who may read or copy a case's full-process records, who approves, and what is withheld, as each
 * profile's {@code record.access} routes say (the data lives in the profile, so a district profile
 * that extends a shipped one inherits its routes):
 *
 * <ul>
 * <li>chongqing-2024 全过程记录 第十五条: internal material (第一款, refusing requesters it names no route for);
 * organs for their cases by law (第三款); an interested party for its own records, without state secrets
 * or whistleblower, complainant or third-party information (第四款).</li>
 * <li>wuhan-2020 全过程记录 第二十九条: the head's approval (第一款); judicial, supervisory and audit organs by
 * official letter (第二款); lawyers with a court's investigation order (第三款); the party (第四款).</li>
 * <li>ningxia-2019 附件3 第二十六条: the party, with the head's consent. It refuses nobody else, so other
 * requesters (courts, supervisory organs …) are not refused: the head decides under the applicable law.</li>
 * <li>tianjin-2019 实施方案 三（二）4（2）: real-time access for supervision (可实时调阅).</li>
 * <li>fushun-2026 细则 第二十五条、第二十六条: the public under the open-government rules, other enforcement
 * organs, internal units with a borrowing slip.</li>
 * </ul>
 *
 * <p>Whatever the profile, a party never receives whistleblower, complainant or third-party
 * information: each profile's article on the party's request carries that exclusion.
 */
public final class AccessRule {

    public static final String GROUP_ENFORCEMENT = "GROUP_SX_ENFORCEMENT";
    public static final String GROUP_LEADERS = "GROUP_SX_LEADERS";
    public static final String GROUP_ARCHIVISTS = "GROUP_SX_ARCHIVISTS";

    /** The approvers a route may name, and their groups. */
    private static final Map<String, String> APPROVERS = Map.of("enforcement", GROUP_ENFORCEMENT,
            "leaders", GROUP_LEADERS, "archivists", GROUP_ARCHIVISTS);

    /** What a route may require of a request. */
    private static final Set<String> REQUIREMENTS = Set.of("legal-basis", "court-order", "own-case", "organisation");

    /** Everything a party (or the public) never receives. */
    private static final Set<ProtectedInformation> PARTY_WITHHELD = EnumSet.allOf(ProtectedInformation.class);
    private static final String PARTY_PROTECTED = "party-protected";

    private final ProfileRegistry registry;

    /** The rule over the shipped profiles only; use {@link #AccessRule(ProfileRegistry)} for district profiles. */
    public AccessRule() {
        this(ProfileRegistry.shipped());
    }

    public AccessRule(ProfileRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public AccessDecision decide(AccessRequest request, CaseAccessFacts facts) {
        if (!registry.contains(request.profileId())) {
            throw new IllegalArgumentException("profileId: unknown jurisdiction profile '" + request.profileId() + "'");
        }
        JurisdictionProfile profile = registry.get(request.profileId());
        String cited = profile.rootId();
        List<RecordRules.AccessSpec> routes = RecordRules.of(profile).access();
        for (RecordRules.AccessSpec route : routes) {
            if (route.requesters().contains(request.kind().code())) {
                return admitOnRoute(route, cited, request, facts);
            }
        }
        for (RecordRules.AccessSpec route : routes) {
            if (Boolean.TRUE.equals(route.refusesOthers())) {
                return refuse("full-process records are internal material; " + route.citation()
                        + " names no route for a " + label(request.kind()), Citation.of(cited, route.citation()));
            }
        }
        // the document neither names this requester nor refuses it: not refused, the head decides
        Citation citation = routes.isEmpty() ? Citation.of(cited, "（未规定调阅 / no access article）")
                : Citation.of(cited, routes.get(0).citation());
        return new AccessDecision(true, GROUP_LEADERS, request.kind().isStateOrgan() ? Set.of() : PARTY_WITHHELD,
                List.of(cited + " does not regulate access by a " + label(request.kind()) + "; it is not refused: the head"
                        + " decides under the applicable law"), List.of(citation), false, false);
    }

    private AccessDecision admitOnRoute(RecordRules.AccessSpec route, String cited, AccessRequest r, CaseAccessFacts facts) {
        List<Citation> citations = new ArrayList<>();
        citations.add(Citation.of(cited, route.citation()));
        route.alsoCite().forEach(c -> citations.add(Citation.of(cited, c)));
        Citation[] cites = citations.toArray(Citation[]::new);
        for (String requirement : route.requires()) {
            String missing = switch (requirement) {
                case "legal-basis" -> r.hasLegalBasis() ? null
                        : "the request states no legal basis (依法调阅 / 函告), which " + route.citation() + " requires";
                case "court-order" -> r.hasCourtOrder() ? null
                        : "a lawyer may ask only with a court's investigation order (律师调查令), and none is given";
                case "own-case" -> r.requesterPartyId() != null && facts.partyIds().contains(r.requesterPartyId()) ? null
                        : "a party may ask only for records of its own case, and " + (r.requesterPartyId() == null
                                ? "no party id is given" : r.requesterPartyId() + " is not a party of this case");
                case "organisation" -> r.organisation() != null && !r.organisation().isBlank() ? null
                        : "the borrowing slip (档案借阅单) names the borrowing unit, and none is given";
                default -> throw new IllegalStateException("requires: " + requirement);
            };
            if (missing != null) {
                return refuse(missing, cites);
            }
        }
        String approver = facts.archived() && route.approverWhenArchived() != null
                ? route.approverWhenArchived() : route.approver();
        Set<ProtectedInformation> withheld = EnumSet.noneOf(ProtectedInformation.class);
        for (String code : route.withheld()) {
            if (code.equals(PARTY_PROTECTED)) {
                withheld.addAll(PARTY_WITHHELD);
            } else {
                withheld.add(ProtectedInformation.valueOf(code.toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
            }
        }
        List<String> reasons = new ArrayList<>();
        reasons.add(route.en());
        if (facts.archived() && route.requesters().contains(RequesterKind.PARTY.code())) {
            reasons.add("the case is archived: the archive rules on reading and copying apply");
        }
        return new AccessDecision(true, APPROVERS.get(approver), withheld, reasons, citations, true,
                Boolean.TRUE.equals(route.realTime()));
    }

    private static AccessDecision refuse(String reason, Citation... citations) {
        return new AccessDecision(false, null, Set.of(), List.of(reason), List.of(citations));
    }

    private static String label(RequesterKind kind) {
        return kind.name().toLowerCase().replace('_', ' ');
    }

    /** Problems of one route of a profile, each naming the field under {@code path}; empty when valid. */
    public static List<String> problems(String path, RecordRules.AccessSpec spec) {
        List<String> problems = new ArrayList<>();
        for (String requester : spec.requesters()) {
            try {
                RequesterKind.fromCode(requester);
            } catch (IllegalArgumentException e) {
                problems.add(path + ".requesters: " + e.getMessage());
            }
        }
        for (String requirement : spec.requires()) {
            if (!REQUIREMENTS.contains(requirement)) {
                problems.add(path + ".requires: '" + requirement + "' is not one of " + String.join("|", REQUIREMENTS));
            }
        }
        if (!spec.requesters().isEmpty() && !APPROVERS.containsKey(spec.approver())) {
            problems.add(path + ".approver: '" + spec.approver() + "' is not one of " + String.join("|", APPROVERS.keySet()));
        }
        if (spec.approverWhenArchived() != null && !APPROVERS.containsKey(spec.approverWhenArchived())) {
            problems.add(path + ".approverWhenArchived: '" + spec.approverWhenArchived() + "' is not one of "
                    + String.join("|", APPROVERS.keySet()));
        }
        for (String code : spec.withheld()) {
            if (code.equals(PARTY_PROTECTED)) {
                continue;
            }
            try {
                ProtectedInformation.valueOf(code.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problems.add(path + ".withheld: '" + code + "' is not party-protected or one of "
                        + java.util.Arrays.toString(ProtectedInformation.values()).toLowerCase().replace('_', '-'));
            }
        }
        if (Boolean.TRUE.equals(spec.refusesOthers()) && !spec.requesters().isEmpty()) {
            problems.add(path + ".refusesOthers: an entry refusing the others names no requesters");
        }
        return problems;
    }

    /**
     * Splits the case's records into those released and those withheld from this requester.
     *
     * @param recordProtections each record id with the kinds of protected information it contains
     */
    public ReleasePlan release(AccessDecision decision, Map<String, Set<ProtectedInformation>> recordProtections) {
        if (!decision.admissible()) {
            throw new IllegalArgumentException("decision: nothing is released on a refused request");
        }
        List<String> released = new ArrayList<>();
        Map<String, Set<ProtectedInformation>> withheld = new LinkedHashMap<>();
        recordProtections.forEach((recordId, kinds) -> {
            EnumSet<ProtectedInformation> hit = kinds.isEmpty() ? EnumSet.noneOf(ProtectedInformation.class) : EnumSet.copyOf(kinds);
            hit.retainAll(decision.withheld());
            if (hit.isEmpty()) {
                released.add(recordId);
            } else {
                withheld.put(recordId, Set.copyOf(hit));
            }
        });
        return new ReleasePlan(released, withheld);
    }

    /** The records released, and those withheld with the kinds of information that keep them back. */
    public record ReleasePlan(List<String> released, Map<String, Set<ProtectedInformation>> withheld) {
        public ReleasePlan {
            released = List.copyOf(released);
            withheld = Map.copyOf(withheld);
        }
    }
}
