package org.sanxiang.standalone.console;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.javalin.Javalin;
import io.javalin.http.UploadedFile;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.standalone.auth.SxGroups;
import org.sanxiang.standalone.console.WebConsole.Page;
import org.sanxiang.standalone.runtime.Requests;
import org.sanxiang.standalone.runtime.ServiceException;
import org.sanxiang.standalone.runtime.Views;

/** A case's records: a quick upload, an upload with the Share create form of its type, and opening one. */
final class RecordPages {

    /** Shown in the browser; anything else is downloaded, never rendered as a page of this site. */
    private static final Set<String> INLINE = Set.of("application/pdf", "text/plain", "image/png", "image/jpeg", "image/gif");

    private final WebConsole console;
    private final CasePages cases;

    RecordPages(WebConsole console, CasePages cases) {
        this.console = console;
        this.cases = cases;
    }

    void routes(Javalin app) {
        app.post("/cases/{caseId}/records", console.form(true, this::upload));
        app.get("/cases/{caseId}/records/new", console.page(true, p -> newRecord(p, List.of(), Map.of())));
        app.post("/cases/{caseId}/records/new", console.form(true, this::createRecord));
        app.get("/cases/{caseId}/records/{recordId}", console.page(true, this::content));
    }

    private void upload(Page p) throws IOException {
        String caseId = p.ctx().pathParam("caseId");
        requireRecordWriter(p);
        UploadedFile file = p.ctx().uploadedFile("file");
        String type = CasePages.nonNull(p.ctx().formParam("type"));
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            p.flash(p.t("record.noFile"));
            p.seeOther("/cases/" + CasePages.encode(caseId));
            return;
        }
        if (CasePages.RECORD_TYPES.stream().noneMatch(t -> t.toPrefixString().equals(type))) {
            throw ServiceException.badRequest("type", "'" + type + "' is not a record type the console uploads");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        String stage = CasePages.nonNull(p.ctx().formParam("stage")).strip();
        if (!stage.isEmpty()) {
            properties.put(SanxiangModel.PROP_STAGE.toPrefixString(), stage);
        }
        String name = fileName(file);
        try (InputStream in = file.getContent()) {
            Views.RecordView r = p.service().addRecord(caseId, new Requests.NewRecord(type, name, properties, 0), in);
            p.flash(p.t("record.added", r.name()));
        } catch (ServiceException e) {
            if (e.kind() == ServiceException.Kind.NOT_FOUND) {
                throw e;
            }
            p.flash(p.describe(e));
        }
        p.seeOther("/cases/" + CasePages.encode(caseId));
    }

    /** The record type of an upload with its Share create form ({@code type} parameter), checked. */
    private String recordType(Page p) {
        String type = CasePages.nonNull(p.ctx().queryParam("type"));
        if (CasePages.RECORD_TYPES.stream().noneMatch(t -> t.toPrefixString().equals(type))) {
            throw ServiceException.badRequest("type", "'" + type + "' is not a record type the console uploads");
        }
        return type;
    }

    private ConsoleForms.Form recordForm(Page p, String type, Map<String, Object> values) {
        return console.forms().render(cases.shareForm(CasePages.CASE_FORMS_NEW, type), "create", values, Map.of(
                "cm:name", p.t("record.name.auto"), "cm:title", p.t("form.shareOnly"), "cm:description", p.t("form.shareOnly"),
                "mimetype", p.t("record.mimetype.auto")), Map.of(), Set.of(), p.chinese());
    }

    /** A record with its metadata: the Share create form of its type, the file in its cm:content field. */
    private void newRecord(Page p, List<String> problems, Map<String, List<String>> submitted) {
        requireRecordWriter(p);
        Views.CaseView c = p.service().getCase(p.ctx().pathParam("caseId"));
        String type = recordType(p);
        Map<String, Object> values = new LinkedHashMap<>();
        String stage = p.ctx().queryParam("stage");
        if (stage != null && !stage.isBlank()) {
            values.put(CasePages.input(SanxiangModel.PROP_STAGE), stage);
        }
        submitted.forEach((k, v) -> values.put(k, v.size() == 1 ? v.get(0) : v));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("nav", "cases");
        model.put("c", c);
        model.put("type", type);
        model.put("typeLabel", console.forms().model().classLabel(type, p.chinese()));
        model.put("form", recordForm(p, type, values));
        model.put("problems", problems);
        if (!problems.isEmpty()) {
            p.ctx().status(400);
        }
        p.render("record-new", model);
    }

    private void requireRecordWriter(Page p) {
        if (SxGroups.RECORD_WRITERS.stream().noneMatch(p.principal()::in)) {
            throw new WebConsole.Forbidden(p.t("case.writersOnly"));
        }
    }

    private void createRecord(Page p) throws IOException {
        requireRecordWriter(p);
        String caseId = p.ctx().pathParam("caseId");
        String type = recordType(p);
        Map<String, List<String>> params = WebConsole.params(p.ctx());
        ConsoleForms.Submission s = console.forms().read(recordForm(p, type, Map.of()), params, p.chinese());
        UploadedFile file = p.ctx().uploadedFile("file");
        List<String> problems = new ArrayList<>(s.problems());
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            problems.add(p.t("record.noFile"));
        }
        if (!problems.isEmpty()) {
            newRecord(p, problems, params);
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        s.values().forEach((k, v) -> properties.put(k.replaceFirst("_", ":"), v));
        try (InputStream in = file.getContent()) {
            Views.RecordView r = p.service().addRecord(caseId, new Requests.NewRecord(type,
                    fileName(file), properties, 0), in);
            p.flash(p.t("record.added", r.name()));
        } catch (ServiceException e) {
            if (e.kind() == ServiceException.Kind.BAD_REQUEST || e.kind() == ServiceException.Kind.CONFLICT) {
                newRecord(p, List.of(p.describe(e)), params);
                return;
            }
            throw e;
        }
        p.seeOther("/cases/" + CasePages.encode(caseId));
    }

    /**
     * Shown inline, a record is read; asked for with {@code ?copy}, or of a type the browser is not let show
     * (hence saved), it is a copy: a grant must allow copies, and the copy is counted and audited
     * (wuhan-2020 全过程记录 第二十七条第三款).
     */
    private void content(Page p) throws IOException {
        String caseId = p.ctx().pathParam("caseId");
        String recordId = p.ctx().pathParam("recordId");
        boolean copy = p.ctx().queryParam("copy") != null;
        Views.RecordContent content = copy ? p.service().recordCopy(caseId, recordId) : p.service().recordContent(caseId, recordId);
        if (!copy && !INLINE.contains(type(content))) {
            content.stream().close();
            copy = true; // a download is a copy, whatever the link said
            content = p.service().recordCopy(caseId, recordId);
        }
        try (InputStream in = content.stream()) {
            String type = type(content);
            boolean inline = !copy && INLINE.contains(type);
            String encoded = URLEncoder.encode(content.name(), StandardCharsets.UTF_8).replace("+", "%20");
            p.ctx().header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''" + encoded);
            // a stored file is never a page of this site: no script runs in it, whatever it holds
            p.ctx().header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
            p.ctx().header("Cache-Control", "no-store"); // a read leaves no copy in the browser's cache
            p.ctx().contentType(inline ? (type.equals("text/plain") ? "text/plain; charset=UTF-8" : type)
                    : "application/octet-stream");
            p.ctx().result(in.readAllBytes());
        }
    }

    private static String type(Views.RecordContent content) {
        return content.mediaType() == null ? "application/octet-stream"
                : content.mediaType().toLowerCase(Locale.ROOT).split(";")[0].strip();
    }

    /** The uploaded file's own name, without the characters a repository refuses in a name (Alfresco's, CMIS's). */
    static String fileName(UploadedFile file) {
        String name = file.getFilename().replaceAll("[\\\\/:\"*?<>|\\p{Cntrl}]", "_").strip();
        return name.isEmpty() || name.matches("\\.+") ? "upload" : name;
    }
}
