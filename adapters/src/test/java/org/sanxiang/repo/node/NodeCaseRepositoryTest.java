package org.sanxiang.repo.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.DocumentDraft;

public class NodeCaseRepositoryTest {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    final FakeNodes nodes = new FakeNodes();
    final NodeCaseRepository cases = new NodeCaseRepository(nodes, new NodeValues(ZONE));

    public static Map<String, Serializable> caseProperties() {
        return Map.of("sx:jurisdictionProfile", "chongqing-2024", "sx:caseNumber", "渝人社监罚〔2025〕12号",
                "sx:caseName", "某公司拖欠工资案", "sx:partyName", "某公司", "sx:caseState", "open");
    }

    @Test
    @DisplayName("case facts come from the sx:caseFolder's properties, as over CMIS")
    void facts() {
        String caseId = nodes.caseFolder("case-1", caseProperties());
        CaseFolder facts = cases.facts(caseId);
        assertEquals("chongqing-2024", facts.profileId());
        assertEquals("渝人社监罚〔2025〕12号", facts.caseNumber());
        assertEquals("某公司拖欠工资案", facts.title());
        assertEquals(java.util.Set.of("某公司"), facts.partyIds());
        assertFalse(facts.archived());
        nodes.setProperties(caseId, Map.of("sx:caseState", "archived"));
        assertTrue(cases.facts(caseId).archived());
    }

    @Test
    @DisplayName("a case without a jurisdiction profile, a missing node or a plain folder is refused with the field named")
    void badCases() {
        String noProfile = nodes.caseFolder("case-x", Map.of());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> cases.facts(noProfile)).getMessage().contains("sx:jurisdictionProfile"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> cases.records("workspace://SpacesStore/none")).getMessage()
                .startsWith("caseId: no case"));
        String folder = nodes.create(nodes.root(), "cm:folder", "plain", Map.of());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> cases.records(folder)).getMessage().contains("not a sx:caseFolder"));
    }

    @Test
    @DisplayName("records are the content nodes of the case folder in creation order; folders (the ledger) are not records")
    void records() {
        String caseId = nodes.caseFolder("case-1", caseProperties());
        CaseRecord first = cases.createRecord(caseId, "sx:textRecord", "立案审批表.pdf",
                Map.of("sx:stage", "filing", "sx:recordedAt", Instant.parse("2025-03-03T02:00:00Z"), "sx:avStartedAt", LocalDate.of(2025, 3, 3)));
        nodes.create(caseId, "cm:folder", "借阅登记", Map.of());
        String second = cases.write(caseId, new DocumentDraft("sx:reviewOpinion", "审核意见.txt", Map.of("cm:title", "意见"), "同意"));
        List<CaseRecord> records = cases.records(caseId);
        assertEquals(List.of(first.id(), second), records.stream().map(CaseRecord::id).toList());
        assertEquals(Date.from(Instant.parse("2025-03-03T02:00:00Z")), records.get(0).properties().get("sx:recordedAt"),
                "instants are stored as Alfresco stores d:datetime");
        assertEquals(Date.from(Instant.parse("2025-03-02T16:00:00Z")), records.get(0).properties().get("sx:avStartedAt"),
                "a day starts at midnight in the bureau's zone");
        assertEquals("同意", cases.text(second));
        assertEquals("sx:reviewOpinion", records.get(1).type());
    }

    @Test
    @DisplayName("aspects are added and removed; null property values remove the property; unstorable values name the property")
    void aspectsAndProperties() {
        String caseId = nodes.caseFolder("case-1", caseProperties());
        String id = cases.createRecord(caseId, "sx:avRecord", "执法记录仪.mp4", Map.of()).id();
        cases.addAspect(id, "sx:legalHold", Map.of("sx:holdReasons", List.of("obstruction"), "sx:heldAt", Instant.EPOCH));
        assertTrue(nodes.aspects(id).contains("sx:legalHold"));
        assertEquals(List.of("obstruction"), nodes.properties(id).get("sx:holdReasons"));
        cases.removeAspect(id, "sx:legalHold");
        assertFalse(nodes.aspects(id).contains("sx:legalHold"));
        cases.setProperties(id, Map.of("sx:deviceId", "DV-7"));
        java.util.HashMap<String, Object> remove = new java.util.HashMap<>();
        remove.put("sx:deviceId", null);
        cases.setProperties(id, remove);
        assertFalse(nodes.properties(id).containsKey("sx:deviceId"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cases.setProperties(id, Map.of("sx:deviceId", new Object())));
        assertTrue(e.getMessage().startsWith("sx:deviceId"), e.getMessage());
    }

    @Test
    @DisplayName("destroying a record writes its trace into the case first, then deletes it")
    void destroy() {
        String caseId = nodes.caseFolder("case-1", caseProperties());
        String id = cases.createRecord(caseId, "sx:avRecord", "执法记录仪.mp4", Map.of()).id();
        String trace = cases.destroyRecord(id, new DocumentDraft("cm:content", "销毁记录.txt",
                Map.of("cm:description", "SXCHAIN1 destruction trace " + id), "destroyed"));
        assertFalse(nodes.exists(id));
        assertEquals(List.of(trace), cases.records(caseId).stream().map(CaseRecord::id).toList());
    }
}
