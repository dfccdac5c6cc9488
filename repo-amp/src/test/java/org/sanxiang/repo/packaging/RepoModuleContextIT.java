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
import java.util.Collection;
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
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanDefinitionHolder;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.config.TypedStringValue;
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
            List.of("sxLegalReview", "sxDisclosure", "sxCaseRecord", "sxRetention", "sxAccess");

    /**
     * Classes our XML names that Alfresco ships (so they are in no jar of ours), with where ACS 26.2.0.96
     * has each. Those in spring-beans are also loaded here (they are on the test classpath).
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
            Map.entry("org.alfresco.i18n.ResourceBundleBootstrapComponent",
                    "alfresco-core (action-services-context.xml: actionResourceBundles)"));

    /** Classes of the adapter: compiled only with -Palfresco, so checked as sources. */
    static final String ADAPTER_PACKAGE = "org.sanxiang.alfresco.";
    static final Path ADAPTER_SOURCES = Path.of("src/main/alfresco-java");

    /** Alfresco's beans our XML names, and the file of alfresco-community-repo 26.2 declaring each. */
    static final Map<String, String> ALFRESCO_BEANS = Map.ofEntries(
            Map.entry("dictionaryModelBootstrap", "repository/.../alfresco/core-services-context.xml (abstract DictionaryBootstrap)"),
            Map.entry("dictionaryBootstrap", "repository/.../alfresco/core-services-context.xml"),
            Map.entry("workflowDeployer", "repository/.../alfresco/workflow-context.xml (abstract WorkflowDeployer)"),
            Map.entry("activitiBeanRegistry", "repository/.../alfresco/activiti-context.xml (util:map, java.util.HashMap)"),
            Map.entry("activitiProcessEngine", "repository/.../alfresco/activiti-context.xml (ProcessEngineFactoryBean)"),
            Map.entry("schedulerFactory", "repository/.../alfresco/scheduler-core-context.xml"),
            Map.entry("jobLockService", "repository/.../alfresco/core-services-context.xml (JobLockServiceImpl)"),
            Map.entry("retryingTransactionHelper", "repository/.../alfresco/core-services-context.xml"),
            Map.entry("dataSource", "repository/.../alfresco/core-services-context.xml (the repository database)"),
            Map.entry("auditComponent", "repository/.../alfresco/audit-services-context.xml (AuditComponentImpl)"),
            Map.entry("policyComponent", "repository/.../alfresco/core-services-context.xml"),
            Map.entry("nodeService", "repository/.../alfresco/node-services-context.xml"),
            Map.entry("namespaceService", "repository/.../alfresco/core-services-context.xml"),
            Map.entry("NodeService", "repository/.../alfresco/public-services-context.xml"),
            Map.entry("SearchService", "repository/.../alfresco/public-services-context.xml"),
            Map.entry("WorkflowService", "repository/.../alfresco/public-services-context.xml"),
            Map.entry("ActionService", "repository/.../alfresco/public-services-context.xml"),
            Map.entry("SiteService", "repository/.../alfresco/public-services-context.xml"),
            Map.entry("action-executer", "repository/.../alfresco/action-services-context.xml (abstract)"),
            Map.entry("action-constraint", "repository/.../alfresco/action-services-context.xml (abstract)"),
            Map.entry("webscript", "spring-webscripts .../spring-webscripts-application-context.xml (abstract)"));

    /**
     * Beans operations-context.xml takes from the adapter's context (adapter-context.xml, written in
     * parallel on another branch), and what they are. Referring to them is allowed while no Spring XML
     * here defines them; once they are (after the merge) they must leave this list.
     */
    static final Map<String, String> FROM_ADAPTER = Map.of(
            "sanxiang.zone", "java.time.ZoneId of sanxiang.zone",
            "sanxiang.clock", "java.time.Clock",
            "sanxiang.calendarRepository", "org.sanxiang.rules.calendar.CalendarRepository with the override of sanxiang.calendar.override.dir",
            "sanxiang.calendar", "the WorkingDayCalendar in force (follows reloads)",
            "sanxiang.cases", "org.sanxiang.workflow.port.CaseRepository and CaseDocuments over NodeService/ContentService",
            "sanxiang.accessGrants", "org.sanxiang.workflow.port.AccessGrants over permissions");

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

    /**
     * Workflow beans that the AMP cannot register yet: every name in {@code SxWorkflowBeans}. They are
     * built by {@code SxWorkflowBeans.create(...)} from the workflows' ports, and the Alfresco
     * implementations of those ports (NodeService-backed case repository, borrowing register, access
     * grants, notifications, the bpm_package case locator) are the adapter still to be written in
     * {@code src/main/alfresco-java}. Until then the processes deploy but cannot run in Alfresco. A
     * BPMN bean that is neither registered nor a workflow bean fails the test.
     */
    static Set<String> awaitingAlfrescoAdapter(Set<String> registered) {
        Set<String> names = new LinkedHashSet<>();
        for (java.lang.reflect.Field field : org.sanxiang.workflow.SxWorkflowBeans.class.getFields()) {
            if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        names.removeAll(registered);
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
                ROOT + "context/operations-context.xml")),
                "Spring files found: " + xml.files);
    }

    @Test
    @DisplayName("every class our Spring XML names is in our jars, in the adapter's sources, or on the list of Alfresco classes we use")
    void everyClassExists() throws ClassNotFoundException {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> e : xml.classes.entrySet()) {
            String name = e.getKey();
            if (name.startsWith("java.") || name.startsWith("org.springframework.beans.")) {
                Class.forName(name); // a listed class must at least exist in the Spring we build with
            } else if (ALFRESCO_CLASSES.containsKey(name)) {
                continue;
            } else if (name.startsWith(ADAPTER_PACKAGE)) {
                Path source = ADAPTER_SOURCES.resolve(name.replace('.', '/') + ".java");
                if (!Files.isRegularFile(source)) {
                    missing.add(name + " (named in " + e.getValue() + ") has no source " + source);
                }
            } else if (!amp.classpath.containsKey(name.replace('.', '/') + ".class")) {
                missing.add(name + " (named in " + e.getValue() + ")");
            }
        }
        if (!missing.isEmpty()) {
            fail("classes named in Spring XML but in no lib/ jar and not listed in ALFRESCO_CLASSES:\n  "
                    + String.join("\n  ", missing));
        }
    }

    @Test
    @DisplayName("every bean our Spring XML refers to is ours or one of Alfresco's listed beans")
    void everyBeanReferenceResolves() {
        List<String> unknown = new ArrayList<>();
        xml.referencedBeans.forEach((bean, file) -> {
            if (!xml.definedBeans.containsKey(bean) && !ALFRESCO_BEANS.containsKey(bean) && !FROM_ADAPTER.containsKey(bean)) {
                unknown.add(bean + " (in " + file + ")");
            }
        });
        FROM_ADAPTER.keySet().forEach(bean -> {
            if (xml.definedBeans.containsKey(bean)) {
                unknown.add(bean + " is defined now (" + xml.definedBeans.get(bean) + "): remove it from FROM_ADAPTER");
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
            expected.addAll(xml.activitiRegistrations.keySet());
            assertEquals(expected, new TreeSet<>(registry.keySet()));
            for (Map.Entry<String, String> e : xml.activitiRegistrations.entrySet()) {
                assertSame(context.getBean(e.getValue()), registry.get(e.getKey()), e.getKey());
            }
            Object profiles = registry.get("sxProfiles");
            assertEquals("org.sanxiang.rules.profile.ProfileRegistry", profiles.getClass().getName());
            assertSame(ampLoader, profiles.getClass().getClassLoader(), "our classes must come from the AMP's lib/");
            assertEquals("chongqing-2024", profileId(registry.get("sxJurisdictionProfile")));

            // the operations context: the outbox starts for real and made its table in the (stand-in)
            // repository database; beans needing Alfresco's or the adapter's classes or beans are deferred
            assertTrue(context.getBeanFactory().containsSingleton("sanxiang.disclosure.outbox"), "the outbox did not start");
            javax.sql.DataSource db = context.getBean("dataSource", javax.sql.DataSource.class);
            try (java.sql.Connection c = db.getConnection();
                    java.sql.ResultSet rs = c.getMetaData().getTables(null, null, "SX_PENDING_PUBLICATION", null)) {
                assertTrue(rs.next(), "sx_pending_publication created");
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
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
        registered.addAll(xml.activitiRegistrations.keySet());
        List<String> problems = new ArrayList<>();
        List<String> bpmnFiles = amp.classpath.keySet().stream()
                .filter(r -> r.startsWith(ROOT + "workflow/") && r.endsWith(".bpmn20.xml")).toList();
        for (String bpmn : bpmnFiles) {
            for (String bean : BpmnBeanNames.of(amp.resourceText(bpmn))) {
                if (!registered.contains(bean) && !awaitingAlfrescoAdapter(registered).contains(bean)) {
                    problems.add(bpmn + " names ${" + bean + "}, which activiti-beans-context.xml does not register");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        // Until the processes arrive there is nothing to check; they must then be on the list.
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
        context.load(new ClassPathResource("alfresco-stand-ins.xml", RepoModuleContextIT.class));
        context.load(new ClassPathResource(ROOT + "module-context.xml", ampLoader));
        context.addBeanFactoryPostProcessor(RepoModuleContextIT::deferWhatNeedsAlfresco);
        context.refresh();
        return context;
    }

    /**
     * Makes lazy (so: not started here) every bean that cannot be built outside Alfresco: its class is
     * the adapter's or Alfresco's (not loadable here), a class it names by value (jobClass) is not
     * loadable, or it refers to a bean that is not defined here or is itself deferred. Everything
     * else starts for real.
     */
    private static void deferWhatNeedsAlfresco(ConfigurableListableBeanFactory factory) {
        Set<String> deferred = new LinkedHashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String name : factory.getBeanDefinitionNames()) {
                if (!deferred.contains(name) && needsAlfresco(factory.getMergedBeanDefinition(name), factory, deferred)) {
                    deferred.add(name);
                    changed = true;
                }
            }
        }
        deferred.forEach(name -> factory.getBeanDefinition(name).setLazyInit(true));
    }

    private static boolean needsAlfresco(BeanDefinition definition, ConfigurableListableBeanFactory factory, Set<String> deferred) {
        if (definition.getBeanClassName() != null && !loadable(definition.getBeanClassName())) {
            return true;
        }
        List<Object> values = new ArrayList<>();
        definition.getPropertyValues().getPropertyValueList().forEach(pv -> {
            values.add(pv.getValue());
            if (pv.getName().equals("jobClass") && pv.getValue() instanceof TypedStringValue v && !loadable(v.getValue())) {
                values.add(new RuntimeBeanReference("(job class " + v.getValue() + ")"));
            }
        });
        definition.getConstructorArgumentValues().getIndexedArgumentValues().values().forEach(v -> values.add(v.getValue()));
        definition.getConstructorArgumentValues().getGenericArgumentValues().forEach(v -> values.add(v.getValue()));
        for (Object value : values) {
            if (needsAlfresco(value, factory, deferred)) {
                return true;
            }
        }
        return false;
    }

    private static boolean needsAlfresco(Object value, ConfigurableListableBeanFactory factory, Set<String> deferred) {
        if (value instanceof RuntimeBeanReference ref) {
            return !factory.containsBeanDefinition(ref.getBeanName()) || deferred.contains(ref.getBeanName());
        }
        if (value instanceof BeanDefinitionHolder holder) {
            return needsAlfresco(holder.getBeanDefinition(), factory, deferred);
        }
        if (value instanceof BeanDefinition inner) {
            return needsAlfresco(inner, factory, deferred);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().anyMatch(v -> needsAlfresco(v, factory, deferred));
        }
        if (value instanceof Map<?, ?> m) {
            return m.values().stream().anyMatch(v -> needsAlfresco(v, factory, deferred));
        }
        return false;
    }

    private static boolean loadable(String className) {
        try {
            Class.forName(className, false, ampLoader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
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
