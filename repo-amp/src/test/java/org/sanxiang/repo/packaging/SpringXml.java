package org.sanxiang.repo.packaging;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a set of Spring XML files names: classes, beans, classpath resources, placeholders, and the
 * names put into Alfresco's activitiBeanRegistry. Read with a plain DOM parser, so a name that
 * Spring would only notice at Alfresco's start-up is caught at build time.
 */
final class SpringXml {

    static final String BEANS_NS = "http://www.springframework.org/schema/beans";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::[^}]*)?}");
    private static final Set<String> METHOD_INVOKERS = Set.of(
            "org.springframework.beans.factory.config.MethodInvokingBean",
            "org.springframework.beans.factory.config.MethodInvokingFactoryBean");

    /** Where each thing was found, for error messages: name → "file" */
    final Map<String, String> classes = new LinkedHashMap<>();
    final Map<String, String> definedBeans = new LinkedHashMap<>();
    final Map<String, String> referencedBeans = new LinkedHashMap<>();
    final Map<String, String> resources = new LinkedHashMap<>();
    final Map<String, String> placeholders = new LinkedHashMap<>();
    /** Names put into activitiBeanRegistry → the bean that is registered under that name. */
    final Map<String, String> activitiRegistrations = new LinkedHashMap<>();
    /** Maps put into activitiBeanRegistry whole (putAll) → file; their names are the map bean's keys. */
    final Map<String, String> activitiBulkRegistrations = new LinkedHashMap<>();
    /** Top-level bean id → its class attribute ("" when it has none), factory-method and parent (same). */
    final Map<String, String> beanClasses = new LinkedHashMap<>();
    final Map<String, String> factoryMethods = new LinkedHashMap<>();
    final Map<String, String> beanParents = new LinkedHashMap<>();
    final List<String> files = new ArrayList<>();
    /** Bean ids (and util:* ids) defined more than once across the files read, each with every file defining it. */
    final Map<String, List<String>> duplicateIds = new LinkedHashMap<>();

    /** Reads one file; returns false if it is not a Spring beans file. */
    boolean read(String file, String xml) {
        Document doc = parse(file, xml);
        Element root = doc.getDocumentElement();
        if (!"beans".equals(root.getLocalName()) || !BEANS_NS.equals(root.getNamespaceURI())) {
            return false;
        }
        files.add(file);
        walk(file, root);
        return true;
    }

    private void walk(String file, Element element) {
        String name = element.getLocalName();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            collectPlaceholders(file, attributes.item(i).getNodeValue());
        }
        if (BEANS_NS.equals(element.getNamespaceURI())) {
            switch (name) {
                case "import" -> resources.put(stripClasspath(element.getAttribute("resource")), file);
                case "bean" -> bean(file, element);
                case "property", "constructor-arg" -> {
                    put(referencedBeans, element.getAttribute("ref"), file);
                    put(classes, element.getAttribute("type").contains(".") ? element.getAttribute("type") : "", file);
                    // Quartz job classes are named by value (JobDetailFactoryBean.jobClass)
                    put(classes, "jobClass".equals(element.getAttribute("name")) ? element.getAttribute("value") : "", file);
                    resourcesOf(file, element);
                }
                case "ref" -> put(referencedBeans, element.getAttribute("bean"), file);
                case "entry" -> {
                    put(referencedBeans, element.getAttribute("value-ref"), file);
                    put(referencedBeans, element.getAttribute("key-ref"), file);
                }
                case "prop" -> {
                    if ("location".equals(element.getAttribute("key"))) {
                        resources.put(element.getTextContent().trim(), file);
                    }
                }
                default -> {
                }
            }
        } else {
            // util:map and friends: their collection classes and references
            put(classes, element.getAttribute("map-class"), file);
            put(classes, element.getAttribute("list-class"), file);
            define(element.getAttribute("id"), file);
        }
        if (element.getChildNodes().getLength() == 1 && element.getFirstChild().getNodeType() == Node.TEXT_NODE) {
            collectPlaceholders(file, element.getTextContent());
        }
        for (Element child : children(element)) {
            walk(file, child);
        }
    }

    private void bean(String file, Element bean) {
        define(bean.getAttribute("id"), file);
        put(classes, bean.getAttribute("class"), file);
        if (!bean.getAttribute("id").isBlank()) {
            beanClasses.put(bean.getAttribute("id"), bean.getAttribute("class"));
            factoryMethods.put(bean.getAttribute("id"), bean.getAttribute("factory-method"));
            beanParents.put(bean.getAttribute("id"), bean.getAttribute("parent"));
        }
        put(referencedBeans, bean.getAttribute("parent"), file);
        put(referencedBeans, bean.getAttribute("factory-bean"), file);
        for (String dependsOn : bean.getAttribute("depends-on").split("[,;\\s]+")) {
            put(referencedBeans, dependsOn, file);
        }
        if (METHOD_INVOKERS.contains(bean.getAttribute("class"))) {
            Element target = property(bean, "targetObject");
            Element method = property(bean, "targetMethod");
            if (target != null && "activitiBeanRegistry".equals(target.getAttribute("ref"))
                    && method != null && "putAll".equals(method.getAttribute("value"))) {
                Element arguments = property(bean, "arguments");
                List<Element> args = arguments == null ? List.of() : children(children(arguments).get(0));
                if (args.size() != 1 || !"ref".equals(args.get(0).getLocalName())) {
                    throw new AssertionError(file + ": bean " + bean.getAttribute("id") + " must call putAll with <ref bean=\"...\"/>");
                }
                activitiBulkRegistrations.put(args.get(0).getAttribute("bean"), file);
            }
            if (target != null && "activitiBeanRegistry".equals(target.getAttribute("ref"))
                    && method != null && "put".equals(method.getAttribute("value"))) {
                Element arguments = property(bean, "arguments");
                List<Element> args = arguments == null ? List.of() : children(children(arguments).get(0));
                if (args.size() != 2 || !"value".equals(args.get(0).getLocalName())
                        || !"ref".equals(args.get(1).getLocalName())) {
                    throw new AssertionError(file + ": bean " + bean.getAttribute("id")
                            + " must call put with <value>name</value><ref bean=\"...\"/>");
                }
                String key = args.get(0).getTextContent().trim();
                if (activitiRegistrations.put(key, args.get(1).getAttribute("bean")) != null) {
                    throw new AssertionError(file + ": '" + key + "' is put into activitiBeanRegistry twice");
                }
            }
        }
    }

    /** The models, labels and workflow locations of Alfresco's bootstrap beans, and message bundles. */
    private void resourcesOf(String file, Element property) {
        String name = property.getAttribute("name");
        if (!"models".equals(name) && !"labels".equals(name) && !"resourceBundles".equals(name)) {
            return;
        }
        for (Element list : children(property)) {
            for (Element value : children(list)) {
                if ("value".equals(value.getLocalName())) {
                    String text = value.getTextContent().trim();
                    // labels and resourceBundles name a resource bundle (slashed or dotted): its base file must exist
                    resources.put("models".equals(name) ? text : text.replace('.', '/') + ".properties", file);
                }
            }
        }
    }

    /** Spring would let a later definition silently replace an earlier one of the same id: record it. */
    private void define(String id, String file) {
        if (id == null || id.isBlank()) {
            return;
        }
        if (definedBeans.containsKey(id.trim())) {
            duplicateIds.computeIfAbsent(id.trim(), k -> new ArrayList<>(List.of(definedBeans.get(k)))).add(file);
        }
        put(definedBeans, id, file);
    }

    private void collectPlaceholders(String file, String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            placeholders.put(m.group(1), file);
        }
    }

    private static Element property(Element bean, String name) {
        for (Element child : children(bean)) {
            if ("property".equals(child.getLocalName()) && name.equals(child.getAttribute("name"))) {
                return child;
            }
        }
        return null;
    }

    static List<Element> children(Element element) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child) {
                out.add(child);
            }
        }
        return out;
    }

    private static void put(Map<String, String> map, String value, String file) {
        if (value != null && !value.isBlank()) {
            map.putIfAbsent(value.trim(), file);
        }
    }

    static String stripClasspath(String resource) {
        return resource.startsWith("classpath:") ? resource.substring("classpath:".length()) : resource;
    }

    static Document parse(String file, String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(file + ": not well-formed XML: " + e.getMessage(), e);
        }
    }

    static Set<String> keys(Map<String, String> map) {
        return new LinkedHashSet<>(map.keySet());
    }
}
