package org.sanxiang.rules.review;

import java.util.Optional;
import java.util.Set;
import org.sanxiang.rules.calendar.TimeLimit;

/**
 * A time limit of the legal-review procedure as a document states it: {@code workingDays} (工作日),
 * {@code days} (calendar days), {@code promptly} (及时: no count), or none of them with a
 * {@code note} saying that the document sets no number. A count is never invented.
 *
 * @param from       which date it counts from (documentation; see {@link #FROM_VALUES})
 * @param approvedBy who approves it (for an extension)
 */
public record LimitRule(
        Integer workingDays,
        Integer days,
        Boolean promptly,
        String from,
        String citation,
        Label approvedBy,
        Label label,
        String note) {

    /** The dates a limit may count from. */
    public static final Set<String> FROM_VALUES = Set.of("investigationEnded", "reviewReceived", "decided",
            "opinionReceived", "reReviewRequested", "cancelled");

    public LimitRule {
        promptly = promptly != null && promptly;
    }

    /** The counted limit, or {@link TimeLimit#promptly()}, or empty when the document sets none. */
    public Optional<TimeLimit> limit() {
        if (workingDays != null) {
            return Optional.of(TimeLimit.workingDays(workingDays));
        }
        if (days != null) {
            return Optional.of(TimeLimit.calendarDays(days));
        }
        return promptly ? Optional.of(TimeLimit.promptly()) : Optional.empty();
    }

    /** A limit with a count, from which a deadline can be computed. */
    public Optional<TimeLimit> countedLimit() {
        return limit().filter(TimeLimit::isCounted);
    }

    /** Null when valid, otherwise what is wrong (relative field name first). */
    String problem() {
        if (citation == null || citation.isBlank()) {
            return "citation: is required";
        }
        int kinds = (workingDays != null ? 1 : 0) + (days != null ? 1 : 0) + (promptly ? 1 : 0);
        if (kinds > 1) {
            return "set only one of 'workingDays', 'days', 'promptly'";
        }
        if (kinds == 0 && (note == null || note.isBlank())) {
            return "note: a limit without a count needs a note saying the document sets none";
        }
        if ((workingDays != null && workingDays <= 0) || (days != null && days <= 0)) {
            return "a count must be positive";
        }
        if (from != null && !FROM_VALUES.contains(from)) {
            return "from: '" + from + "' is not one of " + String.join("|", FROM_VALUES.stream().sorted().toList());
        }
        if (label != null && !label.isComplete()) {
            return "label: needs zh_CN and en";
        }
        if (approvedBy != null && !approvedBy.isComplete()) {
            return "approvedBy: needs zh_CN and en";
        }
        return null;
    }
}
