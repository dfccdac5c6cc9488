package org.sanxiang.share.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The assembled sanxiang-share .amp, opened as the Module Management Tool opens it. */
class ShareAmpIT {

    private static final String MESSAGES = "alfresco/web-extension/messages/sanxiang-share";
    private static final List<String> LANGUAGES = List.of("", "_en", "_zh_CN");

    /** Classes our Share Spring XML names; Share ships them (Surf, in spring-surf-core). */
    static final Set<String> SHARE_CLASSES = Set.of(
            "org.springframework.extensions.surf.util.ResourceBundleBootstrapComponent",
            "org.springframework.extensions.config.ConfigBootstrap");

    private static List<String> entries;
    private static String jarName;
    /** Files of our jar in lib/: path → bytes. */
    private static Map<String, byte[]> jar;
    private static String version;

    @BeforeAll
    static void open() throws IOException {
        Path amp = Path.of(System.getProperty("sanxiang.amp", "missing: run through mvn verify"));
        assertTrue(Files.isRegularFile(amp), "no .amp at " + amp);
        version = System.getProperty("sanxiang.version");
        jarName = "lib/sanxiang-share-" + version + ".jar";
        entries = new ArrayList<>();
        jar = new TreeMap<>();
        try (ZipFile zip = new ZipFile(amp.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                entries.add(entry.getName());
                if (entry.getName().equals(jarName)) {
                    try (ZipInputStream in = new ZipInputStream(zip.getInputStream(entry))) {
                        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                            if (!e.isDirectory()) {
                                jar.put(e.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            }
            try (InputStream in = zip.getInputStream(zip.getEntry("module.properties"))) {
                jar.put("/module.properties", in.readAllBytes());
            }
        }
    }

    @Test
    @DisplayName("top level holds module.properties, file-mapping.properties and our one jar")
    void layout() {
        assertEquals(new TreeSet<>(List.of("file-mapping.properties", "lib/", "module.properties", jarName)),
                new TreeSet<>(entries));
    }

    @Test
    @DisplayName("module.properties: id sanxiang-share, the Maven version, title, description")
    void moduleProperties() {
        String text = text("/module.properties");
        assertFalse(text.contains("${"), "module.properties is not filtered:\n" + text);
        Properties p = properties(text);
        assertEquals("sanxiang-share", p.getProperty("module.id"));
        assertEquals(version, p.getProperty("module.version"));
        assertFalse(p.getProperty("module.title", "").isBlank(), "module.title");
        assertFalse(p.getProperty("module.description", "").isBlank(), "module.description");
        assertEquals(p, properties(text("alfresco/module/sanxiang-share/module.properties")));
    }

    @Test
    @DisplayName("the jar carries the configuration files its Spring context bootstraps and the auto-deployed extension module")
    void shareFiles() {
        List<String> configs = bootstrappedConfigs();
        assertFalse(configs.isEmpty(), "no ConfigBootstrap in a Spring context Share loads");
        for (String config : configs) {
            assertTrue(config.startsWith("classpath:"), config + ": not a classpath location");
            String path = config.substring("classpath:".length());
            assertTrue(jar.containsKey(path), "the Spring context bootstraps " + config + ", which " + jarName + " does not carry");
            assertEquals("alfresco-config", xml(path).getDocumentElement().getTagName(), path);
        }
        Document extension = xml("alfresco/web-extension/site-data/extensions/sanxiang-share-extension.xml");
        assertEquals("extension", extension.getDocumentElement().getTagName());
        NodeList autoDeploy = extension.getElementsByTagName("auto-deploy");
        assertEquals(1, autoDeploy.getLength());
        assertEquals("true", autoDeploy.item(0).getTextContent().trim());
    }

    @Test
    @DisplayName("every <alfresco-config> file of the jar is bootstrapped once, by a registered bean in a context Share loads")
    void everyConfigFileIsBootstrapped() {
        Set<String> configFiles = new TreeSet<>();
        for (String path : jar.keySet()) {
            if (path.endsWith(".xml") && xml(path).getDocumentElement().getTagName().equals("alfresco-config")) {
                configFiles.add(path);
            }
        }
        assertFalse(configFiles.contains("META-INF/share-config-custom.xml"),
                "META-INF/share-config-custom.xml: Share would read it by itself, beside the bootstrapped files");
        List<String> listed = bootstrappedConfigs().stream().map(c -> c.substring("classpath:".length())).toList();
        assertEquals(new TreeSet<>(listed).size(), listed.size(), "a file bootstrapped twice: " + listed);
        assertEquals(configFiles, new TreeSet<>(listed), "configuration files in " + jarName + " (left) and those Share is told to read (right)");
        for (String file : shareContexts()) {
            NodeList beans = xml(file).getElementsByTagName("bean");
            for (int i = 0; i < beans.getLength(); i++) {
                Element bean = (Element) beans.item(i);
                if (bean.getAttribute("class").equals("org.springframework.extensions.config.ConfigBootstrap")) {
                    assertEquals("register", bean.getAttribute("init-method"), file + ": bean " + bean.getAttribute("id"));
                }
            }
        }
    }

    @Test
    @DisplayName("the jar carries the doclib action icons (PNG), the deadlines dashlet in en and zh_CN and the start-workflow customization")
    void shareWebFiles() {
        for (String icon : List.of("sx-start-legal-review", "sx-start-disclosure", "sx-request-access",
                "sx-place-legal-hold", "sx-release-legal-hold", "sx-verify-chain")) {
            byte[] png = jar.get("META-INF/components/documentlibrary/actions/" + icon + "-16.png");
            assertTrue(png != null && png.length > 8 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G',
                    jarName + ": icon " + icon + "-16.png missing or not a PNG");
        }
        String dashlet = "alfresco/web-extension/site-webscripts/org/sanxiang/components/dashlets/sanxiang-deadlines.get";
        for (String suffix : List.of(".desc.xml", ".js", ".html.ftl", ".properties", "_en.properties", "_zh_CN.properties")) {
            assertTrue(jar.containsKey(dashlet + suffix), jarName + " has no " + dashlet + suffix);
        }
        assertTrue(jar.containsKey("alfresco/web-extension/site-webscripts/org/sanxiang/customizations/workflow/start-workflow.get.js"),
                jarName + " has no start-workflow customization");
    }

    @Test
    @DisplayName("every class the Spring XML names is Share's (listed), every bundle it registers exists in en and zh_CN")
    void springContext() {
        List<String> contexts = shareContexts();
        assertFalse(contexts.isEmpty(), "no alfresco/web-extension/*-context.xml in " + jarName);
        for (String file : contexts) {
            Document doc = xml(file);
            NodeList beans = doc.getElementsByTagName("bean");
            for (int i = 0; i < beans.getLength(); i++) {
                String type = ((Element) beans.item(i)).getAttribute("class");
                assertTrue(type.isEmpty() || SHARE_CLASSES.contains(type) || jar.containsKey(type.replace('.', '/') + ".class"),
                        file + ": class " + type + " is neither ours nor in SHARE_CLASSES");
            }
            // Bundles are the values of a resourceBundles property (evaluator beans have values too: sx names).
            NodeList properties = doc.getElementsByTagName("property");
            List<String> bundles = new ArrayList<>();
            for (int i = 0; i < properties.getLength(); i++) {
                Element property = (Element) properties.item(i);
                if (property.getAttribute("name").equals("resourceBundles")) {
                    NodeList values = property.getElementsByTagName("value");
                    for (int j = 0; j < values.getLength(); j++) {
                        bundles.add(values.item(j).getTextContent().trim().replace('.', '/'));
                    }
                }
            }
            assertFalse(bundles.isEmpty(), file + " registers no resourceBundles");
            for (String bundle : bundles) {
                for (String language : LANGUAGES) {
                    assertTrue(jar.containsKey(bundle + language + ".properties"),
                            file + " registers " + bundle + ", but " + bundle + language + ".properties is missing");
                }
            }
        }
    }

    @Test
    @DisplayName("labels: the same keys in the base, en and zh_CN bundles, UTF-8, none empty")
    void labelsInBothLanguages() {
        Set<String> baseKeys = properties(text(MESSAGES + ".properties")).stringPropertyNames();
        assertFalse(baseKeys.isEmpty());
        for (String language : LANGUAGES) {
            String file = MESSAGES + language + ".properties";
            Properties labels = properties(text(file));
            assertEquals(new TreeSet<>(baseKeys), new TreeSet<>(labels.stringPropertyNames()), file);
            labels.forEach((k, v) -> assertFalse(v.toString().isBlank(), file + ": " + k + " is empty"));
        }
        assertEquals(properties(text(MESSAGES + ".properties")), properties(text(MESSAGES + "_en.properties")),
                "the _en bundle repeats the base bundle");
        Properties zh = properties(text(MESSAGES + "_zh_CN.properties"));
        Properties en = properties(text(MESSAGES + "_en.properties"));
        for (String key : baseKeys) {
            assertTrue(zh.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    MESSAGES + "_zh_CN.properties: " + key + " is not Chinese: " + zh.getProperty(key) + " (en: " + en.getProperty(key) + ")");
        }
    }

    @Test
    @DisplayName("every .properties file in the jar is ASCII (Chinese \\u-escaped), so every properties loader reads it alike")
    void propertiesAreAscii() {
        for (Map.Entry<String, byte[]> file : jar.entrySet()) {
            if (file.getKey().endsWith(".properties")) {
                for (byte b : file.getValue()) {
                    assertTrue(b >= 0, jarName + ": " + file.getKey() + " holds a non-ASCII byte; write \\uXXXX escapes");
                }
            }
        }
    }

    @Test
    @DisplayName("every label id the configuration files use exists in the bundles")
    void configLabelsExist() {
        Set<String> keys = properties(text(MESSAGES + ".properties")).stringPropertyNames();
        int used = 0;
        for (String config : bootstrappedConfigs()) {
            String path = config.substring("classpath:".length());
            Matcher m = Pattern.compile("\\b(?:label-id|labelId|descriptionId|description-id)\\s*=\\s*\"([^\"]+)\"")
                    .matcher(text(path).replaceAll("(?s)<!--.*?-->", ""));
            while (m.find()) {
                used++;
                assertTrue(keys.contains(m.group(1)), path + " uses label " + m.group(1)
                        + ", which " + MESSAGES + ".properties does not define");
            }
        }
        assertTrue(used > 0, "no label id found: the check read nothing");
    }

    /** Where Share's Spring finds our beans: surf-config.xml imports classpath*:alfresco/web-extension/*-context.xml. */
    private static List<String> shareContexts() {
        return jar.keySet().stream().filter(p -> p.matches("alfresco/web-extension/[^/]+-context\\.xml")).toList();
    }

    /** The configs of every ConfigBootstrap bean in the contexts Share loads, in order. */
    private static List<String> bootstrappedConfigs() {
        List<String> configs = new ArrayList<>();
        for (String file : shareContexts()) {
            NodeList beans = xml(file).getElementsByTagName("bean");
            for (int i = 0; i < beans.getLength(); i++) {
                Element bean = (Element) beans.item(i);
                if (bean.getAttribute("class").equals("org.springframework.extensions.config.ConfigBootstrap")) {
                    NodeList properties = bean.getElementsByTagName("property");
                    for (int j = 0; j < properties.getLength(); j++) {
                        Element property = (Element) properties.item(j);
                        if (property.getAttribute("name").equals("configs")) {
                            NodeList values = property.getElementsByTagName("value");
                            for (int k = 0; k < values.getLength(); k++) {
                                configs.add(values.item(k).getTextContent().trim());
                            }
                        }
                    }
                }
            }
        }
        return configs;
    }

    private static String text(String path) {
        byte[] bytes = jar.get(path);
        assertTrue(bytes != null, jarName + " has no " + path);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(path + " is not UTF-8", e);
        }
    }

    private static Properties properties(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return p;
    }

    private static Document xml(String path) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(jar.get(path)));
        } catch (Exception e) {
            throw new AssertionError(path + ": not well-formed XML: " + e.getMessage(), e);
        }
    }
}
