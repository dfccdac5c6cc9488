package org.sanxiang.workflow.objection;

import org.sanxiang.workflow.engine.H2TestDatabase;
import org.sanxiang.workflow.engine.TestDatabase;

/** sxObjection on H2. */
class ObjectionProcessH2Test extends ObjectionProcessTestBase {

    @Override
    TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
