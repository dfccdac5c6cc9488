package org.sanxiang.repo.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.support.GenericXmlApplicationContext;
import org.springframework.context.support.PropertySourcesPlaceholderConfigurer;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * sanxiang-repo's Spring XML as it sits in the assembled .amp: every class, bean and resource it
 * names exists (or is listed below as still to come), every placeholder is a documented key, and
 * the context really starts in Spring against stand-ins for Alfresco's beans, with our classes
 * loaded from the AMP's lib/ jars only.
 */
class RepoModuleContextIT {

    private static final String ROOT = "alfresco/module/sanxiang-repo/";
    private static final List<String> PROCESSES =
            List.of("sxLegalReview", "sxDisclosure", "sxCaseRecord", "sxRetention", "sxAccess", "sxObjection", "sxAnnualReport");

    /**
     * Classes our XML names that Alfresco ships (so they are in no jar of ours), with where ACS 26.2
     * has each. Spring's are loaded here; Alfresco's own need a stand-in in AlfrescoStandIns.
     */
    static final Map<String, String> ALFRESCO_CLASSES = Map.ofEntries(
            // spring-beans, in every ACS WEB-INF/lib (Spring 7.0 in ACS 26.2, 6.x in 23.x); ACS 26.2
            // uses it itself (subsystems/Search/elasticsearch/elasticsearch-community-context.xml)
            Map.entry("org.springframework.beans.factory.config.MethodInvokingFactoryBean", "spring-beans"),
            // spring-context-support: ACS 26.2 scheduled-jobs-context.xml declares its jobs with these
            Map.entry("org.springframework.scheduling.quartz.JobDetailFactoryBean", "spring-context-support"),
            Map.entry("org.springframework.scheduling.quartz.CronTriggerFactoryBean", "spring-context-support"),
            Map.entry("org.alfresco.schedule.AlfrescoSchedulerAccessorBean",
                    "alfresco-repository (subsystems/ActivitiesFeed/default/activities-jobs-context.xml uses it)"),
            // alfresco-core; Alfresco's own bundles are registered with it (core-services-context.xml, bean resourceBundles)
            Map.entry("org.alfresco.i18n.ResourceBundleBootstrapComponent", "core/src/main/java/org/alfresco/i18n/ResourceBundleBootstrapComponent.java"));

    /** Alfresco's beans our XML names, and the file of alfresco-community-repo 26.2 declaring each. */
    static final Map<String, String> ALFRESCO_BEANS = Map.ofEntries(
            Map.entry("dictionaryModelBootstrap", "repository/.../alfresco/core-services-context.xml (abstract DictionaryBootstrap)"),
            Map.entry("dictionaryBootstrap", "repository/.../alfresco/core-services-context.xml"),
            Map.entry("workflowDeployer", "repository/.../alfresco/workflow-context.xml (abstract WorkflowDeployer)"),
            Map.entry("activitiBeanRegistry", "repository/.../alfresco/activiti-context.xml (util:map, java.util.HashMap)"),
            Map.entry("nodeService", "repository/.../alfresco/node-services-context.xml"),
            Map.entry("contentService", "repository/.../alfresco/content-services-context.xml"),
            Map.entry("dictionaryService", "repository/.../alfresco/core-services-context.xml"),
            Map.entry("namespaceService", "repository/.../alfresco/core-services-context.xml"),
            Map.entry("PermissionService", "repository/.../alfresco/public-services-context.xml"),
            Map.entry("actionService", "repository/.../alfresco/action-services-context.xml"),
            Map.entry("personService", "repository/.../alfresco/authentication-services-context.xml"),
            Map.entry("authorityService", "repository/.../alfresco/authority-services-context.xml"),
            Map.entry("policyComponent", "repository/.../alfresco/policy-context.xml"),
            Map.entry("jobLockService", "repository/.../alfresco/core-services-context.xml"),
            Map.entry("dataSource", "repository/.../alfresco/core-services-context.xml (the repository's database)"),
            Map.entry("activitiProcessEngine", "repository/.../alfresco/activiti-context.xml (ProcessEngineFactoryBean)"),
            Map.entry("schedulerFactory", "repository/.../alfresco/scheduler-core-context.xml"),
            Map.entry("retryingTransactionHelper", "repository/.../alfresco/core-services-context.xml"),
            Map.entry("auditComponent", "repository/.../alfresco/audit-services-context.xml (AuditComponentImpl)"),
            Map.entry("NodeService", "repository/.../alfresco/public-services-context.xml"),
            Map.entry("SearchService", "repository/.../alfresco/public-services-context.xml"),
            Map.entry("WorkflowService", "repository/.../alfresco/public-services-context.xml"),
            Map.entry("ActionService", "repository/.../alfresco/public-services-context.xml"),
            Map.entry("SiteService", "repository/.../alfresco/public-services-context.xml"),
            Map.entry("action-executer", "repository/.../alfresco/action-services-context.xml (abstract)"),
            Map.entry("action-constraint", "repository/.../alfresco/action-services-context.xml (abstract)"),
            Map.entry("webscript", "spring-webscripts .../spring-webscripts-application-context.xml (abstract)"));

    /** Keys of alfresco-global.properties that are Alfresco's own, set by the module on purpose. */
    static final Set<String> ALFRESCO_KEYS = Set.of("audit.sanxiang.enabled");

    /** Names Alfresco itself puts into activitiBeanRegistry. */
    static final Set<String> ALFRESCO_REGISTERED = Set.of("services");

    /**
     * Resources our XML names that are not in the AMP yet, with the module that will deliver each.
     * Remove a line when its file lands: the test fails while a listed file exists, and fails for
     * every named resource that is neither present nor listed.
     */
    static final Map<String, String> STILL_TO_COME = Map.ofEntries();

    /** The names SxWorkflowBeans registers, which a putAll of its map puts into activitiBeanRegistry. */
    static Set<String> workflowBeanNames() {
        Set<String> names = new LinkedHashSet<>();
        for (java.lang.reflect.Field field : org.sanxiang.workflow.wiring.SxWorkflowBeans.class.getFields()) {
            if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }

    /** Every name our XML puts into activitiBeanRegistry, one by one or as SxWorkflowBeans' map. */
    static Set<String> registeredNames() {
        Set<String> names = new LinkedHashSet<>(xml.activitiRegistrations.keySet());
        xml.activitiBulkRegistrations.forEach((bean, file) -> {
            if (!"org.sanxiang.workflow.wiring.SxWorkflowBeans".equals(xml.beanClasses.get(bean))
                    || !"create".equals(xml.factoryMethods.get(bean))) {
                throw new AssertionError(file + ": putAll of " + bean + " into activitiBeanRegistry: only SxWorkflowBeans.create's"
                        + " map has names this test can know");
            }
            names.addAll(workflowBeanNames());
        });
        return names;
    }

    private static AmpArchive amp;
    private static SpringXml xml;
    private static Properties globalProperties;
    private static URLClassLoader ampLoader;

    @BeforeAll
    static void read() {
        amp = AmpArchive.fromSystemProperty("sanxiang.amp");
        xml = new SpringXml();
        for (String resource : amp.classpath.keySet()) {
            if (resource.startsWith(ROOT) && resource.endsWith(".xml")) {
                xml.read(resource, amp.resourceText(resource));
            }
        }
        globalProperties = AmpArchive.properties(amp.resourceText(ROOT + "alfresco-global.properties"));
        ampLoader = new URLClassLoader("amp-lib", amp.libUrls(), new AlfrescoHostLoader(RepoModuleContextIT.class.getClassLoader()));
    }

    @AfterAll
    static void close() throws IOException {
        ampLoader.close();
    }

    @Test
    @DisplayName("module-context.xml and the contexts it imports are in the AMP")
    void springFiles() {
        assertTrue(xml.files.containsAll(List.of(ROOT + "module-context.xml", ROOT + "context/bootstrap-context.xml",
                ROOT + "context/service-context.xml", ROOT + "context/activiti-beans-context.xml",
                ROOT + "context/adapter-context.xml", ROOT + "context/operations-context.xml")),
                "Spring files found: " + xml.files);
    }

    @Test
    @DisplayName("every class our Spring XML names is in our jars, in the adapter's sources, or on the list of Alfresco classes we use")
    void everyClassExists() throws ClassNotFoundException {
        List<String> missing = new ArrayList<>();
        AdapterSources adapter = AdapterSources.ofModule();
        for (Map.Entry<String, String> e : xml.classes.entrySet()) {
            String name = e.getKey();
            if (AdapterSources.isAdapterClass(name)) {
                if (!adapter.exists(name)) {
                    missing.add(name + " (named in " + e.getValue() + ") has no source " + adapter.file(name));
                }
            } else if (ALFRESCO_CLASSES.containsKey(name) && !AlfrescoStandIns.FOR_ALFRESCO_CLASS.containsKey(name)
                    && !name.startsWith("org.springframework.beans.")) {
                missing.add(name + " (named in " + e.getValue() + ") is Alfresco's but has no stand-in in AlfrescoStandIns");
            } else if (ALFRESCO_CLASSES.containsKey(name) || name.startsWith("java.")) {
                if (!AlfrescoStandIns.FOR_ALFRESCO_CLASS.containsKey(name)) {
                    Class.forName(name); // a listed class without stand-in must exist in the Spring we build with
                }
            } else if (!amp.classpath.containsKey(name.replace('.', '/') + ".class")) {
                missing.add(name + " (named in " + e.getValue() + ")");
            }
        }
        if (!missing.isEmpty()) {
            fail("classes named in Spring XML but in no lib/ jar, not in src/main/alfresco-java and not listed in ALFRESCO_CLASSES:\n  "
                    + String.join("\n  ", missing));
        }
    }

    @Test
    @DisplayName("no bean id is defined twice across our context files (Spring would let the last one win silently)")
    void noDuplicateBeanIds() {
        assertTrue(xml.duplicateIds.isEmpty(), "bean ids defined more than once: " + xml.duplicateIds);
        SpringXml twice = new SpringXml();
        String beans = "<beans xmlns=\"" + SpringXml.BEANS_NS + "\"><bean id=\"sanxiang.calendar\" class=\"java.lang.Object\"/></beans>";
        twice.read("a.xml", beans);
        twice.read("b.xml", beans);
        assertEquals(Map.of("sanxiang.calendar", List.of("a.xml", "b.xml")), twice.duplicateIds, "the check itself sees a duplicate");
    }

    @Test
    @DisplayName("every bean our Spring XML refers to is ours or one of Alfresco's listed beans")
    void everyBeanReferenceResolves() {
        List<String> unknown = new ArrayList<>();
        xml.referencedBeans.forEach((bean, file) -> {
            if (!xml.definedBeans.containsKey(bean) && !ALFRESCO_BEANS.containsKey(bean)) {
                unknown.add(bean + " (in " + file + ")");
            }
        });
        assertTrue(unknown.isEmpty(), "references to beans nobody defines: " + unknown);
    }

    @Test
    @DisplayName("every resource our Spring XML names is in the AMP, or on the commented list of those still to come")
    void everyResourceExistsOrIsListed() {
        List<String> problems = new ArrayList<>();
        xml.resources.forEach((resource, file) -> {
            boolean present = amp.classpath.containsKey(resource);
            boolean listed = STILL_TO_COME.containsKey(resource);
            if (!present && !listed) {
                problems.add(resource + " (named in " + file + ") is in no lib/ jar");
            } else if (present && listed) {
                problems.add(resource + " has arrived: remove it from STILL_TO_COME");
            }
        });
        for (String listed : STILL_TO_COME.keySet()) {
            if (!xml.resources.containsKey(listed)) {
                problems.add(listed + " is listed in STILL_TO_COME but no Spring XML names it (renamed?)");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    @DisplayName("every placeholder is a sanxiang.* key of alfresco-global.properties, and every key there is documented")
    void placeholdersAreDocumentedKeys() throws IOException {
        for (Map.Entry<String, String> e : xml.placeholders.entrySet()) {
            assertTrue(e.getKey().startsWith("sanxiang."), e.getValue() + ": placeholder ${" + e.getKey()
                    + "} is not one of ours; our Spring XML reads sanxiang.* keys only");
            assertTrue(globalProperties.containsKey(e.getKey()), e.getValue() + ": ${" + e.getKey()
                    + "} has no default in " + ROOT + "alfresco-global.properties");
        }
        List<String> lines = amp.resourceText(ROOT + "alfresco-global.properties").lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            assertTrue(line.startsWith("sanxiang.") || ALFRESCO_KEYS.contains(line.split("=", 2)[0].strip()),
                    "alfresco-global.properties line " + (i + 1)
                    + ": the module sets only sanxiang.* keys and the listed Alfresco keys, found: " + line);
            assertTrue(i > 0 && lines.get(i - 1).strip().startsWith("#"), "alfresco-global.properties line "
                    + (i + 1) + ": " + line + " needs a comment above it saying what it is");
        }
    }

    @Test
    @DisplayName("the module context starts in Spring: models, five processes, registry entries")
    void contextStarts(@TempDir Path dirRoot) {
        try (GenericXmlApplicationContext context = start(dirRoot, Map.of())) {
            AlfrescoStandIns.DictionaryBootstrap dictionary =
                    context.getBean("sanxiang.dictionaryBootstrap", AlfrescoStandIns.DictionaryBootstrap.class);
            assertTrue(dictionary.bootstrapped, "init-method bootstrap inherited from dictionaryModelBootstrap");
            assertEquals(List.of(ROOT + "model/sxModel.xml", ROOT + "model/sxWorkflowModel.xml"), dictionary.models);
            assertEquals(List.of(ROOT + "messages/sx-model", ROOT + "messages/sxwf-model"), dictionary.labels);

            AlfrescoStandIns.WorkflowDeployer deployer =
                    context.getBean("sanxiang.workflowBootstrap", AlfrescoStandIns.WorkflowDeployer.class);
            List<String> locations = new ArrayList<>();
            for (Properties definition : deployer.workflowDefinitions) {
                assertEquals("activiti", definition.getProperty("engineId"), definition.toString());
                assertEquals("text/xml", definition.getProperty("mimetype"), definition.toString());
                assertEquals("false", definition.getProperty("redeploy"), definition.toString());
                locations.add(definition.getProperty("location"));
            }
            assertEquals(PROCESSES.stream().map(p -> ROOT + "workflow/" + p + ".bpmn20.xml").toList(), locations);

            Map<?, ?> registry = context.getBean("activitiBeanRegistry", Map.class);
            Set<Object> expected = new TreeSet<>(ALFRESCO_REGISTERED);
            expected.addAll(registeredNames());
            assertEquals(expected, new TreeSet<>(registry.keySet()));
            for (Map.Entry<String, String> e : xml.activitiRegistrations.entrySet()) {
                assertSame(context.getBean(e.getValue()), registry.get(e.getKey()), e.getKey());
            }
            Map<?, ?> workflowBeans = context.getBean("sanxiang.workflowBeans", Map.class);
            for (String name : workflowBeanNames()) {
                assertSame(workflowBeans.get(name), registry.get(name), name);
                assertSame(ampLoader, registry.get(name).getClass().getClassLoader(), name + " must come from the AMP's lib/");
            }
            AlfrescoStandIns.ResourceBundleBootstrapComponent bundles =
                    context.getBean("sanxiang.resourceBundles", AlfrescoStandIns.ResourceBundleBootstrapComponent.class);
            assertTrue(bundles.loaded.stream().allMatch(b -> b.keySet().contains("sanxiang.record.sealed.property")),
                    "the guard's messages load from the AMP");
            assertEquals("org.sanxiang.repo.cmis.DisclosureChannels$OutboxOnly",
                    context.getBean("sanxiang.disclosureChannel").getClass().getName(), "no CMIS URL: the outbox-only channel");
            Object profiles = registry.get("sxProfiles");
            assertEquals("org.sanxiang.rules.profile.ProfileRegistry", profiles.getClass().getName());
            assertSame(ampLoader, profiles.getClass().getClassLoader(), "our classes must come from the AMP's lib/");
            assertEquals("chongqing-2024", profileId(registry.get("sxJurisdictionProfile")));

            // the workflow ports grant access through the audited wrapper, never the bare grants
            Object ports = context.getBean("sanxiang.workflowPorts");
            assertSame(context.getBean("sanxiang.auditedAccessGrants"), invoke(ports, "grants"),
                    "the workflow ports must be given sanxiang.auditedAccessGrants");
            assertEquals("org.sanxiang.repo.audit.AuditedAccessGrants", invoke(ports, "grants").getClass().getName());

            // the operations context: the outbox starts for real and made its table in the (stand-in)
            // repository database; the jobs are scheduled with valid cron expressions
            assertTrue(context.getBeanFactory().containsSingleton("sanxiang.disclosure.outbox"), "the outbox did not start");
            javax.sql.DataSource db = context.getBean("dataSource", javax.sql.DataSource.class);
            try (java.sql.Connection c = db.getConnection();
                    java.sql.ResultSet rs = c.getMetaData().getTables(null, null, "SX_PUBLICATION_OUTBOX", null)) {
                assertTrue(rs.next(), "sx_publication_outbox created");
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
            Map<String, AlfrescoStandIns.SchedulerAccessor> accessors = context.getBeansOfType(AlfrescoStandIns.SchedulerAccessor.class);
            assertEquals(Set.of("sanxiang.jobs.retentionSweepAccessor", "sanxiang.jobs.calendarRecomputeAccessor",
                    "sanxiang.jobs.publicationRetryAccessor", "sanxiang.jobs.annualReportReminderAccessor"), accessors.keySet());
            for (AlfrescoStandIns.SchedulerAccessor accessor : accessors.values()) {
                assertTrue(accessor.enabled, "jobs are on by default");
                assertEquals(1, accessor.triggers.size());
            }
        }
    }

    @Test
    @DisplayName("the module holds one connection of the repository's database (its outbox's), and none once stopped")
    void oneConnectionOfTheRepositoryDatabase(@TempDir Path dirRoot) throws Exception {
        javax.sql.DataSource db;
        try (GenericXmlApplicationContext context = start(dirRoot, Map.of())) {
            db = context.getBean("dataSource", javax.sql.DataSource.class);
            Object channel = context.getBean("sanxiang.disclosureChannel");
            // the processes' channel asks its outbox (here whether an unknown publication was ever delivered, before it
            // refuses to withdraw it): the same outbox the retry job delivers from
            java.lang.reflect.InvocationTargetException refused = assertThrows(java.lang.reflect.InvocationTargetException.class,
                    () -> Class.forName("org.sanxiang.workflow.port.DisclosureChannel", true, ampLoader)
                            .getMethod("withdraw", String.class, String.class).invoke(channel, "sxpub-none", "决定已撤销"));
            assertEquals(IllegalArgumentException.class, refused.getCause().getClass(), refused.getCause().toString());
            Object outbox = context.getBean("sanxiang.disclosure.outbox");
            outbox.getClass().getMethod("all").invoke(outbox); // as the retry job does
            assertEquals(1, sessionsBesides(db), "connections the module holds");
        }
        assertEquals(0, sessionsBesides(db), "connections left after the module stopped");
    }

    /** The sessions open on the database, besides the one asking. */
    private static int sessionsBesides(javax.sql.DataSource db) throws java.sql.SQLException {
        try (java.sql.Connection c = db.getConnection(); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            rs.next();
            return rs.getInt(1) - 1;
        }
    }

    @Test
    @DisplayName("every bean of ours really starts, or is one of our adapter classes or Alfresco's classes replaced by a declared stand-in")
    void everyBeanStartsOrStandsIn(@TempDir Path dirRoot) {
        try (GenericXmlApplicationContext context = start(dirRoot, Map.of())) {
            List<String> problems = new ArrayList<>();
            AdapterSources adapter = AdapterSources.ofModule();
            xml.beanClasses.forEach((id, className) -> {
                org.springframework.beans.factory.config.BeanDefinition definition = context.getBeanFactory().getBeanDefinition(id);
                if (definition.isAbstract()) {
                    return;
                }
                if (definition.isLazyInit() || !context.getBeanFactory().containsSingleton(id)) {
                    problems.add(id + " did not start");
                    return;
                }
                String declared = className;
                if (AdapterSources.isAdapterClass(declared)) {
                    Object bean = context.getBean(id);
                    if (!adapter.exists(declared) || !bean.toString().equals("stand-in for " + declared)) {
                        problems.add(id + " (" + declared + ") is not the adapter's stand-in: " + bean);
                    }
                } else if (AlfrescoStandIns.FOR_ALFRESCO_CLASS.containsKey(declared)) {
                    Object bean = context.getBean(id);
                    if (!AlfrescoStandIns.FOR_ALFRESCO_CLASS.get(declared).isInstance(bean)) {
                        problems.add(id + " (" + declared + ") is not its declared stand-in: " + bean.getClass());
                    }
                }
            });
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        }
    }

    @Test
    @DisplayName("an unknown sanxiang.jurisdiction.profile stops start-up and names the known profiles")
    void unknownProfileStopsStartUp(@TempDir Path dirRoot) {
        BeanCreationException e = assertThrows(BeanCreationException.class,
                () -> start(dirRoot, Map.of("sanxiang.jurisdiction.profile", "nowhere-2099")).close());
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertTrue(root.getMessage().contains("'nowhere-2099'") && root.getMessage().contains("chongqing-2024"),
                root.getMessage());
    }

    @Test
    @DisplayName("a district profile in sanxiang.profiles.dir (default ${dir.root}/sanxiang/profiles) can be chosen")
    void localProfileDirectory(@TempDir Path dirRoot) throws IOException {
        Path profiles = Files.createDirectories(dirRoot.resolve("sanxiang/profiles"));
        Files.writeString(profiles.resolve("yuzhong-2025.json"), "{\"id\": \"yuzhong-2025\", \"extends\": \"chongqing-2024\"}");
        try (GenericXmlApplicationContext context = start(dirRoot, Map.of("sanxiang.jurisdiction.profile", "yuzhong-2025"))) {
            assertEquals("yuzhong-2025", profileId(context.getBean("sanxiang.jurisdictionProfile")));
        }
    }

    @Test
    @DisplayName("an empty sanxiang.profiles.dir means the shipped profiles only")
    void emptyProfilesDirectory(@TempDir Path dirRoot) throws ReflectiveOperationException {
        try (GenericXmlApplicationContext context = start(dirRoot, Map.of("sanxiang.profiles.dir", ""))) {
            Object registry = context.getBean("sanxiang.profileRegistry");
            Iterable<?> all = (Iterable<?>) registry.getClass().getMethod("all").invoke(registry);
            List<String> ids = new ArrayList<>();
            all.forEach(p -> ids.add(profileId(p)));
            assertEquals(List.of("chongqing-2024", "wuhan-2020", "ningxia-2019", "tianjin-2019", "fushun-2026"), ids);
        }
    }

    @Test
    @DisplayName("every bean a BPMN file of the AMP names is registered in activitiBeanRegistry")
    void bpmnBeansAreRegistered() {
        Set<String> registered = new LinkedHashSet<>(ALFRESCO_REGISTERED);
        registered.addAll(registeredNames());
        List<String> problems = new ArrayList<>();
        List<String> bpmnFiles = amp.classpath.keySet().stream()
                .filter(r -> r.startsWith(ROOT + "workflow/") && r.endsWith(".bpmn20.xml")).toList();
        for (String bpmn : bpmnFiles) {
            for (String bean : BpmnBeanNames.of(amp.resourceText(bpmn))) {
                if (!registered.contains(bean)) {
                    problems.add(bpmn + " names ${" + bean + "}, which our Spring XML does not put into activitiBeanRegistry");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        for (String process : PROCESSES) {
            String file = ROOT + "workflow/" + process + ".bpmn20.xml";
            assertTrue(bpmnFiles.contains(file) || STILL_TO_COME.containsKey(file), file);
        }
    }

    /** Starts stand-ins for Alfresco plus our module-context.xml, classes from the AMP's lib/. */
    private static GenericXmlApplicationContext start(Path dirRoot, Map<String, Object> overrides) {
        GenericXmlApplicationContext context = new GenericXmlApplicationContext();
        context.setClassLoader(ampLoader);
        Map<String, Object> installation = new HashMap<>(overrides);
        installation.put("dir.root", dirRoot.toString());
        // Alfresco: the installation's alfresco-global.properties and -D options win over the module's defaults
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("installation", installation));
        context.getEnvironment().getPropertySources().addLast(new PropertiesPropertySource("module", globalProperties));
        context.registerBean(PropertySourcesPlaceholderConfigurer.class);
        context.addBeanFactoryPostProcessor(RepoModuleContextIT::standInForAlfrescoClasses);
        context.load(new ClassPathResource("alfresco-stand-ins.xml", RepoModuleContextIT.class));
        context.load(new ClassPathResource(ROOT + "module-context.xml", ampLoader));
        context.refresh();
        return context;
    }

    /**
     * Alfresco's classes and our adapter classes (compiled only against Alfresco) are not here: their
     * beans get stand-ins, with their references to Alfresco's services dropped.
     */
    private static void standInForAlfrescoClasses(org.springframework.beans.factory.config.ConfigurableListableBeanFactory factory) {
        AdapterSources adapter = AdapterSources.ofModule();
        for (String name : factory.getBeanDefinitionNames()) {
            standIn(adapter, factory.getBeanDefinition(name));
        }
    }

    /** Replaces the definition's class if it is Alfresco's or the adapter's, and so for every inner bean it holds. */
    private static void standIn(AdapterSources adapter, org.springframework.beans.factory.config.BeanDefinition definition) {
        replaceIfAlfresco(adapter, definition);
        List<Object> values = new ArrayList<>();
        definition.getPropertyValues().getPropertyValueList().forEach(pv -> values.add(pv.getValue()));
        definition.getConstructorArgumentValues().getGenericArgumentValues().forEach(arg -> values.add(arg.getValue()));
        definition.getConstructorArgumentValues().getIndexedArgumentValues().values().forEach(arg -> values.add(arg.getValue()));
        values.forEach(value -> standInValue(adapter, value));
    }

    private static void standInValue(AdapterSources adapter, Object value) {
        if (value instanceof org.springframework.beans.factory.config.BeanDefinitionHolder inner) {
            standIn(adapter, inner.getBeanDefinition());
        } else if (value instanceof org.springframework.beans.factory.config.BeanDefinition inner) {
            standIn(adapter, inner);
        } else if (value instanceof java.util.Collection<?> collection) {
            collection.forEach(v -> standInValue(adapter, v));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> standInValue(adapter, v));
        }
    }

    private static void replaceIfAlfresco(AdapterSources adapter, org.springframework.beans.factory.config.BeanDefinition definition) {
        String className = definition.getBeanClassName();
        if (className == null || !(definition instanceof org.springframework.beans.factory.support.AbstractBeanDefinition bean)) {
            return;
        }
        if (AdapterSources.isAdapterClass(className)) {
            List<String> ours = new ArrayList<>();
            for (String iface : adapter.interfaces(className)) {
                try {
                    Class.forName(iface, false, ampLoader);
                    ours.add(iface);
                } catch (ClassNotFoundException alfrescos) {
                    // an Alfresco policy interface: nothing of ours calls the bean through it
                }
            }
            bean.setBeanClassName(AlfrescoStandIns.AdapterStandIn.class.getName());
            bean.getConstructorArgumentValues().clear();
            bean.setPropertyValues(new org.springframework.beans.MutablePropertyValues()
                    .add("adapterClass", className).add("interfaceNames", ours));
            bean.setInitMethodName(null);
        } else if (AlfrescoStandIns.FOR_ALFRESCO_CLASS.containsKey(className)) {
            bean.setBeanClassName(AlfrescoStandIns.FOR_ALFRESCO_CLASS.get(className).getName());
        }
    }

    private static Object invoke(Object target, String method) {
        try {
            return target.getClass().getMethod(method).invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static String profileId(Object profile) {
        try {
            return (String) profile.getClass().getMethod("id").invoke(profile);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * What the rest of Alfresco's WEB-INF/lib offers (here: the test classpath, with Spring and
     * Jackson), minus everything of ours, so that our classes and module resources can only come
     * from the AMP's jars.
     */
    static final class AlfrescoHostLoader extends ClassLoader {

        AlfrescoHostLoader(ClassLoader parent) {
            super("alfresco-host", parent);
        }

        private static boolean ours(String path) {
            return (path.startsWith("org/sanxiang/") && !path.startsWith("org/sanxiang/repo/packaging/"))
                    || path.startsWith(ROOT);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (ours(name.replace('.', '/'))) {
                throw new ClassNotFoundException(name + " (hidden: must come from the AMP)");
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            return ours(name) ? null : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return ours(name) ? Collections.emptyEnumeration() : super.getResources(name);
        }
    }
}
