package org.sanxiang.standalone.rest;

import java.nio.file.Path;
import java.util.List;

import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.standalone.runtime.SanxiangRuntime;

/** A sandbox runtime (no dataset) and its REST API on free ports on 127.0.0.1; {@link #http} acts as officer1. */
final class SandboxFixture implements AutoCloseable {

    final SanxiangRuntime runtime;
    final RestApi rest;
    final Http http;

    SandboxFixture(Path dataDir, long maxUpload) {
        this(RuntimeConfig.sandbox(dataDir).withMaxUpload(maxUpload));
    }

    SandboxFixture(RuntimeConfig config) {
        runtime = SanxiangRuntime.start(config, List.of());
        rest = RestApi.start(runtime.guard(), runtime.authenticator(), "127.0.0.1", 0, config.maxUploadBytes(),
                config.defaultProfile());
        runtime.announceRestUrl(rest.url());
        http = new Http(rest.url()).as("officer1");
    }

    @Override
    public void close() {
        rest.close();
        runtime.close();
    }
}
