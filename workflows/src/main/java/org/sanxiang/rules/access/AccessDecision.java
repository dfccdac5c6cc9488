package org.sanxiang.rules.access;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.sanxiang.rules.Citation;

/**
 * What the rule says about a request.
 *
 * @param admissible     whether the requester may ask at all (then an approver decides)
 * @param approverGroup  the Alfresco group that approves (GROUP_SX_...), null when not admissible
 * @param withheld       the kinds of information never released to this requester
 * @param reasons        why, in words, one line per criterion applied
 * @param citations      the articles applied
 * @param regulated      false when the profile names no route for this requester and does not refuse it
 *                       either: not refused, and the head decides under the applicable law
 * @param realTime       the records are accessed in real time, without waiting for the approver (who is told;
 *                       tianjin-2019 实施方案 三（二）4（2）)
 */
public record AccessDecision(boolean admissible, String approverGroup, Set<ProtectedInformation> withheld,
        List<String> reasons, List<Citation> citations, boolean regulated, boolean realTime) {

    /** A decision on a route the profile names, as the first release built it. */
    public AccessDecision(boolean admissible, String approverGroup, Set<ProtectedInformation> withheld,
            List<String> reasons, List<Citation> citations) {
        this(admissible, approverGroup, withheld, reasons, citations, true, false);
    }

    public AccessDecision {
        withheld = Set.copyOf(withheld);
        reasons = List.copyOf(reasons);
        citations = List.copyOf(citations);
        if (admissible) {
            Objects.requireNonNull(approverGroup, "approverGroup");
        }
        if (realTime && !admissible) {
            throw new IllegalArgumentException("only an admissible request is served in real time");
        }
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("an access decision cites at least one article");
        }
    }

    /** One line for the register and the requester: reasons with their citations. */
    public String summary() {
        return String.join("; ", reasons) + " [" + String.join(", ", citations.stream().map(Citation::toString).toList()) + "]";
    }
}
