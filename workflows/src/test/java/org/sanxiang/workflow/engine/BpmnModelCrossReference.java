package org.sanxiang.workflow.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.sanxiang.model.m2.M2Class;
import org.sanxiang.model.m2.M2Constraint;
import org.sanxiang.model.m2.M2Model;
import org.sanxiang.model.m2.M2Property;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks the names the processes use against the task model ({@code sxwf:workflowModel}), the way
 * Alfresco will bind them: a form field {@code sxwf:x} is the variable {@code sxwf_x}. Every problem
 * is reported with the file (or class) and the name, so a broken BPMN or constant fails loudly.
 * <ul>
 * <li>every {@code activiti:formKey} names an sxwf type of the model;</li>
 * <li>every user task {@code K} with a form has the outcome property {@code sxwf:KOutcome}, which is the
 * type's {@code bpm:outcomePropertyName} (the outcome listener copies {@code sxwf_KOutcome});</li>
 * <li>every {@code sxwf_*} variable named in an expression, and every {@code sxwf_*} / {@code bpm_*}
 * string constant of the workflow classes, is a property of the model, or of Alfresco's bpm model
 * as far as {@link #BPM_NAMES} lists the ones used;</li>
 * <li>every outcome value compared in a BPMN condition is in that outcome property's LIST constraint.</li>
 * </ul>
 */
public final class BpmnModelCrossReference {

    /** The properties of Alfresco's bpm model the processes use (bpm:package, bpm:assignee, ...). */
    public static final Set<String> BPM_NAMES = Set.of("bpm_package", "bpm_assignee", "bpm_dueDate", "bpm_description",
            "bpm_workflowDescription", "bpm_comment", "bpm_priority", "bpm_outcomePropertyName", "bpm_groupAssignee");

    private static final Pattern VARIABLE = Pattern.compile("\\b((?:sxwf|bpm)_[A-Za-z]\\w*)");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)\\}");
    private static final Pattern OUTCOME_TEST = Pattern.compile(
            "\\b(sxwf_\\w+Outcome)\\s*(?:==|!=|\\beq\\b|\\bne\\b)\\s*['\"]([^'\"]*)['\"]");
    private static final Pattern CONSTANT = Pattern.compile("^(?:sxwf|bpm)_[A-Za-z]\\w*$");
    private static final String ACTIVITI = "http://activiti.org/bpmn";

    private final M2Model model;

    public BpmnModelCrossReference(M2Model model) {
        this.model = model;
    }

    /** The problems of one BPMN document; empty when every name is in the model. */
    public List<String> checkBpmn(String source, String xml) {
        List<String> problems = new ArrayList<>();
        Document document = parse(source, xml);
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String formKey = element.getAttributeNS(ACTIVITI, "formKey");
            if (!formKey.isEmpty()) {
                checkFormKey(source, element, formKey, problems);
            }
            for (int a = 0; a < element.getAttributes().getLength(); a++) {
                checkExpressions(source, element.getAttributes().item(a).getNodeValue(), problems);
            }
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                    checkExpressions(source, child.getNodeValue(), problems);
                }
            }
        }
        return problems;
    }

    /** The problems of the {@code sxwf_*} / {@code bpm_*} String constants of the given classes. */
    public List<String> checkConstants(List<Class<?>> classes) {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : classes) {
            for (Field field : type.getDeclaredFields()) {
                int m = field.getModifiers();
                if (!Modifier.isStatic(m) || !Modifier.isFinal(m) || field.getType() != String.class || !field.trySetAccessible()) {
                    continue;
                }
                String value;
                try {
                    value = (String) field.get(null);
                } catch (IllegalAccessException e) {
                    continue;
                }
                if (value != null && CONSTANT.matcher(value).matches() && !known(value)) {
                    problems.add(type.getName() + "." + field.getName() + " = \"" + value + "\": no property "
                            + value.replaceFirst("_", ":") + " in the model" + (value.startsWith("bpm_")
                                    ? " list (BpmnModelCrossReference.BPM_NAMES)" : " (a process-internal variable takes the prefix sxp_)"));
                }
            }
        }
        return problems;
    }

    /** Every class compiled under {@code root} (a classes directory) in package {@code packageName} and below. */
    public static List<Class<?>> classesUnder(Path root, String packageName) throws IOException {
        Path base = root.resolve(packageName.replace('.', '/'));
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                try {
                    classes.add(Class.forName(name, false, BpmnModelCrossReference.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot load " + name, e);
                }
            }
        }
        return classes;
    }

    private void checkFormKey(String source, Element element, String formKey, List<String> problems) {
        String id = element.getAttribute("id");
        Optional<M2Class> type = model.findClass(formKey);
        if (!formKey.startsWith("sxwf:") || type.isEmpty()) {
            problems.add(source + ": " + element.getLocalName() + " '" + id + "' has formKey '" + formKey
                    + "', which is not an sxwf type of the model");
            return;
        }
        if (!"userTask".equals(element.getLocalName())) {
            return;
        }
        String outcome = "sxwf:" + id + "Outcome";
        if (findProperty(outcome).isEmpty() || type.get().findProperty(outcome).isEmpty()) {
            problems.add(source + ": user task '" + id + "' (" + formKey + ") has no outcome property " + outcome
                    + " in its type: the outcome listener copies sxwf_" + id + "Outcome");
            return;
        }
        String declared = type.get().findOverride("bpm:outcomePropertyName").map(o -> o.defaultValue()).orElse("");
        if (!declared.endsWith("}" + id + "Outcome")) {
            problems.add(source + ": " + formKey + " names '" + declared + "' as bpm:outcomePropertyName, not " + outcome);
        }
    }

    private void checkExpressions(String source, String text, List<String> problems) {
        if (text == null || !text.contains("${")) {
            return;
        }
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            String body = expression.group(1);
            Matcher variable = VARIABLE.matcher(body);
            while (variable.find()) {
                if (!known(variable.group(1))) {
                    problems.add(source + ": ${" + body + "} names " + variable.group(1) + ", which is no property "
                            + variable.group(1).replaceFirst("_", ":") + " of the model (a process-internal variable takes the prefix sxp_)");
                }
            }
            Matcher test = OUTCOME_TEST.matcher(body);
            while (test.find()) {
                checkOutcomeValue(source, body, test.group(1), test.group(2), problems);
            }
        }
    }

    private void checkOutcomeValue(String source, String body, String variable, String value, List<String> problems) {
        Optional<M2Property> property = findProperty(variable.replaceFirst("_", ":"));
        if (property.isEmpty()) {
            return; // reported as an unknown variable
        }
        Set<String> allowed = new TreeSet<>();
        for (String ref : property.get().constraintRefs()) {
            model.findConstraint(ref).filter(M2Constraint::isList).ifPresent(c -> allowed.addAll(c.allowedValues()));
        }
        property.get().inlineConstraints().stream().filter(M2Constraint::isList).forEach(c -> allowed.addAll(c.allowedValues()));
        if (allowed.isEmpty()) {
            problems.add(source + ": ${" + body + "} compares " + variable + ", which has no LIST constraint");
        } else if (!allowed.contains(value)) {
            problems.add(source + ": ${" + body + "} compares " + variable + " with '" + value + "', which is not one of "
                    + allowed);
        }
    }

    private boolean known(String variable) {
        if (variable.startsWith("bpm_")) {
            return BPM_NAMES.contains(variable);
        }
        return findProperty(variable.replaceFirst("_", ":")).isPresent();
    }

    private Optional<M2Property> findProperty(String prefixed) {
        return Stream.concat(model.types().stream(), model.aspects().stream())
                .flatMap(c -> c.findProperty(prefixed).stream()).findFirst();
    }

    private static Document parse(String source, String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalArgumentException(source + ": not a BPMN document: " + e.getMessage(), e);
        }
    }
}
