package org.sanxiang.standalone.cmis;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import javax.servlet.DispatcherType;

import org.apache.chemistry.opencmis.commons.enums.CmisVersion;
import org.apache.chemistry.opencmis.commons.server.CallContext;
import org.apache.chemistry.opencmis.commons.server.CmisService;
import org.apache.chemistry.opencmis.commons.server.CmisServiceFactory;
import org.apache.chemistry.opencmis.inmemory.ConfigConstants;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.ObjectStore;
import org.apache.chemistry.opencmis.server.impl.CallContextImpl;
import org.apache.chemistry.opencmis.server.impl.CmisRepositoryContextListener;
import org.apache.chemistry.opencmis.server.impl.atompub.CmisAtomPubServlet;
import org.apache.chemistry.opencmis.server.impl.browser.CmisBrowserBindingServlet;
import org.apache.chemistry.opencmis.server.shared.AbstractCmisHttpServlet;
import org.apache.chemistry.opencmis.server.shared.BasicAuthCallContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.sanxiang.repo.cmis.CmisEndpoint;
import org.sanxiang.repo.cmis.InProcessRepositories;

/**
 * A CMIS 1.1 server on loopback for the standalone runtime and the tests: the OpenCMIS InMemory
 * repository with the sx types (Alfresco's CMIS ids), served by Jetty 9.4 through the browser binding
 * ({@code /browser}) and AtomPub 1.1 ({@code /atom11}), behind HTTP basic authentication; users other
 * than the writers read only ({@link WritersOnlyServiceFactory}), and only what their {@link CmisReadPolicy}
 * shows them ({@link ReadPolicyServiceFactory}). Objects of sx
 * types must be valid instances of the model ({@link ModelEnforcement}), JOINs are refused, and the
 * repository reports itself as what it is ({@link SanxiangCmisService}). Its store answers name checks,
 * folder listings and path lookups from an index of each folder's children ({@link IndexedObjectStore}).
 * The browser binding's JSON reaches Jetty in blocks, not a token at a time ({@link BlockWriterFilter}).
 *
 * <p>{@link #stop()} closes the HTTP side only; the repository lives as long as this object, so a
 * client sees the server go away and come back with its content, as after a network outage.
 *
 * <p>Code in this JVM reaches the same services without HTTP through {@link #inProcess} (OpenCMIS's local
 * binding): the standalone runtime's own session does, as the repository's one writer; its calls are counted
 * too, by method ({@code local getObject}, ...).
 */
public final class EmbeddedCmisServer implements AutoCloseable {

    /** The repository id the server announces. */
    public static final String REPOSITORY_ID = "sanxiang";
    /** The largest content stream a server accepts unless told otherwise: the runtime's default upload limit. */
    public static final long DEFAULT_MAX_CONTENT = 100L * 1024 * 1024;
    /** Room in an AtomPub body for the Atom entry around the (base64) content. */
    private static final long ATOM_ENVELOPE = 1024 * 1024;

    private final String host;
    private final int configuredPort;
    private final BiPredicate<String, String> credentials;
    private final Predicate<String> writers;
    private final CmisReadPolicy readers;
    private final long maxContentBytes;
    private final SanxiangCmisServiceFactory factory;
    private final CmisServiceFactory served;
    private final CmisCallCounter calls = new CmisCallCounter();
    private final InProcessRepositories.Registration inProcess;
    private Server jetty;
    private int port;

    /**
     * @param port  the port on 127.0.0.1; 0 picks a free port on the first start, which later starts reuse
     * @param users user name to password; every user may write
     */
    public EmbeddedCmisServer(int port, Map<String, String> users) {
        this(port, users, ModelEnforcement.DEFAULT);
    }

    /**
     * @param port        the port on 127.0.0.1; 0 picks a free port on the first start, which later starts reuse
     * @param users       user name to password; every user may write
     * @param enforcement which objects of sx types are refused as invalid instances of the model
     */
    public EmbeddedCmisServer(int port, Map<String, String> users, ModelEnforcement enforcement) {
        this(port, matching(users), user -> true, CmisReadPolicy.EVERYTHING, DEFAULT_MAX_CONTENT, enforcement);
    }

    /**
     * @param port        the port on 127.0.0.1; 0 picks a free port on the first start, which later starts reuse
     * @param credentials checks a user name and password
     * @param writers     the users who may change the repository; everyone else reads only
     */
    public EmbeddedCmisServer(int port, BiPredicate<String, String> credentials, Predicate<String> writers) {
        this(port, credentials, writers, CmisReadPolicy.EVERYTHING, DEFAULT_MAX_CONTENT, ModelEnforcement.DEFAULT);
    }

    /**
     * @param port        the port on 127.0.0.1; 0 picks a free port on the first start, which later starts reuse
     * @param credentials checks a user name and password
     * @param writers     the users who may change the repository; everyone else reads only
     * @param readers     what each of the others may read
     */
    public EmbeddedCmisServer(int port, BiPredicate<String, String> credentials, Predicate<String> writers,
            CmisReadPolicy readers) {
        this(port, credentials, writers, readers, DEFAULT_MAX_CONTENT, ModelEnforcement.DEFAULT);
    }

    /**
     * @param port            the port on 127.0.0.1; 0 picks a free port on the first start, which later starts reuse
     * @param credentials     checks a user name and password
     * @param writers         the users who may change the repository; everyone else reads only
     * @param readers         what each of the others may read
     * @param maxContentBytes the largest content stream accepted; a larger one is refused while it is read, so
     *                        no caller (a reader's refused write included) can make the server store or spool more
     */
    public EmbeddedCmisServer(int port, BiPredicate<String, String> credentials, Predicate<String> writers,
            CmisReadPolicy readers, long maxContentBytes) {
        this(port, credentials, writers, readers, maxContentBytes, ModelEnforcement.DEFAULT);
    }

    private EmbeddedCmisServer(int port, BiPredicate<String, String> credentials, Predicate<String> writers,
            CmisReadPolicy readers, long maxContentBytes, ModelEnforcement enforcement) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: " + port + " is not between 0 and 65535");
        }
        if (maxContentBytes < 1) {
            throw new IllegalArgumentException("maxContentBytes: must be at least 1");
        }
        this.maxContentBytes = maxContentBytes;
        this.host = "127.0.0.1";
        this.configuredPort = port;
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.writers = Objects.requireNonNull(writers, "writers");
        this.readers = Objects.requireNonNull(readers, "readers");
        this.factory = new SanxiangCmisServiceFactory(enforcement);
        Map<String, String> config = new LinkedHashMap<>();
        config.put(ConfigConstants.REPOSITORY_ID, REPOSITORY_ID);
        config.put(ConfigConstants.TYPE_CREATOR_CLASS, SanxiangTypeCreator.class.getName());
        config.put(ConfigConstants.REPOSITORY_CLASS, IndexedStoreManager.class.getName());
        config.put(ConfigConstants.MEMORY_THRESHOLD, Integer.toString(4 * 1024 * 1024));
        config.put(ConfigConstants.MAX_CONTENT_SIZE, Long.toString(maxContentBytes)); // the bindings stop reading past it
        factory.init(config);
        served = new ReadPolicyServiceFactory(new WritersOnlyServiceFactory(factory, writers), writers, readers);
        inProcess = InProcessRepositories.register(calls.counting(served));
    }

    /** The largest AtomPub body: the content in base64 (4 bytes per 3) inside its Atom entry. */
    private long atomBodyLimit() {
        return Math.min(Long.MAX_VALUE / 2, maxContentBytes) / 3 * 4 + 4 + ATOM_ENVELOPE;
    }

    private static BiPredicate<String, String> matching(Map<String, String> users) {
        if (users.isEmpty()) {
            throw new IllegalArgumentException("users: at least one user is needed");
        }
        Map<String, String> copy = Map.copyOf(users);
        return (user, password) -> {
            String expected = copy.get(user);
            return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    password.getBytes(StandardCharsets.UTF_8));
        };
    }

    /** Starts (or restarts) serving HTTP; idempotent. */
    public synchronized EmbeddedCmisServer start() {
        if (jetty != null) {
            return this;
        }
        Server server = new Server(new InetSocketAddress(host, port != 0 ? port : configuredPort));
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        // The factory is created once, here, and not by CmisRepositoryContextListener, which would
        // destroy it (and the repository's content) whenever the context stops.
        context.setAttribute(CmisRepositoryContextListener.SERVICES_FACTORY, served);
        context.addFilter(new FilterHolder(calls), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new BasicAuthFilter(credentials)), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new DrainedBodyFilter(atomBodyLimit())), "/atom11/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new BlockWriterFilter()), "/browser/*", EnumSet.of(DispatcherType.REQUEST));

        ServletHolder browser = new ServletHolder("cmisbrowser", new CmisBrowserBindingServlet());
        browser.setInitParameter(AbstractCmisHttpServlet.PARAM_CALL_CONTEXT_HANDLER,
                BasicAuthCallContextHandler.class.getName());
        context.addServlet(browser, "/browser/*");

        ServletHolder atom = new ServletHolder("cmisatom11", new CmisAtomPubServlet());
        atom.setInitParameter(AbstractCmisHttpServlet.PARAM_CALL_CONTEXT_HANDLER,
                BasicAuthCallContextHandler.class.getName());
        atom.setInitParameter(AbstractCmisHttpServlet.PARAM_CMIS_VERSION, "1.1");
        context.addServlet(atom, "/atom11/*");

        server.setHandler(context);
        server.setStopAtShutdown(false);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("CMIS server: cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        jetty = server;
        return this;
    }

    /** Stops serving HTTP; the repository and its content stay. Idempotent. */
    public synchronized void stop() {
        if (jetty == null) {
            return;
        }
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("CMIS server: cannot stop: " + e.getMessage(), e);
        } finally {
            jetty = null;
        }
    }

    public synchronized boolean isRunning() {
        return jetty != null;
    }

    /** The port, known after the first start. */
    public synchronized int port() {
        if (port == 0) {
            throw new IllegalStateException("CMIS server: not started yet, no port");
        }
        return port;
    }

    /** The calls the server received (over both bindings), counted since it was made. */
    public CmisCallCounter calls() {
        return calls;
    }

    /**
     * The repository's service for a user, in this JVM and without HTTP: the same writer and read checks
     * and model enforcement as over HTTP, without authentication and without being counted. For bulk
     * loading where a call per HTTP request is too slow (the annual account's scale run writes 100,000
     * cases through it). Close it after use.
     */
    public CmisService localService(String user) {
        CallContextImpl context = new CallContextImpl(CallContext.BINDING_LOCAL, CmisVersion.CMIS_1_1, REPOSITORY_ID,
                null, null, null, served, null);
        context.put(CallContext.USERNAME, Objects.requireNonNull(user, "user"));
        return served.getService(context);
    }

    /** The repository's object store, for the tests that look beneath the CMIS services. */
    ObjectStore objectStore() {
        return factory.getStoreManger().getObjectStore(REPOSITORY_ID);
    }

    /**
     * The repository for {@code user} in this JVM, without HTTP: the same writer and read checks and model
     * enforcement as over HTTP, without authentication (only code in this JVM can reach it), counted in
     * {@link #calls()}. It is served as long as this object is open, whether HTTP is started or not.
     */
    public CmisEndpoint inProcess(String user) {
        return inProcess(user, "");
    }

    /** As {@link #inProcess(String)}, the endpoint carrying the user's password (unchecked here) for its HTTP uses. */
    public CmisEndpoint inProcess(String user, String password) {
        return new CmisEndpoint(inProcess.name(), "local", Objects.requireNonNull(user, "user"), password, REPOSITORY_ID);
    }

    /** The browser binding URL, e.g. {@code http://127.0.0.1:8089/browser}. */
    public String browserUrl() {
        return "http://" + host + ":" + port() + "/browser";
    }

    /** The AtomPub 1.1 service document URL. */
    public String atomPubUrl() {
        return "http://" + host + ":" + port() + "/atom11";
    }

    /** Stops HTTP and releases the repository. */
    @Override
    public synchronized void close() {
        stop();
        inProcess.close();
        factory.destroy();
    }

    @Override
    public String toString() {
        return "EmbeddedCmisServer[" + host + ":" + (port == 0 ? configuredPort : port) + ", running=" + isRunningUnsafe() + "]";
    }

    private boolean isRunningUnsafe() {
        return Objects.nonNull(jetty);
    }
}
