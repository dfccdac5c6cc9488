package org.sanxiang.repo.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.workflow.port.memory.InMemoryAccessGrants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class SanxiangAuditModelTest {

    private static final String FILE = "alfresco/module/sanxiang-repo/audit/sanxiang-audit.xml";
    private static final String NS = "http://www.alfresco.org/repo/audit/model/3.2";

    /** Every recorded value's dataSource path (= its place in the application) in the audit file. */
    private static Set<String> recordedPaths(Document doc) {
        Set<String> paths = new TreeSet<>();
        var values = doc.getElementsByTagNameNS(NS, "RecordValue");
        for (int i = 0; i < values.getLength(); i++) {
            Element v = (Element) values.item(i);
            String path = pathOf(v) + "/" + v.getAttribute("key");
            assertEquals(path, v.getAttribute("dataSource"), "dataSource of " + path);
            assertEquals(path, v.getAttribute("dataTrigger"), "dataTrigger of " + path);
            assertEquals("simpleValue", v.getAttribute("dataExtractor"));
            paths.add(path);
        }
        return paths;
    }

    private static String pathOf(Element value) {
        List<String> keys = new ArrayList<>();
        for (Node n = value.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
            if (e.getLocalName().equals("AuditPath") || e.getLocalName().equals("Application")) {
                keys.add(0, e.getAttribute("key"));
            }
        }
        return "/" + String.join("/", keys);
    }

    private static Document read() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (InputStream in = SanxiangAuditModelTest.class.getClassLoader().getResourceAsStream(FILE)) {
            assertNotNull(in, FILE);
            return f.newDocumentBuilder().parse(in);
        }
    }

    @Test
    @DisplayName("the audit file maps exactly the keys the code records, under application sanxiang with key sanxiang")
    void fileMatchesEvents() throws Exception {
        Document doc = read();
        Element app = (Element) doc.getElementsByTagNameNS(NS, "Application").item(0);
        assertEquals(AuditEvent.APPLICATION, app.getAttribute("name"));
        assertEquals(AuditEvent.APPLICATION, app.getAttribute("key"));
        Set<String> expected = new TreeSet<>();
        for (AuditEvent e : AuditEvent.values()) {
            e.keys().forEach(k -> expected.add(e.rootPath() + "/" + k));
        }
        assertEquals(expected, recordedPaths(doc));
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十九条: every access grant and its end is audited with who, what and until when")
    void grantsAreAudited() {
        RecordingAuditTrail audit = new RecordingAuditTrail();
        AuditedAccessGrants grants = new AuditedAccessGrants(new InMemoryAccessGrants(), audit);
        String id = grants.grant("case-1", "auditor7", List.of("r1", "r2"), Instant.parse("2027-03-01T00:00:00Z"));
        assertEquals(AuditEvent.GRANT, audit.last().event());
        assertEquals(Map.of("grantId", id, "caseId", "case-1", "grantee", "auditor7", "records", "r1,r2",
                "until", "2027-03-01T00:00:00Z"), audit.last().values());
        assertTrue(grants.isActive(id));
        grants.revoke(id, "returned");
        assertEquals(Map.of("grantId", id, "reason", "returned"), audit.last().values());
    }

    @Test
    @DisplayName("chongqing-2024 全过程记录 第十五条: a record read is audited; an undeclared key is refused, not dropped")
    void readsAndUndeclaredKeys() {
        RecordingAuditTrail audit = new RecordingAuditTrail();
        new RecordReadAudit(audit).read("workspace://SpacesStore/r1", "sx:avRecord", "询问.mp4", "渝人社罚〔2027〕1号");
        assertEquals("sx:avRecord", audit.last().values().get("type"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> audit.record(AuditEvent.READ, Map.of("path", "/x")));
        assertTrue(e.getMessage().contains("/sanxiang/read") && e.getMessage().contains("'path'"), e.getMessage());
    }
}
