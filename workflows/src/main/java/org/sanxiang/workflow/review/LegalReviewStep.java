package org.sanxiang.workflow.review;

import java.util.Objects;

import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxDelegate;
import org.sanxiang.workflow.port.CaseFolder;

/** A step of {@code sxLegalReview}: it works on the case folder under its profile's review rules. */
abstract class LegalReviewStep extends SxDelegate {

    final LegalReviewSupport support;

    LegalReviewStep(LegalReviewSupport support) {
        this.support = Objects.requireNonNull(support, "support");
    }

    @Override
    protected final void execute(StepContext step) {
        CaseFolder folder = support.caseOf(step);
        run(step, folder, folder.profileId(), support.rules(folder.profileId()));
    }

    abstract void run(StepContext step, CaseFolder folder, String profile, LegalReviewRules rules);
}
