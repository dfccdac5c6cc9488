package org.sanxiang.rules.disclosure;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.sanxiang.rules.Citation;

/**
 * What the rules say about one disclosure kind of a case (a list published before a decision, a
 * periodic publication, a numbered list item): its stage, when it is due, how long it stays up.
 *
 * @param stage         {@code pre-action}, {@code in-action} or {@code post-action}
 * @param displayPeriod how long it stays on display, or null when the document sets none
 * @param displayWhile  the document's words for a display tied to an activity (执法期间, 即时), or null
 */
public record KindDecision(String kind, String zhCN, String en, String stage, Timing timing,
        DisplayPeriod displayPeriod, String displayWhile, Citation citation) {

    public KindDecision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(citation, "citation");
    }

    /** When it is due: exactly one of these shapes, so a "before" or a cadence is never mistaken for a date. */
    public sealed interface Timing permits Due, Before, Periodic, SetElsewhere {
    }

    /** A counted deadline, "promptly" (及时) or a count awaiting its start date. */
    public record Due(DueDate due) implements Timing {
        public Due {
            Objects.requireNonNull(due, "due");
        }
    }

    /**
     * Published before an event (在实施行政许可、行政确认前; 在摇号或者抽签之日前): no count, the event's
     * date when the case has it; publication must precede it.
     */
    public record Before(String event, LocalDate eventDate, Citation citation, String note) implements Timing {
    }

    /** Published once every period of one of {@code cadences} (按月或者按季度): the bureau chooses. */
    public record Periodic(List<Period> cadences, Citation citation, String note) implements Timing {
        public Periodic {
            cadences = List.copyOf(cadences);
        }
    }

    /** The time limit is set by a document that is not among the seeds: no date is computed. */
    public record SetElsewhere(Citation citation, String note) implements Timing {
    }

    public String label(String language) {
        return "en".equals(language) ? en : zhCN;
    }

    /** The due day when one is computed, else null. */
    public LocalDate dueDateOrNull() {
        return timing instanceof Due d ? d.due().dateOrNull() : null;
    }

    public boolean provisional() {
        return timing instanceof Due d && d.due().provisional();
    }
}
