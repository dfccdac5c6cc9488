package org.sanxiang.workflow.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;

import org.activiti.bpmn.converter.BpmnXMLConverter;
import org.activiti.bpmn.model.BpmnModel;
import org.activiti.bpmn.model.ExclusiveGateway;
import org.activiti.bpmn.model.FlowElement;
import org.activiti.bpmn.model.FlowNode;
import org.activiti.bpmn.model.Process;
import org.activiti.bpmn.model.SequenceFlow;
import org.activiti.bpmn.model.ServiceTask;
import org.activiti.bpmn.model.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.ModelResources;
import org.sanxiang.model.QName;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.model.m2.M2Class;
import org.sanxiang.model.m2.M2Model;
import org.sanxiang.model.m2.M2ModelReader;
import org.sanxiang.rules.calendar.WeekdaysOnlyTestCalendar;
import org.sanxiang.workflow.VariableCaseLocator;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.access.AccessPolicy;
import org.sanxiang.workflow.engine.SxProcessDefinitions;
import org.sanxiang.workflow.port.memory.InMemoryAccessGrants;
import org.sanxiang.workflow.port.memory.InMemoryBorrowingRegister;
import org.sanxiang.workflow.port.memory.InMemoryCases;
import org.sanxiang.workflow.port.memory.InMemoryDisclosureChannel;
import org.sanxiang.workflow.port.memory.RecordingNotifications;
import org.sanxiang.workflow.review.LegalReviewProcess;

/**
 * A value the completing task hands off ({@link SxWorkflowBeans#HANDED_OFF}) lives only in the completing transaction:
 * every step that reads it must be reached from a task that sets it, through service tasks and exclusive gateways
 * only, none asynchronous — no wait state, timer, parallel join or process start in between. Parsed from every
 * shipped BPMN and the steps' code, so that a BPMN edit adding {@code activiti:async} or a wait, or a new reader
 * elsewhere, fails the build instead of losing the value.
 */
class HandOffsTest {

    private static final Path MAIN = Path.of("src/main/java/org/sanxiang/workflow");
    private static final String LEGAL_REVIEW_PROCESS = "sxLegalReview";
    /** The writer and the declarations name the variables without reading them. */
    private static final Set<String> NOT_READERS = Set.of("OutcomeTaskListener.java", "SxWorkflowBeans.java", "HandOff.java",
            "WorkflowVariables.java");
    private static final Pattern COMPLETER = Pattern.compile("completedBy\\(\\s*(\\w+)\\.(\\w+)\\s*\\)");
    private static final Pattern OUTCOME = Pattern.compile("outcome\\(\\s*(\\w+)\\.(\\w+)\\s*\\)");
    /** A completer or outcome whose name is computed ({@code outcome(task)}): the proof cannot tell which it reads. */
    private static final Pattern COMPUTED = Pattern.compile("(?:completedBy|outcome)\\(\\s*(?!\\w+\\.\\w+\\s*\\))[^)\\s][^)]*\\)");
    private static final Pattern FIELD = Pattern.compile("SanxiangWorkflowModel\\.(PROP_\\w+)");
    private static final Pattern STATIC_FIELD = Pattern.compile("import static org\\.sanxiang\\.model\\.SanxiangWorkflowModel\\.(PROP_\\w+);");
    private static final Pattern BEAN = Pattern.compile("^\\$\\{(\\w+)\\}$");
    private static final M2Model TASK_MODEL = M2ModelReader.readResource(ModelResources.WORKFLOW_MODEL);
    private static final Map<String, Object> BEANS = SxWorkflowBeans.create(new WorkflowPorts(new InMemoryCases(), new InMemoryCases(),
            new InMemoryDisclosureChannel(), new RecordingNotifications(), new InMemoryBorrowingRegister(),
            new InMemoryAccessGrants()), new WeekdaysOnlyTestCalendar(), ZoneId.of("Asia/Shanghai"), new VariableCaseLocator(),
            AccessPolicy.DEFAULT);

    @Test
    @DisplayName("issue 17 (lean process state): every value handed off is read only right after a task that sets it")
    void everyHandOffIsReadOnlyRightAfterItsTask() throws Exception {
        Map<String, String> shipped = shipped();
        Map<String, List<String>> unproven = new TreeMap<>();
        for (String variable : SxWorkflowBeans.HANDED_OFF) {
            List<String> problems = problems(variable, shipped);
            if (!problems.isEmpty()) {
                unproven.put(variable, problems);
            }
        }
        assertEquals(Map.of(), unproven, "handed off, but a reader runs where the hand-off is gone");
    }

    @Test
    @DisplayName("issue 17 (lean process state): a completer is handed off exactly where every reader follows its task")
    void everyCompleterThatCanBeHandedOffIs() throws Exception {
        Map<String, String> shipped = shipped();
        Map<String, Boolean> expected = new TreeMap<>();
        Map<String, Boolean> declared = new TreeMap<>();
        for (String task : SxWorkflowBeans.COMPLETERS_READ) {
            String variable = WorkflowVariables.completedBy(task);
            expected.put(variable, problems(variable, shipped).isEmpty());
            declared.put(variable, SxWorkflowBeans.HANDED_OFF.contains(variable));
        }
        assertEquals(expected, declared);
        // the copies kept: read after a later task, or on a path that does not start at the task
        assertFalse(expected.get(WorkflowVariables.completedBy(org.sanxiang.workflow.objection.ObjectionProcess.UNIT_CHECK)));
        assertFalse(expected.get(WorkflowVariables.completedBy(org.sanxiang.workflow.report.AnnualReportProcess.REVIEW)));
        assertFalse(expected.get(WorkflowVariables.completedBy(org.sanxiang.workflow.access.AccessProcess.APPROVE_TASK)));
    }

    @Test
    @DisplayName("issue 17 (lean process state): an outcome a step reads is handed off exactly where every reader follows its task")
    void everyOutcomeThatCanBeHandedOffIs() throws Exception {
        Map<String, String> shipped = shipped();
        Map<String, Boolean> expected = new TreeMap<>();
        Map<String, Boolean> declared = new TreeMap<>();
        for (M2Class type : TASK_MODEL.types()) {
            for (var property : type.properties()) {
                String variable = property.name().replace(':', '_');
                if (!variable.endsWith("Outcome") || readerBeans(variable, new ArrayList<>()).isEmpty()) {
                    continue; // read by no step: a gateway's expression, or nobody (a single outcome is never copied)
                }
                expected.put(variable, problems(variable, shipped).isEmpty());
                declared.put(variable, SxWorkflowBeans.HANDED_OFF.contains(variable));
            }
        }
        assertEquals(expected, declared);
        // the review's opinion type goes to the step that records it; the leader's decision is read by a gateway
        assertTrue(expected.get(WorkflowVariables.outcome(LegalReviewProcess.LEGAL_REVIEW)));
        assertFalse(SxWorkflowBeans.HANDED_OFF.contains(WorkflowVariables.outcome(LegalReviewProcess.LEADER_DECISION)));
    }

    @Test
    @DisplayName("issue 17: an asynchronous step, an asynchronous gateway or a wait between the task and its reader breaks the proof")
    void anAsynchronousStepOrAWaitBreaksTheProof() throws Exception {
        Map<String, String> shipped = shipped();
        String review = shipped.get(LEGAL_REVIEW_PROCESS);
        String opinion = SanxiangWorkflowModel.PROP_OPINION_TEXT.toVariableName();
        String decider = WorkflowVariables.completedBy(LegalReviewProcess.LEADER_DECISION);
        String number = SanxiangWorkflowModel.PROP_DECISION_DOCUMENT_NUMBER.toVariableName();
        assertEquals(List.of(), problems(opinion, shipped));
        assertEquals(List.of(), problems(decider, shipped));
        assertEquals(List.of(), problems(number, shipped));

        String asyncStep = replaceOnce(review, "<serviceTask id=\"recordOpinion\"", "<serviceTask id=\"recordOpinion\" activiti:async=\"true\"");
        assertProblem(problems(opinion, with(shipped, asyncStep)), "recordOpinion", "asynchronous");
        String asyncGateway = replaceOnce(review, "<exclusiveGateway id=\"leaderResult\"", "<exclusiveGateway id=\"leaderResult\" activiti:async=\"true\"");
        assertProblem(problems(decider, with(shipped, asyncGateway)), "leaderResult", "asynchronous");
        String wait = replaceOnce(review, "sourceRef=\"fileDecision\" targetRef=\"recordFiling\"/>",
                "sourceRef=\"fileDecision\" targetRef=\"received\"/><receiveTask id=\"received\"/>"
                        + "<sequenceFlow id=\"toRecordFilingLater\" sourceRef=\"received\" targetRef=\"recordFiling\"/>");
        assertProblem(problems(number, with(shipped, wait)), "recordFiling", "received");
        String elsewhere = replaceOnce(review, "sourceRef=\"reviewRequired\" targetRef=\"prepareDecision\"/>",
                "sourceRef=\"reviewRequired\" targetRef=\"recordFiling\"/>");
        assertProblem(problems(number, with(shipped, elsewhere)), "recordFiling", "StartEvent start");
    }

    @Test
    @DisplayName("issue 17: an outcome a gateway's expression reads, or a step computing outcome names, breaks the proof")
    void aGatewayOrAComputedNameBreaksTheProof() throws Exception {
        Map<String, String> shipped = shipped();
        String outcome = WorkflowVariables.outcome(LegalReviewProcess.LEGAL_REVIEW);
        assertEquals(List.of(), problems(outcome, shipped));
        String gateway = replaceOnce(shipped.get(LEGAL_REVIEW_PROCESS), "${sxp_reviewRoute == 'extension'}",
                "${" + outcome + " == 'extension'}");
        assertProblem(problems(outcome, with(shipped, gateway)), "an expression reads", outcome);
        // the pattern that makes a step a reader of every outcome and completer, whose name it computes
        assertTrue(COMPUTED.matcher("step.value(WorkflowVariables.outcome(task))").find());
        assertTrue(COMPUTED.matcher("step.string(WorkflowVariables.completedBy(key))").find());
        assertFalse(COMPUTED.matcher("step.value(WorkflowVariables.outcome(AnnualReportProcess.REVIEW))").find());
        assertFalse(COMPUTED.matcher("type.outcome()").find());
    }

    // ---- the proof

    /** Why the variable cannot be handed off: readers reached otherwise than right after a task that sets it. */
    static List<String> problems(String variable, Map<String, String> bpmn) throws IOException, ReflectiveOperationException,
            javax.xml.stream.XMLStreamException {
        List<String> problems = new ArrayList<>();
        Set<String> readerBeans = readerBeans(variable, problems);
        for (Map.Entry<String, String> file : bpmn.entrySet()) {
            String xml = file.getValue();
            if (xml.contains(variable)) {
                problems.add(file.getKey() + ": an expression reads " + variable);
            }
            BpmnModel model = new BpmnXMLConverter().convertToBpmnModel(XMLInputFactory.newFactory()
                    .createXMLStreamReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "UTF-8"));
            for (Process process : model.getProcesses()) {
                for (ServiceTask step : process.findFlowElementsOfType(ServiceTask.class, true)) {
                    Matcher bean = BEAN.matcher(Optional.ofNullable(step.getImplementation()).orElse(""));
                    if (!bean.matches() || !readerBeans.contains(bean.group(1))) {
                        continue;
                    }
                    Set<String> origins = new TreeSet<>();
                    origins(process, step, new HashSet<>(), origins);
                    for (String origin : origins) {
                        if (!(process.getFlowElementRecursive(origin) instanceof UserTask task && sets(task, variable))) {
                            problems.add(process.getId() + "/" + step.getId() + " reached from " + origin);
                        }
                    }
                    assertFalse(origins.isEmpty(), step.getId());
                }
            }
            for (String bean : readerBeans) {
                long mentions = Pattern.compile(Pattern.quote("${" + bean + "}")).matcher(xml).results().count();
                long steps = model.getProcesses().stream().flatMap(p -> p.findFlowElementsOfType(ServiceTask.class, true).stream())
                        .filter(s -> ("${" + bean + "}").equals(s.getImplementation())).count();
                if (mentions != steps) {
                    problems.add(file.getKey() + ": " + bean + " runs where it is no service task");
                }
            }
        }
        return problems;
    }

    /**
     * The user tasks whose completion reaches the node in the same transaction; anything else that reaches it
     * (a start, a timer, a join, an asynchronous continuation) as its description.
     */
    private static void origins(Process process, FlowNode node, Set<String> seen, Set<String> origins) {
        if (node.isAsynchronous()) {
            origins.add("asynchronous " + node.getId());
            return;
        }
        for (SequenceFlow flow : node.getIncomingFlows()) {
            FlowElement source = process.getFlowElementRecursive(flow.getSourceRef());
            if (source instanceof UserTask) {
                origins.add(source.getId());
            } else if ((source instanceof ServiceTask || source instanceof ExclusiveGateway) && seen.add(source.getId())) {
                origins(process, (FlowNode) source, seen, origins);
            } else if (!(source instanceof ServiceTask || source instanceof ExclusiveGateway)) {
                origins.add(source.getClass().getSimpleName() + " " + source.getId());
            }
        }
    }

    /** The task sets the variable: its completer, or a property of its form's type (with parents and aspects). */
    private static boolean sets(UserTask task, String variable) {
        if (variable.equals(WorkflowVariables.completedBy(task.getId()))) {
            return true;
        }
        return variable.startsWith(SanxiangWorkflowModel.PREFIX + "_") && task.getFormKey() != null
                && hasProperty(task.getFormKey(), variable.replaceFirst("_", ":"), new HashSet<>());
    }

    private static boolean hasProperty(String className, String property, Set<String> seen) {
        Optional<M2Class> type = TASK_MODEL.findClass(className);
        if (type.isEmpty() || !seen.add(className)) {
            return false;
        }
        M2Class c = type.get();
        return c.findProperty(property).isPresent() || (c.parent() != null && hasProperty(c.parent(), property, seen))
                || c.mandatoryAspects().stream().anyMatch(a -> hasProperty(a, property, seen));
    }

    /** The beans whose class reads the variable; a reader that is no bean (a helper, another listener) is a problem. */
    private static Set<String> readerBeans(String variable, List<String> problems) throws IOException, ReflectiveOperationException {
        Set<String> beans = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !NOT_READERS.contains(f.getFileName().toString())).toList()) {
                String code = Files.readString(file, StandardCharsets.UTF_8);
                if (!reads(code, variable)) {
                    continue;
                }
                Class<?> reader = Class.forName(packageOf(code) + "." + file.getFileName().toString().replace(".java", ""));
                List<String> named = BEANS.entrySet().stream().filter(e -> reader.isInstance(e.getValue())).map(Map.Entry::getKey).toList();
                if (named.isEmpty()) {
                    problems.add(reader.getSimpleName() + " reads " + variable + " and is no bean of a step");
                }
                beans.addAll(named);
            }
        }
        return beans;
    }

    private static boolean reads(String code, String variable) throws ReflectiveOperationException {
        Matcher completer = COMPLETER.matcher(code);
        while (completer.find()) {
            if (variable.equals(WorkflowVariables.completedBy((String) classNamed(code, completer.group(1)).getField(completer.group(2)).get(null)))) {
                return true;
            }
        }
        Matcher outcome = OUTCOME.matcher(code);
        while (outcome.find()) {
            if (variable.equals(WorkflowVariables.outcome((String) classNamed(code, outcome.group(1)).getField(outcome.group(2)).get(null)))) {
                return true;
            }
        }
        if (COMPUTED.matcher(code).find() && (variable.endsWith("CompletedBy") || variable.endsWith("Outcome"))) {
            return true; // a computed name may be this one: such a reader is proven only if it is a step reached right after the task
        }
        List<String> fields = new ArrayList<>();
        FIELD.matcher(code).results().forEach(m -> fields.add(m.group(1)));
        STATIC_FIELD.matcher(code).results().forEach(m -> fields.add(m.group(1)));
        for (String field : fields) {
            if (variable.equals(((QName) SanxiangWorkflowModel.class.getField(field).get(null)).toVariableName())) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> classNamed(String code, String simpleName) throws ClassNotFoundException {
        Matcher imported = Pattern.compile("import ([\\w.]+\\." + simpleName + ");").matcher(code);
        return Class.forName(imported.find() ? imported.group(1) : packageOf(code) + "." + simpleName);
    }

    private static String packageOf(String code) {
        Matcher pkg = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE).matcher(code);
        assertTrue(pkg.find());
        return pkg.group(1);
    }

    // ---- the files

    private static Map<String, String> shipped() throws IOException, URISyntaxException {
        URL folder = HandOffsTest.class.getClassLoader().getResource(SxProcessDefinitions.CLASSPATH_ROOT);
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.list(Path.of(folder.toURI()))) {
            for (Path p : paths.filter(f -> f.getFileName().toString().endsWith(".bpmn20.xml")).sorted().toList()) {
                files.put(p.getFileName().toString().replace(".bpmn20.xml", ""), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        assertEquals(Set.copyOf(SxProcessDefinitions.PROCESS_KEYS), files.keySet());
        return files;
    }

    private static Map<String, String> with(Map<String, String> shipped, String legalReview) {
        Map<String, String> changed = new LinkedHashMap<>(shipped);
        changed.put(LEGAL_REVIEW_PROCESS, legalReview);
        return changed;
    }

    private static String replaceOnce(String xml, String what, String by) {
        assertTrue(xml.contains(what), what);
        return xml.replace(what, by);
    }

    private static void assertProblem(List<String> problems, String... words) {
        assertTrue(problems.stream().anyMatch(p -> Stream.of(words).allMatch(p::contains)), List.of(words) + " in " + problems);
    }
}
