package org.sanxiang.standalone.rest;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.standalone.runtime.RuntimeConfig;

/** A test class served by one sandbox runtime (uploads up to 1 MiB), started before its first test and closed after its last. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SandboxClassTest {

    @TempDir
    static Path dataDir;
    SandboxFixture fixture;
    Http http;

    @BeforeAll
    void startSandbox() {
        fixture = new SandboxFixture(config(dataDir));
        http = fixture.http;
    }

    /** The runtime's configuration: a sandbox taking uploads up to 1 MiB. */
    RuntimeConfig config(Path dataDir) {
        return RuntimeConfig.sandbox(dataDir).withMaxUpload(1 << 20);
    }

    @AfterAll
    void stopSandbox() {
        if (fixture != null) {
            fixture.close();
        }
    }
}
