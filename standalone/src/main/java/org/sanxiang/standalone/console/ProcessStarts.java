package org.sanxiang.standalone.console;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.sanxiang.workflow.engine.SxProcessDefinitions;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What the deployed BPMN says about starting each process: the start task type (the start event's form
 * key, whose fields a start accepts) and the groups that may start it ({@code candidateStarterGroups}).
 */
final class ProcessStarts {

    private static final String ACTIVITI = "http://activiti.org/bpmn";

    /** Who may start it is the guard's question ({@link ConsoleAccess#mayStart}); the groups are for messages. */
    record Start(String processKey, String formKey, Set<String> starterGroups) {
    }

    private final Map<String, Start> starts = new LinkedHashMap<>();

    ProcessStarts() {
        for (String key : SxProcessDefinitions.PROCESS_KEYS) {
            starts.put(key, read(key));
        }
    }

    List<Start> all() {
        return List.copyOf(starts.values());
    }

    Start get(String processKey) {
        Start s = starts.get(processKey);
        if (s == null) {
            throw new IllegalArgumentException("no process " + processKey);
        }
        return s;
    }

    private static Start read(String key) {
        String resource = SxProcessDefinitions.resourceFor(key);
        try (InputStream in = ProcessStarts.class.getClassLoader().getResourceAsStream(resource)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            Element process = (Element) factory.newDocumentBuilder().parse(in, resource)
                    .getElementsByTagNameNS("*", "process").item(0);
            String starters = process.getAttributeNS(ACTIVITI, "candidateStarterGroups");
            String formKey = null;
            NodeList events = process.getChildNodes();
            for (int i = 0; i < events.getLength(); i++) {
                if (events.item(i) instanceof Element e && e.getLocalName().equals("startEvent")) {
                    String k = e.getAttributeNS(ACTIVITI, "formKey");
                    formKey = k.isBlank() ? null : k;
                }
            }
            Set<String> groups = starters.isBlank() ? Set.of() : Set.of(starters.strip().split("\\s*,\\s*"));
            return new Start(key, formKey, groups);
        } catch (IOException | ParserConfigurationException | SAXException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
