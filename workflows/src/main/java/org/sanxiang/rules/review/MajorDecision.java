package org.sanxiang.rules.review;

import java.util.List;
import java.util.Objects;
import org.sanxiang.rules.Reason;
import org.sanxiang.rules.profile.Coverage;

/**
 * Whether a proposed decision is a major decision (重大执法决定), with every criterion that made it so.
 * Four answers: major; not major; undetermined, because a fact the profile's thresholds depend on is
 * missing ({@code missing} names it, {@code reasons} lists the grounds that hinge on it); or not covered,
 * because the profile's document does not regulate legal review ({@code notCovered} says where).
 */
public record MajorDecision(Status status, List<Reason> reasons, List<String> missing, Coverage notCovered) {

    public enum Status { MAJOR, NOT_MAJOR, UNDETERMINED, NOT_COVERED }

    public static final MajorDecision NOT_MAJOR = new MajorDecision(Status.NOT_MAJOR, List.of(), List.of(), null);

    public MajorDecision {
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
        missing = List.copyOf(missing);
        boolean ok = switch (status) {
            case MAJOR -> !reasons.isEmpty() && missing.isEmpty() && notCovered == null;
            case NOT_MAJOR -> reasons.isEmpty() && missing.isEmpty() && notCovered == null;
            case UNDETERMINED -> !reasons.isEmpty() && !missing.isEmpty() && notCovered == null;
            case NOT_COVERED -> reasons.isEmpty() && missing.isEmpty() && notCovered != null;
        };
        if (!ok) {
            throw new IllegalArgumentException("a major decision has reasons; one that is not major has none; an undetermined"
                    + " one names the missing facts and the grounds hinging on them; a not-covered one says why");
        }
    }

    /** Major ({@code true}) or not major ({@code false}), as the first release built it. */
    public MajorDecision(boolean value, List<Reason> reasons) {
        this(value ? Status.MAJOR : Status.NOT_MAJOR, reasons, List.of(), null);
    }

    static MajorDecision undetermined(List<Reason> hinging, List<String> missing) {
        return new MajorDecision(Status.UNDETERMINED, hinging, missing, null);
    }

    public static MajorDecision notCovered(Coverage coverage) {
        return new MajorDecision(Status.NOT_COVERED, List.of(), List.of(), coverage);
    }

    /** True only when established major; check {@link #undetermined()} before treating false as "not major". */
    public boolean value() {
        return status == Status.MAJOR;
    }

    public boolean undetermined() {
        return status == Status.UNDETERMINED;
    }

    public boolean covered() {
        return status != Status.NOT_COVERED;
    }

    /** {@code true}, {@code false}, or null when undetermined or not covered (the {@code evaluate} output). */
    public Boolean valueOrNull() {
        return switch (status) {
            case MAJOR -> Boolean.TRUE;
            case NOT_MAJOR -> Boolean.FALSE;
            default -> null;
        };
    }
}
