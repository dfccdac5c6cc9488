package org.sanxiang.share.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.m2.M2Constraint;
import org.w3c.dom.Document;

/** The deadlines dashlet (Surf web script): user and site dashlet, its labels in en and zh_CN, template and controller agreeing. */
class DeadlinesDashletTest {

    private static final String BASE = "alfresco/web-extension/site-webscripts/org/sanxiang/components/dashlets/sanxiang-deadlines.get";
    private static final List<String> LANGUAGES = List.of("", "_en", "_zh_CN");

    private final String ftl = ShareResources.text(BASE + ".html.ftl");
    private final String js = ShareResources.text(BASE + ".js");

    @Test
    @DisplayName("the descriptor offers the dashlet on user and site dashboards")
    void descriptor() {
        Document desc = ShareResources.xml(BASE + ".desc.xml");
        Set<String> families = new TreeSet<>();
        ShareConfigChecker.descendants(desc.getDocumentElement(), "family").forEach(f -> families.add(f.getTextContent().trim()));
        assertEquals(new TreeSet<>(List.of("site-dashlet", "user-dashlet")), families);
        assertEquals("/sanxiang/components/dashlets/deadlines",
                ShareConfigChecker.descendants(desc.getDocumentElement(), "url").get(0).getTextContent().trim());
    }

    @Test
    @DisplayName("every msg() key of the template, and kind.<value> for every sx:deadlineKinds value, is in the base, en and zh_CN bundles")
    void labelsInBothLanguages() {
        Set<String> needed = new TreeSet<>();
        Matcher m = Pattern.compile("msg\\(\"([^\"]+)\"\\)").matcher(ftl);
        while (m.find()) {
            needed.add(m.group(1));
        }
        assertTrue(ftl.contains("msg(\"kind.\" + d.kind)"), "the template labels the deadline kind with kind.<value>");
        M2Constraint kinds = ShareResources.contentModel().findConstraint("sx:deadlineKinds").orElseThrow();
        assertFalse(kinds.allowedValues().isEmpty());
        kinds.allowedValues().forEach(v -> needed.add("kind." + v));

        Properties base = ShareResources.properties(BASE + ".properties");
        for (String language : LANGUAGES) {
            String file = BASE + language + ".properties";
            Properties labels = ShareResources.properties(file);
            for (String key : needed) {
                assertTrue(labels.containsKey(key), file + " has no label " + key);
                assertFalse(labels.getProperty(key).isBlank(), file + ": " + key + " is empty");
            }
            assertEquals(new TreeSet<>(base.stringPropertyNames()), new TreeSet<>(labels.stringPropertyNames()), file + ": keys differ from the base bundle");
        }
        Properties zh = ShareResources.properties(BASE + "_zh_CN.properties");
        for (String key : needed) {
            assertTrue(zh.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    BASE + "_zh_CN.properties: " + key + " is not Chinese: " + zh.getProperty(key));
        }
        assertEquals(base, ShareResources.properties(BASE + "_en.properties"), "the _en bundle repeats the base bundle");
    }

    @Test
    @DisplayName("the controller reads GET /sanxiang/deadlines and gives the template every row field it uses")
    void controllerAndTemplateAgree() {
        assertTrue(js.contains("remote.call(uri)") && js.contains("\"/sanxiang/deadlines?"), "the controller calls the repository web script");
        assertTrue(js.contains("page.url.templateArgs.site") && js.contains("&site="), "on a site dashboard it asks for that site's cases");
        Set<String> given = new TreeSet<>();
        Matcher row = Pattern.compile("(?s)model\\.deadlines\\.push\\(\\s*\\{(.*?)\\}\\s*\\)").matcher(js);
        assertTrue(row.find(), "the controller pushes rows into model.deadlines");
        Matcher field = Pattern.compile("(\\w+)\\s*:").matcher(row.group(1));
        while (field.find()) {
            given.add(field.group(1));
        }
        Set<String> used = new TreeSet<>();
        Matcher use = Pattern.compile("\\bd\\.(\\w+)").matcher(ftl);
        while (use.find()) {
            used.add(use.group(1));
        }
        assertFalse(used.isEmpty());
        assertTrue(given.containsAll(used), "the template uses " + used + ", the controller gives " + given);
        for (String modelKey : List.of("model.available", "model.deadlines")) {
            assertTrue(js.contains(modelKey + " ="), "the controller sets " + modelKey);
        }
    }
}
