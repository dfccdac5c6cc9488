package org.sanxiang.workflow.review;

import org.sanxiang.workflow.engine.H2TestDatabase;
import org.sanxiang.workflow.engine.TestDatabase;

/** sxLegalReview on H2. */
class LegalReviewProcessH2Test extends LegalReviewProcessTestBase {

    @Override
    TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
