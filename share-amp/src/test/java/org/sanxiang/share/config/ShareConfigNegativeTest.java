package org.sanxiang.share.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.ModelResources;
import org.sanxiang.model.m2.M2Model;
import org.sanxiang.model.m2.M2ModelReader;

/**
 * The checks fail loudly when the models or the configuration drift apart: each test changes one
 * thing in a copy of the shipped files and expects the problem that names it.
 */
class ShareConfigNegativeTest {

    private static final String SX_TEXT = ShareResources.text(ModelResources.CONTENT_MODEL);
    private static final String WF_TEXT = ShareResources.text(ModelResources.WORKFLOW_MODEL);
    private static final Map<String, String> CONFIG_TEXTS = ShareResources.configTexts();
    private static final String CONTEXT_TEXT = ShareResources.text(ShareResources.CONTEXT);

    @Test
    @DisplayName("a property removed from the sx model: its form fields are reported")
    void removedProperty() {
        String sx = replaceOnce(SX_TEXT, "(?s)\\s*<property name=\"sx:fineAmount\">.*?</property>", "");
        List<String> problems = checker(sx, WF_TEXT, CONFIG_TEXTS, CONTEXT_TEXT).formFields();
        assertReported(problems, "field sx:fineAmount is neither a property or association of sx:caseFolder");
    }

    @Test
    @DisplayName("a property added to the sx model: the form that does not show it is reported")
    void addedProperty() {
        String sx = replaceOnce(SX_TEXT, "(<property name=\"sx:partyCount\">)",
                "<property name=\"sx:partyPhone\"><type>d:text</type></property>$1");
        List<String> problems = checker(sx, WF_TEXT, CONFIG_TEXTS, CONTEXT_TEXT).formCoverage();
        assertReported(problems, "node-type sx:caseFolder: field sx:partyPhone of the model is not shown");
    }

    @Test
    @DisplayName("a start task renamed in the sxwf model: the start form activiti$sxLegalReview and the task form are reported")
    void renamedStartTask() {
        String wf = replaceOnce(WF_TEXT, "<type name=\"sxwf:legalReviewStartTask\">", "<type name=\"sxwf:legalReviewBeginTask\">");
        ShareConfigChecker checker = checker(SX_TEXT, wf, CONFIG_TEXTS, CONTEXT_TEXT);
        assertReported(checker.formFields(), "sxLegalReview is not a Sanxiang process key with a start task");
        assertReported(checker.formFields(), "sxwf:legalReviewStartTask is not a task type of the sxwf model");
    }

    @Test
    @DisplayName("an aspect removed from the sx model: form, Document Library and evaluator are reported")
    void removedAspect() {
        String sx = replaceOnce(SX_TEXT, "(?s)\\s*<aspect name=\"sx:legalHold\">.*?</aspect>", "");
        ShareConfigChecker checker = checker(sx, WF_TEXT, CONFIG_TEXTS, CONTEXT_TEXT);
        assertReported(checker.formFields(), "sx:legalHold is not an aspect of the sx model");
        assertReported(checker.documentLibrary(), "aspects/visible: sx:legalHold is not an aspect");
        assertReported(checker.evaluators(), "bean evaluator.sanxiang.onLegalHold: sx:legalHold is not an aspect");
    }

    @Test
    @DisplayName("a property's data type changed: the control that no longer fits is reported")
    void changedDataType() {
        String sx = replaceOnce(SX_TEXT, "(<property name=\"sx:partyCount\">(?s:.*?)<type>)d:int(</type>)", "$1d:date$2");
        assertReported(checker(sx, WF_TEXT, CONFIG_TEXTS, CONTEXT_TEXT).controls(),
                "field sx:partyCount (d:date) uses /org/alfresco/components/form/controls/number.ftl");
    }

    @Test
    @DisplayName("an outcome without the transitions control, an unknown control: both reported")
    void controls() {
        Map<String, String> config = changeConfig(
                "(<field id=\"sxwf:legalReviewOutcome\" set=\"task-response\">\\s*<control template=\")[^\"]+",
                "$1/org/alfresco/components/form/controls/selectone.ftl");
        assertReported(checker(SX_TEXT, WF_TEXT, config, CONTEXT_TEXT).formCoverage(),
                "task-type sxwf:legalReviewTask: the outcome sxwf:legalReviewOutcome must use the control workflow/activiti-transitions.ftl");
        config = changeConfig("(<field id=\"sx:caseName\" set=\"case\">\\s*<control template=\")[^\"]+",
                "$1/com/example/fancy.ftl");
        assertReported(checker(SX_TEXT, WF_TEXT, config, CONTEXT_TEXT).controls(),
                "field sx:caseName uses /com/example/fancy.ftl, which is not a known Share control");
    }

    @Test
    @DisplayName("a doclib action whose evaluator is not declared, whose icon is missing or not a PNG: reported")
    void actions() {
        String context = replaceOnce(CONTEXT_TEXT, "id=\"evaluator.sanxiang.chainVerifiable\"", "id=\"evaluator.sanxiang.renamed\"");
        assertReported(checker(SX_TEXT, WF_TEXT, CONFIG_TEXTS, context).actions(),
                "action sx-verify-chain: evaluator evaluator.sanxiang.chainVerifiable is not declared");

        Map<String, String> config = changeConfig("icon=\"sx-verify-chain\"", "icon=\"sx-missing\"");
        assertReported(checker(SX_TEXT, WF_TEXT, config, CONTEXT_TEXT).actions(),
                "action sx-verify-chain: icon META-INF/components/documentlibrary/actions/sx-missing-16.png does not exist");

        config = changeConfig("sxProcess=activiti\\$sxDisclosure", "sxProcess=activiti\\$sxPublish");
        assertReported(checker(SX_TEXT, WF_TEXT, config, CONTEXT_TEXT).actions(),
                "action sx-start-disclosure: sxProcess names sxPublish, not a Sanxiang process key");

        Function<String, byte[]> fakeIcons = path -> path.endsWith(".png") ? "GIF89a".getBytes(StandardCharsets.US_ASCII)
                : ShareResources.bytes(path);
        ShareConfigChecker withFakes = new ShareConfigChecker(ShareResources.contentModel(), ShareResources.workflowModel(),
                ShareResources.configDocuments(CONFIG_TEXTS), ShareResources.xml(CONTEXT_TEXT, "context"),
                ShareResources.properties(ShareResources.MESSAGES + ".properties"), fakeIcons);
        assertReported(withFakes.actions(), "sx-start-legal-review-16.png is not a PNG");
    }

    @Test
    @DisplayName("a label missing from the bundle, a subtype under the wrong parent: reported")
    void labelsAndTypes() {
        Properties labels = ShareResources.properties(ShareResources.MESSAGES + ".properties");
        labels.remove("sanxiang.set.party");
        labels.remove("type.sx_evidence");
        ShareConfigChecker checker = new ShareConfigChecker(ShareResources.contentModel(), ShareResources.workflowModel(),
                ShareResources.configDocuments(CONFIG_TEXTS), ShareResources.xml(CONTEXT_TEXT, "context"), labels,
                ShareResources::bytes);
        assertReported(checker.labels(), "label sanxiang.set.party is not in the bundle");
        assertReported(checker.labels(), "sx type sx:evidence: label type.sx_evidence is not in the bundle");

        Map<String, String> config = changeConfig("(<type name=\"sx:textRecord\">\\s*)<subtype name=\"sx:decisionDocument\" />",
                "$1<subtype name=\"sx:evidence\" />");
        assertReported(checker(SX_TEXT, WF_TEXT, config, CONTEXT_TEXT).documentLibrary(),
                "sx:evidence is not a subtype of sx:textRecord");
    }

    @Test
    @DisplayName("a configuration file the ConfigBootstrap does not list, a listed file that is not ours or missing: reported")
    void bootstrapListsExactlyTheFiles() {
        Set<String> files = ShareResources.moduleConfigFiles();
        String context = replaceOnce(CONTEXT_TEXT, "\\s*<value>classpath:alfresco/sanxiang-share-aspect-form-config.xml</value>", "");
        assertReported(checker(SX_TEXT, WF_TEXT, CONFIG_TEXTS, context).bootstrap(files),
                "alfresco/sanxiang-share-aspect-form-config.xml is a configuration file of this module that the ConfigBootstrap does not list");

        Set<String> withNewFile = new TreeSet<>(files);
        withNewFile.add("alfresco/sanxiang-share-dashlet-config.xml");
        assertReported(ShareResources.shipped().bootstrap(withNewFile),
                "alfresco/sanxiang-share-dashlet-config.xml is a configuration file of this module that the ConfigBootstrap does not list");

        Set<String> withCustom = new TreeSet<>(files);
        withCustom.add("META-INF/share-config-custom.xml");
        assertReported(ShareResources.shipped().bootstrap(withCustom), "META-INF/share-config-custom.xml exists: Share reads it by itself");

        String missing = "$0<value>classpath:alfresco/sanxiang-share-missing-config.xml</value>";
        String shares = "$0<value>classpath:alfresco/share-form-config.xml</value>";
        String twice = "$0<value>classpath:alfresco/sanxiang-share-form-config.xml</value>";
        String listAnchor = "<value>classpath:alfresco/sanxiang-share-documentlibrary-config.xml</value>";
        assertReported(checker(SX_TEXT, WF_TEXT, CONFIG_TEXTS, replaceOnce(CONTEXT_TEXT, listAnchor, missing)).bootstrap(files),
                "lists alfresco/sanxiang-share-missing-config.xml, which is not a configuration file of this module (it does not exist)");
        assertReported(checker(SX_TEXT, WF_TEXT, CONFIG_TEXTS, replaceOnce(CONTEXT_TEXT, listAnchor, shares)).bootstrap(files),
                "lists alfresco/share-form-config.xml, which is not a configuration file of this module");
        assertReported(checker(SX_TEXT, WF_TEXT, CONFIG_TEXTS, replaceOnce(CONTEXT_TEXT, listAnchor, twice)).bootstrap(files),
                "lists alfresco/sanxiang-share-form-config.xml twice");
    }

    @Test
    @DisplayName("a ConfigBootstrap Surf never runs (no init-method register, another config service) or none at all: reported")
    void bootstrapIsRegistered() {
        Set<String> files = ShareResources.moduleConfigFiles();
        String context = replaceOnce(CONTEXT_TEXT, "(id=\"sanxiang-share.config\"[^>]*) init-method=\"register\"", "$1");
        assertReported(checker(SX_TEXT, WF_TEXT, CONFIG_TEXTS, context).bootstrap(files),
                "bean sanxiang-share.config: init-method is not register");
        context = replaceOnce(CONTEXT_TEXT, "(<property name=\"configService\") ref=\"web.config\"", "$1 ref=\"other.config\"");
        assertReported(checker(SX_TEXT, WF_TEXT, CONFIG_TEXTS, context).bootstrap(files),
                "bean sanxiang-share.config: configService is not ref web.config");
        context = replaceOnce(CONTEXT_TEXT, "org\\.springframework\\.extensions\\.config\\.ConfigBootstrap", "org.example.Bootstrap");
        assertReported(checker(SX_TEXT, WF_TEXT, CONFIG_TEXTS, context).bootstrap(files), "declares no " + ShareConfigChecker.CONFIG_BOOTSTRAP);
    }

    @Test
    @DisplayName("a start form moved into the type forms' file, an aspect form repeated in the Document Library's: reported")
    void placementAndDuplicates() {
        String workflowFile = "alfresco/" + ShareConfigChecker.WORKFLOW_FORM_FILE;
        String formFile = "alfresco/" + ShareConfigChecker.FORM_FILE;
        Matcher start = Pattern.compile("(?s)\\s*<config evaluator=\"string-compare\" condition=\"activiti\\$sxAccess\">.*?</config>")
                .matcher(CONFIG_TEXTS.get(workflowFile));
        assertTrue(start.find(), "the start form activiti$sxAccess is in " + workflowFile);
        Map<String, String> moved = new LinkedHashMap<>(CONFIG_TEXTS);
        moved.put(workflowFile, replaceOnce(CONFIG_TEXTS.get(workflowFile), Pattern.quote(start.group()), ""));
        moved.put(formFile, replaceOnce(CONFIG_TEXTS.get(formFile), "</alfresco-config>", Matcher.quoteReplacement(start.group()) + "\n</alfresco-config>"));
        ShareConfigChecker checker = checker(SX_TEXT, WF_TEXT, moved, CONTEXT_TEXT);
        assertReported(checker.placement(), formFile + " <config evaluator=\"string-compare\" condition=\"activiti$sxAccess\"> belongs in "
                + ShareConfigChecker.WORKFLOW_FORM_FILE);
        assertTrue(checker.formCoverage().isEmpty(), "moving a form changes nothing but its file");

        String aspectFile = "alfresco/" + ShareConfigChecker.ASPECT_FORM_FILE;
        String doclibFile = "alfresco/" + ShareConfigChecker.DOCLIB_FILE;
        Matcher sealed = Pattern.compile("(?s)<config evaluator=\"aspect\" condition=\"sx:sealed\">.*?</config>")
                .matcher(CONFIG_TEXTS.get(aspectFile));
        assertTrue(sealed.find());
        Map<String, String> twice = new LinkedHashMap<>(CONFIG_TEXTS);
        twice.put(doclibFile, replaceOnce(CONFIG_TEXTS.get(doclibFile), "</alfresco-config>", Matcher.quoteReplacement(sealed.group()) + "\n</alfresco-config>"));
        checker = checker(SX_TEXT, WF_TEXT, twice, CONTEXT_TEXT);
        assertReported(checker.duplicates(), doclibFile + " <config evaluator=\"aspect\" condition=\"sx:sealed\"> appears twice (first in " + aspectFile + ")");
        assertReported(checker.placement(), "belongs in " + ShareConfigChecker.ASPECT_FORM_FILE);

        Map<String, String> unknown = new LinkedHashMap<>(CONFIG_TEXTS);
        unknown.put(doclibFile, replaceOnce(CONFIG_TEXTS.get(doclibFile), "</alfresco-config>",
                "<config evaluator=\"string-compare\" condition=\"Remote\" />\n</alfresco-config>"));
        assertReported(checker(SX_TEXT, WF_TEXT, unknown, CONTEXT_TEXT).placement(), "no file of this module is for this concern");
    }

    private static ShareConfigChecker checker(String sx, String wf, Map<String, String> configs, String context) {
        M2Model content = M2ModelReader.read(new ByteArrayInputStream(sx.getBytes(StandardCharsets.UTF_8)), "sxModel.xml (test copy)");
        M2Model workflow = M2ModelReader.read(new ByteArrayInputStream(wf.getBytes(StandardCharsets.UTF_8)), "sxWorkflowModel.xml (test copy)");
        return new ShareConfigChecker(content, workflow, ShareResources.configDocuments(configs),
                ShareResources.xml(context, "context (test copy)"), ShareResources.properties(ShareResources.MESSAGES + ".properties"),
                ShareResources::bytes);
    }

    /** A copy of the configuration files with the first match replaced in the one file that has a match. */
    private static Map<String, String> changeConfig(String regex, String replacement) {
        List<String> files = CONFIG_TEXTS.entrySet().stream()
                .filter(f -> Pattern.compile(regex).matcher(f.getValue()).find()).map(Map.Entry::getKey).toList();
        assertEquals(1, files.size(), "exactly one configuration file should contain " + regex + ", found " + files);
        Map<String, String> changed = new LinkedHashMap<>(CONFIG_TEXTS);
        changed.put(files.get(0), replaceOnce(CONFIG_TEXTS.get(files.get(0)), regex, replacement));
        return changed;
    }

    /** Replaces the first match and insists there was one, so a renamed file cannot make a test pass vacuously. */
    private static String replaceOnce(String text, String regex, String replacement) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "the test copy no longer contains " + regex);
        String changed = m.replaceFirst(replacement);
        assertNotEquals(text, changed);
        return changed;
    }

    private static void assertReported(List<String> problems, String expected) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)),
                "expected a problem containing \"" + expected + "\", got:\n  " + String.join("\n  ", problems));
    }
}
