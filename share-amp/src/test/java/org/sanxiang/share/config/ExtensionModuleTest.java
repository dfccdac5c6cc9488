package org.sanxiang.share.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The Surf extension module's customization of Share's start-workflow page, and the actions that use it. */
class ExtensionModuleTest {

    private static final String EXTENSION = "alfresco/web-extension/site-data/extensions/sanxiang-share-extension.xml";

    @Test
    @DisplayName("the start-workflow customization targets Share's workflow package and its controller exists")
    void startWorkflowCustomization() {
        Element root = ShareResources.xml(EXTENSION).getDocumentElement();
        List<Element> customizations = ShareConfigChecker.descendants(root, "customization");
        assertEquals(1, customizations.size());
        Element c = customizations.get(0);
        assertEquals("org.alfresco.components.workflow", text(c, "targetPackageRoot"));
        String source = "alfresco/web-extension/site-webscripts/" + text(c, "sourcePackageRoot").replace('.', '/');
        String js = ShareResources.text(source + "/start-workflow.get.js");
        assertTrue(js.contains("page.url.args.sxProcess"), "the controller reads the sxProcess argument");
        assertTrue(js.contains("model.workflowDefinitions = only") && js.contains("options.workflowDefinitions = only"),
                "menu and widget are narrowed alike (the menu index selects from the widget's list)");
        assertNotNull(ShareResources.bytes(source + "/start-workflow.get.js"));
    }

    @Test
    @DisplayName("the three start actions narrow start-workflow to legal review, disclosure and access request")
    void startActionsNameTheirProcess() {
        ShareConfigChecker checker = ShareResources.shipped();
        Element cfg = checker.find("string-compare", "DocLibActions").orElseThrow();
        Set<String> processes = new TreeSet<>();
        for (Element action : ShareConfigChecker.children(cfg, "actions", "action")) {
            for (Element param : ShareConfigChecker.children(action, "param")) {
                Matcher m = Pattern.compile("^start-workflow\\?selectedItems=\\{node\\.nodeRef}.*&sxProcess=(activiti\\$\\w+)$")
                        .matcher(param.getTextContent().trim());
                if (m.find()) {
                    processes.add(action.getAttribute("id") + "=" + m.group(1));
                }
            }
        }
        assertEquals(new TreeSet<>(List.of("sx-request-access=activiti$sxAccess", "sx-start-disclosure=activiti$sxDisclosure",
                "sx-start-legal-review=activiti$sxLegalReview")), processes);
    }

    @Test
    @DisplayName("run in Rhino: sxProcess narrows menu and widget to that process; unknown or absent sxProcess leaves both alone")
    void startWorkflowCustomizationRuns() {
        assertEquals(List.of("activiti$sxDisclosure"), runCustomization("activiti$sxDisclosure"));
        List<String> all = List.of("activiti$activitiReview", "activiti$sxDisclosure", "activiti$sxLegalReview");
        assertEquals(all, runCustomization(null));
        assertEquals(all, runCustomization("activiti$sxNotDeployed"));
        assertEquals(all, runCustomization("activiti$activitiReview"), "only Sanxiang processes can be asked for");
    }

    /** Runs the customization after a stand-in of Share's controller; returns the menu, after checking the widget agrees. */
    private static List<String> runCustomization(String sxProcess) {
        org.mozilla.javascript.Context cx = org.mozilla.javascript.Context.enter();
        try {
            org.mozilla.javascript.Scriptable scope = cx.initStandardObjects();
            org.mozilla.javascript.ScriptableObject.putProperty(scope, "SX_PROCESS", sxProcess);
            cx.evaluateString(scope, """
                    var page = { url: { args: { sxProcess: SX_PROCESS } } };
                    var defs = [ { name: "activiti$activitiReview" }, { name: "activiti$sxDisclosure" }, { name: "activiti$sxLegalReview" } ];
                    var model = { workflowDefinitions: defs,
                                  widgets: [ { id: "StartWorkflow", options: { workflowDefinitions: defs } } ] };
                    """, "share-start-workflow-stand-in", 1, null);
            cx.evaluateString(scope, ShareResources.text(
                    "alfresco/web-extension/site-webscripts/org/sanxiang/customizations/workflow/start-workflow.get.js"),
                    "start-workflow.get.js", 1, null);
            Object menu = cx.evaluateString(scope, "model.workflowDefinitions.map(function (d) { return d.name; }).join(',')", "menu", 1, null);
            Object widget = cx.evaluateString(scope, "model.widgets[0].options.workflowDefinitions.map(function (d) { return d.name; }).join(',')", "widget", 1, null);
            assertEquals(String.valueOf(menu), String.valueOf(widget), "menu and widget must list the same processes");
            return List.of(String.valueOf(menu).split(","));
        } finally {
            org.mozilla.javascript.Context.exit();
        }
    }

    private static String text(Element parent, String tag) {
        return ShareConfigChecker.children(parent, tag).get(0).getTextContent().trim();
    }
}
