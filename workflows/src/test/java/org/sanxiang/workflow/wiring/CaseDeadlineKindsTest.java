package org.sanxiang.workflow.wiring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.ModelResources;
import org.sanxiang.model.m2.M2ModelReader;
import org.sanxiang.workflow.engine.SxProcessDefinitions;

/** The task → deadline-kind table must not drift from the BPMN files and the sx:deadlineKinds constraint. */
class CaseDeadlineKindsTest {

    @Test
    @DisplayName("every kind CaseDeadlineKinds gives is a value of sx:deadlineKinds")
    void kindsAreModelValues() {
        Set<String> allowed = Set.copyOf(M2ModelReader.readResource(ModelResources.CONTENT_MODEL)
                .findConstraint("sx:deadlineKinds").orElseThrow().allowedValues());
        Set<String> unknown = new TreeSet<>(CaseDeadlineKinds.table().values());
        unknown.removeAll(allowed);
        assertTrue(unknown.isEmpty(), "kinds missing from sx:deadlineKinds in sxModel.xml: " + unknown);
    }

    @Test
    @DisplayName("every task key CaseDeadlineKinds lists is a user task of a shipped process")
    void tasksAreUserTasks() throws IOException {
        Set<String> userTasks = new TreeSet<>();
        Pattern userTask = Pattern.compile("<userTask id=\"(\\w+)\"");
        for (String key : SxProcessDefinitions.PROCESS_KEYS) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(SxProcessDefinitions.resourceFor(key))) {
                Matcher m = userTask.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) {
                    userTasks.add(m.group(1));
                }
            }
        }
        Set<String> unknown = new TreeSet<>(CaseDeadlineKinds.table().keySet());
        unknown.removeAll(userTasks);
        assertTrue(unknown.isEmpty(), "not user tasks of any process: " + unknown + " (user tasks: " + userTasks + ")");
    }
}
