package org.sanxiang.share.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.sanxiang.model.ModelResources;
import org.sanxiang.model.m2.M2Model;
import org.sanxiang.model.m2.M2ModelReader;
import org.w3c.dom.Document;

/** The module's files and the models, read from the test classpath (target/classes and sanxiang-content-models). */
final class ShareResources {

    static final String CONTEXT = "alfresco/web-extension/sanxiang-share-slingshot-application-context.xml";
    static final String MESSAGES = "alfresco/web-extension/messages/sanxiang-share";

    private ShareResources() {
    }

    /** The file's bytes, or null when it does not exist. */
    static byte[] bytes(String path) {
        try (InputStream in = ShareResources.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    static String text(String path) {
        byte[] b = bytes(path);
        if (b == null) {
            throw new AssertionError(path + " is not on the classpath");
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    static Document xml(String path) {
        return xml(text(path), path);
    }

    static Document xml(String text, String source) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(source + ": not well-formed XML: " + e.getMessage(), e);
        }
    }

    static Properties properties(String path) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
        return p;
    }

    /** The configuration files Share reads from this module: those the context's ConfigBootstrap lists, in its order. */
    static List<String> configFiles() {
        return ShareConfigChecker.bootstrapConfigs(xml(CONTEXT)).stream()
                .map(c -> c.startsWith(ShareConfigChecker.CLASSPATH) ? c.substring(ShareConfigChecker.CLASSPATH.length()) : c)
                .toList();
    }

    /** The shipped configuration files: path → text. */
    static Map<String, String> configTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        configFiles().forEach(f -> texts.put(f, text(f)));
        return texts;
    }

    /** Parses each text, named by its path. */
    static Map<String, Document> configDocuments(Map<String, String> texts) {
        Map<String, Document> docs = new LinkedHashMap<>();
        texts.forEach((path, text) -> docs.put(path, xml(text, path)));
        return docs;
    }

    /**
     * Every file of the module whose root element is &lt;alfresco-config&gt;, found by walking the directory the module's
     * resources are compiled to (target/classes, what the jar carries; a stale file there would ship too): path
     * relative to it, with '/'.
     */
    static Set<String> moduleConfigFiles() {
        URL url = ShareResources.class.getClassLoader().getResource(CONTEXT);
        if (url == null || !url.getProtocol().equals("file")) {
            throw new AssertionError(CONTEXT + " is not in a directory on the test classpath: " + url);
        }
        try {
            Path base = Path.of(url.toURI());
            for (int i = 0; i < Path.of(CONTEXT).getNameCount(); i++) {
                base = base.getParent();
            }
            Set<String> files = new TreeSet<>();
            Path root = base;
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".xml") && Files.isRegularFile(f)).toList()) {
                    if ("alfresco-config".equals(rootElement(p))) {
                        files.add(root.relativize(p).toString().replace('\\', '/'));
                    }
                }
            }
            return files;
        } catch (IOException | URISyntaxException e) {
            throw new AssertionError("cannot list the module's resources: " + e.getMessage(), e);
        }
    }

    /** The local name of the file's root element. */
    private static String rootElement(Path file) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    return reader.getLocalName();
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw new AssertionError(file + ": not well-formed XML: " + e.getMessage(), e);
        }
    }

    static M2Model contentModel() {
        return M2ModelReader.readResource(ModelResources.CONTENT_MODEL);
    }

    static M2Model workflowModel() {
        return M2ModelReader.readResource(ModelResources.WORKFLOW_MODEL);
    }

    /** A checker over the shipped files and models. */
    static ShareConfigChecker shipped() {
        return new ShareConfigChecker(contentModel(), workflowModel(), configDocuments(configTexts()), xml(CONTEXT),
                properties(MESSAGES + ".properties"), ShareResources::bytes);
    }
}
