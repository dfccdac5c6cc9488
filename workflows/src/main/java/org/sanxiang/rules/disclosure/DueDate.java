package org.sanxiang.rules.disclosure;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.calendar.Deadline;
import org.sanxiang.rules.calendar.TimeLimit;

/**
 * What a rule says about a due date: a counted deadline, "promptly" (及时: no count, never a date),
 * a counted limit whose start date is not known yet, or nothing because the document sets no limit.
 *
 * @param limit    the limit (null when {@link Status#NOT_SET})
 * @param deadline the computed deadline (only when {@link Status#DUE})
 * @param citation the article that sets the limit (null when {@link Status#NOT_SET})
 * @param note     the document's own words where they say more than the number
 */
public record DueDate(Status status, TimeLimit limit, Deadline deadline, Citation citation, String note) {

    public enum Status {
        /** Counted from a known start: {@link #date()} is present. */
        DUE,
        /** 及时: the document sets no count. */
        PROMPTLY,
        /** A counted limit whose start date is absent. */
        AWAITING_START,
        /** The document sets no limit for this. */
        NOT_SET
    }

    public static final DueDate NOT_SET = new DueDate(Status.NOT_SET, null, null, null, null);

    public DueDate {
        Objects.requireNonNull(status, "status");
        if ((status == Status.DUE) != (deadline != null)) {
            throw new IllegalArgumentException("a deadline goes with status DUE only");
        }
    }

    static DueDate counted(Deadline deadline, Citation citation, String note) {
        return new DueDate(Status.DUE, deadline.limit(), deadline, citation, note);
    }

    static DueDate promptly(TimeLimit limit, Citation citation, String note) {
        return new DueDate(Status.PROMPTLY, limit, null, citation, note);
    }

    static DueDate awaitingStart(TimeLimit limit, Citation citation, String note) {
        return new DueDate(Status.AWAITING_START, limit, null, citation, note);
    }

    /** The due day, when one can be computed. */
    public Optional<LocalDate> date() {
        return deadline == null ? Optional.empty() : Optional.of(deadline.dueDate());
    }

    /** The due day or null, as the {@code evaluate} output writes it. */
    public LocalDate dateOrNull() {
        return deadline == null ? null : deadline.dueDate();
    }

    /** True when the deadline was counted on weekends alone (a year without holiday data). */
    public boolean provisional() {
        return deadline != null && deadline.provisional();
    }

    /** The earlier of two due dates; a computed date beats any other status. */
    static DueDate earlier(DueDate a, DueDate b) {
        if (a.status == Status.NOT_SET) {
            return b;
        }
        if (b.status == Status.NOT_SET) {
            return a;
        }
        if (a.deadline != null && b.deadline != null) {
            return b.deadline.dueAt().isBefore(a.deadline.dueAt()) ? b : a;
        }
        return a.deadline != null ? a : b.deadline != null ? b : a;
    }
}
