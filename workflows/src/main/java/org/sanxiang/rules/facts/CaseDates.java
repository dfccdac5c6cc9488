package org.sanxiang.rules.facts;

import java.time.LocalDate;
import java.util.Optional;

/** The dates the rules count from; any may be absent (null). */
public record CaseDates(
        LocalDate investigationEnded,
        LocalDate reviewReceived,
        LocalDate decided,
        LocalDate inspectionEnded,
        LocalDate revoked,
        LocalDate errorFound,
        LocalDate correctionRequested,
        LocalDate closed,
        LocalDate infoChanged) {

    public static final CaseDates NONE = new CaseDates(null, null, null, null, null, null, null, null, null);

    public Optional<LocalDate> investigationEndedDate() {
        return Optional.ofNullable(investigationEnded);
    }

    public Optional<LocalDate> reviewReceivedDate() {
        return Optional.ofNullable(reviewReceived);
    }

    public Optional<LocalDate> decidedDate() {
        return Optional.ofNullable(decided);
    }

    public Optional<LocalDate> inspectionEndedDate() {
        return Optional.ofNullable(inspectionEnded);
    }

    public Optional<LocalDate> revokedDate() {
        return Optional.ofNullable(revoked);
    }

    public Optional<LocalDate> errorFoundDate() {
        return Optional.ofNullable(errorFound);
    }

    public Optional<LocalDate> correctionRequestedDate() {
        return Optional.ofNullable(correctionRequested);
    }

    public Optional<LocalDate> closedDate() {
        return Optional.ofNullable(closed);
    }

    public Optional<LocalDate> infoChangedDate() {
        return Optional.ofNullable(infoChanged);
    }
}
