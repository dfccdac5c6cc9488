package org.sanxiang.standalone.console;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The Share module's form configuration ({@code sanxiang-share-*form-config.xml}), read as Share's form
 * service reads it: per {@code <config evaluator condition>}, each {@code <form>} with its visible fields in
 * order, its sets and each field's set, control and read-only flag. The build copies the files from
 * share-amp into this jar; the console renders its forms from them.
 */
public final class ShareFormConfig {

    /** Where the build puts the Share module's files (see standalone/pom.xml). */
    public static final String RESOURCE_ROOT = "org/sanxiang/standalone/console/share/";
    public static final List<String> FILES = List.of("sanxiang-share-workflow-form-config.xml",
            "sanxiang-share-form-config.xml", "sanxiang-share-aspect-form-config.xml");

    /** A {@code <show>} of the field-visibility. */
    public record Show(String id, String forMode, boolean force) {
    }

    /** A {@code <set>} of the appearance. */
    public record SetDef(String id, String appearance, String labelId, String template) {
    }

    /** A {@code <field>} of the appearance: its set, control template (base name) and control parameters. */
    public record FieldDef(String id, String set, boolean readOnly, String labelId, String control,
            Map<String, String> params) {
    }

    /** One {@code <form>}; {@code id} is empty for the default form of its config. */
    public record Form(String evaluator, String condition, String id, List<Show> shows, List<SetDef> sets,
            Map<String, FieldDef> fields) {

        /** The fields shown in {@code mode} (create, edit, view), in order. */
        public List<Show> shown(String mode) {
            return shows.stream().filter(s -> s.forMode() == null || List.of(s.forMode().split(",")).contains(mode))
                    .toList();
        }

        public Optional<FieldDef> field(String id) {
            return Optional.ofNullable(fields.get(id));
        }
    }

    private final Map<String, Form> forms = new LinkedHashMap<>();

    private ShareFormConfig() {
    }

    /** The module's files from the classpath. */
    public static ShareFormConfig load() {
        ShareFormConfig config = new ShareFormConfig();
        for (String file : FILES) {
            String resource = RESOURCE_ROOT + file;
            try (InputStream in = ShareFormConfig.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is not on the classpath (the build copies it from share-amp)");
                }
                config.read(in, resource);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
            }
        }
        return config;
    }

    /** A form by evaluator and condition ({@code task-type}, {@code sxwf:legalReviewTask}), the default form. */
    public Optional<Form> form(String evaluator, String condition) {
        return Optional.ofNullable(forms.get(key(evaluator, condition, "")));
    }

    /** Every default form of an evaluator, in file order. */
    public List<Form> forms(String evaluator) {
        return forms.values().stream().filter(f -> f.evaluator().equals(evaluator) && f.id().isEmpty()).toList();
    }

    private static String key(String evaluator, String condition, String id) {
        return evaluator + "|" + condition + "|" + id;
    }

    private void read(InputStream in, String source) {
        Document doc = parse(in, source);
        for (Element config : children(doc.getDocumentElement(), "config")) {
            String evaluator = config.getAttribute("evaluator");
            String condition = config.getAttribute("condition");
            for (Element formsEl : children(config, "forms")) {
                for (Element form : children(formsEl, "form")) {
                    Form f = form(evaluator, condition, form);
                    forms.put(key(evaluator, condition, f.id()), f);
                }
            }
        }
    }

    private static Form form(String evaluator, String condition, Element form) {
        List<Show> shows = new ArrayList<>();
        for (Element visibility : children(form, "field-visibility")) {
            for (Element show : children(visibility, "show")) {
                shows.add(new Show(show.getAttribute("id"), blankToNull(show.getAttribute("for-mode")),
                        "true".equals(show.getAttribute("force"))));
            }
        }
        List<SetDef> sets = new ArrayList<>();
        Map<String, FieldDef> fields = new LinkedHashMap<>();
        for (Element appearance : children(form, "appearance")) {
            for (Element set : children(appearance, "set")) {
                sets.add(new SetDef(set.getAttribute("id"), set.getAttribute("appearance"),
                        blankToNull(set.getAttribute("label-id")), blankToNull(set.getAttribute("template"))));
            }
            for (Element field : children(appearance, "field")) {
                String control = null;
                Map<String, String> params = new LinkedHashMap<>();
                for (Element c : children(field, "control")) {
                    String template = c.getAttribute("template");
                    if (!template.isBlank()) {
                        String base = template.substring(template.lastIndexOf('/') + 1);
                        control = base.endsWith(".ftl") ? base.substring(0, base.length() - 4) : base;
                    }
                    for (Element p : children(c, "control-param")) {
                        params.put(p.getAttribute("name"), p.getTextContent().strip());
                    }
                }
                fields.put(field.getAttribute("id"), new FieldDef(field.getAttribute("id"), field.getAttribute("set"),
                        "true".equals(field.getAttribute("read-only")), blankToNull(field.getAttribute("label-id")),
                        control, Map.copyOf(params)));
            }
        }
        return new Form(evaluator, condition, form.getAttribute("id"), List.copyOf(shows), List.copyOf(sets), fields);
    }

    private static Document parse(InputStream in, String source) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(in, source);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot parse " + source + ": " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
