package org.sanxiang.workflow.retention;

import org.sanxiang.workflow.engine.H2TestDatabase;
import org.sanxiang.workflow.engine.TestDatabase;

/** sxRetention on H2. */
class RetentionProcessH2Test extends RetentionProcessTestBase {

    @Override
    TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
