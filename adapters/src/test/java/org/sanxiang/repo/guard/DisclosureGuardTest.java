package org.sanxiang.repo.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.node.FakeNodes;
import org.sanxiang.repo.node.NodeCaseRepository;
import org.sanxiang.repo.node.NodeCaseRepositoryTest;
import org.sanxiang.repo.node.NodeValues;
import org.sanxiang.workflow.port.DocumentDraft;

/** chongqing-2024 公示 第六条: what publishes is written by the disclosure process alone, as the Alfresco behaviours bind it. */
class DisclosureGuardTest {

    static final String RECORD = SanxiangModel.TYPE_DISCLOSURE_RECORD.toPrefixString();
    static final String STATE = SanxiangModel.PROP_DISCLOSURE_STATE.toPrefixString();
    static final String APPROVED_BY = SanxiangModel.PROP_DISCLOSURE_APPROVED_BY.toPrefixString();

    final FakeNodes nodes = new FakeNodes().guardedBy(new DisclosureGuard("gongshi-publisher"));
    final NodeCaseRepository cases = new NodeCaseRepository(nodes, new NodeValues(NodeCaseRepositoryTest.ZONE));
    final String caseId = nodes.caseFolder("case-1", NodeCaseRepositoryTest.caseProperties());

    String drafted() {
        nodes.actingAs("clerk1"); // the task's user: Activiti runs a delegate as who completed the task
        return cases.write(caseId, new DocumentDraft(RECORD, "公示信息.txt", Map.of(STATE, "draft"), "摘要"));
    }

    @Test
    @DisplayName("the process drafts, approves and publishes through the case repository, as whoever completed the task")
    void processWrites() {
        String id = drafted();
        cases.setProperties(id, Map.of(STATE, "published", APPROVED_BY, "leader1"));
        assertEquals("published", nodes.properties(id).get(STATE));
    }

    @Test
    @DisplayName("a Share or CMIS client cannot create a disclosure record, not even a draft; nothing is created")
    void clientCannotCreate() {
        nodes.actingAs("officer1");
        int before = nodes.children(caseId).size();
        ProtectedRecordException e = assertThrows(ProtectedRecordException.class,
                () -> nodes.create(caseId, RECORD, "伪造公示.txt", Map.of(STATE, "published")));
        assertEquals(DisclosureGuard.KEY_CREATE, e.messageKey());
        assertEquals(before, nodes.children(caseId).size());
    }

    @Test
    @DisplayName("a client cannot set a record's state or approval; other properties stay editable")
    void clientCannotPublish() {
        String id = drafted();
        nodes.actingAs("officer1");
        for (String property : DisclosureGuard.PROCESS_PROPERTIES) {
            ProtectedRecordException e = assertThrows(ProtectedRecordException.class,
                    () -> nodes.setProperties(id, Map.of(property, property.equals(STATE) ? "published" : "x")), property);
            assertEquals(DisclosureGuard.KEY_PROPERTY, e.messageKey());
            assertEquals(property, e.parameters()[1]);
        }
        assertEquals("draft", nodes.properties(id).get(STATE));
        nodes.setProperties(id, Map.of("cm:title", "公示信息（草稿）"));
        assertEquals("公示信息（草稿）", nodes.properties(id).get("cm:title"));
    }

    @Test
    @DisplayName("the channel's own account copies what the process approved into the public tree")
    void channelAccount() {
        nodes.actingAs("gongshi-publisher");
        String id = nodes.create(nodes.root(), RECORD, "公示.txt", Map.of(STATE, "published"));
        nodes.setProperties(id, Map.of(STATE, "withdrawn"));
        assertEquals("withdrawn", nodes.properties(id).get(STATE));
    }
}
