package org.sanxiang.workflow.review;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.sanxiang.workflow.engine.PostgresCluster;
import org.sanxiang.workflow.engine.TestDatabase;

/** sxLegalReview on PostgreSQL (a throwaway cluster); skipped, saying why, when PostgreSQL is not installed. */
class LegalReviewProcessPostgresTest extends LegalReviewProcessTestBase {

    @Override
    TestDatabase newDatabase() {
        var reason = PostgresCluster.unavailableReason();
        assumeTrue(reason.isEmpty(), () -> reason.orElse(""));
        return PostgresCluster.newDatabase();
    }
}
