package org.sanxiang.workflow.disclosure;

import org.sanxiang.workflow.engine.H2TestDatabase;
import org.sanxiang.workflow.engine.TestDatabase;

/** sxDisclosure on H2. */
class DisclosureProcessH2Test extends DisclosureProcessTestBase {

    @Override
    TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
