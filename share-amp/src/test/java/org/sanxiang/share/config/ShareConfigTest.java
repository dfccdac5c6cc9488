package org.sanxiang.share.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.m2.M2Class;
import org.w3c.dom.Element;

/** The configuration files the Share Spring context bootstraps, and that context, checked against the shipped sx and sxwf models. */
class ShareConfigTest {

    private final ShareConfigChecker checker = ShareResources.shipped();

    @Test
    @DisplayName("every form field is an sx/sxwf property or association of its class, or a listed Alfresco field")
    void formFieldsAreModelNames() {
        assertNoProblems(checker.formFields());
    }

    @Test
    @DisplayName("every sx type (view, edit, create), sx aspect, sxwf task and start form has a form showing all its fields")
    void everyClassHasItsForm() {
        assertNoProblems(checker.formCoverage());
    }

    @Test
    @DisplayName("every control is a known Share control that fits the field's data type; outcomes use activiti-transitions.ftl")
    void controlsFitTheData() {
        assertNoProblems(checker.controls());
    }

    @Test
    @DisplayName("Document Library: every sx type in Change type under its real parent, every sx aspect visible, system aspects not editable")
    void documentLibraryPickers() {
        assertNoProblems(checker.documentLibrary());
    }

    @Test
    @DisplayName("every doclib action has its label, declared evaluators and a real 16x16 PNG icon")
    void doclibActions() {
        assertNoProblems(checker.actions());
        assertNoProblems(checker.evaluators());
    }

    @Test
    @DisplayName("the six actions of issue 7 are there: start legal review, start disclosure, request access, place/release legal hold, verify chain")
    void theActionsOfTheIssue() {
        Set<String> ids = new TreeSet<>();
        Element cfg = checker.find("string-compare", "DocLibActions").orElseThrow();
        ShareConfigChecker.children(cfg, "actions", "action").forEach(a -> ids.add(a.getAttribute("id")));
        assertEquals(new TreeSet<>(List.of("sx-start-legal-review", "sx-start-disclosure", "sx-request-access",
                "sx-place-legal-hold", "sx-release-legal-hold", "sx-verify-chain")), ids);
    }

    @Test
    @DisplayName("the ConfigBootstrap bean lists exactly the module's configuration files: the four concern files, each once")
    void bootstrapListsExactlyTheFiles() {
        Set<String> files = ShareResources.moduleConfigFiles();
        assertEquals(new TreeSet<>(List.of("alfresco/" + ShareConfigChecker.FORM_FILE, "alfresco/" + ShareConfigChecker.ASPECT_FORM_FILE,
                "alfresco/" + ShareConfigChecker.WORKFLOW_FORM_FILE, "alfresco/" + ShareConfigChecker.DOCLIB_FILE)), files,
                "the module's <alfresco-config> files in target/classes (a file deleted from src/main/resources stays there until mvn clean)");
        assertNoProblems(checker.bootstrap(files));
    }

    @Test
    @DisplayName("every config is in its concern's file (types, aspects, workflow, Document Library) and none is there twice")
    void oneFilePerConcern() {
        assertNoProblems(checker.placement());
        assertNoProblems(checker.duplicates());
        Set<String> files = new TreeSet<>();
        checker.configs().forEach(c -> files.add(checker.fileOf(c)));
        assertEquals(4, files.size(), "the checks read every file: " + files);
    }

    @Test
    @DisplayName("every label id, action label, type and aspect label is in the Share bundle")
    void labelsExist() {
        assertNoProblems(checker.labels());
    }

    @Test
    @DisplayName("the start forms name the process keys of DESIGN.md")
    void startFormsNameTheProcesses() {
        Set<String> conditions = new TreeSet<>();
        checker.configs().stream().map(c -> c.getAttribute("condition")).filter(c -> c.startsWith("activiti$"))
                .forEach(conditions::add);
        assertEquals(new TreeSet<>(List.of("activiti$sxAccess", "activiti$sxAnnualReport", "activiti$sxCaseRecord", "activiti$sxDisclosure",
                "activiti$sxLegalReview", "activiti$sxObjection", "activiti$sxRetention")), conditions);
    }

    @Test
    @DisplayName("every sxwf outcome task declares its outcome property (the checker's transitions check is not vacuous)")
    void outcomeTasksAreFound() {
        long outcomeTasks = ShareResources.workflowModel().types().stream()
                .filter(t -> "bpm:activitiOutcomeTask".equals(t.parent())).count();
        long withOutcome = ShareResources.workflowModel().types().stream()
                .map(checker::outcomeProperty).filter(java.util.Optional::isPresent).count();
        assertTrue(outcomeTasks > 0);
        assertEquals(outcomeTasks, withOutcome);
        assertTrue(ShareResources.contentModel().classes().stream().anyMatch(c -> c.kind() == M2Class.Kind.ASPECT));
    }

    @Test
    @DisplayName("what the repository computes (deadlines, seal, inspection, retention, legal hold) is read-only in every form")
    void computedFieldsAreReadOnly() {
        Set<String> computed = new TreeSet<>(List.of("sx:nextDeadline", "sx:nextDeadlineKind", "sx:runningDeadlines",
                "sx:deadlinesProvisional", "sx:storageDue", "sx:disclosureDue", "sx:reviewDue", "sxwf:deadline",
                "sxwf:deadlineProvisional", "sxwf:deadlineCitation"));
        for (String aspect : List.of("sx:sealed", "sx:inspected", "sx:retention", "sx:legalHold")) {
            ShareResources.contentModel().findClass(aspect).orElseThrow().properties().forEach(p -> computed.add(p.name()));
        }
        Set<String> seen = new TreeSet<>();
        for (Element cfg : checker.configs()) {
            for (Element field : ShareConfigChecker.descendants(cfg, "field")) {
                String id = field.getAttribute("id");
                if (computed.contains(id)) {
                    seen.add(id);
                    assertEquals("true", field.getAttribute("read-only"),
                            cfg.getAttribute("condition") + ": field " + id + " is computed by the repository and must be read-only");
                }
            }
        }
        assertEquals(computed, seen, "every computed field appears in some form");
    }

    static void assertNoProblems(List<String> problems) {
        assertTrue(problems.isEmpty(), problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }
}
