package org.sanxiang.standalone.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.chemistry.opencmis.client.api.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.cmis.CmisCaseRepository;
import org.sanxiang.repo.cmis.CmisEndpoint;
import org.sanxiang.workflow.port.CaseRecord;

/**
 * A record created through a browser binding session is the server's answer to the create: one POST, no read
 * after it, and the same record a read returns.
 */
class CreatedObjectsTest {

    static EmbeddedCmisServer server;

    @BeforeAll
    static void start() {
        server = new EmbeddedCmisServer(0, CmisSessions.USERS).start();
    }

    @AfterAll
    static void close() {
        server.close();
    }

    @Test
    void aCreatedRecordIsTheCreatesAnswer() {
        Session session = new CmisEndpoint(server.browserUrl(), "browser", CmisSessions.USER, CmisSessions.PASSWORD,
                EmbeddedCmisServer.REPOSITORY_ID).open();
        CmisCaseRepository cases = new CmisCaseRepository(session);
        String parent = "cases-" + UUID.randomUUID().toString().substring(0, 8);
        session.getRootFolder().createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", parent));
        String caseId = cases.createCase("/" + parent, "渝人社监罚〔2026〕14号", Map.of(
                SanxiangModel.PROP_CASE_NUMBER.toPrefixString(), "渝人社监罚〔2026〕14号",
                SanxiangModel.PROP_JURISDICTION_PROFILE.toPrefixString(), "chongqing-2024",
                SanxiangModel.PROP_ACTION_CATEGORY.toPrefixString(), "penalty"));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(SanxiangModel.PROP_STAGE.toPrefixString(), "investigation");
        properties.put(SanxiangModel.PROP_RECORDED_BY.toPrefixString(), "officer1");
        properties.put("cm:title", "询问笔录（张某）");
        byte[] content = "询问笔录".getBytes(StandardCharsets.UTF_8);

        Map<String, Long> before = new LinkedHashMap<>();
        Map<String, Long> after = new LinkedHashMap<>();
        // in one step, as the runtime uploads: the case folder is read once, before the create
        CaseRecord created = cases.inStep(() -> {
            cases.node(caseId);
            before.putAll(server.calls().byKind());
            CaseRecord r = cases.createRecord(caseId, SanxiangModel.TYPE_TEXT_RECORD.toPrefixString(), "询问笔录.txt",
                    properties, new ByteArrayInputStream(content), content.length, "text/plain");
            cases.createdAt(r.id());
            after.putAll(server.calls().byKind());
            return r;
        });

        assertEquals(before.getOrDefault("POST", 0L) + 1, after.getOrDefault("POST", 0L), after.toString());
        assertEquals(before.getOrDefault("GET object", 0L), after.getOrDefault("GET object", 0L),
                "the new record is not read back: " + before + " → " + after);
        CaseRecord read = cases.node(created.id());
        assertNotNull(read);
        assertEquals(read.name(), created.name());
        assertEquals(read.type(), created.type());
        assertEquals(read.aspects(), created.aspects());
        assertEquals(read.properties(), created.properties());
        assertEquals("investigation", created.properties().get(SanxiangModel.PROP_STAGE.toPrefixString()));
        assertEquals(cases.createdAt(created.id()), cases.createdAt(read.id()));
    }
}
