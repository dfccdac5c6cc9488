package org.sanxiang.share.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
