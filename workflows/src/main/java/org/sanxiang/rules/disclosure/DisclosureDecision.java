package org.sanxiang.rules.disclosure;

import java.util.List;
import java.util.Objects;
import org.sanxiang.rules.profile.Coverage;

/**
 * What the disclosure rules decide for one case.
 *
 * @param covered       false when the profile's document does not cover disclosure (then nothing else is set)
 * @param disclose      true unless an exclusion with effect {@code withhold} applies
 * @param exclusions    every exclusion that applies, withholding or not, with its citation
 * @param due           when the result must be published
 * @param displayPeriod how long it stays on display (null when the profile sets none)
 * @param withdrawalDue when it must be withdrawn after the decision is revoked or changed
 * @param correctionDue when an error must be corrected (found by the bureau or requested)
 * @param notCovered    why the profile does not regulate disclosure, when {@code covered} is false
 * @param kinds         the disclosures the case involves beyond its result (wuhan-2020 公示 第七条, ...)
 */
public record DisclosureDecision(
        String profile,
        boolean covered,
        boolean disclose,
        List<Exclusion> exclusions,
        DueDate due,
        DisplayPeriod displayPeriod,
        DueDate withdrawalDue,
        DueDate correctionDue,
        Coverage notCovered,
        List<KindDecision> kinds) {

    public DisclosureDecision {
        Objects.requireNonNull(profile, "profile");
        exclusions = List.copyOf(exclusions);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        if (covered == (notCovered != null)) {
            throw new IllegalArgumentException("a decision not covered by the profile, and only it, says why");
        }
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(withdrawalDue, "withdrawalDue");
        Objects.requireNonNull(correctionDue, "correctionDue");
    }

    /** The first release's shape: covered, with no further kinds. */
    public DisclosureDecision(String profile, boolean covered, boolean disclose, List<Exclusion> exclusions, DueDate due,
            DisplayPeriod displayPeriod, DueDate withdrawalDue, DueDate correctionDue) {
        this(profile, covered, disclose, exclusions, due, displayPeriod, withdrawalDue, correctionDue,
                covered ? null : new Coverage("disclosure", org.sanxiang.rules.Citation.of(profile, "（本文件未规定公示）"), null),
                List.of());
    }

    static DisclosureDecision notCovered(Coverage coverage) {
        return new DisclosureDecision(coverage.citation().profile(), false, false, List.of(), DueDate.NOT_SET, null,
                DueDate.NOT_SET, DueDate.NOT_SET, coverage, List.of());
    }

    /**
     * {@code true} or {@code false}, or null when the profile does not regulate disclosure: "not
     * covered", never "do not disclose".
     */
    public Boolean discloseOrNull() {
        return covered ? disclose : null;
    }

    /** The display period as the {@code evaluate} output writes it: P1Y, P3Y, permanent, or null. */
    public String displayPeriodValue() {
        return displayPeriod == null ? null : displayPeriod.value();
    }

    /** True when any computed date was counted on weekends alone. */
    public boolean provisional() {
        return due.provisional() || withdrawalDue.provisional() || correctionDue.provisional()
                || kinds.stream().anyMatch(KindDecision::provisional);
    }
}
