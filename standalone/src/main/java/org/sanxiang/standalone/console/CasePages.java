package org.sanxiang.standalone.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.Javalin;

import org.sanxiang.model.QName;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.evaluate.CaseFactsJson;
import org.sanxiang.rules.evaluate.InvalidInputException;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.standalone.auth.SxGroups;
import org.sanxiang.standalone.console.WebConsole.Page;
import org.sanxiang.standalone.runtime.ModelFields;
import org.sanxiang.standalone.runtime.Requests;
import org.sanxiang.standalone.runtime.SanxiangService;
import org.sanxiang.standalone.runtime.ServiceException;
import org.sanxiang.standalone.runtime.Views;

/** Cases: the list and its search, a new case from the Share create form, a case's page, its edit form, uploads, starts. */
final class CasePages {

    static final String CASE_FORMS_NEW = "model-type";
    static final String CASE_FORMS = "node-type";
    static final String START_FORMS = "string-compare";
    private static final int PAGE = 50;
    private static final String CASE_FOLDER = SanxiangModel.TYPE_CASE_FOLDER.toPrefixString();
    /** The facts a new case's folder takes from the create form (the rest are plain properties). */
    private static final Map<String, String> FACTS = Map.of(
            input(SanxiangModel.PROP_CASE_NUMBER), "id",
            input(SanxiangModel.PROP_JURISDICTION_PROFILE), "profile",
            input(SanxiangModel.PROP_ACTION_CATEGORY), "action",
            input(SanxiangModel.PROP_PROCEDURE), "procedure",
            input(SanxiangModel.PROP_CATALOGUE_MATTER), "matter",
            input(SanxiangModel.PROP_LICENCE_TYPE), "licenceType");
    /** The record types an upload may take. */
    static final List<QName> RECORD_TYPES = List.of(SanxiangModel.TYPE_STAGE_RECORD, SanxiangModel.TYPE_TEXT_RECORD,
            SanxiangModel.TYPE_AV_RECORD, SanxiangModel.TYPE_EVIDENCE, SanxiangModel.TYPE_DECISION_DOCUMENT);

    /** A row of the case list. */
    public record Row(Views.CaseView c, String party, String profile, String state, String stage) {
    }

    /** A record on the case page. */
    public record RecordRow(Views.RecordView r, String type, String stage, boolean sealed, boolean document) {
    }

    private final WebConsole console;
    private final ProcessStarts starts = new ProcessStarts();
    private final ModelFields workflowFields;

    CasePages(WebConsole console) {
        this.console = console;
        this.workflowFields = ModelFields.workflow(console.zone());
    }

    void routes(Javalin app) {
        app.get("/cases", console.page(true, this::list));
        app.get("/cases/new", console.page(true, p -> newCase(p, List.of(), Map.of())));
        app.post("/cases", console.form(true, this::create));
        app.get("/cases/{caseId}", console.page(true, this::show));
        app.get("/cases/{caseId}/edit", console.page(true, p -> edit(p, List.of(), Map.of())));
        app.post("/cases/{caseId}/edit", console.form(true, this::update));
        new RecordPages(console, this).routes(app);
        app.get("/cases/{caseId}/start/{processKey}", console.page(true, p -> start(p, List.of(), Map.of())));
        app.post("/cases/{caseId}/start/{processKey}", console.form(true, this::started));
    }

    static String input(QName name) {
        return name.toPrefixString().replace(':', '_');
    }

    static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    // ---- list and search

    private void list(Page p) {
        String q = norm(p.ctx().queryParam("q"));
        String profile = norm(p.ctx().queryParam("profile"));
        String state = norm(p.ctx().queryParam("state"));
        String stage = norm(p.ctx().queryParam("stage"));
        int page = Math.max(0, WorkPages.intParam(p.ctx().queryParam("page")));
        boolean search = !(q.isEmpty() && profile.isEmpty() && state.isEmpty() && stage.isEmpty());
        List<Views.CaseView> candidates;
        long total;
        if (search) {
            // a search reads the cases page by page, as /api/cases pages them (the repository has no query for it)
            candidates = all(pg -> p.service().cases(pg));
            total = -1;
        } else {
            // newest first: the last page of /api/cases's oldest-first order, turned round
            total = p.service().cases(new Requests.Page(0, 1)).totalNumItems();
            long end = Math.max(0, total - (long) page * PAGE);
            long start = Math.max(0, end - PAGE);
            candidates = end == 0 ? List.of()
                    : new ArrayList<>(p.service().cases(new Requests.Page((int) start, (int) (end - start))).items());
            java.util.Collections.reverse(candidates);
        }
        List<Row> rows = new ArrayList<>();
        for (Views.CaseView c : candidates) {
            String party = str(c.properties().get(SanxiangModel.PROP_PARTY_NAME.toPrefixString()));
            String caseState = str(c.properties().get(SanxiangModel.PROP_CASE_STATE.toPrefixString()));
            String caseStage = str(c.properties().get(SanxiangModel.PROP_CURRENT_STAGE.toPrefixString()));
            boolean match = (q.isEmpty() || contains(c.caseNumber(), q) || contains(c.title(), q) || contains(party, q))
                    && (profile.isEmpty() || profile.equals(c.profile()))
                    && (state.isEmpty() || state.equals(caseState) || state.equals(c.state()))
                    && (stage.isEmpty() || stage.equals(caseStage));
            if (match) {
                rows.add(new Row(c, party, c.profile(), label(SanxiangModel.PROP_CASE_STATE, caseState, p.chinese()),
                        label(SanxiangModel.PROP_CURRENT_STAGE, caseStage, p.chinese())));
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("nav", "cases");
        if (search) {
            rows.sort(Comparator.comparing((Row r) -> r.c().caseNumber(), Comparator.nullsLast(Comparator.reverseOrder())));
            int from = Math.min(rows.size(), page * PAGE);
            model.put("rows", rows.subList(from, Math.min(rows.size(), from + PAGE)));
            total = rows.size();
        } else {
            model.put("rows", rows);
        }
        model.put("total", total);
        model.put("page", page);
        model.put("pages", (total + PAGE - 1) / PAGE);
        model.put("q", q);
        model.put("profile", profile);
        model.put("state", state);
        model.put("stage", stage);
        model.put("profiles", options(SanxiangModel.PROP_JURISDICTION_PROFILE, p.chinese()));
        model.put("states", options(SanxiangModel.PROP_CASE_STATE, p.chinese()));
        model.put("stages", options(SanxiangModel.PROP_CURRENT_STAGE, p.chinese()));
        model.put("mayCreate", mayWriteCases(p.principal()));
        p.render("cases", model);
    }

    /** Every item of a paged list, read in the largest pages the service answers. */
    static <T> List<T> all(java.util.function.Function<Requests.Page, Views.Listing<T>> list) {
        List<T> all = new ArrayList<>();
        for (int skip = 0; ; skip += Requests.Page.MAX_ITEMS) {
            Views.Listing<T> l = list.apply(new Requests.Page(skip, Requests.Page.MAX_ITEMS));
            all.addAll(l.items());
            if (!l.hasMoreItems() || l.items().isEmpty()) {
                return all;
            }
        }
    }

    /** The guard's case writers: whom the console shows the forms that create and change cases. */
    static boolean mayWriteCases(ConsolePrincipal user) {
        return SxGroups.CASE_WRITERS.stream().anyMatch(user::in);
    }

    List<ConsoleForms.Option> options(QName property, boolean chinese) {
        ModelCatalog model = console.forms().model();
        return model.property(property.toPrefixString()).map(p -> p.allowedValues().stream()
                .map(v -> new ConsoleForms.Option(v, model.valueLabel(p, v, chinese))).toList()).orElse(List.of());
    }

    private String label(QName property, String value, boolean chinese) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        ModelCatalog model = console.forms().model();
        return model.property(property.toPrefixString()).map(p -> model.valueLabel(p, value, chinese)).orElse(value);
    }

    // ---- a new case

    ShareFormConfig.Form shareForm(String evaluator, String condition) {
        return console.forms().config().form(evaluator, condition)
                .orElseThrow(() -> new IllegalStateException("the Share module has no " + evaluator + " form for " + condition));
    }

    private void newCase(Page p, List<String> problems, Map<String, List<String>> submitted) {
        requireWriter(p);
        Map<String, Object> values = new LinkedHashMap<>();
        submitted.forEach((k, v) -> values.put(k, v.size() == 1 ? v.get(0) : v));
        ConsoleForms.Form form = console.forms().render(shareForm(CASE_FORMS_NEW, CASE_FOLDER), "create", values,
                Map.of("cm:name", p.t("case.name.auto"), "cm:title", p.t("form.shareOnly"), "cm:description", p.t("form.shareOnly")),
                Map.of(), Set.of(), p.chinese());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("nav", "cases");
        model.put("form", form);
        model.put("problems", problems);
        if (!problems.isEmpty()) {
            p.ctx().status(400);
        }
        p.render("case-new", model);
    }

    private void requireWriter(Page p) {
        if (!mayWriteCases(p.principal())) {
            throw new WebConsole.Forbidden(p.t("case.writersOnly"));
        }
    }

    private void create(Page p) {
        requireWriter(p);
        Map<String, List<String>> params = WebConsole.params(p.ctx());
        ConsoleForms.Form form = console.forms().render(shareForm(CASE_FORMS_NEW, CASE_FOLDER), "create", Map.of(), Map.of(),
                Map.of(), Set.of(), p.chinese());
        ConsoleForms.Submission s = console.forms().read(form, params, p.chinese());
        if (!s.ok()) {
            newCase(p, s.problems(), params);
            return;
        }
        ObjectNode facts = JsonNodeFactory.instance.objectNode();
        Map<String, Object> properties = new LinkedHashMap<>();
        String title = null;
        for (Map.Entry<String, Object> e : s.values().entrySet()) {
            String fact = FACTS.get(e.getKey());
            if (fact != null) {
                facts.put(fact, String.valueOf(e.getValue()));
            } else if (e.getKey().equals(input(SanxiangModel.PROP_CASE_NAME))) {
                title = String.valueOf(e.getValue());
            } else {
                properties.put(e.getKey().replaceFirst("_", ":"), e.getValue());
            }
        }
        CaseFacts read;
        try {
            read = CaseFactsJson.read(facts);
        } catch (InvalidInputException e) {
            String input = FACTS.entrySet().stream().filter(f -> f.getValue().equals(e.field())).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            String label = input == null ? e.field() : form.field(input).map(ConsoleForms.Field::label).orElse(input);
            newCase(p, List.of(p.t("error.field", label, e.getMessage())), params);
            return;
        }
        Views.CaseView created;
        try {
            created = p.service().createCase(new Requests.NewCase(title, read, properties));
        } catch (ServiceException e) {
            if (e.kind() == ServiceException.Kind.BAD_REQUEST || e.kind() == ServiceException.Kind.CONFLICT) {
                newCase(p, List.of(p.describe(e)), params);
                return;
            }
            throw e;
        }
        p.flash(p.t("case.created", created.caseNumber()));
        p.seeOther("/cases/" + encode(created.id()));
    }

    // ---- a case

    private void show(Page p) {
        String caseId = p.ctx().pathParam("caseId");
        SanxiangService service = p.service();
        Views.Timeline timeline = service.timeline(caseId);
        Views.CaseView c = timeline.caseFolder();
        ConsoleForms.Form facts = console.forms().render(shareForm(CASE_FORMS, CASE_FOLDER), "view", values(c), Map.of(
                "cm:name", c.caseNumber(), "cm:title", nonNull(c.title()), "cm:description", ""), Map.of(), Set.of(),
                p.chinese());
        List<RecordRow> records = new ArrayList<>();
        String sealed = SanxiangModel.ASPECT_SEALED.toPrefixString();
        ModelCatalog model = console.forms().model();
        for (Views.RecordView r : timeline.records()) {
            records.add(new RecordRow(r, model.classLabel(r.type(), p.chinese()),
                    label(SanxiangModel.PROP_STAGE, str(r.properties().get(SanxiangModel.PROP_STAGE.toPrefixString())), p.chinese()),
                    r.aspects().contains(sealed), r.intake() == null));
        }
        List<Views.TaskView> tasks = service.tasks(new Requests.TaskQuery(null, null, caseId));
        Map<String, String> taskNames = new LinkedHashMap<>();
        tasks.forEach(t -> taskNames.put(t.id(), t.formKey() == null ? t.name() : model.classLabel(t.formKey(), p.chinese())));
        List<Map<String, Object>> deadlines = new ArrayList<>();
        for (Views.DeadlineView d : timeline.deadlines()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("d", d);
            row.put("due", DueText.of(d.dueAt(), console.clock().instant(), console.zone(), console.calendars().current()));
            deadlines.add(row);
        }
        List<Map<String, String>> decisions = new ArrayList<>();
        for (Views.Decision d : timeline.decisions()) {
            Object v = d.value();
            decisions.add(Map.of("processKey", d.processKey(), "name", d.name(), "value",
                    v instanceof java.util.Collection<?> list ? String.join("、", list.stream().map(String::valueOf).toList())
                            : String.valueOf(v)));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nav", "cases");
        m.put("c", c);
        m.put("decisions", decisions);
        m.put("timeline", timeline);
        m.put("facts", facts);
        m.put("records", records);
        m.put("tasks", tasks);
        m.put("taskNames", taskNames);
        m.put("deadlines", deadlines);
        m.put("starts", starts.all().stream()
                .filter(s -> !s.processKey().equals(org.sanxiang.workflow.report.AnnualReportProcess.KEY)) // a report, not a case's
                .filter(s -> console.access().mayStart(p.principal(), s.processKey())).map(ProcessStarts.Start::processKey).toList());
        m.put("recordTypes", RECORD_TYPES.stream().map(t -> new ConsoleForms.Option(t.toPrefixString(),
                model.classLabel(t.toPrefixString(), p.chinese()))).toList());
        m.put("stages", options(SanxiangModel.PROP_STAGE, p.chinese()));
        m.put("mayWrite", mayWriteCases(p.principal()));
        m.put("zone", console.zone().getId());
        p.render("case", m);
    }

    private static Map<String, Object> values(Views.CaseView c) {
        Map<String, Object> values = new LinkedHashMap<>();
        c.properties().forEach((k, v) -> values.put(k.replace(':', '_'), v));
        return values;
    }

    private void edit(Page p, List<String> problems, Map<String, List<String>> submitted) {
        requireWriter(p);
        Views.CaseView c = p.service().getCase(p.ctx().pathParam("caseId"));
        Map<String, Object> values = values(c);
        submitted.forEach((k, v) -> values.put(k, v.size() == 1 ? v.get(0) : v));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("nav", "cases");
        model.put("c", c);
        model.put("form", editForm(p, c, values));
        model.put("problems", problems);
        if (!problems.isEmpty()) {
            p.ctx().status(400);
        }
        p.render("case-edit", model);
    }

    private ConsoleForms.Form editForm(Page p, Views.CaseView c, Map<String, Object> values) {
        return console.forms().render(shareForm(CASE_FORMS, CASE_FOLDER), "edit", values, Map.of(
                "cm:name", c.caseNumber(), "cm:title", nonNull(c.title()), "cm:description", p.t("form.shareOnly")),
                Map.of(), Set.of(input(SanxiangModel.PROP_CASE_NUMBER), input(SanxiangModel.PROP_JURISDICTION_PROFILE)),
                p.chinese());
    }

    private void update(Page p) {
        requireWriter(p);
        String caseId = p.ctx().pathParam("caseId");
        Views.CaseView c = p.service().getCase(caseId);
        Map<String, List<String>> params = WebConsole.params(p.ctx());
        ConsoleForms.Form form = editForm(p, c, values(c));
        ConsoleForms.Submission s = console.forms().read(form, params, p.chinese());
        if (!s.ok()) {
            edit(p, s.problems(), params);
            return;
        }
        // only what changed: the runtime's own properties (deadlines, state) are not written back
        ConsoleForms.Form before = editForm(p, c, values(c));
        Map<String, Object> changed = new LinkedHashMap<>();
        s.values().forEach((input, value) -> {
            ConsoleForms.Field old = before.field(input).orElse(null);
            String now = value instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : String.valueOf(value);
            if (old == null || !Objects.equals(old.text(), now)) {
                changed.put(input.replaceFirst("_", ":"), value);
            }
        });
        try {
            p.service().updateCase(caseId, new Requests.CaseUpdate(changed, p.principal().name()));
        } catch (ServiceException e) {
            if (e.kind() == ServiceException.Kind.BAD_REQUEST) {
                edit(p, List.of(p.describe(e)), params);
                return;
            }
            throw e;
        }
        p.flash(p.t("case.updated", changed.size()));
        p.seeOther("/cases/" + encode(caseId));
    }

    // ---- starting a process on the case

    private void start(Page p, List<String> problems, Map<String, List<String>> submitted) {
        String caseId = p.ctx().pathParam("caseId");
        ProcessStarts.Start start = startOf(p);
        Views.CaseView c = p.service().getCase(caseId);
        Map<String, Object> values = startValues(c);
        submitted.forEach((k, v) -> values.put(k, v.size() == 1 ? v.get(0) : v));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("nav", "cases");
        model.put("c", c);
        model.put("processKey", start.processKey());
        model.put("form", startForm(p, start, values));
        model.put("problems", problems);
        if (!problems.isEmpty()) {
            p.ctx().status(400);
        }
        p.render("start", model);
    }

    private ProcessStarts.Start startOf(Page p) {
        ProcessStarts.Start start;
        try {
            start = starts.get(p.ctx().pathParam("processKey"));
        } catch (IllegalArgumentException e) {
            throw ServiceException.notFound("processKey", e.getMessage());
        }
        if (!console.access().mayStart(p.principal(), start.processKey())) {
            throw new WebConsole.Forbidden(p.t("start.notYours", start.processKey(), String.join(", ", start.starterGroups())));
        }
        return start;
    }

    private ConsoleForms.Form startForm(Page p, ProcessStarts.Start start, Map<String, Object> values) {
        // the case's own facts are the process's, not the starter's to type; fields outside the start task are shown only
        Set<String> fixed = new java.util.HashSet<>(Set.of(SanxiangWorkflowModel.PROP_CASE_NUMBER.toVariableName(),
                SanxiangWorkflowModel.PROP_JURISDICTION_PROFILE.toVariableName()));
        ShareFormConfig.Form share = shareForm(START_FORMS, "activiti$" + start.processKey());
        Set<String> accepted = start.formKey() == null ? Set.of() : workflowFields.fields(start.formKey()).keySet();
        share.shows().forEach(s -> {
            String in = s.id().replace(':', '_');
            if (!accepted.contains(in)) {
                fixed.add(in);
            }
        });
        return console.forms().render(share, "create", values, Map.of("packageItems", p.t("task.package"),
                "bpm:workflowDescription", p.t("form.shareOnly"), "bpm:workflowDueDate", p.t("form.shareOnly"),
                "bpm:workflowPriority", p.t("task.priority.normal"), "bpm:sendEMailNotifications", p.t("form.shareOnly")),
                Map.of(), fixed, p.chinese());
    }

    private static Map<String, Object> startValues(Views.CaseView c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(SanxiangWorkflowModel.PROP_CASE_NUMBER.toVariableName(), c.caseNumber());
        v.put(SanxiangWorkflowModel.PROP_JURISDICTION_PROFILE.toVariableName(), c.profile());
        v.put(SanxiangWorkflowModel.PROP_ACTION_CATEGORY.toVariableName(),
                c.properties().get(SanxiangModel.PROP_ACTION_CATEGORY.toPrefixString()));
        v.put(SanxiangWorkflowModel.PROP_PROCEDURE.toVariableName(), c.properties().get(SanxiangModel.PROP_PROCEDURE.toPrefixString()));
        v.put(SanxiangWorkflowModel.PROP_DISCLOSURE_DECISION_DATE.toVariableName(),
                c.properties().get(SanxiangModel.PROP_CASE_DECISION_DATE.toPrefixString()));
        v.put(SanxiangWorkflowModel.PROP_DISCLOSURE_TRIGGER.toVariableName(), "decision");
        v.values().removeIf(Objects::isNull);
        return v;
    }

    private void started(Page p) {
        String caseId = p.ctx().pathParam("caseId");
        ProcessStarts.Start start = startOf(p);
        Views.CaseView c = p.service().getCase(caseId);
        Map<String, List<String>> params = WebConsole.params(p.ctx());
        ConsoleForms.Form form = startForm(p, start, startValues(c));
        ConsoleForms.Submission s = console.forms().read(form, params, p.chinese());
        if (!s.ok()) {
            start(p, s.problems(), params);
            return;
        }
        Views.ProcessView process;
        try {
            process = p.service().startProcess(start.processKey(), new Requests.StartProcess(caseId, p.principal().name(),
                    s.values()));
        } catch (ServiceException e) {
            if (e.kind() == ServiceException.Kind.BAD_REQUEST || e.kind() == ServiceException.Kind.CONFLICT) {
                start(p, List.of(p.describe(e)), params);
                return;
            }
            throw e;
        }
        p.flash(p.t("start.done", p.t("process." + start.processKey()), process.openTasks().size()));
        p.seeOther("/cases/" + encode(caseId));
    }

    // ---- helpers


    private static String norm(String s) {
        return s == null ? "" : s.strip();
    }

    private static String str(Object o) {
        return o == null ? "" : String.valueOf(o);
    }

    static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static boolean contains(String text, String q) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT));
    }
}
