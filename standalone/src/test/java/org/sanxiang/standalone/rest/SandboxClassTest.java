package org.sanxiang.standalone.rest;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A test class served by one sandbox runtime (uploads up to 1 MiB), started before its first test and closed after its last. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SandboxClassTest {

    @TempDir
    static Path dataDir;
    SandboxFixture fixture;
    Http http;

    @BeforeAll
    void startSandbox() {
        fixture = new SandboxFixture(dataDir, 1 << 20);
        http = fixture.http;
    }

    @AfterAll
    void stopSandbox() {
        if (fixture != null) {
            fixture.close();
        }
    }
}
