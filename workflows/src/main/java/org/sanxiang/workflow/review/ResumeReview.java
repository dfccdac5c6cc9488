package org.sanxiang.workflow.review;

import java.util.ArrayList;
import java.util.List;

import org.sanxiang.rules.review.ClockStop;
import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.port.CaseFolder;

/**
 * Bean {@code sxLegalReviewResubmit}, when the unit resubmits completed materials: the review clock
 * runs again, paused or restarted as the profile's {@code materialsReturned} says.
 */
public final class ResumeReview extends LegalReviewStep {

    public ResumeReview(LegalReviewSupport support) {
        super(support);
    }

    @Override
    void run(StepContext step, CaseFolder folder, String profile, LegalReviewRules rules) {
        List<ClockStop> stops = new ArrayList<>(LegalReviewSupport.stops(step));
        ClockStop open = stops.remove(stops.size() - 1);
        stops.add(new ClockStop(open.stopped(), support.today()));
        LegalReviewSupport.storeStops(step, stops);
        support.scheduleReview(step, profile);
    }
}
