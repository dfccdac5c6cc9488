package org.sanxiang.standalone.cmis;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A test class served by one embedded CMIS server on a free port, started before its first test and closed after its last. */
abstract class EmbeddedServerTest {

    static EmbeddedCmisServer server;

    @BeforeAll
    static void startServer() {
        server = new EmbeddedCmisServer(0, CmisSessions.USERS).start();
    }

    @AfterAll
    static void closeServer() {
        server.close();
    }
}
