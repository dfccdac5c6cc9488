package org.sanxiang.repo.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
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
}
