package org.sanxiang.rules.review;

import java.util.List;
import java.util.Objects;
import org.sanxiang.rules.Reason;
import org.sanxiang.rules.profile.Coverage;

/**
 * Whether the proposed decision must go through legal review before it is made: required, not
 * required, undetermined (a fact is missing: the decision must not pass until it is given), or not
 * covered by the profile.
 *
 * @param reasons    the grounds for review: the major-decision reasons, then the profile's
 *                   review-beyond-major grounds (Tianjin 三（三）2（1））; for an undetermined one, the
 *                   grounds hinging on the missing facts
 * @param exclusions the exclusions that apply (each makes review not required)
 * @param missing    the facts to ask for, when undetermined ({@code party.kind}, {@code licenceType})
 */
public record ReviewRequirement(Status status, List<Reason> reasons, List<Reason> exclusions, List<String> missing,
        Coverage notCovered) {

    public enum Status { REQUIRED, NOT_REQUIRED, UNDETERMINED, NOT_COVERED }

    public static final ReviewRequirement NOT_REQUIRED =
            new ReviewRequirement(Status.NOT_REQUIRED, List.of(), List.of(), List.of(), null);

    public ReviewRequirement {
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
        exclusions = List.copyOf(exclusions);
        missing = List.copyOf(missing);
        if (status == Status.REQUIRED && (reasons.isEmpty() || !exclusions.isEmpty())) {
            throw new IllegalArgumentException("required review needs a reason and no exclusion");
        }
        if ((status == Status.UNDETERMINED) == missing.isEmpty()) {
            throw new IllegalArgumentException("an undetermined requirement, and only it, names the missing facts");
        }
        if ((status == Status.NOT_COVERED) != (notCovered != null)) {
            throw new IllegalArgumentException("a not-covered requirement, and only it, says why");
        }
    }

    /** Required ({@code true}) or not ({@code false}), as the first release built it. */
    public ReviewRequirement(boolean required, List<Reason> reasons, List<Reason> exclusions) {
        this(required ? Status.REQUIRED : Status.NOT_REQUIRED, reasons, exclusions, List.of(), null);
    }

    /** True only when established; an undetermined requirement blocks the decision until {@link #missing} is given. */
    public boolean required() {
        return status == Status.REQUIRED;
    }

    public boolean undetermined() {
        return status == Status.UNDETERMINED;
    }

    /** {@code true}, {@code false}, or null when undetermined or not covered (the {@code evaluate} output). */
    public Boolean requiredOrNull() {
        return switch (status) {
            case REQUIRED -> Boolean.TRUE;
            case NOT_REQUIRED -> Boolean.FALSE;
            default -> null;
        };
    }
}
