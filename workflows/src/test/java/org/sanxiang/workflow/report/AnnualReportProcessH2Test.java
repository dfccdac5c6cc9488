package org.sanxiang.workflow.report;

import org.sanxiang.workflow.engine.H2TestDatabase;
import org.sanxiang.workflow.engine.TestDatabase;

/** sxAnnualReport on H2. */
class AnnualReportProcessH2Test extends AnnualReportProcessTestBase {

    @Override
    TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
