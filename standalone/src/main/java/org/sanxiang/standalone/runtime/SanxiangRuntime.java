package org.sanxiang.standalone.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.exceptions.CmisContentAlreadyExistsException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.sanxiang.repo.cmis.CmisCaseRepository;
import org.sanxiang.repo.cmis.CmisDisclosureChannel;
import org.sanxiang.repo.cmis.CmisEndpoint;
import org.sanxiang.repo.cmis.DisclosureChannels;
import org.sanxiang.repo.cmis.JdbcPendingPublications;
import org.sanxiang.repo.documents.DocumentFonts;
import org.sanxiang.repo.intake.EvidenceIntake;
import org.sanxiang.repo.documents.DocumentFontException;
import org.sanxiang.repo.documents.DocumentFonts;
import org.sanxiang.repo.documents.DocumentFormats;
import org.sanxiang.repo.documents.OfficialDocuments;
import org.sanxiang.repo.report.CmisAnnualReporting;
import org.sanxiang.repo.step.JournalingCaseRepository;
import org.sanxiang.repo.step.StepInterceptor;
import org.sanxiang.repo.step.StepJournal;
import org.sanxiang.repo.step.Steps;
import org.sanxiang.rules.calendar.CalendarRepository;
import org.sanxiang.rules.calendar.HolidayCalendar;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.standalone.auth.AccessGuard;
import org.sanxiang.standalone.auth.Authenticator;
import org.sanxiang.standalone.auth.CachingAuthenticator;
import org.sanxiang.standalone.auth.DemoUsers;
import org.sanxiang.standalone.auth.JdbcAuditTrail;
import org.sanxiang.standalone.auth.RepositoryAuthenticator;
import org.sanxiang.standalone.auth.StaffReadPolicy;
import org.sanxiang.standalone.auth.UserDirectory;
import org.sanxiang.standalone.cmis.CmisCallCounter;
import org.sanxiang.standalone.cmis.EmbeddedCmisServer;
import org.sanxiang.standalone.seal.SealedCaseCorrections;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.VariableCaseLocator;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.record.CaseSeal;
import org.sanxiang.workflow.access.AccessPolicy;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.engine.SxProcessDefinitions;
import org.sanxiang.workflow.engine.SxProcessEngines;
import org.sanxiang.workflow.wiring.SxWorkflowBeans;

/**
 * The standalone runtime, composed: the Activiti 5.23 engine with its processes and its job
 * executor, the workflow beans on real ports (case folders over CMIS, the CMIS disclosure channel with
 * its outbox, the borrowing register, access grants and notifications in the database), the evidence
 * intake, and the {@link SanxiangService} over them. Sandbox mode adds the embedded CMIS server and an
 * in-memory database and loads the {@link StartupDataset}s; connected mode uses an external CMIS
 * repository and a persistent database and loads nothing.
 *
 * <p>{@link #close()} stops everything in order; {@link #start} registers nothing globally, so the
 * caller decides about a shutdown hook.
 */
public final class SanxiangRuntime implements AutoCloseable {

    private final RuntimeConfig config;
    private final List<AutoCloseable> closing = new ArrayList<>();
    private volatile String restUrl;
    private EmbeddedCmisServer cmisServer;
    private CmisEndpoint endpoint;
    private Database database;
    private ProcessEngine engine;
    private CmisDisclosureChannel channel;
    private SanxiangService service;
    private Steps steps;
    private AccessGuard guard;
    private Authenticator authenticator;
    private JdbcAuditTrail audit;
    private Authenticator sandboxUsers;
    private CallerSessions callers;

    /** The sandbox runtime's own CMIS account, the embedded server's one writer (its password is made at each start). */
    public static final String RUNTIME_ACCOUNT = "sanxiang-runtime";

    private SanxiangRuntime(RuntimeConfig config) {
        this.config = config;
    }

    /** Starts with the datasets found by {@link ServiceLoader} (sandbox only). */
    public static SanxiangRuntime start(RuntimeConfig config) {
        List<StartupDataset> datasets = new ArrayList<>();
        ServiceLoader.load(StartupDataset.class).forEach(datasets::add);
        return start(config, datasets);
    }

    /** Starts; in sandbox mode loads {@code datasets} in order (connected mode never loads any). */
    public static SanxiangRuntime start(RuntimeConfig config, List<StartupDataset> datasets) {
        SanxiangRuntime runtime = new SanxiangRuntime(config);
        try {
            runtime.compose();
            if (config.mode() == RuntimeConfig.Mode.SANDBOX) {
                for (StartupDataset dataset : datasets) {
                    try {
                        dataset.load(runtime.service);
                    } catch (RuntimeException e) {
                        throw new IllegalStateException("dataset " + dataset.name() + " failed to load: " + e.getMessage(), e);
                    }
                }
            }
            return runtime;
        } catch (RuntimeException e) {
            runtime.close();
            throw e;
        }
    }

    private void compose() {
        String instance = "sanxiang-" + UUID.randomUUID().toString().substring(0, 8);
        Path uploads = config.dataDir().resolve("uploads");
        try {
            Files.createDirectories(uploads);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("data-dir: cannot create " + uploads + ": " + e.getMessage(), e);
        }
        // The CMIS repository: the embedded server (sandbox) or the external one (connected).
        if (config.mode() == RuntimeConfig.Mode.SANDBOX) {
            // the runtime's own account, the one writer: people read over CMIS and change things through REST
            String runtimeUser = RUNTIME_ACCOUNT;
            String runtimePassword = UUID.randomUUID().toString();
            Authenticator people = sandboxUsers();
            cmisServer = new EmbeddedCmisServer(config.cmisPort(), (user, password) -> runtimeUser.equals(user)
                    ? runtimePassword.equals(password) : people.authenticate(user, password).isPresent(),
                    runtimeUser::equals, new StaffReadPolicy(people, config.cmisRootPath() + "/public"),
                    config.maxUploadBytes()).start();
            closing.add(cmisServer);
            // in-process by default: the runtime's ~80 repository calls per case cost no HTTP request and no JSON;
            // "browser" goes over loopback HTTP as a connected runtime reaches its repository (round trips counted)
            endpoint = config.cmisBinding().equals("local") ? cmisServer.inProcess(runtimeUser, runtimePassword)
                    : new CmisEndpoint(config.cmisBinding().equals("atompub") ? cmisServer.atomPubUrl() : cmisServer.browserUrl(),
                            config.cmisBinding(), runtimeUser, runtimePassword,
                            EmbeddedCmisServer.REPOSITORY_ID);
        } else {
            endpoint = new CmisEndpoint(config.cmisUrl(), config.cmisBinding(), config.cmisUser(), config.cmisPassword(),
                    config.cmisRepositoryId());
        }
        Session session = endpoint.open();
        // connected mode: a caller acts through its own session, so the repository's permissions apply to it
        Clock clock = Clock.systemUTC();
        if (config.mode() == RuntimeConfig.Mode.CONNECTED) {
            callers = new CallerSessions(endpoint, session, Duration.ofMinutes(5), clock);
        }
        Session working = callers == null ? session : callers.session();
        String root = config.cmisRootPath();
        String casesPath = root + "/cases";
        ensureFolder(session, casesPath);
        ensureFolder(session, root + "/public");
        ensureFolder(session, root + "/internal");

        // The database: the engine's tables and the runtime's own.
        String jdbcUrl = config.effectiveJdbcUrl(instance);
        database = new Database(jdbcUrl, config.jdbcUser(), config.jdbcPassword());
        closing.add(database); // (its idle connections, after everything that uses it)
        // protected properties (the seal, the intake's findings) are read-only over CMIS: kept in the database
        ProtectedPropertyOverlay cases = new ProtectedPropertyOverlay(new CmisCaseRepository(working, officialDocuments(clock)),
                database, config.zone());
        RuntimeAccount runtimeAccount = new RuntimeAccount(cases.cmis());
        // exactly-once steps (docs/architecture.md, "Exactly once"): what a crash left is settled before anything runs
        steps = new Steps(new StepJournal(database), runtimeAccount.proxy(CaseRepository.class, cases),
                new CmisStepNodes(cases, runtimeAccount), clock, Duration.ofSeconds(60),
                config.stepStuckAfter(), Steps.enabledBySystemProperty());
        closing.add(steps);
        long recovering = System.nanoTime();
        int recovered = steps.recoverAll();
        if (recovered > 0) {
            System.out.printf("sanxiang: settled %d step(s) an earlier run left, in %d ms%n", recovered,
                    (System.nanoTime() - recovering) / 1_000_000);
        }
        // a case sealed before its folder said so (a record sealed into its chain) goes on refusing new records
        int sealedCases = SealedCaseBackfill.run(database, session, cases, casesPath, clock);
        if (sealedCases > 0) {
            System.out.printf("sanxiang: %d sealed case(s) got %s on their folder%n", sealedCases, CaseSeal.CASE_SEALED_AT);
        }
        JournalingCaseRepository journaled = new JournalingCaseRepository(steps, cases);
        JdbcPendingPublications outbox = new JdbcPendingPublications(database);
        closing.add(outbox); // its connection, after the channel that writes through it
        channel = new CmisDisclosureChannel(endpoint, root + "/public", root + "/internal",
                outbox, DisclosureChannels.screen(cases),
                DisclosureChannels.publicTree(cases), clock, Duration.ofSeconds(2), Duration.ofMinutes(5));
        closing.add(channel);
        JdbcAccessGrants grants = new JdbcAccessGrants(database);
        ProfileRegistry profiles = config.profilesDir() == null ? ProfileRegistry.shipped()
                : ProfileRegistry.load(config.profilesDir());
        HolidayCalendar calendar = new CalendarRepository((Path) null).current();
        // the annual report's folders: <root>/reports/<profile>/<year>, beside the cases (chongqing-2024 公示 第十四条)
        CmisAnnualReporting reports = new CmisAnnualReporting(session, root + "/reports", casesPath, root + "/public",
                root + "/internal", profiles, calendar, config.zone(),
                new DocumentFonts(System.getProperty(DocumentFonts.SETTING, "")), clock);
        WorkflowPorts ports = new WorkflowPorts(journaled, journaled, channel, new JdbcNotifications(database, clock, true),
                new JdbcBorrowingRegister(database), grants, reports);
        Map<String, Object> beans = SxWorkflowBeans.create(ports, calendar, config.zone(), new CaseLocator() {
            private final CaseLocator variables = new VariableCaseLocator();

            @Override
            public String caseId(org.activiti.engine.delegate.VariableScope scope) {
                return variables.caseId(scope);
            }

            @Override
            public boolean caseIsBusinessKey() {
                return true; // ProcessWork starts every process with its case as business key; BusinessKeyBackfill the old ones
            }
        },
                AccessPolicy.DEFAULT, profiles);
        StandaloneProcessEngineConfiguration engineConfig = SxProcessEngines.forDatabase(jdbcUrl).name(instance)
                .credentials(database.user(), database.password())
                .jobExecutor(true).beans(beans).configuration();
        // every command is a step, run as the runtime (a process step is the process's, not its caller's)
        engineConfig.setCustomPreCommandInterceptors(List.of(runtimeAccount.interceptor(), new StepInterceptor(steps)));
        engine = engineConfig.buildProcessEngine();
        closing.add(() -> SxProcessEngines.close(engine)); // the engine and its connection pool
        BusinessKeyBackfill.run(engine);
        SxProcessDefinitions.deployAll(engine);
        channel.start(); // retries what an earlier run left in the outbox, then keeps retrying
        steps.startSweeper(Duration.ofSeconds(30));

        EvidenceIntake intake = new EvidenceIntake();
        OperationReads reads = new OperationReads(engine);
        closing.add(intake);
        String version = SanxiangRuntime.class.getPackage().getImplementationVersion();
        service = new LocalSanxiangService(new LocalSanxiangService.RuntimeSettings(config.mode().label(), casesPath,
                cmisBrowserUrl(), cmisAtomPubUrl(), redact(jdbcUrl), uploads, config.maxUploadBytes(), config.zone(),
                version == null ? "development build" : version), engine, working, cases, channel, intake, profiles,
                calendar, clock, () -> restUrl, new CaseSteps(steps, journaled), reads);
        // one step per operation: its reads cached for the operation, its writes journaled (StepScope)
        service = StepScope.around(service, cases.cmis(), steps, reads);
        audit = new JdbcAuditTrail(database, clock);
        guard = new AccessGuard(service, engine, reads, grants, audit, new SealedCaseCorrections(cases, clock, config.zone()), config.zone(), clock,
                steps) // a completion holds its case from its first check
                .inSteps(guarded -> StepScope.around(guarded, cases.cmis(), steps, reads))
                .withCallers(callers);
        authenticator = config.mode() == RuntimeConfig.Mode.SANDBOX ? sandboxUsers()
                : new CachingAuthenticator(configuredAuthenticator(), Duration.ofMinutes(5), clock);
    }

    /** Sandbox: the users file or the demo users; connected: the repository, groups from the file or the repository. */
    private Authenticator configuredAuthenticator() {
        if (config.mode() == RuntimeConfig.Mode.SANDBOX) {
            return sandboxUsers();
        }
        return new RepositoryAuthenticator(endpoint, config.usersFile() == null ? null : UserDirectory.read(config.usersFile()));
    }

    private Authenticator sandboxUsers() {
        if (sandboxUsers == null) {
            Authenticator users = config.usersFile() != null ? UserDirectory.read(config.usersFile()) : DemoUsers.published();
            sandboxUsers = new CachingAuthenticator(users, Duration.ofMinutes(5), Clock.systemUTC());
        }
        return sandboxUsers;
    }

    /**
     * The renderer of the processes' forms, in the formats of {@value DocumentFormats#SETTING} and the font of
     * {@value DocumentFonts#SETTING} (system properties). A missing font does not stop the runtime: it is said
     * now, and a step that writes a form fails with the same message (503) until one is installed.
     */
    private static OfficialDocuments officialDocuments(Clock clock) {
        String font = System.getProperty(DocumentFonts.SETTING, "");
        try {
            new DocumentFonts(font).path();
        } catch (DocumentFontException e) {
            System.err.println("sanxiang: official documents cannot be written: " + e.getMessage());
        }
        return new OfficialDocuments(System.getProperty(DocumentFormats.SETTING, DocumentFormats.DEFAULT), font, clock);
    }

    private static void ensureFolder(Session session, String path) {
        try {
            session.getObjectByPath(path);
            return;
        } catch (CmisObjectNotFoundException e) {
            // created below
        }
        int slash = path.lastIndexOf('/');
        String parentPath = slash == 0 ? "/" : path.substring(0, slash);
        if (slash > 0) {
            ensureFolder(session, parentPath);
        }
        CmisObject parent = session.getObjectByPath(parentPath);
        try {
            ((Folder) parent).createFolder(Map.of(PropertyIds.OBJECT_TYPE_ID, "cmis:folder",
                    PropertyIds.NAME, path.substring(slash + 1)));
        } catch (CmisContentAlreadyExistsException | CmisNameConstraintViolationException e) {
            // created at the same time by another node: fine
        }
    }

    private static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    public SanxiangService service() {
        return service;
    }

    /** The service as each authenticated user may use it (what the REST API calls). */
    public AccessGuard guard() {
        return guard;
    }

    /** Checks the credentials of REST (and CMIS) requests. */
    public Authenticator authenticator() {
        return authenticator;
    }

    public JdbcAuditTrail audit() {
        return audit;
    }

    public RuntimeConfig config() {
        return config;
    }

    public ProcessEngine engine() {
        return engine;
    }

    public Database database() {
        return database;
    }

    /** The runtime's steps (the fault-injection tests arm faults on them). */
    public Steps steps() {
        return steps;
    }

    public CmisDisclosureChannel disclosureChannel() {
        return channel;
    }

    /** The calls the embedded CMIS server received (sandbox); null for an external repository. */
    public CmisCallCounter cmisCalls() {
        return cmisServer == null ? null : cmisServer.calls();
    }

    /** The browser binding URL of the repository in use. */
    /**
     * The CMIS endpoint the runtime itself writes through (in the sandbox: its own account, the embedded
     * server's one writer). For in-process tools and tests that must write as the runtime does.
     */
    public CmisEndpoint cmisEndpoint() {
        return endpoint;
    }

    public String cmisBrowserUrl() {
        if (cmisServer != null) {
            return cmisServer.browserUrl();
        }
        return "browser".equals(endpoint.binding()) ? endpoint.url() : null;
    }

    /** The AtomPub URL of the repository in use. */
    public String cmisAtomPubUrl() {
        if (cmisServer != null) {
            return cmisServer.atomPubUrl();
        }
        return "atompub".equals(endpoint.binding()) ? endpoint.url() : null;
    }

    /** Told by the REST layer once it listens, for {@link SanxiangService#health()}. */
    public void announceRestUrl(String url) {
        this.restUrl = url;
    }

    /** Stops in reverse order of starting: engine (job executor) first, then the channel, the intake, the CMIS server. */
    @Override
    public synchronized void close() {
        for (int i = closing.size() - 1; i >= 0; i--) {
            try {
                closing.get(i).close();
            } catch (Exception e) {
                System.err.println("sanxiang: stopping " + closing.get(i) + " failed: " + e.getMessage());
            }
        }
        closing.clear();
    }
}
