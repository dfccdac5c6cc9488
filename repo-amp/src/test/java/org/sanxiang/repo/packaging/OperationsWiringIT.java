package org.sanxiang.repo.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The names the repository's web scripts and actions are known by agree everywhere: Java-backed web
 * script beans and their descriptors and templates in the AMP, action beans and their labels in both
 * languages, and the names the Share AMP calls (doclib actions, the deadlines dashlet's URL).
 */
class OperationsWiringIT {

    private static final String ROOT = "alfresco/module/sanxiang-repo/";
    private static final String WEBSCRIPTS = "alfresco/extension/templates/webscripts/";
    private static final String BEAN_PREFIX = "webscript.";
    private static final String ACTION_LABELS = ROOT + "messages/sanxiang-actions";
    /** The Share AMP's sources (same reactor; the names must agree). */
    private static final Path SHARE = Path.of("../share-amp/src/main/resources");

    private static AmpArchive amp;
    private static SpringXml xml;

    @BeforeAll
    static void read() {
        amp = AmpArchive.fromSystemProperty("sanxiang.amp");
        xml = new SpringXml();
        for (String resource : amp.classpath.keySet()) {
            if (resource.startsWith(ROOT) && resource.endsWith(".xml")) {
                xml.read(resource, amp.resourceText(resource));
            }
        }
    }

    private static Set<String> webScriptBeans() {
        Set<String> beans = new TreeSet<>();
        xml.beanParents.forEach((id, parent) -> {
            if ("webscript".equals(parent)) {
                beans.add(id);
            }
        });
        return beans;
    }

    private static Set<String> actionBeans() {
        Set<String> beans = new TreeSet<>();
        xml.beanParents.forEach((id, parent) -> {
            if ("action-executer".equals(parent)) {
                beans.add(id);
            }
        });
        return beans;
    }

    @Test
    @DisplayName("each Java-backed web script bean has its descriptor and JSON template, each descriptor of ours has its bean")
    void webScriptBeansAndDescriptors() {
        Set<String> fromBeans = new TreeSet<>();
        for (String bean : webScriptBeans()) {
            assertTrue(bean.startsWith(BEAN_PREFIX + "org.sanxiang."), bean + ": web script beans are webscript.<package>.<name>.<method>");
            String path = bean.substring(BEAN_PREFIX.length());
            int method = path.lastIndexOf('.');
            int name = path.lastIndexOf('.', method - 1);
            fromBeans.add(path.substring(0, name).replace('.', '/') + "/" + path.substring(name + 1));
        }
        Set<String> descriptors = new TreeSet<>();
        for (String resource : amp.classpath.keySet()) {
            if (resource.startsWith(WEBSCRIPTS) && resource.endsWith(".desc.xml")) {
                descriptors.add(resource.substring(WEBSCRIPTS.length(), resource.length() - ".desc.xml".length()));
            }
        }
        assertEquals(descriptors, fromBeans, "descriptors (left) and web script beans (right)");
        for (String ws : descriptors) {
            assertTrue(amp.classpath.containsKey(WEBSCRIPTS + ws + ".json.ftl"), ws + ".json.ftl is missing");
        }
        assertFalse(descriptors.isEmpty());
    }

    @Test
    @DisplayName("descriptors: a Chinese and English short name, user authentication, a transaction, JSON")
    void descriptors() {
        Pattern han = Pattern.compile("\\p{IsHan}");
        Pattern latin = Pattern.compile("[A-Za-z]{3,}");
        for (String resource : amp.classpath.keySet()) {
            if (!resource.startsWith(WEBSCRIPTS) || !resource.endsWith(".desc.xml")) {
                continue;
            }
            Document d = SpringXml.parse(resource, amp.resourceText(resource));
            String shortname = text(d, "shortname");
            assertTrue(han.matcher(shortname).find() && latin.matcher(shortname).find(), resource + ": shortname " + shortname);
            assertEquals("user", text(d, "authentication"), resource);
            assertEquals("required", text(d, "transaction"), resource);
            assertEquals("json", ((Element) d.getElementsByTagName("format").item(0)).getAttribute("default"), resource);
            assertTrue(text(d, "url").startsWith("/sanxiang/"), resource);
        }
    }

    @Test
    @DisplayName("each repository action has its title and description, in English and zh_CN, with the same keys")
    void actionLabels() {
        Properties base = AmpArchive.properties(amp.resourceText(ACTION_LABELS + ".properties"));
        Properties en = AmpArchive.properties(amp.resourceText(ACTION_LABELS + "_en.properties"));
        Properties zh = AmpArchive.properties(amp.resourceText(ACTION_LABELS + "_zh_CN.properties"));
        assertEquals(base.keySet(), en.keySet(), "keys of _en");
        assertEquals(base.keySet(), zh.keySet(), "keys of _zh_CN");
        assertEquals(Set.of("sx-place-legal-hold", "sx-release-legal-hold", "sx-verify-chain"), actionBeans());
        for (String action : actionBeans()) {
            for (String key : List.of(action + ".title", action + ".description")) {
                assertTrue(zh.containsKey(key) && !zh.getProperty(key).isBlank(), key + " in zh_CN");
                assertTrue(Pattern.compile("\\p{IsHan}").matcher(zh.getProperty(key)).find(), key + " in zh_CN is Chinese");
            }
        }
        for (String key : base.stringPropertyNames()) {
            String action = key.substring(0, key.indexOf('.'));
            assertTrue(actionBeans().contains(action), key + " labels no action of ours");
        }
    }

    @Test
    @DisplayName("the Share doclib actions call repository actions that exist, with the parameters they declare")
    void shareDoclibActions() throws IOException {
        Document share = SpringXml.parse("sanxiang-share-documentlibrary-config.xml",
                Files.readString(SHARE.resolve("alfresco/sanxiang-share-documentlibrary-config.xml")));
        NodeList params = share.getElementsByTagName("param");
        Set<String> called = new TreeSet<>();
        for (int i = 0; i < params.getLength(); i++) {
            Element p = (Element) params.item(i);
            Element action = (Element) p.getParentNode();
            if (!"action".equals(action.getTagName()) || !action.getAttribute("id").startsWith("sx-")) {
                continue;
            }
            // onActionFormDialog names the action by itemId, onActionSimpleRepoAction by action
            if (p.getAttribute("name").equals("itemId") || p.getAttribute("name").equals("action")) {
                called.add(p.getTextContent().trim());
            }
        }
        assertEquals(actionBeans(), called, "repository actions (left) and those Share calls (right)");
        Properties labels = AmpArchive.properties(amp.resourceText(ACTION_LABELS + ".properties"));
        for (String param : List.of("sx-place-legal-hold.holdReasons", "sx-place-legal-hold.holdNote",
                "sx-release-legal-hold.holdReleaseReason")) {
            assertTrue(labels.containsKey(param + ".display-label"), param + " (named in sanxiang-share-documentlibrary-config.xml) has a label");
        }
    }

    @Test
    @DisplayName("the Share deadlines dashlet calls GET /sanxiang/deadlines with the parameters the descriptor takes")
    void dashletUrl() throws IOException {
        String js = Files.readString(SHARE.resolve(
                "alfresco/web-extension/site-webscripts/org/sanxiang/components/dashlets/sanxiang-deadlines.get.js"));
        Document d = SpringXml.parse("deadlines.get.desc.xml", amp.resourceText(WEBSCRIPTS + "org/sanxiang/deadlines.get.desc.xml"));
        String url = text(d, "url");
        assertTrue(url.startsWith("/sanxiang/deadlines?"), url);
        Matcher m = Pattern.compile("[?&](\\w+)=").matcher(js.substring(js.indexOf("\"/sanxiang/deadlines?")));
        List<String> used = new ArrayList<>();
        while (m.find() && used.size() < 3) {
            used.add(m.group(1));
        }
        for (String p : used) {
            assertTrue(url.contains(p + "={" + p + "?}"), "the dashlet passes " + p + ", the descriptor " + url);
        }
        assertEquals(List.of("days", "max", "site"), used.stream().sorted().toList());
    }

    private static String text(Document d, String tag) {
        NodeList n = d.getElementsByTagName(tag);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent().trim();
    }

}
