package org.sanxiang.workflow.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

import org.activiti.bpmn.converter.BpmnXMLConverter;
import org.activiti.bpmn.model.ActivitiListener;
import org.activiti.bpmn.model.BoundaryEvent;
import org.activiti.bpmn.model.BpmnModel;
import org.activiti.bpmn.model.FlowElement;
import org.activiti.bpmn.model.ImplementationType;
import org.activiti.bpmn.model.Process;
import org.activiti.bpmn.model.ScriptTask;
import org.activiti.bpmn.model.SequenceFlow;
import org.activiti.bpmn.model.ServiceTask;
import org.activiti.bpmn.model.StartEvent;
import org.activiti.bpmn.model.TimerEventDefinition;
import org.activiti.bpmn.model.UserTask;
import org.activiti.validation.ProcessValidatorFactory;
import org.activiti.validation.ValidationError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sanxiang.rules.calendar.WeekdaysOnlyTestCalendar;
import org.sanxiang.workflow.VariableCaseLocator;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.access.AccessPolicy;
import org.sanxiang.workflow.port.memory.InMemoryAccessGrants;
import org.sanxiang.workflow.port.memory.InMemoryBorrowingRegister;
import org.sanxiang.workflow.port.memory.InMemoryCases;
import org.sanxiang.workflow.port.memory.InMemoryDisclosureChannel;
import org.sanxiang.workflow.port.memory.RecordingNotifications;
import org.sanxiang.workflow.wiring.SxWorkflowBeans;

/**
 * Every BPMN file in the module's workflow folder passes Activiti's parser with schema validation
 * and its process validator, deploys on a real engine, and keeps the conventions that let it run
 * unchanged in Alfresco.
 */
class BpmnFilesTest {

    private static final Pattern EXPRESSION_BEAN = Pattern.compile("^\\$\\{(\\w+)\\}$");
    private static final Set<String> GROUPS = Set.of("GROUP_SX_ENFORCEMENT", "GROUP_SX_LEGAL_OFFICE", "GROUP_SX_LEADERS",
            "GROUP_SX_DISCLOSURE", "GROUP_SX_ARCHIVISTS");

    private final Set<String> beanNames = SxWorkflowBeans.create(new WorkflowPorts(new InMemoryCases(), new InMemoryCases(),
            new InMemoryDisclosureChannel(), new RecordingNotifications(), new InMemoryBorrowingRegister(),
            new InMemoryAccessGrants()), new WeekdaysOnlyTestCalendar(), ZoneId.of("Asia/Shanghai"), new VariableCaseLocator(),
            AccessPolicy.DEFAULT).keySet();

    static List<Path> bpmnFiles() throws IOException, URISyntaxException {
        URL folder = BpmnFilesTest.class.getClassLoader().getResource(SxProcessDefinitions.CLASSPATH_ROOT);
        assertNotNull(folder, "classpath folder " + SxProcessDefinitions.CLASSPATH_ROOT);
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".bpmn20.xml")).sorted().toList();
        }
    }

    @Test
    void everyShippedProcessHasItsFileAndEveryFileIsShipped() throws Exception {
        Set<String> files = bpmnFiles().stream().map(p -> p.getFileName().toString().replace(".bpmn20.xml", ""))
                .collect(Collectors.toSet());
        assertEquals(Set.copyOf(SxProcessDefinitions.PROCESS_KEYS), files);
    }

    @TestFactory
    Stream<DynamicTest> everyFileParsesValidatesAndKeepsTheConventions() throws Exception {
        return bpmnFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private void check(Path file) throws Exception {
        BpmnModel model;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(in, "UTF-8");
            BpmnXMLConverter converter = new BpmnXMLConverter();
            converter.validateModel(new org.activiti.bpmn.converter.util.InputStreamProvider() {
                @Override
                public InputStream getInputStream() {
                    try {
                        return Files.newInputStream(file);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
            model = converter.convertToBpmnModel(reader);
        }
        List<ValidationError> errors = new ProcessValidatorFactory().createDefaultProcessValidator().validate(model);
        List<ValidationError> real = errors.stream().filter(e -> !e.isWarning()).toList();
        assertTrue(real.isEmpty(), file + ": " + real);

        String key = file.getFileName().toString().replace(".bpmn20.xml", "");
        Process process = model.getProcessById(key);
        assertNotNull(process, file + " defines process " + key);
        List<String> labelKeys = new java.util.ArrayList<>(List.of(key + ".workflow.title", key + ".workflow.description"));
        for (FlowElement element : process.getFlowElements()) {
            assertFalse(element instanceof ScriptTask, key + ": no script tasks (" + element.getId() + ")");
            if (element instanceof StartEvent start) {
                assertTrue(start.getFormKey() != null && start.getFormKey().startsWith("sxwf:"),
                        key + ": start form key names an sxwf type");
                labelKeys.add(key + ".task." + start.getFormKey().replace(':', '_') + ".title");
            }
            if (element instanceof ServiceTask task) {
                assertEquals(ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION, task.getImplementationType(),
                        key + "/" + task.getId() + " runs through a delegate expression");
                assertBean(key, task.getId(), task.getImplementation());
            }
            if (element instanceof UserTask task) {
                checkUserTask(key, process, task);
                labelKeys.add(key + ".task." + task.getFormKey().replace(':', '_') + ".title");
            }
        }
        for (String locale : LABEL_LOCALES) {
            java.util.Properties labels = labels(locale);
            for (String labelKey : labelKeys) {
                String value = labels.getProperty(labelKey);
                assertTrue(value != null && !value.isBlank(), "workflow-messages" + locale + ".properties has " + labelKey);
                if (locale.equals("_zh_CN")) {
                    assertTrue(value.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                            labelKey + " is Chinese in zh_CN: " + value);
                }
            }
        }
    }

    private static final List<String> LABEL_LOCALES = List.of("", "_en", "_zh_CN");

    private static java.util.Properties labels(String locale) throws IOException {
        String resource = SxProcessDefinitions.CLASSPATH_ROOT + "workflow-messages" + locale + ".properties";
        java.util.Properties labels = new java.util.Properties();
        try (InputStream in = BpmnFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            labels.load(in);
        }
        return labels;
    }

    @Test
    void labelBundlesHaveTheSameKeysInEveryLanguage() throws IOException {
        Set<Object> base = labels("").keySet();
        for (String locale : LABEL_LOCALES) {
            assertEquals(base, labels(locale).keySet(), "workflow-messages" + locale + ".properties");
        }
    }

    private void checkUserTask(String key, Process process, UserTask task) {
        String where = key + "/" + task.getId();
        assertTrue(task.getFormKey() != null && task.getFormKey().startsWith("sxwf:"), where + ": formKey names an sxwf type");
        for (String group : task.getCandidateGroups()) {
            assertTrue(GROUPS.contains(group) || group.startsWith("${"), where + ": unknown candidate group " + group);
        }
        Map<String, String> listeners = task.getTaskListeners().stream()
                .collect(Collectors.toMap(ActivitiListener::getEvent, ActivitiListener::getImplementation));
        assertEquals("${" + SxWorkflowBeans.TASK_DUE_DATE + "}", listeners.get("create"), where + ": due-date listener");
        assertEquals("${" + SxWorkflowBeans.TASK_OUTCOME + "}", listeners.get("complete"), where + ": outcome listener");
        listeners.values().forEach(l -> assertBean(key, task.getId(), l));

        List<BoundaryEvent> timers = process.findFlowElementsOfType(BoundaryEvent.class).stream()
                .filter(b -> task.getId().equals(b.getAttachedToRefId())).toList();
        assertTrue(timers.stream().anyMatch(b -> timer(b, "${" + WorkflowVariables.remindAt(task.getId()) + "}") && !b.isCancelActivity()
                && leadsTo(process, b, task.getId() + "Remind")), where + ": non-interrupting reminder timer to " + task.getId() + "Remind");
        assertTrue(timers.stream().anyMatch(b -> timer(b, "${" + WorkflowVariables.dueAt(task.getId()) + "}")
                && (b.isCancelActivity() || leadsTo(process, b, task.getId() + "Escalate"))),
                where + ": deadline timer (escalation to " + task.getId() + "Escalate, or interrupting)");
    }

    private static boolean timer(BoundaryEvent event, String timeDate) {
        return event.getEventDefinitions().stream().anyMatch(d -> d instanceof TimerEventDefinition t
                && timeDate.equals(t.getTimeDate()));
    }

    private static boolean leadsTo(Process process, BoundaryEvent event, String target) {
        return event.getOutgoingFlows().stream().map(SequenceFlow::getTargetRef).anyMatch(target::equals)
                && process.getFlowElement(target) instanceof ServiceTask;
    }

    private void assertBean(String key, String id, String expression) {
        Matcher m = EXPRESSION_BEAN.matcher(expression);
        assertTrue(m.matches(), key + "/" + id + ": delegate expression is a bean name: " + expression);
        assertTrue(beanNames.contains(m.group(1)), key + "/" + id + ": bean " + m.group(1) + " is defined in SxWorkflowBeans");
    }

    @Test
    void theCheckRejectsAFileThatBreaksTheSchema(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path bad = dir.resolve("sxBad.bpmn20.xml");
        Files.writeString(bad, "<definitions xmlns='http://www.omg.org/spec/BPMN/20100524/MODEL' targetNamespace='x'>"
                + "<process id='sxBad' isExecutable='true'><startEvent id='s'/><notAnElement/></process></definitions>");
        assertThrows(Exception.class, () -> check(bad));
    }

    @Test
    void everyFileDeploysOnARealEngine() {
        try (EngineHarness harness = new EngineHarness(new H2TestDatabase(), Map.of())) {
            SxProcessDefinitions.deployAll(harness.engine());
            for (String key : SxProcessDefinitions.PROCESS_KEYS) {
                assertEquals(1, harness.engine().getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionKey(key).count(), key);
            }
            // deploying the same files again is filtered as a duplicate: no new version
            SxProcessDefinitions.deployAll(harness.engine());
            assertEquals(1, harness.engine().getRepositoryService().createDeploymentQuery().count());
        }
    }
}
