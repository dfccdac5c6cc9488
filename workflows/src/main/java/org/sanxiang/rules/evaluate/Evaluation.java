package org.sanxiang.rules.evaluate;

import org.sanxiang.rules.disclosure.DisclosureDecision;
import org.sanxiang.rules.disclosure.DueDate;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.review.MajorDecision;
import org.sanxiang.rules.review.ReviewRequirement;
import org.sanxiang.rules.review.ReviewSchedule;

/**
 * Everything the rules decide for one case: is it major, does it need legal review and by when,
 * is it disclosed and by when, when must its file be archived. {@code review} is
 * {@link ReviewSchedule#NONE} when no review is required.
 */
public record Evaluation(
        CaseFacts facts,
        MajorDecision major,
        ReviewRequirement reviewRequirement,
        ReviewSchedule review,
        DisclosureDecision disclosure,
        DueDate archiveDue) {

    /** True when any deadline was counted on weekends alone (a year without holiday data). */
    public boolean provisional() {
        return review.provisional() || disclosure.provisional() || archiveDue.provisional();
    }
}
