package org.sanxiang.standalone.cmis;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.standalone.demo.DemoCases;
import org.sanxiang.standalone.demo.DemoRunner;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.standalone.runtime.SanxiangRuntime;

/**
 * One sandbox runtime per test JVM, populated by the demo journeys (every shipped case through the three
 * systems), so that the CMIS tests see what the processes really write. Started on first use, closed at
 * JVM exit; tests that write into it use folders of their own.
 */
final class PopulatedSandbox {

    private static PopulatedSandbox instance;

    final SanxiangRuntime runtime;
    final DemoRunner.Outcome journeys;
    private final Path dataDir;

    private PopulatedSandbox() throws IOException {
        dataDir = Files.createTempDirectory("sx-populated-");
        runtime = SanxiangRuntime.start(RuntimeConfig.sandbox(dataDir), List.of());
        journeys = new DemoRunner(runtime.service(),
                user -> runtime.guard().as(org.sanxiang.standalone.auth.DemoUsers.principal(user)), ProfileRegistry.load(null),
                new PrintStream(OutputStream.nullOutputStream(), true), Clock.systemUTC()).taskLines(false)
                .run(DemoCases.shipped());
        if (!journeys.ok()) {
            throw new IllegalStateException("the demo journeys failed: " + journeys.failures());
        }
    }

    static synchronized PopulatedSandbox get() {
        if (instance == null) {
            try {
                instance = new PopulatedSandbox();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            PopulatedSandbox shared = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                shared.runtime.close();
                try (java.util.stream.Stream<Path> paths = Files.walk(shared.dataDir)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (IOException e) {
                    System.err.println("sx-populated: " + shared.dataDir + " not deleted: " + e);
                }
            }));
        }
        return instance;
    }

    String user() {
        return runtime.config().cmisUser();
    }

    String password() {
        return runtime.config().cmisPassword();
    }

    String url(BindingType binding) {
        return binding == BindingType.BROWSER ? runtime.cmisBrowserUrl() : runtime.cmisAtomPubUrl();
    }

    /**
     * A session as the runtime's own account, the embedded server's one writer: people only read over CMIS
     * (WritersOnlyServiceFactory), so a client that creates and deletes, as the TCK does, writes as the runtime.
     */
    Map<String, String> writerParameters(BindingType binding) {
        Map<String, String> p = sessionParameters(binding);
        p.put(SessionParameter.USER, runtime.cmisEndpoint().user());
        p.put(SessionParameter.PASSWORD, runtime.cmisEndpoint().password());
        return p;
    }

    Map<String, String> sessionParameters(BindingType binding) {
        Map<String, String> p = new HashMap<>();
        p.put(SessionParameter.USER, user());
        p.put(SessionParameter.PASSWORD, password());
        p.put(SessionParameter.REPOSITORY_ID, EmbeddedCmisServer.REPOSITORY_ID);
        p.put(SessionParameter.BINDING_TYPE, binding.value());
        p.put(binding == BindingType.BROWSER ? SessionParameter.BROWSER_URL : SessionParameter.ATOMPUB_URL, url(binding));
        return p;
    }

    Session session(BindingType binding) {
        return SessionFactoryImpl.newInstance().createSession(sessionParameters(binding));
    }
}
