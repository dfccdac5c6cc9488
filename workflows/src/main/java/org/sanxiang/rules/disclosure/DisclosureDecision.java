package org.sanxiang.rules.disclosure;

import java.util.List;
import java.util.Objects;

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
 */
public record DisclosureDecision(
        String profile,
        boolean covered,
        boolean disclose,
        List<Exclusion> exclusions,
        DueDate due,
        DisplayPeriod displayPeriod,
        DueDate withdrawalDue,
        DueDate correctionDue) {

    public DisclosureDecision {
        Objects.requireNonNull(profile, "profile");
        exclusions = List.copyOf(exclusions);
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(withdrawalDue, "withdrawalDue");
        Objects.requireNonNull(correctionDue, "correctionDue");
    }

    /** The display period as the {@code evaluate} output writes it: P1Y, P3Y, permanent, or null. */
    public String displayPeriodValue() {
        return displayPeriod == null ? null : displayPeriod.value();
    }

    /** True when any computed date was counted on weekends alone. */
    public boolean provisional() {
        return due.provisional() || withdrawalDue.provisional() || correctionDue.provisional();
    }
}
