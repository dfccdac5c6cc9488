package org.sanxiang.standalone.cmis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test of the disclosure channel: its fixtures' outboxes are closed after each test, before the temporary folder
 * holding their H2 files goes (an outbox left open is closed by H2 at the JVM's exit, which then writes a trace file
 * into the deleted folder, recreating it).
 */
abstract class ChannelTest extends EmbeddedServerTest {

    @TempDir
    Path dir;
    private final List<ChannelFixture> fixtures = new ArrayList<>();

    ChannelFixture fixture(BindingType binding) {
        ChannelFixture f = new ChannelFixture(server, binding, dir);
        fixtures.add(f);
        return f;
    }

    @AfterEach
    void closeOutboxes() {
        fixtures.forEach(ChannelFixture::closeOutboxes);
    }
}
