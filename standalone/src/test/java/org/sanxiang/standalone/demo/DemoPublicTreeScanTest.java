package org.sanxiang.standalone.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.standalone.cmis.EmbeddedCmisServer;
import org.sanxiang.standalone.cmis.PublicTreeScan;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.standalone.runtime.SanxiangRuntime;

/**
 * Issue #12 item 6, done when "the demo's public tree holds none of the demo's redacted values": the
 * demo's journeys run on a fresh sandbox, then every property, version and content under the public
 * root is scanned for every {@code expect.redacted} value of demo-cases.json. The internal root is
 * scanned too: a withdrawn record (the Chongqing case, chongqing-2024 公示 第十三条（二）) moves there,
 * and its versions were public until then.
 */
class DemoPublicTreeScanTest {

    @Test
    @DisplayName("after the demo the public tree, and the records withdrawn from it, hold none of the demo's expect.redacted values")
    void demoPublishesNoRedactedValue(@TempDir Path dir) {
        List<DemoCase> cases = DemoCases.shipped();
        Set<String> redacted = new LinkedHashSet<>();
        cases.forEach(c -> c.expect().path("redacted").forEach(v -> redacted.add(v.asText())));
        assertTrue(redacted.contains("刘秀英"), "the relative named in the Chongqing facts is among the values");

        RuntimeConfig config = RuntimeConfig.sandbox(dir);
        try (SanxiangRuntime runtime = SanxiangRuntime.start(config, List.of())) {
            DemoRunner.Outcome outcome = new DemoRunner(runtime.service(),
                user -> runtime.guard().as(org.sanxiang.standalone.auth.DemoUsers.principal(user)), ProfileRegistry.load(null),
                    new PrintStream(OutputStream.nullOutputStream()), Clock.systemUTC()).taskLines(false).run(cases);
            assertTrue(outcome.ok(), () -> "demo steps failed: " + outcome.failures());
            long disclosed = outcome.steps().stream()
                    .filter(s -> s.name().startsWith("disclosure") && s.detail().startsWith("published")).count();

            Session session = session(runtime, config);
            List<PublicTreeScan.Hit> hits = new ArrayList<>();
            int versions = 0;
            for (String tree : List.of(config.cmisRootPath() + "/public", config.cmisRootPath() + "/internal")) {
                PublicTreeScan scan = PublicTreeScan.of(session, tree);
                hits.addAll(scan.find(redacted));
                versions += scan.versions();
            }
            assertTrue(disclosed >= 4 && versions >= disclosed, "every disclosure was read: " + disclosed + " published, "
                    + versions + " versions");
            assertEquals(List.of(), hits, "expect.redacted values in the public tree");
        }
    }

    private static Session session(SanxiangRuntime runtime, RuntimeConfig config) {
        Map<String, String> p = new HashMap<>();
        p.put(SessionParameter.USER, config.cmisUser());
        p.put(SessionParameter.PASSWORD, config.cmisPassword());
        p.put(SessionParameter.REPOSITORY_ID, EmbeddedCmisServer.REPOSITORY_ID);
        p.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
        p.put(SessionParameter.BROWSER_URL, runtime.cmisBrowserUrl());
        Session session = SessionFactoryImpl.newInstance().createSession(p);
        session.getDefaultContext().setCacheEnabled(false);
        return session;
    }
}
