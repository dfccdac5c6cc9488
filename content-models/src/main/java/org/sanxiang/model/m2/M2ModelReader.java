package org.sanxiang.model.m2;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an Alfresco M2 model XML ({@code http://www.alfresco.org/model/dictionary/1.0}) into an
 * {@link M2Model}. It checks well-formedness and the elements it needs; the full grammar is
 * Alfresco's {@code modelSchema.xsd} (see the XSD test).
 */
public final class M2ModelReader {

    /** Namespace of Alfresco's dictionary schema, which M2 model files use as default namespace. */
    public static final String DICTIONARY_NS = "http://www.alfresco.org/model/dictionary/1.0";

    private M2ModelReader() {
    }

    /** Reads a model from the classpath, e.g. {@code alfresco/module/sanxiang-repo/model/sxModel.xml}. */
    public static M2Model readResource(String resource) {
        ClassLoader loader = M2ModelReader.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ModelFormatException(resource + ": model not found on the classpath");
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new ModelFormatException(resource + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a model; {@code source} names it in error messages. */
    public static M2Model read(InputStream in, String source) {
        Document doc = parse(in, source);
        Element root = doc.getDocumentElement();
        if (!"model".equals(root.getLocalName()) || !DICTIONARY_NS.equals(root.getNamespaceURI())) {
            throw new ModelFormatException(source + ": root element must be <model> in namespace " + DICTIONARY_NS
                    + ", found <" + root.getNodeName() + ">");
        }
        List<String> used = new ArrayList<>();
        String modelName = requiredAttr(root, "name", source);
        used.add(modelName);

        Map<String, String> imports = namespaceList(root, "imports", "import", source);
        Map<String, String> namespaces = namespaceList(root, "namespaces", "namespace", source);
        if (namespaces.isEmpty()) {
            throw new ModelFormatException(source + ": model " + modelName + " declares no namespace");
        }

        List<M2Constraint> constraints = new ArrayList<>();
        for (Element c : children(child(root, "constraints"), "constraint")) {
            M2Constraint constraint = constraint(c, source, used);
            constraints.add(constraint);
        }
        List<M2Class> classes = new ArrayList<>();
        for (Element t : children(child(root, "types"), "type")) {
            classes.add(clazz(M2Class.Kind.TYPE, t, source, used));
        }
        for (Element a : children(child(root, "aspects"), "aspect")) {
            classes.add(clazz(M2Class.Kind.ASPECT, a, source, used));
        }
        return new M2Model(source, modelName, imports, namespaces, constraints, classes, used);
    }

    private static Document parse(InputStream in, String source) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(in, source);
        } catch (SAXParseException e) {
            throw new ModelFormatException(source + ": not well-formed XML at line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new ModelFormatException(source + ": cannot parse: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> namespaceList(Element root, String list, String item, String source) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Element e : children(child(root, list), item)) {
            String prefix = requiredAttr(e, "prefix", source);
            String uri = requiredAttr(e, "uri", source);
            if (result.put(prefix, uri) != null) {
                throw new ModelFormatException(source + ": prefix '" + prefix + "' appears twice in <" + list + ">");
            }
        }
        return result;
    }

    private static M2Constraint constraint(Element c, String source, List<String> used) {
        String ref = c.getAttribute("ref");
        String name = c.getAttribute("name");
        if (!ref.isEmpty()) {
            used.add(ref);
            return new M2Constraint(ref, null, List.of());
        }
        if (name.isEmpty()) {
            throw new ModelFormatException(source + ": a <constraint> has neither name nor ref");
        }
        used.add(name);
        String type = c.getAttribute("type");
        List<String> values = new ArrayList<>();
        for (Element p : children(c, "parameter")) {
            if ("allowedValues".equals(p.getAttribute("name"))) {
                for (Element v : children(child(p, "list"), "value")) {
                    values.add(v.getTextContent().trim());
                }
            }
        }
        return new M2Constraint(name, type.isEmpty() ? null : type, values);
    }

    private static M2Class clazz(M2Class.Kind kind, Element e, String source, List<String> used) {
        String name = requiredAttr(e, "name", source);
        used.add(name);
        String parent = text(child(e, "parent"));
        if (parent != null) {
            used.add(parent);
        }
        List<M2Property> props = new ArrayList<>();
        for (Element p : children(child(e, "properties"), "property")) {
            props.add(property(p, source, used));
        }
        List<M2Association> assocs = new ArrayList<>();
        Element assocList = child(e, "associations");
        for (Element a : children(assocList, null)) {
            boolean isChild = "child-association".equals(a.getLocalName());
            if (!isChild && !"association".equals(a.getLocalName())) {
                continue;
            }
            String assocName = requiredAttr(a, "name", source);
            used.add(assocName);
            Element target = child(a, "target");
            String targetClass = text(child(target, "class"));
            if (targetClass == null) {
                throw new ModelFormatException(source + ": association " + assocName + " has no <target><class>");
            }
            used.add(targetClass);
            assocs.add(new M2Association(assocName, isChild, text(child(a, "title")), text(child(a, "description")),
                    targetClass, bool(child(target, "mandatory"), false), bool(child(target, "many"), false)));
        }
        List<M2PropertyOverride> overrides = new ArrayList<>();
        for (Element o : children(child(e, "overrides"), "property")) {
            String oname = requiredAttr(o, "name", source);
            used.add(oname);
            overrides.add(new M2PropertyOverride(oname, text(child(o, "default"))));
        }
        List<String> mandatory = new ArrayList<>();
        for (Element m : children(child(e, "mandatory-aspects"), "aspect")) {
            String aspect = text(m);
            used.add(aspect);
            mandatory.add(aspect);
        }
        return new M2Class(kind, name, parent, text(child(e, "title")), text(child(e, "description")), props, assocs,
                mandatory, overrides);
    }

    private static M2Property property(Element p, String source, List<String> used) {
        String name = requiredAttr(p, "name", source);
        used.add(name);
        String type = text(child(p, "type"));
        if (type == null) {
            throw new ModelFormatException(source + ": property " + name + " has no <type>");
        }
        used.add(type);
        List<String> refs = new ArrayList<>();
        List<M2Constraint> inline = new ArrayList<>();
        for (Element c : children(child(p, "constraints"), "constraint")) {
            M2Constraint constraint = constraint(c, source, used);
            if (constraint.type() == null && !c.getAttribute("ref").isEmpty()) {
                refs.add(constraint.name());
            } else {
                inline.add(constraint);
            }
        }
        Element index = child(p, "index");
        boolean indexed = index == null || !"false".equals(index.getAttribute("enabled").trim());
        String tokenised = index == null ? null : text(child(index, "tokenised"));
        return new M2Property(name, type, text(child(p, "title")), text(child(p, "description")),
                bool(child(p, "mandatory"), false), bool(child(p, "multiple"), false),
                bool(child(p, "protected"), false), text(child(p, "default")), refs, inline, indexed, tokenised);
    }

    private static String requiredAttr(Element e, String attr, String source) {
        String v = e.getAttribute(attr).trim();
        if (v.isEmpty()) {
            throw new ModelFormatException(source + ": <" + e.getLocalName() + "> lacks the attribute '" + attr + "'");
        }
        return v;
    }

    private static boolean bool(Element e, boolean dflt) {
        String t = text(e);
        return t == null ? dflt : Boolean.parseBoolean(t);
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent().trim();
        return t.isEmpty() ? null : t;
    }

    private static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Element children in the dictionary namespace, optionally only those with the given local name. */
    private static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && DICTIONARY_NS.equals(e.getNamespaceURI())
                    && (localName == null || localName.equals(e.getLocalName()))) {
                result.add(e);
            }
        }
        return result;
    }
}
