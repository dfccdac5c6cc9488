package org.sanxiang.standalone.rest;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class that shares one sandbox runtime for all its tests (uploads up to 64 KiB), started before the first
 * and closed after the last; {@link #http} acts as officer1. A subclass's own {@code @BeforeAll} runs after this one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SandboxRestTest {

    @TempDir
    static Path dir;
    SandboxFixture sandbox;
    Http http;

    @BeforeAll
    void startSandbox() {
        sandbox = new SandboxFixture(dir, 64 * 1024);
        http = sandbox.http;
    }

    @AfterAll
    void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
