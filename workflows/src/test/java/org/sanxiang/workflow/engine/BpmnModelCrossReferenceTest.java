package org.sanxiang.workflow.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanxiang.model.ModelResources;
import org.sanxiang.model.m2.M2Model;
import org.sanxiang.model.m2.M2ModelReader;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.rules.review.OpinionType;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.review.OpinionCodes;

/**
 * The BPMN files and the workflow Java name only what the task model defines (see
 * {@link BpmnModelCrossReference}); broken copies prove the check fails loudly.
 */
class BpmnModelCrossReferenceTest {

    private static final M2Model WF = M2ModelReader.readResource(ModelResources.WORKFLOW_MODEL);
    private final BpmnModelCrossReference check = new BpmnModelCrossReference(WF);

    static List<Path> bpmnFiles() throws Exception {
        return BpmnFilesTest.bpmnFiles();
    }

    @ParameterizedTest(name = "{0}: form keys, variables and outcome values are in the model")
    @MethodSource("bpmnFiles")
    void everyBpmnFileNamesOnlyModelNames(Path file) throws Exception {
        List<String> problems = check.checkBpmn(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    @DisplayName("every sxwf_* / bpm_* constant of the workflow classes is a property of the model (or a listed bpm name)")
    void everyWorkflowConstantIsAModelProperty() throws Exception {
        Path classes = Path.of(WorkflowVariables.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> types = BpmnModelCrossReference.classesUnder(classes, "org.sanxiang.workflow");
        assertTrue(types.size() > 20, "found the workflow classes: " + types.size());
        List<String> problems = check.checkConstants(types);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    @DisplayName("the variables the pattern derives from a task key are internal (sxp_) or the model's outcome property")
    void derivedVariableNames() {
        assertEquals("sxp_legalReviewDueAt", WorkflowVariables.dueAt("legalReview"));
        assertEquals("sxp_legalReviewRemindAt", WorkflowVariables.remindAt("legalReview"));
        assertEquals("sxp_legalReviewDeadline", WorkflowVariables.deadline("legalReview"));
        assertEquals("sxp_legalReviewCompletedBy", WorkflowVariables.completedBy("legalReview"));
        assertEquals("sxp_legalReviewNoDeadline", WorkflowVariables.noDeadline("legalReview"));
        assertTrue(check.checkConstants(List.of(Derived.class)).isEmpty());
    }

    @Test
    @DisplayName("chongqing-2024 法制审核 第十四条, wuhan-2020 第十条, ningxia-2019 第九条: every profile opinion type has its "
            + "value in sxwf:legalReviewOutcomeOptions")
    void everyProfileOpinionTypeHasAModelValue() {
        List<String> allowed = WF.findConstraint("sxwf:legalReviewOutcomeOptions").orElseThrow().allowedValues();
        ProfileRegistry registry = ProfileRegistry.shipped();
        List<String> problems = new ArrayList<>();
        for (String profile : ProfileRegistry.SHIPPED) {
            for (OpinionType type : LegalReviewRules.of(registry.get(profile)).opinionTypes()) {
                String value = OpinionCodes.modelValue(type.id());
                if (value == null || !allowed.contains(value)) {
                    problems.add(profile + " " + type.citation() + ": opinion '" + type.id() + "' → " + value);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    // ---- broken copies

    private String legalReview() throws Exception {
        return Files.readString(bpmnFiles().stream().filter(p -> p.getFileName().toString().equals("sxLegalReview.bpmn20.xml"))
                .findFirst().orElseThrow(), StandardCharsets.UTF_8);
    }

    private List<String> problemsOf(String xml) {
        return check.checkBpmn("broken.bpmn20.xml", xml);
    }

    @Test
    @DisplayName("fails on a formKey that is no sxwf type")
    void brokenFormKey() throws Exception {
        List<String> problems = problemsOf(legalReview().replace("sxwf:rectifyTask", "sxwf:fixTask"));
        assertTrue(problems.stream().anyMatch(p -> p.contains("'sxwf:fixTask'") && p.contains("rectify")), problems.toString());
    }

    @Test
    @DisplayName("fails on an outcome value outside the LIST constraint")
    void brokenOutcomeValue() throws Exception {
        List<String> problems = problemsOf(legalReview().replace("${sxwf_leaderDecisionOutcome == 'approve'}",
                "${sxwf_leaderDecisionOutcome == 'approved'}"));
        assertTrue(problems.stream().anyMatch(p -> p.contains("'approved'") && p.contains("[approve, collectiveDiscussion, reject]")),
                problems.toString());
    }

    @Test
    @DisplayName("fails on a variable that pretends to be a form field (sxwf_ but not in the model)")
    void brokenVariable() throws Exception {
        List<String> problems = problemsOf(legalReview().replace("${sxp_reviewRequired}", "${sxwf_reviewRequired}")
                .replace("${sxp_legalReviewDueAt}", "${sxwf_legalReviewDueAt}"));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("sxwf_reviewRequired") && problems.get(0).contains("sxp_"), problems.get(0));
        assertTrue(problems.get(1).contains("sxwf_legalReviewDueAt"), problems.get(1));
    }

    @Test
    @DisplayName("fails on a bpm_ name not in the list, and on a user task whose id does not give its type's outcome property")
    void brokenBpmNameAndTaskId() throws Exception {
        List<String> problems = problemsOf(legalReview().replace("${sxp_decisionBlocked}", "${bpm_blocked}")
                .replace("<userTask id=\"rectify\"", "<userTask id=\"fix\""));
        assertTrue(problems.stream().anyMatch(p -> p.contains("bpm_blocked")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("'fix'") && p.contains("sxwf:fixOutcome")), problems.toString());
    }

    @Test
    @DisplayName("fails on a Java constant that names no model property")
    void brokenConstant() {
        List<String> problems = check.checkConstants(List.of(Broken.class));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("Broken.FORM_FIELD") && problems.get(0).contains("sxwf:accessPeriodDays"), problems.get(0));
    }

    /** A class with constants the check must accept. */
    static final class Derived {
        static final String OUTCOME = WorkflowVariables.outcome("legalReview");
        static final String PACKAGE = WorkflowVariables.PACKAGE;
    }

    /** A class with the old, unreconciled name of the access period. */
    static final class Broken {
        static final String FORM_FIELD = "sxwf_accessPeriodDays";
        static final String INTERNAL = "sxp_anything";
    }
}
