package org.sanxiang.standalone.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import io.javalin.Javalin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.sanxiang.model.ModelResources;
import org.sanxiang.model.m2.M2Class;
import org.sanxiang.model.m2.M2Constraint;
import org.sanxiang.model.m2.M2Model;
import org.sanxiang.model.m2.M2ModelReader;
import org.sanxiang.model.m2.M2Property;
import org.sanxiang.rules.calendar.CalendarRepository;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A form rendered by the console and the Share form of the same type show the same fields: for every task
 * form ({@code task-type sxwf:...}) and every start form ({@code activiti$sx...}) of share-amp's
 * workflow form configuration, read here from share-amp's own source file, the console's page lists the
 * same fields in the same order, in the same sets, with the model's mandatory flags and LIST values, and
 * the same outcome buttons.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleFormsTest {

    /** share-amp's file as it is in git, not the copy in this jar. */
    private static final Path SHARE_CONFIG = Path.of("../share-amp/src/main/resources/alfresco/sanxiang-share-workflow-form-config.xml");
    private static final Pattern FIELD = Pattern.compile("data-field=\"([^\"]*)\"\\s+data-set=\"([^\"]*)\"\\s+"
            + "data-mandatory=\"([^\"]*)\"\\s+data-control=\"([^\"]*)\"\\s+data-allowed=\"([^\"]*)\"");
    private static final Pattern OUTCOME = Pattern.compile("name=\"outcome\" value=\"([^\"]*)\"");

    /** What a form shows of one field. */
    record Shown(String id, String set, boolean mandatory, List<String> allowed) {
    }

    private Javalin app;
    private ConsoleClient client;
    private final List<M2Model> models = List.of(M2ModelReader.readResource(ModelResources.CONTENT_MODEL),
            M2ModelReader.readResource(ModelResources.WORKFLOW_MODEL));

    @BeforeAll
    void start() {
        WebConsole console = new WebConsole(new ConsoleAccess() {
            @Override
            public org.sanxiang.standalone.runtime.SanxiangService service(ConsolePrincipal user) {
                return null;
            }

            @Override
            public void checkMayComplete(ConsolePrincipal user, String taskId) {
            }

            @Override
            public boolean mayStart(ConsolePrincipal user, String processKey) {
                return false;
            }
        }, new RuntimeConsoleUsers(org.sanxiang.standalone.auth.DemoUsers.directory()), new CalendarRepository((Path) null),
                ZoneId.of("Asia/Shanghai"), Clock.systemUTC(), 1024 * 1024);
        app = Javalin.create(console::configure);
        console.routes(app);
        app.start("127.0.0.1", 0);
        client = new ConsoleClient("http://127.0.0.1:" + app.port()).login("officer1");
    }

    @AfterAll
    void stop() {
        app.stop();
    }

    @TestFactory
    Stream<DynamicTest> everyWorkflowFormShowsTheShareFields() throws Exception {
        Document doc;
        try (InputStream in = Files.newInputStream(SHARE_CONFIG)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = f.newDocumentBuilder().parse(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Element config : children(doc.getDocumentElement(), "config")) {
            String evaluator = config.getAttribute("evaluator");
            String condition = config.getAttribute("condition");
            Element form = children(children(config, "forms").get(0), "form").get(0);
            tests.add(DynamicTest.dynamicTest(evaluator + " " + condition, () -> compare(evaluator, condition, form)));
        }
        assertTrue(tests.size() >= 30, "every task and start form: " + tests.size());
        return tests.stream();
    }

    private void compare(String evaluator, String condition, Element form) {
        // Share: the shown fields, grouped into the declared sets in declaration order, show order within a set
        List<String> sets = new ArrayList<>();
        Map<String, String> setOf = new LinkedHashMap<>();
        String outcomeField = null;
        for (Element appearance : children(form, "appearance")) {
            children(appearance, "set").forEach(s -> sets.add(s.getAttribute("id")));
            for (Element field : children(appearance, "field")) {
                setOf.put(field.getAttribute("id"), field.getAttribute("set"));
                for (Element control : children(field, "control")) {
                    if (control.getAttribute("template").endsWith("activiti-transitions.ftl")) {
                        outcomeField = field.getAttribute("id");
                    }
                }
            }
        }
        Map<String, List<Shown>> bySet = new LinkedHashMap<>();
        sets.forEach(s -> bySet.put(s, new ArrayList<>()));
        for (Element visibility : children(form, "field-visibility")) {
            for (Element show : children(visibility, "show")) {
                String id = show.getAttribute("id");
                String set = setOf.getOrDefault(id, "");
                set = bySet.containsKey(set) ? set : "";
                Optional<M2Property> p = property(id);
                bySet.computeIfAbsent(set, k -> new ArrayList<>()).add(new Shown(id, set,
                        p.map(M2Property::mandatory).orElse(false), p.map(this::allowed).orElse(List.of())));
            }
        }
        List<Shown> expected = bySet.values().stream().flatMap(List::stream).toList();

        // the console's page
        ConsoleClient.Page page = client.get("/forms?evaluator=" + URLEncoder.encode(evaluator, StandardCharsets.UTF_8)
                + "&condition=" + URLEncoder.encode(condition, StandardCharsets.UTF_8));
        assertEquals(200, page.status(), page.body());
        List<Shown> actual = new ArrayList<>();
        Matcher m = FIELD.matcher(page.body());
        while (m.find()) {
            actual.add(new Shown(m.group(1), m.group(2), Boolean.parseBoolean(m.group(3)),
                    m.group(5).isEmpty() ? List.of() : List.of(m.group(5).split(" "))));
        }
        assertEquals(expected, actual, condition + ": fields, order, sets, mandatory, LIST values");

        List<String> buttons = new ArrayList<>();
        Matcher b = OUTCOME.matcher(page.body());
        while (b.find()) {
            buttons.add(b.group(1));
        }
        if (outcomeField == null) {
            assertEquals(List.of(), buttons, condition + " has no outcome");
        } else {
            List<String> outcomes = property(outcomeField).map(this::allowed).orElseThrow();
            assertFalse(outcomes.isEmpty(), outcomeField + " has LIST values");
            assertEquals(outcomes, buttons, condition + ": an outcome button for each value of " + outcomeField);
        }
    }

    private Optional<M2Property> property(String id) {
        for (M2Model model : models) {
            for (M2Class c : model.classes()) {
                Optional<M2Property> p = c.findProperty(id);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    private List<String> allowed(M2Property p) {
        List<String> values = new ArrayList<>();
        for (String ref : p.constraintRefs()) {
            models.stream().map(m -> m.findConstraint(ref)).flatMap(Optional::stream).filter(M2Constraint::isList)
                    .findFirst().ifPresent(c -> values.addAll(c.allowedValues()));
        }
        p.inlineConstraints().stream().filter(M2Constraint::isList).forEach(c -> values.addAll(c.allowedValues()));
        return values;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }
}
