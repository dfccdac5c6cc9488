package org.sanxiang.rules.access;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.rules.Citation;

/**
 * Who may read or copy a case's full-process records, who approves, and what is withheld.
 * Full-process records are internal material: only the requesters a profile names get a route.
 *
 * <ul>
 * <li>chongqing-2024 全过程记录 第十五条: internal material, not public (第一款); supervisory, judicial,
 * procuratorial, reconsideration and other enforcement organs, for their cases and by law (第三款);
 * an interested party, for records concerning it, without state secrets or whistleblower,
 * complainant or other third-party information, archived records through the archive rules (第四款).
 * The enforcement unit provides.</li>
 * <li>wuhan-2020 全过程记录 第二十九条: not released without the head of the organ's approval (第一款);
 * judicial, supervisory and audit organs by official letter (函告, 第二款); lawyers holding a court's
 * investigation order (第三款); the party, without state secrets or whistleblower, complainant or
 * other third-party information (第四款).</li>
 * <li>ningxia-2019 全过程记录办法 第二十六条: the party, with the head's consent, except what must be
 * kept confidential.</li>
 * <li>fushun-2026 全过程记录细则 第二十五条: citizens, legal persons and organisations under the
 * Regulations on Open Government Information, state and commercial secrets and personal privacy
 * withheld with written reasons (第一款); other enforcement organs under information-sharing rules
 * (第二款). 第二十六条: internal units borrow with a borrowing slip (档案借阅单).</li>
 * <li>tianjin-2019 sets no rule on access requests: every request is refused by this rule.</li>
 * </ul>
 *
 * <p>Whatever the profile, a party never receives whistleblower, complainant or third-party
 * information: each profile's article on the party's request carries that exclusion (Chongqing,
 * Wuhan expressly; Ningxia as what must be kept confidential; Fushun as personal privacy).
 */
public final class AccessRule {

    public static final String GROUP_ENFORCEMENT = "GROUP_SX_ENFORCEMENT";
    public static final String GROUP_LEADERS = "GROUP_SX_LEADERS";
    public static final String GROUP_ARCHIVISTS = "GROUP_SX_ARCHIVISTS";

    /** Everything a party (or the public) never receives. */
    private static final Set<ProtectedInformation> PARTY_WITHHELD = EnumSet.allOf(ProtectedInformation.class);

    public AccessDecision decide(AccessRequest request, CaseAccessFacts facts) {
        return switch (request.profileId()) {
            case "chongqing-2024" -> chongqing(request, facts);
            case "wuhan-2020" -> wuhan(request, facts);
            case "ningxia-2019" -> ningxia(request, facts);
            case "fushun-2026" -> fushun(request, facts);
            case "tianjin-2019" -> refuse("tianjin-2019 sets no rule on access to full-process records; the"
                    + " request must be decided outside this procedure", Citation.of("tianjin-2019", "实施方案 全过程记录"));
            default -> throw new IllegalArgumentException("profileId: unknown jurisdiction profile '" + request.profileId() + "'");
        };
    }

    private AccessDecision chongqing(AccessRequest r, CaseAccessFacts facts) {
        String p = "chongqing-2024";
        Citation internal = Citation.of(p, "全过程记录 第十五条第一款");
        return switch (r.kind()) {
            case SUPERVISORY_ORGAN, COURT, PROCURATORATE, RECONSIDERATION_ORGAN, OTHER_ENFORCEMENT_ORGAN -> {
                Citation c = Citation.of(p, "全过程记录 第十五条第三款");
                if (!r.hasLegalBasis()) {
                    yield refuse("an organ asks for its case by law (依法调阅): the legal basis is missing", c);
                }
                yield admit(GROUP_ENFORCEMENT, Set.of(), List.of("an organ named by 第十五条第三款, for its case, shall be"
                        + " assisted; the enforcement unit provides"), c);
            }
            case PARTY -> party(r, facts, facts.archived() ? GROUP_ARCHIVISTS : GROUP_ENFORCEMENT,
                    Citation.of(p, "全过程记录 第十五条第四款"));
            default -> refuse("full-process records are internal material; 第十五条 names no route for a "
                    + label(r.kind()), internal);
        };
    }

    private AccessDecision wuhan(AccessRequest r, CaseAccessFacts facts) {
        String p = "wuhan-2020";
        Citation head = Citation.of(p, "全过程记录 第二十九条第一款");
        return switch (r.kind()) {
            case COURT, PROCURATORATE, SUPERVISORY_ORGAN, AUDIT_ORGAN -> {
                Citation c = Citation.of(p, "全过程记录 第二十九条第二款");
                if (!r.hasLegalBasis()) {
                    yield refuse("a judicial, supervisory or audit organ asks by official letter (函告): the letter is missing", c);
                }
                yield admit(GROUP_LEADERS, Set.of(), List.of("a judicial, supervisory or audit organ by official letter"
                        + " shall be assisted; released only with the head's approval"), c, head);
            }
            case LAWYER -> {
                Citation c = Citation.of(p, "全过程记录 第二十九条第三款");
                if (!r.hasCourtOrder()) {
                    yield refuse("a lawyer may ask only with a court's investigation order (律师调查令), and none is given", c);
                }
                yield admit(GROUP_LEADERS, Set.of(), List.of("a lawyer holding court investigation order "
                        + r.courtOrderNumber() + "; released only with the head's approval"), c, head);
            }
            case PARTY -> party(r, facts, GROUP_LEADERS, Citation.of(p, "全过程记录 第二十九条第四款"), head);
            default -> refuse("full-process records are internal material; 第二十九条 names no route for a "
                    + label(r.kind()), head);
        };
    }

    private AccessDecision ningxia(AccessRequest r, CaseAccessFacts facts) {
        Citation c = Citation.of("ningxia-2019", "全过程记录办法 第二十六条");
        if (r.kind() == RequesterKind.PARTY) {
            return party(r, facts, GROUP_LEADERS, c);
        }
        return refuse("第二十六条 names only the party (行政相对人); no route for a " + label(r.kind()), c);
    }

    private AccessDecision fushun(AccessRequest r, CaseAccessFacts facts) {
        String p = "fushun-2026";
        return switch (r.kind()) {
            case PARTY -> party(r, facts, GROUP_LEADERS, Citation.of(p, "全过程记录细则 第二十五条第一款"));
            case PUBLIC -> admit(GROUP_LEADERS, PARTY_WITHHELD, List.of("a citizen, legal person or organisation asks under the"
                    + " Regulations on Open Government Information; what is withheld needs written reasons"),
                    Citation.of(p, "全过程记录细则 第二十五条第一款"));
            case OTHER_ENFORCEMENT_ORGAN -> admit(GROUP_LEADERS, Set.of(), List.of("another enforcement organ, under the"
                    + " rules on sharing enforcement information"), Citation.of(p, "全过程记录细则 第二十五条第二款"));
            case INTERNAL_UNIT -> {
                Citation c = Citation.of(p, "全过程记录细则 第二十六条");
                if (r.organisation() == null || r.organisation().isBlank()) {
                    yield refuse("the borrowing slip (档案借阅单) names the borrowing unit, and none is given", c);
                }
                yield admit(GROUP_ARCHIVISTS, Set.of(), List.of("a unit of the bureau borrows for its work with a"
                        + " borrowing slip; to be returned on time, no unauthorised copies"), c);
            }
            default -> refuse("第二十五条、第二十六条 name no route for a " + label(r.kind()),
                    Citation.of(p, "全过程记录细则 第二十五条"));
        };
    }

    private AccessDecision party(AccessRequest r, CaseAccessFacts facts, String approver, Citation... citations) {
        if (r.requesterPartyId() == null || !facts.partyIds().contains(r.requesterPartyId())) {
            return refuse("a party may ask only for records of its own case, and "
                    + (r.requesterPartyId() == null ? "no party id is given" : r.requesterPartyId() + " is not a party of this case"),
                    citations);
        }
        List<String> reasons = new ArrayList<>();
        reasons.add("the party asks for records of its own case; state secrets and whistleblower, complainant"
                + " and other third-party information are never released to it");
        if (facts.archived()) {
            reasons.add("the case is archived: the archive rules on reading and copying apply");
        }
        return admit(approver, PARTY_WITHHELD, reasons, citations);
    }

    private static AccessDecision admit(String approver, Set<ProtectedInformation> withheld, List<String> reasons,
            Citation... citations) {
        return new AccessDecision(true, approver, withheld, reasons, List.of(citations));
    }

    private static AccessDecision refuse(String reason, Citation... citations) {
        return new AccessDecision(false, null, Set.of(), List.of(reason), List.of(citations));
    }

    private static String label(RequesterKind kind) {
        return kind.name().toLowerCase().replace('_', ' ');
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
