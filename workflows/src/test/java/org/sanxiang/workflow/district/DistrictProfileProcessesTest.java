package org.sanxiang.workflow.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.calendar.WeekdaysOnlyTestCalendar;
import org.sanxiang.rules.catalogue.MatterCatalogue;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.profile.DistrictProfiles;
import org.sanxiang.rules.profile.JurisdictionProfile;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.workflow.VariableCaseLocator;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.task.TaskDeadlines;
import org.sanxiang.workflow.access.AccessPolicy;
import org.sanxiang.workflow.engine.EngineHarness;
import org.sanxiang.workflow.engine.H2TestDatabase;
import org.sanxiang.workflow.engine.SxProcessDefinitions;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.memory.InMemoryAccessGrants;
import org.sanxiang.workflow.port.memory.InMemoryBorrowingRegister;
import org.sanxiang.workflow.port.memory.InMemoryCases;
import org.sanxiang.workflow.port.memory.InMemoryDisclosureChannel;
import org.sanxiang.workflow.port.memory.RecordingNotifications;
import org.sanxiang.workflow.record.CaseSeal;
import org.sanxiang.workflow.wiring.SxWorkflowBeans;

/**
 * A district profile that only {@code extends} a shipped one (and changes nothing) runs every process the
 * shipped one runs: sxCaseRecord, sxLegalReview, sxDisclosure, sxAccess and sxRetention, on the real engine.
 * Where the shipped profile does not regulate a system (fushun-2026: no disclosure, no legal review), the
 * district's process says so ("not covered by this profile"), never a silent "no".
 */
class DistrictProfileProcessesTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant MONDAY_10 = LocalDateTime.of(2026, 3, 2, 10, 0).atZone(ZONE).toInstant();

    final InMemoryCases cases = new InMemoryCases();
    final InMemoryBorrowingRegister register = new InMemoryBorrowingRegister();
    EngineHarness harness;

    static Stream<String> shippedProfiles() {
        return ProfileRegistry.shipped().all().stream().map(JurisdictionProfile::id).sorted();
    }

    @AfterEach
    void stopEngine() {
        if (harness != null) {
            harness.close();
        }
    }

    ProcessEngine engine() {
        return harness.engine();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedProfiles")
    @DisplayName("a district profile extending each shipped profile runs sxCaseRecord, sxLegalReview, sxDisclosure, sxAccess and sxRetention, or says the system is not covered")
    void districtRunsEveryProcessOfItsParent(String parent) {
        String district = parent + "-district";
        ProfileRegistry profiles = DistrictProfiles.with(district, "{\"id\": \"" + district + "\", \"extends\": \"" + parent + "\"}");
        JurisdictionProfile profile = profiles.get(district);
        Map<String, Object> beans = SxWorkflowBeans.create(new WorkflowPorts(cases, cases, new InMemoryDisclosureChannel(),
                new RecordingNotifications(), register, new InMemoryAccessGrants()), new WeekdaysOnlyTestCalendar(), ZONE,
                new VariableCaseLocator(), AccessPolicy.DEFAULT, profiles);
        harness = new EngineHarness(new H2TestDatabase(), beans);
        harness.setClock(MONDAY_10);
        SxProcessDefinitions.deployAll(harness.engine());
        String caseId = "case-" + district;
        cases.addCase(new CaseFolder(caseId, district, "区人社监〔2026〕1号", "欠薪案", Set.of("party-1"), false, folder(profile)));
        CaseRecord decision = cases.createRecord(caseId, SanxiangModel.TYPE_DECISION_DOCUMENT.toPrefixString(), "行政处罚决定书.pdf",
                Map.of("sx:mainFacts", "拖欠劳动者工资", "sx:legalBasis", "《劳动保障监察条例》第二十六条",
                        "sx:decisionContent", "罚款人民币二万元"));
        cases.putContent(decision.id(), "某公司拖欠工资。决定：罚款人民币二万元。".getBytes(StandardCharsets.UTF_8));

        // sxCaseRecord: every shipped profile regulates the full-process record
        assertTrue(profile.covers(JurisdictionProfile.RECORD), district);
        ProcessInstance record = start("sxCaseRecord", caseId, Map.of());
        assertFalse(tasks(record).isEmpty(), district + ": sxCaseRecord waits on its first stage");

        // sxLegalReview
        if (profile.covers(JurisdictionProfile.LEGAL_REVIEW)) {
            ProcessInstance review = start("sxLegalReview", caseId, Map.of());
            assertFalse(tasks(review).isEmpty(), district + ": sxLegalReview waits on its first task");
            assertNotNull(cases.facts(caseId).properties().get("sx:major"), district + ": the decision is classified");
        } else {
            assertNotCovered("sxLegalReview", caseId, Map.of(), district, profile, JurisdictionProfile.LEGAL_REVIEW);
        }

        // sxDisclosure
        Map<String, Object> decided = Map.of(SanxiangWorkflowModel.PROP_DISCLOSURE_DECISION_DATE.toVariableName(),
                Date.from(MONDAY_10));
        if (profile.covers(JurisdictionProfile.DISCLOSURE)) {
            ProcessInstance disclosure = start("sxDisclosure", caseId, decided);
            assertFalse(tasks(disclosure).isEmpty(), district + ": sxDisclosure waits on its first task");
            // the article is the parent's document's: a district that changes nothing cites its parent, not itself
            Object citation = TaskDeadlines.citation("draftDisclosure", name -> engine().getRuntimeService().getVariable(disclosure.getId(), name));
            assertTrue(String.valueOf(citation).startsWith(parent + " "), district + ": " + citation);
        } else {
            assertNotCovered("sxDisclosure", caseId, decided, district, profile, JurisdictionProfile.DISCLOSURE);
        }

        // sxAccess: the party asks to read its own case file
        Map<String, Object> access = new HashMap<>();
        access.put(SanxiangWorkflowModel.PROP_REQUESTER_KIND.toVariableName(), "PARTY");
        access.put(SanxiangWorkflowModel.PROP_REQUESTER_NAME.toVariableName(), "王五");
        access.put(SanxiangWorkflowModel.PROP_REQUESTER_PARTY_ID.toVariableName(), "party-1");
        access.put(SanxiangWorkflowModel.PROP_ACCESS_REASON.toVariableName(), "行政诉讼举证");
        access.put(SanxiangWorkflowModel.PROP_PERIOD_WORKING_DAYS.toVariableName(), 5);
        ProcessInstance request = start("sxAccess", caseId, access);
        assertTrue(!tasks(request).isEmpty() || !register.entries(caseId).isEmpty(),
                district + ": the request is decided or waits on its approver");

        // sxRetention: a sealed record whose retention runs waits for its end
        CaseRecord text = cases.createRecord(caseId, "sx:textRecord", "询问笔录.pdf",
                Map.of("sx:stage", "investigation", "sx:recordedAt", Date.from(MONDAY_10)));
        cases.putContent(text.id(), "询问笔录".getBytes(StandardCharsets.UTF_8));
        new CaseSeal(cases, cases).seal(caseId, "archivist1", MONDAY_10);
        cases.addAspect(text.id(), "sx:retention", Map.of("sx:retentionClass", "enforcementArchive",
                "sx:retainUntil", Date.from(LocalDateTime.of(2056, 3, 31, 0, 0).atZone(ZONE).toInstant()),
                "sx:disposition", "review", "sx:retentionCitation", parent));
        ProcessInstance retention = start("sxRetention", caseId, Map.of());
        assertEquals(1, engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(retention.getId()).count(),
                district + ": sxRetention waits for the retention's end");
    }

    private static Map<String, Object> folder(JurisdictionProfile profile) {
        Map<String, Object> p = new HashMap<>(Map.of("sx:actionCategory", "penalty", "sx:procedure", "general",
                "sx:partyKind", "organisation", "sx:partyName", "某建筑劳务有限公司", "sx:partyIdNumber", "91500000MA5U000000",
                "sx:partyLegalRepresentative", "李四", "sx:caseDecisionNumber", "区人社监罚〔2026〕1号",
                "sx:enforcementUnit", "区人力资源和社会保障局", "sx:fineAmount", 20000, "sx:penaltyMeasures", List.of("fine")));
        p.put("sx:caseName", "某建筑劳务有限公司拖欠工资案");
        p.put("sx:matterName", "拖欠劳动者工资的行政处罚");
        MatterCatalogue catalogue = MatterCatalogue.of(profile);
        if (catalogue.required()) {
            // tianjin-2019 实施方案 附件: its district's cases name their catalogued matter too
            p.put(SanxiangModel.PROP_CATALOGUE_MATTER.toPrefixString(), catalogue.matters(ActionCategory.PENALTY).get(0).code());
        }
        return p;
    }

    private ProcessInstance start(String key, String caseId, Map<String, Object> more) {
        Map<String, Object> vars = new HashMap<>(more);
        vars.put(WorkflowVariables.PACKAGE, caseId);
        return engine().getRuntimeService().startProcessInstanceByKey(key, vars);
    }

    private List<Task> tasks(ProcessInstance pi) {
        return engine().getTaskService().createTaskQuery().processInstanceId(pi.getId()).list();
    }

    private void assertNotCovered(String key, String caseId, Map<String, Object> vars, String district,
            JurisdictionProfile profile, String section) {
        long before = engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count();
        Exception e = assertThrows(Exception.class, () -> start(key, caseId, vars), district + ": " + key);
        String reason = profile.notCovered(section).map(c -> c.reason()).orElse("");
        assertTrue(e.getMessage().contains("not covered") || (!reason.isEmpty() && e.getMessage().contains(reason)),
                district + ": " + key + " says the system is not covered: " + e.getMessage());
        assertEquals(before, engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count());
    }
}
