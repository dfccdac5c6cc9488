package org.sanxiang.rules.evaluate;

import org.sanxiang.rules.catalogue.MatterCatalogue;
import org.sanxiang.rules.disclosure.DisclosureDecision;
import org.sanxiang.rules.disclosure.DueDate;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.record.RecordDeadlines;
import org.sanxiang.rules.record.StagePlan;
import org.sanxiang.rules.review.MajorDecision;
import org.sanxiang.rules.review.ReviewRequirement;
import org.sanxiang.rules.review.ReviewSchedule;

/**
 * Everything the rules decide for one case: is it major, does it need legal review and by when,
 * is it disclosed and by when, when must its file be archived. {@code review} is
 * {@link ReviewSchedule#NONE} when no review is required.
 *
 * @param recordPlan      the record stages of the case's action (null when the case names no action)
 * @param handOver        the yearly hand-over of the closed file to the archive (wuhan-2020 全过程记录 第二十六条第四款), or null
 * @param matter          the catalogued matter the case names (tianjin-2019 实施方案 附件), or null
 * @param matterRequired  the profile has a catalogue every case must name a matter of
 */
public record Evaluation(
        CaseFacts facts,
        MajorDecision major,
        ReviewRequirement reviewRequirement,
        ReviewSchedule review,
        DisclosureDecision disclosure,
        DueDate archiveDue,
        StagePlan recordPlan,
        RecordDeadlines.HandOver handOver,
        MatterCatalogue.Matter matter,
        boolean matterRequired) {

    public Evaluation(CaseFacts facts, MajorDecision major, ReviewRequirement reviewRequirement, ReviewSchedule review,
            DisclosureDecision disclosure, DueDate archiveDue) {
        this(facts, major, reviewRequirement, review, disclosure, archiveDue, null, null, null, false);
    }

    /** True when any deadline was counted on weekends alone (a year without holiday data). */
    public boolean provisional() {
        return review.provisional() || disclosure.provisional() || archiveDue.provisional();
    }
}
