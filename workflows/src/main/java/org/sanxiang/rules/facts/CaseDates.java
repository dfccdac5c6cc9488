package org.sanxiang.rules.facts;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates the rules count from; any may be absent (null).
 *
 * @param statutoryLimit the last day of the statutory handling period of the action under review
 *                       (法定办理期限届满之日): the review never runs past it (chongqing-2024 法制审核
 *                       第十一条, wuhan-2020 法制审核 第十二条第二款)
 * @param hearing        the day of a public hearing (听证), for its notice (wuhan-2020 公示 第七条（三）)
 * @param lottery        the day of a lottery or draw (摇号、抽签), for the list of eligible parties
 *                       published before it (wuhan-2020 公示 第七条（五）)
 * @param queried        the day a party asked about the progress of a matter (ningxia-2019 附件2 第17项)
 */
public record CaseDates(
        LocalDate investigationEnded,
        LocalDate reviewReceived,
        LocalDate decided,
        LocalDate inspectionEnded,
        LocalDate revoked,
        LocalDate errorFound,
        LocalDate correctionRequested,
        LocalDate closed,
        LocalDate infoChanged,
        LocalDate statutoryLimit,
        LocalDate hearing,
        LocalDate lottery,
        LocalDate queried) {

    public static final CaseDates NONE = new CaseDates(null, null, null, null, null, null, null, null, null);

    /** The dates of the first release, the later ones absent. */
    public CaseDates(LocalDate investigationEnded, LocalDate reviewReceived, LocalDate decided,
            LocalDate inspectionEnded, LocalDate revoked, LocalDate errorFound, LocalDate correctionRequested,
            LocalDate closed, LocalDate infoChanged) {
        this(investigationEnded, reviewReceived, decided, inspectionEnded, revoked, errorFound, correctionRequested,
                closed, infoChanged, null, null, null, null);
    }

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

    public Optional<LocalDate> statutoryLimitDate() {
        return Optional.ofNullable(statutoryLimit);
    }

    /** The date of a named field ({@code decided}, {@code hearing}, ...), or null; unknown names give null. */
    public LocalDate named(String name) {
        return switch (name) {
            case "investigationEnded" -> investigationEnded;
            case "reviewReceived" -> reviewReceived;
            case "decided" -> decided;
            case "inspectionEnded" -> inspectionEnded;
            case "revoked" -> revoked;
            case "errorFound" -> errorFound;
            case "correctionRequested" -> correctionRequested;
            case "closed" -> closed;
            case "infoChanged" -> infoChanged;
            case "statutoryLimit" -> statutoryLimit;
            case "hearing" -> hearing;
            case "lottery" -> lottery;
            case "queried" -> queried;
            default -> null;
        };
    }
}
