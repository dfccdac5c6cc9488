package org.sanxiang.workflow.access;

import org.sanxiang.workflow.engine.H2TestDatabase;
import org.sanxiang.workflow.engine.TestDatabase;

/** sxAccess on H2. */
class AccessProcessH2Test extends AccessProcessTestBase {

    @Override
    TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
