package org.sanxiang.workflow.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.sanxiang.workflow.engine.PostgresCluster;
import org.sanxiang.workflow.engine.TestDatabase;

/** sxAnnualReport on PostgreSQL (a throwaway cluster); skipped, saying why, when PostgreSQL is not installed. */
class AnnualReportProcessPostgresTest extends AnnualReportProcessTestBase {

    @Override
    TestDatabase newDatabase() {
        var reason = PostgresCluster.unavailableReason();
        assumeTrue(reason.isEmpty(), () -> reason.orElse(""));
        return PostgresCluster.newDatabase();
    }
}
