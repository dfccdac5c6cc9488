package org.sanxiang.share.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.cache.StringTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.w3c.dom.Document;

/**
 * The deadlines dashlet run outside Share: its controller in Rhino (the engine Surf embeds) with the
 * Surf root objects page, remote and model stubbed, then its template in FreeMarker with Surf's
 * markup directives reduced to their content and msg() reading the dashlet's own bundle.
 */
class DeadlinesDashletRenderTest {

    private static final String BASE = "alfresco/web-extension/site-webscripts/org/sanxiang/components/dashlets/sanxiang-deadlines.get";

    /** A repository answer as GET /sanxiang/deadlines gives it (repo-amp deadlines.get.json.ftl). */
    private static final String ANSWER = """
            {
               "generatedAt": "2026-11-22T09:00:00+08:00",
               "deadlines": [
                  { "nodeRef": "workspace://SpacesStore/a1", "caseNumber": "渝人社罚〔2026〕12号", "caseName": "某公司<拖欠>工资案",
                    "kind": "legalReview", "due": "2026-11-20T23:59:59+08:00", "dueDate": "2026-11-20",
                    "overdue": true, "provisional": false, "citation": "chongqing-2024 法制审核 第十三条", "site": "zhifa" },
                  { "nodeRef": "workspace://SpacesStore/b2", "caseNumber": "渝人社罚〔2026〕15号", "caseName": "",
                    "kind": "disclosure", "due": "2027-01-08T23:59:59+08:00", "dueDate": "2027-01-08",
                    "overdue": false, "provisional": true, "citation": "chongqing-2024 公示 第十条", "site": "zhifa" }
               ]
            }
            """;

    @Test
    @DisplayName("site dashboard: the controller asks for the site's deadlines and the template lists them with zh_CN labels, escaped")
    void siteDashboard() throws Exception {
        Run run = runController("zhifa", 200, ANSWER);
        assertEquals(List.of("/sanxiang/deadlines?days=30&max=50&site=zhifa"), run.calls);
        assertEquals(Boolean.TRUE, run.model.get("available"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) run.model.get("deadlines");
        assertEquals(2, rows.size());
        assertEquals("legalReview", rows.get(0).get("kind"));
        assertEquals(Boolean.TRUE, rows.get(0).get("overdue"));
        assertEquals(Boolean.TRUE, rows.get(1).get("provisional"));

        String html = render(run.model, "_zh_CN");
        assertTrue(html.contains("执法期限"), html);
        assertTrue(html.contains("法制审核") && html.contains("公示"), "kind labels in Chinese:\n" + html);
        assertTrue(html.contains("渝人社罚〔2026〕12号") && html.contains("2026-11-20"), html);
        assertTrue(html.contains("（已逾期）") && html.contains("（暂定）"), html);
        assertTrue(html.contains("某公司&lt;拖欠&gt;工资案") && !html.contains("<拖欠>"), "case names are HTML-escaped:\n" + html);
        assertTrue(html.contains("/share/page/folder-details?nodeRef=workspace%3A%2F%2FSpacesStore%2Fa1"), html);
        assertEquals(1, html.split("（已逾期）", -1).length - 1, "only the overdue row is marked");
    }

    @Test
    @DisplayName("user dashboard: no site argument; an empty answer says so in English")
    void userDashboardEmpty() throws Exception {
        Run run = runController(null, 200, "{\"generatedAt\": \"2026-11-22T09:00:00+08:00\", \"deadlines\": []}");
        assertEquals(List.of("/sanxiang/deadlines?days=30&max=50"), run.calls);
        String html = render(run.model, "_en");
        assertTrue(html.contains("No deadline falls due in the next 30 days."), html);
        assertFalse(html.contains("<table"), html);
    }

    @Test
    @DisplayName("repository unavailable: the dashlet says so instead of failing")
    void repositoryUnavailable() throws Exception {
        Run run = runController("zhifa", 500, "{\"message\": \"boom\"}");
        assertEquals(Boolean.FALSE, run.model.get("available"));
        String html = render(run.model, "_zh_CN");
        assertTrue(html.contains("暂时无法从存储库读取期限。"), html);
    }

    @Test
    @DisplayName("contract: what the repository template GET /sanxiang/deadlines writes is what the dashlet reads")
    void repositoryTemplateFeedsTheDashlet() throws Exception {
        Path ftl = Path.of(System.getProperty("sanxiang.repoAmpResources", "missing: run through mvn"),
                "alfresco/extension/templates/webscripts/org/sanxiang/deadlines.get.json.ftl");
        assertTrue(Files.isRegularFile(ftl), "no repository template at " + ftl);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("nodeRef", "workspace://SpacesStore/c3");
        row.put("caseNumber", "宁人社罚〔2026〕3号");
        row.put("caseName", "“引号\"与\\反斜杠”案");
        row.put("kind", "archiving");
        row.put("due", "2026-12-31T23:59:59+08:00");
        row.put("dueDate", "2026-12-31");
        row.put("overdue", false);
        row.put("provisional", true);
        row.put("citation", "ningxia-2019 第二十条");
        row.put("site", "zhifa");
        Map<String, Object> repoModel = new HashMap<>();
        repoModel.put("generatedAt", "2026-11-22T09:00:00+08:00");
        repoModel.put("deadlines", List.of(row));
        repoModel.put("jsonUtils", new JsonUtilsStandIn());
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        StringTemplateLoader loader = new StringTemplateLoader();
        loader.putTemplate("repo", Files.readString(ftl));
        cfg.setTemplateLoader(loader);
        StringWriter json = new StringWriter();
        cfg.getTemplate("repo").process(repoModel, json);

        Run run = runController("zhifa", 200, json.toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) run.model.get("deadlines");
        assertEquals(1, rows.size(), json.toString());
        Map<String, Object> got = rows.get(0);
        assertEquals("workspace://SpacesStore/c3", got.get("nodeRef"));
        assertEquals("“引号\"与\\反斜杠”案", got.get("caseName"), "strings survive JSON escaping");
        assertEquals("archiving", got.get("kind"));
        assertEquals("2026-12-31", got.get("dueDate"));
        assertEquals(Boolean.FALSE, got.get("overdue"));
        assertEquals(Boolean.TRUE, got.get("provisional"));
        assertEquals("ningxia-2019 第二十条", got.get("citation"));
        assertTrue(render(run.model, "_zh_CN").contains("归档"), "kind archiving gets its Chinese label");

        // The descriptor next to the template serves the URL the dashlet calls, as JSON, to signed-in users.
        Document desc = ShareResources.xml(Files.readString(ftl.resolveSibling("deadlines.get.desc.xml")), "deadlines.get.desc.xml");
        String url = ShareConfigChecker.descendants(desc.getDocumentElement(), "url").get(0).getTextContent().trim();
        assertEquals("/sanxiang/deadlines?site={site?}&days={days?}&max={max?}", url);
        assertEquals("json", ShareConfigChecker.descendants(desc.getDocumentElement(), "format").get(0).getAttribute("default"));
        assertEquals("user", ShareConfigChecker.descendants(desc.getDocumentElement(), "authentication").get(0).getTextContent().trim());
    }

    /** Stand-in for Alfresco's jsonUtils template object (org.springframework.extensions.webscripts.json.JSONUtils). */
    public static final class JsonUtilsStandIn {
        public String encodeJSONString(Object value) {
            StringBuilder b = new StringBuilder();
            for (char c : String.valueOf(value).toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            return b.toString();
        }
    }

    private record Run(List<String> calls, Map<String, Object> model) {
    }

    private static Run runController(String site, int status, String body) {
        Context cx = Context.enter();
        try {
            cx.setLanguageVersion(Context.VERSION_ES6);
            Scriptable scope = cx.initStandardObjects();
            ScriptableObject.putProperty(scope, "SITE", site);
            ScriptableObject.putProperty(scope, "STATUS", status);
            ScriptableObject.putProperty(scope, "BODY", body);
            cx.evaluateString(scope, """
                    var calls = [];
                    var page = { url: { templateArgs: { site: SITE } } };
                    var remote = { call: function (uri) {
                        calls.push(uri);
                        return { status: STATUS, toString: function () { return BODY; } };
                    } };
                    var model = {};
                    """, "surf-stubs", 1, null);
            cx.evaluateString(scope, ShareResources.text(BASE + ".js"), BASE + ".js", 1, null);
            List<String> calls = new ArrayList<>();
            for (Object call : (NativeArray) scope.get("calls", scope)) {
                calls.add(String.valueOf(call));
            }
            return new Run(calls, toJava((NativeObject) scope.get("model", scope)));
        } finally {
            Context.exit();
        }
    }

    /** Rhino objects to plain maps and lists, as Surf hands the model to FreeMarker. */
    private static Map<String, Object> toJava(NativeObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Object id : object.getIds()) {
            map.put(String.valueOf(id), toJavaValue(object.get(String.valueOf(id), object)));
        }
        return map;
    }

    private static Object toJavaValue(Object value) {
        if (value instanceof NativeObject o) {
            return toJava(o);
        }
        if (value instanceof NativeArray a) {
            List<Object> list = new ArrayList<>();
            for (Object item : a) {
                list.add(toJavaValue(item));
            }
            return list;
        }
        return value;
    }

    private static String render(Map<String, Object> model, String language) throws Exception {
        // Surf's directives: markup regions and the unique-id wrapper just render their content here.
        String surf = "<#macro markup id><#nested></#macro><#macro uniqueIdDiv><div id=\"dashlet\"><#nested></div></#macro>";
        StringTemplateLoader loader = new StringTemplateLoader();
        loader.putTemplate("dashlet", surf + ShareResources.text(BASE + ".html.ftl"));
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(loader);
        cfg.setURLEscapingCharset("UTF-8");
        cfg.setDefaultEncoding("UTF-8");
        Template template = cfg.getTemplate("dashlet");

        Properties labels = ShareResources.properties(BASE + language + ".properties");
        Map<String, Object> root = new HashMap<>(model);
        root.put("msg", (TemplateMethodModelEx) args -> {
            String key = String.valueOf(args.get(0));
            String label = labels.getProperty(key);
            if (label == null) {
                throw new TemplateModelException("no label " + key + " in " + BASE + language + ".properties");
            }
            return label;
        });
        root.put("url", Map.of("context", "/share"));
        StringWriter out = new StringWriter();
        template.process(root, out);
        return out.toString();
    }
}
