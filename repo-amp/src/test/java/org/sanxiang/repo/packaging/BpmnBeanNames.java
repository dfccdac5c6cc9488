package org.sanxiang.repo.packaging;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Spring beans a BPMN 2.0 file asks Activiti for. Inside Alfresco, an expression sees process
 * variables and the entries of activitiBeanRegistry, nothing else, so every bean named here must
 * be registered there.
 *
 * <p>Counted as beans: the head of every {@code delegateExpression} (on a service task as
 * {@code activiti:delegateExpression}, on a listener unprefixed; always a bean), and the head of a
 * method call {@code ${name.method(...)}} in an {@code expression} attribute, unless the
 * head is a process variable: Activiti's {@code execution} and {@code task}, Alfresco's
 * {@code person}, {@code initiator}, {@code initiatorhome}, {@code companyhome}, {@code userhome},
 * or a model-prefixed variable such as {@code bpm_package} or {@code sxwf_caseFolder}.
 * Gateway conditions are not read: they test variables.
 */
final class BpmnBeanNames {

    private static final Pattern DELEGATE = Pattern.compile(
            "\\b(?:activiti:)?delegateExpression\\s*=\\s*\"[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern EXPRESSION_CALL = Pattern.compile(
            "\\b(?:activiti:)?expression\\s*=\\s*\"[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\.\\s*[A-Za-z_][A-Za-z0-9_]*\\s*\\(");
    private static final Set<String> VARIABLES = Set.of(
            "execution", "task", "person", "initiator", "initiatorhome", "companyhome", "userhome");

    private BpmnBeanNames() {
    }

    static Set<String> of(String bpmn) {
        Set<String> names = new LinkedHashSet<>();
        Matcher d = DELEGATE.matcher(bpmn);
        while (d.find()) {
            names.add(d.group(1));
        }
        Matcher e = EXPRESSION_CALL.matcher(bpmn);
        while (e.find()) {
            String head = e.group(1);
            if (!VARIABLES.contains(head) && !head.contains("_")) {
                names.add(head);
            }
        }
        return names;
    }
}
