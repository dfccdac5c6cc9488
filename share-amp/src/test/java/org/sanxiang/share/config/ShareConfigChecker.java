package org.sanxiang.share.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.sanxiang.model.m2.M2Association;
import org.sanxiang.model.m2.M2Class;
import org.sanxiang.model.m2.M2Model;
import org.sanxiang.model.m2.M2Property;
import org.sanxiang.model.m2.M2PropertyOverride;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks the module's Share configuration files and the Share Spring context against the sx and sxwf models: every
 * form field is a model property, association or a listed Alfresco pseudo-field; every type, aspect,
 * task and process has its form; controls fit the data; the Document Library lists only real types
 * and aspects; every action has its label, declared evaluator and a real 16×16 PNG icon. The files are
 * those the context's ConfigBootstrap lists: exactly the module's, each config in its concern's file.
 * Each check returns problems as sentences naming the config, the field or the file, so a failing
 * test says what to fix.
 */
final class ShareConfigChecker {

    static final String CONTROLS = "/org/alfresco/components/form/controls/";

    /** Control templates Share ships (share.war, org/alfresco/components/form/controls). */
    static final Set<String> KNOWN_CONTROLS = Set.of(
            CONTROLS + "association.ftl", CONTROLS + "authority.ftl", CONTROLS + "category.ftl",
            CONTROLS + "checkbox.ftl", CONTROLS + "content.ftl", CONTROLS + "create-content-mimetype.ftl",
            CONTROLS + "date.ftl", CONTROLS + "daterange.ftl", CONTROLS + "hidden.ftl", CONTROLS + "info.ftl",
            CONTROLS + "invisible.ftl", CONTROLS + "mimetype.ftl", CONTROLS + "number.ftl",
            CONTROLS + "numberrange.ftl", CONTROLS + "period.ftl", CONTROLS + "readonly.ftl",
            CONTROLS + "richtext.ftl", CONTROLS + "selectmany.ftl", CONTROLS + "selectone.ftl",
            CONTROLS + "size.ftl", CONTROLS + "textarea.ftl", CONTROLS + "textfield.ftl",
            CONTROLS + "workflow/activiti-transitions.ftl", CONTROLS + "workflow/email-notification.ftl",
            CONTROLS + "workflow/mandatory-packageitems.ftl", CONTROLS + "workflow/packageitems.ftl",
            CONTROLS + "workflow/priority.ftl", CONTROLS + "workflow/taskowner.ftl",
            CONTROLS + "workflow/transitions.ftl");

    /** Set templates Share ships (org/alfresco/components/form). */
    static final Set<String> KNOWN_SET_TEMPLATES = Set.of(
            "/org/alfresco/components/form/2-column-set.ftl", "/org/alfresco/components/form/3-column-set.ftl");

    /** Whole-form templates Share ships (edit-form, view-form, create-form). */
    static final Set<String> KNOWN_FORM_TEMPLATES = Set.of("../documentlibrary/forms/doclib-simple-metadata.ftl");

    /** Alfresco names a node form may show besides the sx class's own: cm:content/cm:folder and the form service's pseudo-fields. */
    static final Set<String> NODE_FIELDS = Set.of("cm:name", "cm:title", "cm:description", "cm:content", "mimetype",
            "size", "cm:creator", "cm:created", "cm:modifier", "cm:modified");

    /** Fields of a task form besides the task's own: bpm:task / bpm:workflowTask properties and the task pseudo-fields. */
    static final Set<String> TASK_FIELDS = Set.of("message", "taskOwner", "bpm:taskId", "bpm:dueDate", "bpm:priority",
            "bpm:status", "bpm:comment", "packageItems", "transitions", "bpm:workflowDescription",
            "bpm:workflowDueDate", "bpm:workflowPriority");

    /** Fields of a start form besides the start task's own: bpm:startTask properties and packageItems. */
    static final Set<String> START_FIELDS = Set.of("bpm:workflowDescription", "bpm:workflowDueDate",
            "bpm:workflowPriority", "bpm:sendEMailNotifications", "packageItems");

    /** Process keys (DESIGN.md "Names") and the start task each BPMN start event names as its formKey. */
    static final Map<String, String> PROCESS_START_TASKS = Map.of(
            "sxLegalReview", "sxwf:legalReviewStartTask",
            "sxDisclosure", "sxwf:disclosureStartTask",
            "sxCaseRecord", "sxwf:caseRecordStartTask",
            "sxRetention", "sxwf:retentionStartTask",
            "sxAccess", "sxwf:accessRequestStartTask",
            "sxObjection", "sxwf:objectionStartTask",
            "sxAnnualReport", "sxwf:annualReportStartTask");

    /** The Alfresco types our Document Library types hang under. */
    static final Set<String> ALFRESCO_BASE_TYPES = Set.of("cm:content", "cm:folder");

    /** Share's own evaluator beans ours build on (slingshot-documentlibrary-context.xml). */
    static final Set<String> SHARE_EVALUATORS = Set.of("evaluator.doclib.action.nodeType",
            "evaluator.doclib.action.hasAspect", "evaluator.doclib.action.chainedMatchAll",
            "evaluator.doclib.action.chainedMatchOne");

    /** Aspects only the repository writes: never added or removed in the UI. */
    static final Set<String> SYSTEM_ASPECTS = Set.of("sx:sealed", "sx:inspected", "sx:legalHold", "sx:retention");

    static final String ICON_DIR = "META-INF/components/documentlibrary/actions/";

    private final M2Model sx;
    private final M2Model wf;
    /** The configuration files Share reads, in the order it reads them: path → document. */
    private final Map<String, Document> configFiles;
    private final Document context;
    private final Properties labels;
    private final Function<String, byte[]> resources;

    ShareConfigChecker(M2Model sx, M2Model wf, Map<String, Document> configFiles, Document context, Properties labels,
            Function<String, byte[]> resources) {
        this.sx = sx;
        this.wf = wf;
        this.configFiles = new LinkedHashMap<>(configFiles);
        this.context = context;
        this.labels = labels;
        this.resources = resources;
    }

    List<String> all() {
        List<String> problems = new ArrayList<>();
        problems.addAll(formFields());
        problems.addAll(formCoverage());
        problems.addAll(controls());
        problems.addAll(documentLibrary());
        problems.addAll(actions());
        problems.addAll(evaluators());
        problems.addAll(labels());
        problems.addAll(placement());
        problems.addAll(duplicates());
        return problems;
    }

    // ---------------------------------------------------------------- forms: fields

    /** Every shown, hidden or configured field is a property/association of the config's class or a listed name. */
    List<String> formFields() {
        List<String> problems = new ArrayList<>();
        for (Element cfg : configs()) {
            String where = where(cfg);
            Optional<Set<String>> allowed = allowedFields(cfg, problems);
            if (allowed.isEmpty()) {
                continue;
            }
            for (Element form : children(cfg, "forms", "form")) {
                Set<String> sets = new LinkedHashSet<>();
                for (Element set : descendants(form, "set")) {
                    sets.add(set.getAttribute("id"));
                }
                for (Element f : Stream.of(descendants(form, "show"), descendants(form, "hide"), descendants(form, "field"))
                        .flatMap(List::stream).toList()) {
                    String id = f.getAttribute("id");
                    if (!allowed.get().contains(id)) {
                        problems.add(where + ": field " + id + " is neither a property or association of "
                                + cfg.getAttribute("condition") + " nor a known Alfresco field");
                    }
                    if (f.hasAttribute("set") && !sets.contains(f.getAttribute("set"))) {
                        problems.add(where + ": field " + id + " names set '" + f.getAttribute("set") + "', which the form does not declare");
                    }
                }
            }
        }
        return problems;
    }

    private Optional<Set<String>> allowedFields(Element cfg, List<String> problems) {
        String evaluator = cfg.getAttribute("evaluator");
        String condition = cfg.getAttribute("condition");
        Set<String> allowed = new LinkedHashSet<>();
        switch (evaluator) {
            case "node-type", "model-type" -> {
                Optional<M2Class> type = sx.findClass(condition).filter(c -> c.kind() == M2Class.Kind.TYPE);
                if (type.isEmpty()) {
                    problems.add(where(cfg) + ": " + condition + " is not a type of the sx model");
                    return Optional.empty();
                }
                allowed.addAll(members(type.get()));
                allowed.addAll(NODE_FIELDS);
            }
            case "aspect" -> {
                Optional<M2Class> aspect = sx.findClass(condition).filter(c -> c.kind() == M2Class.Kind.ASPECT);
                if (aspect.isEmpty()) {
                    problems.add(where(cfg) + ": " + condition + " is not an aspect of the sx model");
                    return Optional.empty();
                }
                allowed.addAll(members(aspect.get()));
            }
            case "task-type" -> {
                Optional<M2Class> task = wf.findClass(condition).filter(c -> c.kind() == M2Class.Kind.TYPE);
                if (task.isEmpty()) {
                    problems.add(where(cfg) + ": " + condition + " is not a task type of the sxwf model");
                    return Optional.empty();
                }
                allowed.addAll(members(task.get()));
                allowed.addAll(TASK_FIELDS);
            }
            case "string-compare" -> {
                if (!condition.startsWith("activiti$")) {
                    return Optional.empty(); // DocumentLibrary, DocLibActions ...: no form fields
                }
                String key = condition.substring("activiti$".length());
                String startTask = PROCESS_START_TASKS.get(key);
                Optional<M2Class> task = Optional.ofNullable(startTask).flatMap(wf::findClass);
                if (task.isEmpty()) {
                    problems.add(where(cfg) + ": " + key + " is not a Sanxiang process key with a start task in the sxwf model "
                            + PROCESS_START_TASKS);
                    return Optional.empty();
                }
                allowed.addAll(members(task.get()));
                allowed.addAll(START_FIELDS);
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(allowed);
    }

    // ---------------------------------------------------------------- forms: coverage

    /** Every sx type, sx aspect, sxwf task and process has its form, and the form shows all the class's fields. */
    List<String> formCoverage() {
        List<String> problems = new ArrayList<>();
        for (M2Class type : sx.types()) {
            requireShows(problems, "node-type", type.name(), members(type));
            Set<String> mandatory = new LinkedHashSet<>();
            chain(type).forEach(c -> c.properties().stream().filter(M2Property::mandatory).forEach(p -> mandatory.add(p.name())));
            requireShows(problems, "model-type", type.name(), mandatory);
        }
        for (M2Class aspect : sx.aspects()) {
            requireShows(problems, "aspect", aspect.name(), members(aspect));
        }
        for (M2Class task : wf.types()) {
            requireShows(problems, "task-type", task.name(), members(task));
            outcomeProperty(task).ifPresent(outcome -> {
                Optional<Element> field = fieldOf(find("task-type", task.name()), outcome);
                String template = field.map(ShareConfigChecker::template).orElse("");
                if (!template.equals(CONTROLS + "workflow/activiti-transitions.ftl")) {
                    problems.add("task-type " + task.name() + ": the outcome " + outcome
                            + " must use the control workflow/activiti-transitions.ftl, has '" + template + "'");
                }
            });
        }
        PROCESS_START_TASKS.forEach((key, startTask) -> wf.findClass(startTask).ifPresentOrElse(
                task -> requireShows(problems, "string-compare", "activiti$" + key, members(task)),
                () -> problems.add("process " + key + ": start task " + startTask + " is not in the sxwf model")));
        return problems;
    }

    private void requireShows(List<String> problems, String evaluator, String condition, Set<String> fields) {
        Optional<Element> cfg = find(evaluator, condition);
        if (cfg.isEmpty()) {
            problems.add("no <config evaluator=\"" + evaluator + "\" condition=\"" + condition + "\"> form");
            return;
        }
        Set<String> shown = new LinkedHashSet<>();
        descendants(cfg.get(), "show").forEach(s -> shown.add(s.getAttribute("id")));
        for (String field : fields) {
            if (!shown.contains(field)) {
                problems.add(evaluator + " " + condition + ": field " + field + " of the model is not shown in the form");
            }
        }
    }

    /** The outcome property a bpm:activitiOutcomeTask names by overriding bpm:outcomePropertyName ({uri}local). */
    Optional<String> outcomeProperty(M2Class task) {
        return task.overrides().stream().filter(o -> o.name().equals("bpm:outcomePropertyName"))
                .map(M2PropertyOverride::defaultValue)
                .map(v -> v.replace("{" + wf.namespaceUri() + "}", wf.prefix() + ":"))
                .findFirst();
    }

    // ---------------------------------------------------------------- forms: controls

    /** Every control and set template is Share's; each control fits the data type of its field. */
    List<String> controls() {
        List<String> problems = new ArrayList<>();
        for (Element cfg : configs()) {
            String where = where(cfg);
            for (Element set : descendants(cfg, "set")) {
                String t = set.getAttribute("template");
                if (!t.isEmpty() && !KNOWN_SET_TEMPLATES.contains(t)) {
                    problems.add(where + ": set " + set.getAttribute("id") + " uses unknown template " + t);
                }
            }
            for (String formTemplate : List.of("edit-form", "view-form", "create-form")) {
                for (Element e : descendants(cfg, formTemplate)) {
                    if (!KNOWN_FORM_TEMPLATES.contains(e.getAttribute("template"))) {
                        problems.add(where + ": <" + formTemplate + "> uses unknown template " + e.getAttribute("template"));
                    }
                }
            }
            for (Element field : descendants(cfg, "field")) {
                String t = template(field);
                if (t.isEmpty()) {
                    continue;
                }
                String id = field.getAttribute("id");
                if (!KNOWN_CONTROLS.contains(t)) {
                    problems.add(where + ": field " + id + " uses " + t + ", which is not a known Share control");
                    continue;
                }
                findProperty(id).ifPresent(p -> {
                    Set<String> fitting = fittingControls(p);
                    if (!fitting.contains(t)) {
                        problems.add(where + ": field " + id + " (" + p.type() + (p.multiple() ? ", multiple" : "")
                                + (isList(p) ? ", list" : "") + ") uses " + t + "; it needs one of " + fitting);
                    }
                });
                findAssociation(id).ifPresent(a -> {
                    if (!t.equals(CONTROLS + "association.ftl")) {
                        problems.add(where + ": association " + id + " uses " + t + "; it needs association.ftl");
                    }
                });
            }
        }
        return problems;
    }

    private Set<String> fittingControls(M2Property p) {
        Set<String> fit = new LinkedHashSet<>();
        fit.add(CONTROLS + "info.ftl");
        fit.add(CONTROLS + "hidden.ftl");
        if (isList(p)) {
            fit.add(CONTROLS + (p.multiple() ? "selectmany.ftl" : "selectone.ftl"));
            fit.add(CONTROLS + "workflow/activiti-transitions.ftl");
            return fit;
        }
        switch (p.type()) {
            case "d:date", "d:datetime" -> fit.add(CONTROLS + "date.ftl");
            case "d:int", "d:long", "d:float", "d:double" -> fit.add(CONTROLS + "number.ftl");
            case "d:boolean" -> fit.add(CONTROLS + "checkbox.ftl");
            case "d:text", "d:mltext" -> {
                fit.add(CONTROLS + "textfield.ftl");
                if (!p.multiple()) {
                    fit.add(CONTROLS + "textarea.ftl");
                }
            }
            default -> fit.add(CONTROLS + "textfield.ftl");
        }
        return fit;
    }

    private boolean isList(M2Property p) {
        return Stream.concat(p.constraintRefs().stream()
                        .flatMap(ref -> Stream.of(sx, wf).flatMap(m -> m.findConstraint(ref).stream())),
                p.inlineConstraints().stream()).anyMatch(c -> c.isList());
    }

    // ---------------------------------------------------------------- Document Library

    /** Types in "Change type" are real subtypes; every sx type and aspect is offered; system aspects are not editable. */
    List<String> documentLibrary() {
        List<String> problems = new ArrayList<>();
        Optional<Element> doclib = find("string-compare", "DocumentLibrary");
        if (doclib.isEmpty()) {
            return List.of("no <config evaluator=\"string-compare\" condition=\"DocumentLibrary\">");
        }
        Set<String> offered = new LinkedHashSet<>();
        for (Element type : descendants(doclib.get(), "type")) {
            String parent = type.getAttribute("name");
            if (!ALFRESCO_BASE_TYPES.contains(parent) && sx.findClass(parent).isEmpty()) {
                problems.add("DocumentLibrary types: " + parent + " is neither an sx type nor " + ALFRESCO_BASE_TYPES);
            }
            for (Element sub : children(type, "subtype")) {
                String name = sub.getAttribute("name");
                Optional<M2Class> c = sx.findClass(name).filter(x -> x.kind() == M2Class.Kind.TYPE);
                if (c.isEmpty()) {
                    problems.add("DocumentLibrary types: subtype " + name + " is not a type of the sx model");
                } else if (!ancestors(c.get()).contains(parent)) {
                    problems.add("DocumentLibrary types: " + name + " is not a subtype of " + parent + " (its ancestors: " + ancestors(c.get()) + ")");
                }
                offered.add(name);
            }
        }
        sx.types().stream().map(M2Class::name).filter(n -> !offered.contains(n))
                .forEach(n -> problems.add("DocumentLibrary types: sx type " + n + " is not offered in Change type"));

        Map<String, Set<String>> aspects = new LinkedHashMap<>();
        for (String list : List.of("visible", "addable", "removeable")) {
            Set<String> names = new LinkedHashSet<>();
            for (Element l : descendants(doclib.get(), list)) {
                children(l, "aspect").forEach(a -> names.add(a.getAttribute("name")));
            }
            aspects.put(list, names);
            for (String a : names) {
                if (sx.findClass(a).filter(c -> c.kind() == M2Class.Kind.ASPECT).isEmpty()) {
                    problems.add("DocumentLibrary aspects/" + list + ": " + a + " is not an aspect of the sx model");
                }
            }
        }
        sx.aspects().stream().map(M2Class::name).filter(a -> !aspects.get("visible").contains(a))
                .forEach(a -> problems.add("DocumentLibrary aspects: sx aspect " + a + " is not visible"));
        for (String list : List.of("addable", "removeable")) {
            if (aspects.get(list).isEmpty()) {
                problems.add("DocumentLibrary aspects/" + list + " is empty, which Share reads as every visible aspect");
            }
            aspects.get(list).stream().filter(SYSTEM_ASPECTS::contains).forEach(a -> problems.add(
                    "DocumentLibrary aspects/" + list + ": " + a + " is written by the repository alone and must not be " + list));
        }
        return problems;
    }

    // ---------------------------------------------------------------- actions and evaluators

    /** Every action has its label, icon (a real 16×16 PNG) and evaluators declared as beans; every grouped action exists. */
    List<String> actions() {
        List<String> problems = new ArrayList<>();
        Optional<Element> cfg = find("string-compare", "DocLibActions");
        if (cfg.isEmpty()) {
            return List.of("no <config evaluator=\"string-compare\" condition=\"DocLibActions\">");
        }
        Set<String> beans = beanIds();
        Set<String> defined = new LinkedHashSet<>();
        for (Element action : children(cfg.get(), "actions", "action")) {
            String id = action.getAttribute("id");
            defined.add(id);
            String label = action.getAttribute("label");
            if (label.isEmpty() || !labels.containsKey(label)) {
                problems.add("action " + id + ": label '" + label + "' is not in the bundle");
            }
            for (Element param : children(action, "param")) {
                String name = param.getAttribute("name");
                if ((name.equals("successMessage") || name.equals("failureMessage"))
                        && !labels.containsKey(param.getTextContent().trim())) {
                    problems.add("action " + id + ": " + name + " '" + param.getTextContent().trim() + "' is not in the bundle");
                }
            }
            for (Element param : children(action, "param")) {
                Matcher process = Pattern.compile("[?&]sxProcess=activiti\\$(\\w+)").matcher(param.getTextContent());
                if (process.find() && !PROCESS_START_TASKS.containsKey(process.group(1))) {
                    problems.add("action " + id + ": sxProcess names " + process.group(1) + ", not a Sanxiang process key "
                            + PROCESS_START_TASKS.keySet());
                }
            }
            List<Element> evaluators = children(action, "evaluator");
            if (evaluators.isEmpty()) {
                problems.add("action " + id + ": no evaluator");
            }
            for (Element e : evaluators) {
                String bean = e.getTextContent().trim();
                if (!beans.contains(bean)) {
                    problems.add("action " + id + ": evaluator " + bean + " is not declared in the Share Spring context");
                }
            }
            String icon = action.getAttribute("icon");
            if (icon.isEmpty()) {
                problems.add("action " + id + ": no icon");
            } else {
                problems.addAll(png(ICON_DIR + icon + "-16.png", "action " + id));
            }
        }
        for (Element group : descendants(cfg.get(), "actionGroup")) {
            for (Element action : children(group, "action")) {
                if (!defined.contains(action.getAttribute("id"))) {
                    problems.add("actionGroup " + group.getAttribute("id") + ": action " + action.getAttribute("id") + " is not defined");
                }
            }
        }
        return problems;
    }

    private List<String> png(String path, String who) {
        byte[] bytes = resources.apply(path);
        if (bytes == null) {
            return List.of(who + ": icon " + path + " does not exist");
        }
        if (bytes.length < 8 || bytes[0] != (byte) 0x89 || bytes[1] != 'P' || bytes[2] != 'N' || bytes[3] != 'G') {
            return List.of(who + ": icon " + path + " is not a PNG");
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null || image.getWidth() != 16 || image.getHeight() != 16) {
                return List.of(who + ": icon " + path + " is not a readable 16×16 image");
            }
        } catch (IOException e) {
            return List.of(who + ": icon " + path + " cannot be decoded: " + e.getMessage());
        }
        return List.of();
    }

    /** Our evaluator beans build on Share's evaluators or on each other, and name real sx types and aspects. */
    List<String> evaluators() {
        List<String> problems = new ArrayList<>();
        Set<String> beans = beanIds();
        for (Element bean : descendants(context.getDocumentElement(), "bean")) {
            String id = bean.getAttribute("id");
            String parent = bean.getAttribute("parent");
            if (!parent.isEmpty() && !SHARE_EVALUATORS.contains(parent) && !beans.contains(parent)) {
                problems.add("bean " + id + ": parent " + parent + " is neither ours nor one of Share's evaluators " + SHARE_EVALUATORS);
            }
            for (Element ref : descendants(bean, "ref")) {
                if (!beans.contains(ref.getAttribute("bean"))) {
                    problems.add("bean " + id + ": refers to undeclared bean " + ref.getAttribute("bean"));
                }
            }
            for (Element property : children(bean, "property")) {
                String name = property.getAttribute("name");
                if (name.equals("types") || name.equals("aspects")) {
                    M2Class.Kind kind = name.equals("types") ? M2Class.Kind.TYPE : M2Class.Kind.ASPECT;
                    for (Element value : descendants(property, "value")) {
                        String v = value.getTextContent().trim();
                        if (sx.findClass(v).filter(c -> c.kind() == kind).isEmpty()) {
                            problems.add("bean " + id + ": " + v + " is not " + (kind == M2Class.Kind.TYPE ? "a type" : "an aspect") + " of the sx model");
                        }
                    }
                }
            }
        }
        return problems;
    }

    private Set<String> beanIds() {
        Set<String> ids = new LinkedHashSet<>();
        descendants(context.getDocumentElement(), "bean").forEach(b -> ids.add(b.getAttribute("id")));
        return ids;
    }

    // ---------------------------------------------------------------- labels

    /** Share labels for every sx type (type.sx_x, "Change type") and aspect (aspect.sx_x, "Manage aspects"), and every label-id. */
    List<String> labels() {
        List<String> problems = new ArrayList<>();
        sx.types().forEach(t -> requireLabel(problems, "type." + t.name().replace(':', '_'), "sx type " + t.name()));
        sx.aspects().forEach(a -> requireLabel(problems, "aspect." + a.name().replace(':', '_'), "sx aspect " + a.name()));
        for (Element e : configFiles.values().stream().flatMap(d -> descendants(d.getDocumentElement(), "*").stream()).toList()) {
            for (String attr : List.of("label-id", "label", "description-id")) {
                String key = e.getAttribute(attr);
                boolean isKey = attr.equals("label-id") || attr.equals("description-id")
                        || (e.getTagName().equals("action") || e.getTagName().equals("content"));
                if (!key.isEmpty() && isKey && !key.startsWith("{")) {
                    requireLabel(problems, key, "<" + e.getTagName() + " id=\"" + e.getAttribute("id") + "\"> " + attr);
                }
            }
        }
        return problems;
    }

    private void requireLabel(List<String> problems, String key, String who) {
        if (!labels.containsKey(key)) {
            problems.add(who + ": label " + key + " is not in the bundle");
        }
    }

    // ---------------------------------------------------------------- the configuration files

    static final String CONFIG_BOOTSTRAP = "org.springframework.extensions.config.ConfigBootstrap";
    static final String CLASSPATH = "classpath:";
    /** The one file Share reads from every jar by itself (jar:*!/META-INF/share-config-custom.xml). */
    static final String SHARE_CONFIG_CUSTOM = "META-INF/share-config-custom.xml";

    static final String FORM_FILE = "sanxiang-share-form-config.xml";
    static final String ASPECT_FORM_FILE = "sanxiang-share-aspect-form-config.xml";
    static final String WORKFLOW_FORM_FILE = "sanxiang-share-workflow-form-config.xml";
    static final String DOCLIB_FILE = "sanxiang-share-documentlibrary-config.xml";

    /** The file a config belongs in, one per concern as Share splits its own configuration; empty for a concern we have no file for. */
    static Optional<String> concernFile(Element cfg) {
        String condition = cfg.getAttribute("condition");
        return Optional.ofNullable(switch (cfg.getAttribute("evaluator")) {
            case "node-type", "model-type" -> FORM_FILE;
            case "aspect" -> ASPECT_FORM_FILE;
            case "task-type" -> WORKFLOW_FORM_FILE;
            case "string-compare" -> condition.startsWith("activiti$") ? WORKFLOW_FORM_FILE
                    : Set.of("DocumentLibrary", "DocLibActions").contains(condition) ? DOCLIB_FILE : null;
            default -> null;
        });
    }

    /** Every config is in its concern's file, so a reader finds a form where the file name says. */
    List<String> placement() {
        List<String> problems = new ArrayList<>();
        for (Element cfg : configs()) {
            String file = fileOf(cfg);
            Optional<String> expected = concernFile(cfg);
            if (expected.isEmpty()) {
                problems.add(where(cfg) + ": no file of this module is for this concern; add one (and list it in the ConfigBootstrap)");
            } else if (!file.equals(expected.get()) && !file.endsWith("/" + expected.get())) {
                problems.add(where(cfg) + " belongs in " + expected.get());
            }
        }
        return problems;
    }

    /** No config twice: Share would merge the two, and the coverage checks look at the first only. */
    List<String> duplicates() {
        List<String> problems = new ArrayList<>();
        Map<String, Element> seen = new LinkedHashMap<>();
        for (Element cfg : configs()) {
            String key = cfg.getAttribute("evaluator") + " " + cfg.getAttribute("condition");
            Element first = seen.putIfAbsent(key, cfg);
            if (first != null) {
                problems.add(where(cfg) + " appears twice (first in " + fileOf(first) + "): Share would merge them; keep one");
            }
        }
        return problems;
    }

    /**
     * The ConfigBootstrap bean Share registers lists exactly the module's configuration files (its files whose root is
     * &lt;alfresco-config&gt;), each once and present, so a new file cannot be forgotten and nothing is read twice.
     */
    List<String> bootstrap(Set<String> moduleConfigFiles) {
        List<String> problems = new ArrayList<>();
        List<Element> beans = descendants(context.getDocumentElement(), "bean").stream()
                .filter(b -> b.getAttribute("class").equals(CONFIG_BOOTSTRAP)).toList();
        if (beans.isEmpty()) {
            problems.add("the Share Spring context declares no " + CONFIG_BOOTSTRAP + ": Share reads none of the configuration files");
        }
        for (Element bean : beans) {
            String id = "bean " + bean.getAttribute("id");
            if (!bean.getAttribute("init-method").equals("register")) {
                problems.add(id + ": init-method is not register, so Surf never deploys its files");
            }
            boolean webConfig = children(bean, "property").stream().anyMatch(p -> p.getAttribute("name").equals("configService")
                    && p.getAttribute("ref").equals("web.config"));
            if (!webConfig) {
                problems.add(id + ": configService is not ref web.config, Share's configuration service");
            }
        }
        Set<String> listed = new LinkedHashSet<>();
        for (String entry : bootstrapConfigs(context)) {
            if (!entry.startsWith(CLASSPATH)) {
                problems.add("ConfigBootstrap entry " + entry + " is not a classpath: location of this module's jar");
                continue;
            }
            String path = entry.substring(CLASSPATH.length());
            if (!listed.add(path)) {
                problems.add("ConfigBootstrap lists " + path + " twice: Share would read it twice");
            }
            if (path.equals(SHARE_CONFIG_CUSTOM)) {
                problems.add("ConfigBootstrap lists " + SHARE_CONFIG_CUSTOM + ", which Share reads by itself: it would be read twice");
            } else if (!moduleConfigFiles.contains(path)) {
                problems.add("ConfigBootstrap lists " + path + ", which is not a configuration file of this module"
                        + (resources.apply(path) == null ? " (it does not exist)" : ""));
            }
        }
        for (String file : moduleConfigFiles) {
            if (file.equals(SHARE_CONFIG_CUSTOM)) {
                problems.add(SHARE_CONFIG_CUSTOM + " exists: Share reads it by itself, outside the ConfigBootstrap and these checks;"
                        + " move its configs into the concern's file");
            } else if (!listed.contains(file)) {
                problems.add(file + " is a configuration file of this module that the ConfigBootstrap does not list: Share never reads it");
            }
        }
        return problems;
    }

    /** The entries of the configs list of every ConfigBootstrap bean of the context, in order. */
    static List<String> bootstrapConfigs(Document context) {
        List<String> configs = new ArrayList<>();
        for (Element bean : descendants(context.getDocumentElement(), "bean")) {
            if (bean.getAttribute("class").equals(CONFIG_BOOTSTRAP)) {
                for (Element property : children(bean, "property")) {
                    if (property.getAttribute("name").equals("configs")) {
                        descendants(property, "value").forEach(v -> configs.add(v.getTextContent().trim()));
                    }
                }
            }
        }
        return configs;
    }

    // ---------------------------------------------------------------- model helpers

    /** The class and its ancestors within our models, root first. */
    List<M2Class> chain(M2Class c) {
        List<M2Class> chain = new ArrayList<>();
        for (Optional<M2Class> x = Optional.of(c); x.isPresent(); x = x.flatMap(y -> findClass(y.parent()))) {
            chain.add(0, x.get());
        }
        return chain;
    }

    private List<String> ancestors(M2Class c) {
        List<String> names = new ArrayList<>();
        chain(c).forEach(x -> {
            if (x != c) {
                names.add(x.name());
            }
        });
        chain(c).stream().findFirst().map(M2Class::parent).ifPresent(names::add);
        return names;
    }

    /** Properties and associations of the class, its ancestors in our models and its mandatory aspects. */
    Set<String> members(M2Class c) {
        Set<String> names = new LinkedHashSet<>();
        for (M2Class x : chain(c)) {
            for (String aspect : x.mandatoryAspects()) {
                findClass(aspect).ifPresent(a -> names.addAll(members(a)));
            }
            x.properties().forEach(p -> names.add(p.name()));
            x.associations().forEach(a -> names.add(a.name()));
        }
        return names;
    }

    private Optional<M2Class> findClass(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Stream.of(sx, wf).flatMap(m -> m.findClass(name).stream()).findFirst();
    }

    private Optional<M2Property> findProperty(String name) {
        return Stream.of(sx, wf).flatMap(m -> m.classes().stream()).flatMap(c -> c.properties().stream())
                .filter(p -> p.name().equals(name)).findFirst();
    }

    private Optional<M2Association> findAssociation(String name) {
        return Stream.of(sx, wf).flatMap(m -> m.classes().stream()).flatMap(c -> c.associations().stream())
                .filter(a -> a.name().equals(name)).findFirst();
    }

    // ---------------------------------------------------------------- XML helpers

    /** Every <config> of every file, in load order. */
    List<Element> configs() {
        return configFiles.values().stream().flatMap(d -> children(d.getDocumentElement(), "config").stream()).toList();
    }

    /** The file a config element comes from. */
    String fileOf(Element e) {
        return configFiles.entrySet().stream().filter(f -> f.getValue() == e.getOwnerDocument())
                .map(Map.Entry::getKey).findFirst().orElse("?");
    }

    Optional<Element> find(String evaluator, String condition) {
        return configs().stream().filter(c -> c.getAttribute("evaluator").equals(evaluator)
                && c.getAttribute("condition").equals(condition)).findFirst();
    }

    private static Optional<Element> fieldOf(Optional<Element> cfg, String id) {
        return cfg.stream().flatMap(c -> descendants(c, "field").stream())
                .filter(f -> f.getAttribute("id").equals(id)).findFirst();
    }

    static String template(Element field) {
        return children(field, "control").stream().map(c -> c.getAttribute("template")).findFirst().orElse("");
    }

    private String where(Element cfg) {
        return fileOf(cfg) + " <config evaluator=\"" + cfg.getAttribute("evaluator") + "\" condition=\"" + cfg.getAttribute("condition") + "\">";
    }

    /** Element children along a path of tag names, e.g. children(config, "forms", "form"). */
    static List<Element> children(Element parent, String... path) {
        List<Element> current = List.of(parent);
        for (String tag : path) {
            List<Element> next = new ArrayList<>();
            for (Element e : current) {
                NodeList nodes = e.getChildNodes();
                for (int i = 0; i < nodes.getLength(); i++) {
                    Node n = nodes.item(i);
                    if (n instanceof Element child && child.getTagName().equals(tag)) {
                        next.add(child);
                    }
                }
            }
            current = next;
        }
        return current;
    }

    static List<Element> descendants(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
