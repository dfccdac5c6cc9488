package org.sanxiang.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanxiang.model.m2.M2Class;
import org.sanxiang.model.m2.M2Constraint;
import org.sanxiang.model.m2.M2Model;
import org.sanxiang.model.m2.M2Property;

/**
 * The task type names and outcomes the BPMN processes and Share forms are written against. Renaming
 * any of these breaks other modules, so they are spelled out here once more.
 */
class WorkflowTaskContractTest {

    private static final M2Model WF = TestModels.workflow();
    private static final M2Model SX = TestModels.content();

    static Stream<Arguments> startTasks() {
        return Stream.of("legalReviewStartTask", "disclosureStartTask", "caseRecordStartTask", "retentionStartTask",
                "accessRequestStartTask", "annualReportStartTask").map(Arguments::of);
    }

    static Stream<Arguments> outcomeTasks() {
        return Stream.of(
                // sxLegalReview
                Arguments.of("assembleTransferTask", List.of("submit")),
                Arguments.of("approveExtensionTask", List.of("approve", "reject")),
                Arguments.of("supplementMaterialsTask", List.of("resubmit")),
                Arguments.of("respondOpinionTask", List.of("accept", "requestReReview")),
                Arguments.of("reReviewTask", List.of("maintain", "change")),
                Arguments.of("rectifyTask", List.of("rectified")),
                Arguments.of("collectiveDiscussionTask", List.of("approve", "reject")),
                Arguments.of("leaderDecisionTask", List.of("approve", "reject", "collectiveDiscussion")),
                Arguments.of("fileDecisionTask", List.of("filed")),
                // sxDisclosure
                Arguments.of("confirmExclusionTask", List.of("confirm", "reject")),
                Arguments.of("draftDisclosureTask", List.of("submit")),
                Arguments.of("reviewDisclosureTask", List.of("approve", "reject")),
                Arguments.of("approveDisclosureTask", List.of("approve", "reject")),
                Arguments.of("correctDisclosureTask", List.of("corrected")),
                Arguments.of("withdrawDisclosureTask", List.of("withdrawn")),
                // sxCaseRecord
                Arguments.of("stageRecordTask", List.of("complete", "explainMissingAv", "notApplicable")),
                Arguments.of("emergencyCompletionTask", List.of("completed")),
                Arguments.of("avStorageTask", List.of("stored")),
                Arguments.of("archiveTask", List.of("archived")),
                // sxRetention
                Arguments.of("dispositionReviewTask", List.of("destroy", "extend", "transfer")),
                Arguments.of("legalHoldReleaseTask", List.of("release", "keep")),
                // sxAnnualReport (chongqing-2024 公示 第十四条; tianjin-2019 实施方案 三（一）3（3）)
                Arguments.of("reviewAnnualReportTask", List.of("approve", "sendBack")),
                Arguments.of("approveAnnualReportTask", List.of("approve", "sendBack")),
                // sxAccess
                Arguments.of("approveAccessTask", List.of("approve", "reject")),
                Arguments.of("returnAccessTask", List.of("returned")));
    }

    @ParameterizedTest(name = "sxwf:{0} extends bpm:startTask")
    @MethodSource("startTasks")
    void startTask(String localName) {
        M2Class c = WF.findClass("sxwf:" + localName).orElseThrow(() -> new AssertionError("missing sxwf:" + localName));
        assertEquals("bpm:startTask", c.parent());
    }

    @ParameterizedTest(name = "sxwf:{0} has outcomes {1}")
    @MethodSource("outcomeTasks")
    void outcomeTask(String localName, List<String> outcomes) {
        assertEquals(outcomes, outcomeValues(localName));
    }

    @Test
    @DisplayName("sxwf:legalReviewTask: the opinion types of chongqing-2024 法制审核 第十四条, wuhan-2020 第十条, "
            + "ningxia-2019 第九条, plus requestMaterials and requestExtension")
    void legalReviewOutcomes() {
        List<String> expected = new ArrayList<>(SX.findConstraint("sx:opinionTypes").orElseThrow().allowedValues());
        expected.add("requestMaterials");
        expected.add("requestExtension");
        assertEquals(expected, outcomeValues("legalReviewTask"));
    }

    @Test
    @DisplayName("sxwf:accessRequestStartTask carries requester, organisation, kind, legal basis, reason, period and records "
            + "(wuhan-2020 全过程记录 第二十七条, 第二十九条; fushun-2026 第二十六条)")
    void accessRequestStartTaskFields() {
        M2Class c = WF.findClass("sxwf:accessRequestStartTask").orElseThrow();
        for (QName q : List.of(SanxiangWorkflowModel.PROP_REQUESTER_NAME, SanxiangWorkflowModel.PROP_REQUESTER_ORGANISATION,
                SanxiangWorkflowModel.PROP_REQUESTER_KIND, SanxiangWorkflowModel.PROP_ACCESS_LEGAL_BASIS,
                SanxiangWorkflowModel.PROP_ACCESS_REASON, SanxiangWorkflowModel.PROP_REQUESTED_FROM,
                SanxiangWorkflowModel.PROP_REQUESTED_UNTIL, SanxiangWorkflowModel.PROP_RECORDS_REQUESTED)) {
            assertTrue(c.findProperty(q.toPrefixString()).isPresent(), "missing " + q.toPrefixString());
        }
        List<String> kinds = SX.findConstraint("sx:requesterKinds").orElseThrow().allowedValues();
        assertTrue(kinds.containsAll(List.of("judicial", "supervisory", "audit", "lawyer", "party")), kinds.toString());
        M2Class approve = WF.findClass("sxwf:approveAccessTask").orElseThrow();
        assertEquals("d:datetime", approve.findProperty("sxwf:grantUntil").orElseThrow().type());
        assertEquals("d:boolean", approve.findProperty("sxwf:copiesAllowed").orElseThrow().type());
    }

    /** The LIST values of sxwf:<task without Task>Outcome, after checking Alfresco's outcome-task wiring. */
    private static List<String> outcomeValues(String localName) {
        M2Class c = WF.findClass("sxwf:" + localName).orElseThrow(() -> new AssertionError("missing sxwf:" + localName));
        assertEquals("bpm:activitiOutcomeTask", c.parent(), localName);
        String outcome = localName.substring(0, localName.length() - "Task".length()) + "Outcome";
        assertEquals("{" + SanxiangWorkflowModel.URI + "}" + outcome,
                c.findOverride("bpm:outcomePropertyName").orElseThrow().defaultValue(), localName);
        M2Property p = c.findProperty("sxwf:" + outcome).orElseThrow(() -> new AssertionError("missing sxwf:" + outcome));
        assertEquals(1, p.constraintRefs().size(), outcome);
        M2Constraint list = WF.findConstraint(p.constraintRefs().get(0)).orElseThrow();
        assertTrue(list.isList(), outcome);
        return list.allowedValues();
    }
}
