package org.sanxiang.workflow.record;

import org.sanxiang.workflow.engine.H2TestDatabase;
import org.sanxiang.workflow.engine.TestDatabase;

/** sxCaseRecord on H2. */
class CaseRecordProcessH2Test extends CaseRecordProcessTestBase {

    @Override
    TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
