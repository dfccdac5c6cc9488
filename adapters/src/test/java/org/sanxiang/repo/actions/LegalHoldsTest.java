package org.sanxiang.repo.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.repo.audit.AuditEvent;
import org.sanxiang.repo.audit.RecordingAuditTrail;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LegalHoldsTest {

    /** Nodes of our own making (what Alfresco's NodeService stands behind). */
    static final class Nodes implements NodeAspects {
        final Map<String, Set<String>> aspects = new HashMap<>();
        final Map<String, Map<String, Object>> properties = new HashMap<>();

        void add(String id) {
            aspects.put(id, new HashSet<>());
            properties.put(id, new HashMap<>());
        }

        private <T> T known(String id, Map<String, T> map) {
            T v = map.get(id);
            if (v == null) {
                throw new IllegalArgumentException("no node " + id);
            }
            return v;
        }

        @Override
        public Set<String> aspects(String nodeId) {
            return Set.copyOf(known(nodeId, aspects));
        }

        @Override
        public Map<String, Object> properties(String nodeId) {
            return Map.copyOf(known(nodeId, properties));
        }

        @Override
        public void addAspect(String nodeId, String aspect, Map<String, Object> props) {
            known(nodeId, aspects).add(aspect);
            props.forEach((k, v) -> {
                if (v != null) {
                    properties.get(nodeId).put(k, v);
                }
            });
        }

        @Override
        public void removeAspect(String nodeId, String aspect) {
            known(nodeId, aspects).remove(aspect);
            properties.get(nodeId).keySet().removeIf(k -> k.startsWith("sx:hold") || k.startsWith("sx:held"));
        }
    }

    private final Nodes nodes = new Nodes();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final Instant now = Instant.parse("2027-05-06T02:00:00Z");
    private final LegalHolds holds = new LegalHolds(nodes, audit, Clock.fixed(now, ZoneOffset.UTC));

    @Test
    @DisplayName("fushun-2026 第二十三条（一）（二）: a hold for a complaint and obstruction is placed with who and when, and audited")
    void place() {
        nodes.add("r1");
        holds.place("r1", List.of("objectionOrComplaint", "obstruction", "obstruction"), " 当事人投诉 ", "officer1");
        assertTrue(nodes.aspects("r1").contains("sx:legalHold"));
        Map<String, Object> p = nodes.properties("r1");
        assertEquals(List.of("objectionOrComplaint", "obstruction"), p.get("sx:holdReasons"));
        assertEquals("当事人投诉", p.get("sx:holdNote"));
        assertEquals(now, p.get("sx:heldAt"));
        assertEquals("officer1", p.get("sx:heldBy"));
        assertEquals(AuditEvent.HOLD_PLACED, audit.last().event());
        assertEquals("objectionOrComplaint,obstruction", audit.last().values().get("reasons"));
        assertThrows(IllegalStateException.class, () -> holds.place("r1", List.of("obstruction"), null, "officer1"));
    }

    @Test
    @DisplayName("fushun-2026 第二十三条（四）: 'another important situation' needs a note saying which; unknown reasons are refused by name")
    void reasonsChecked() {
        nodes.add("r1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> holds.place("r1", List.of("otherImportant"), " ", "officer1"));
        assertTrue(e.getMessage().startsWith("holdNote"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> holds.place("r1", List.of("weather"), null, "officer1"));
        assertTrue(e.getMessage().startsWith("holdReasons") && e.getMessage().contains("'weather'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> holds.place("r1", List.of(), null, "officer1"));
        assertTrue(e.getMessage().startsWith("holdReasons"));
        assertFalse(nodes.aspects("r1").contains("sx:legalHold"));
        assertTrue(audit.entries.isEmpty(), "nothing placed, nothing audited");
    }

    @Test
    @DisplayName("fushun-2026 第二十三条: releasing needs a reason; the audit keeps what the hold was for")
    void release() {
        nodes.add("r1");
        holds.place("r1", List.of("massOrEmergencyIncident"), null, "officer1");
        assertThrows(IllegalArgumentException.class, () -> holds.release("r1", "", "archivist1"));
        holds.release("r1", "复议终结", "archivist1");
        assertFalse(nodes.aspects("r1").contains("sx:legalHold"));
        assertEquals(AuditEvent.HOLD_RELEASED, audit.last().event());
        assertEquals("massOrEmergencyIncident", audit.last().values().get("reasons"));
        assertEquals("复议终结 (archivist1)", audit.last().values().get("reason"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> holds.release("r1", "again", "a"));
        assertTrue(e.getMessage().contains("r1"));
    }

    @Test
    @DisplayName("the reasons are the model's sx:holdReasonOptions (fushun-2026 第二十三条（一）至（四）)")
    void reasonsMatchModel() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        List<String> values = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("alfresco/module/sanxiang-repo/model/sxModel.xml")) {
            NodeList constraints = f.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "constraint");
            for (int i = 0; i < constraints.getLength(); i++) {
                Element c = (Element) constraints.item(i);
                if ("sx:holdReasonOptions".equals(c.getAttribute("name"))) {
                    NodeList v = c.getElementsByTagNameNS("*", "value");
                    for (int j = 0; j < v.getLength(); j++) {
                        values.add(v.item(j).getTextContent().trim());
                    }
                }
            }
        }
        values.remove("true"); // caseSensitive parameter
        assertEquals(LegalHolds.REASONS, values);
    }
}
