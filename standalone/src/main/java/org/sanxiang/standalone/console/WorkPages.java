package org.sanxiang.standalone.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.javalin.Javalin;

import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.calendar.HolidayCalendar;
import org.sanxiang.standalone.console.WebConsole.Page;
import org.sanxiang.standalone.runtime.Requests;
import org.sanxiang.standalone.runtime.SanxiangService;
import org.sanxiang.standalone.runtime.ServiceException;
import org.sanxiang.standalone.runtime.Views;
import org.sanxiang.standalone.runtime.Views.TaskView;

/** My work (the tasks assigned to me and offered to my groups) and a task: its Share form, claim and complete. */
final class WorkPages {

    static final String TASK_FORMS = "task-type";
    private static final int PAGE = 20;
    private static final String CITATION = SanxiangWorkflowModel.PROP_DEADLINE_CITATION.toVariableName();
    private static final String CASE_NUMBER = SanxiangWorkflowModel.PROP_CASE_NUMBER.toVariableName();

    /** A row of my work. */
    public record Row(TaskView task, String name, String caseNumber, DueText due, String citation, boolean mine) {
    }

    private final WebConsole console;

    WorkPages(WebConsole console) {
        this.console = console;
    }

    void routes(Javalin app) {
        app.get("/work", console.page(true, this::work));
        app.get("/tasks/{taskId}", console.page(true, p -> task(p, null, Map.of())));
        app.post("/tasks/{taskId}/claim", console.form(true, this::claim));
        app.post("/tasks/{taskId}", console.form(true, this::complete));
    }

    /** One page of the user's work and how much there is in all. */
    record Work(List<TaskView> tasks, long total) {
    }

    /**
     * A page of the user's open tasks: those assigned to it, then those offered to each of its groups, each
     * list in the order {@code /api/tasks} pages it (oldest first). One paged task query per list, whatever
     * the number of tasks: the page is cut out of the lists by their totals.
     */
    static Work myWork(SanxiangService service, ConsolePrincipal user, int skip, int max) {
        List<Requests.TaskQuery> queries = new ArrayList<>();
        queries.add(new Requests.TaskQuery(user.name(), null, null));
        user.groups().stream().sorted().forEach(g -> queries.add(new Requests.TaskQuery(null, g, null)));
        Map<String, TaskView> shown = new LinkedHashMap<>();
        long total = 0;
        long before = skip; // items still to skip
        for (Requests.TaskQuery q : queries) {
            int want = max - shown.size();
            Views.Listing<TaskView> l = service.tasks(q, new Requests.Page((int) Math.min(before, Integer.MAX_VALUE - max),
                    Math.max(1, want)));
            total += l.totalNumItems();
            if (want > 0) {
                l.items().stream().limit(want).forEach(t -> shown.putIfAbsent(t.id(), t));
            }
            before = Math.max(0, before - l.totalNumItems());
        }
        return new Work(List.copyOf(shown.values()), total);
    }

    static boolean offered(ConsolePrincipal user, TaskView t) {
        return user.name().equals(t.assignee()) || t.assignee() == null && t.candidateGroups().stream().anyMatch(user::in);
    }

    private void work(Page p) {
        SanxiangService service = p.service();
        ConsolePrincipal user = p.principal();
        int page = Math.max(0, intParam(p.ctx().queryParam("page")));
        Work work = myWork(service, user, page * PAGE, PAGE);
        List<TaskView> shown = work.tasks();
        HolidayCalendar calendar = console.calendars().current();
        Instant now = console.clock().instant();
        Map<String, String> caseNumbers = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (TaskView t : shown) {
            String citation = null;
            String caseNumber = null;
            try {
                // one read per task shown gives both: the article of its deadline and the case number the process carries
                Map<String, Object> values = new LinkedHashMap<>();
                service.task(t.id()).form().forEach(f -> values.put(f.name(), f.value()));
                citation = values.get(CITATION) == null ? null : values.get(CITATION).toString();
                caseNumber = values.get(CASE_NUMBER) == null ? null : values.get(CASE_NUMBER).toString();
            } catch (ServiceException e) {
                // completed meanwhile: shown without its article
            }
            if (caseNumber == null && t.caseId() != null) {
                caseNumber = caseNumbers.computeIfAbsent(t.caseId(), id -> caseNumber(service, id));
            }
            rows.add(new Row(t, taskName(t, p.chinese()), caseNumber, DueText.of(t.dueAt(), now, console.zone(), calendar),
                    citation, user.name().equals(t.assignee())));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("nav", "work");
        model.put("rows", rows);
        model.put("total", work.total());
        model.put("page", page);
        model.put("pages", (work.total() + PAGE - 1) / PAGE);
        model.put("overdue", shown.stream().filter(t -> t.dueAt() != null && t.dueAt().isBefore(now)).count());
        p.render("work", model);
    }

    private static String caseNumber(SanxiangService service, String caseId) {
        try {
            return service.getCase(caseId).caseNumber();
        } catch (ServiceException e) {
            return caseId;
        }
    }

    String taskName(TaskView t, boolean chinese) {
        return t.formKey() == null ? t.name() : console.forms().model().classLabel(t.formKey(), chinese);
    }

    /** The task page; {@code problems} and {@code submitted} when a completion came back refused. */
    private void task(Page p, List<String> problems, Map<String, List<String>> submitted) {
        String taskId = p.ctx().pathParam("taskId");
        SanxiangService service = p.service();
        Views.TaskDetail detail;
        try {
            detail = service.task(taskId);
        } catch (ServiceException e) {
            if (e.kind() == ServiceException.Kind.CONFLICT) {
                p.error(409, p.t("task.done", e.getMessage()));
                return;
            }
            throw e;
        }
        TaskView t = detail.task();
        requireMayComplete(p, t); // the form only for whom the guard lets complete it
        ConsoleForms.Form form = form(p, detail, submitted);
        Views.CaseView c = t.caseId() == null ? null : service.getCase(t.caseId());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("nav", "work");
        model.put("task", t);
        model.put("name", taskName(t, p.chinese()));
        model.put("form", form);
        model.put("case", c);
        model.put("mine", p.principal().name().equals(t.assignee()));
        model.put("due", DueText.of(t.dueAt(), console.clock().instant(), console.zone(), console.calendars().current()));
        model.put("problems", problems == null ? List.of() : problems);
        if (problems != null && !problems.isEmpty()) {
            p.ctx().status(400);
        }
        p.render("task", model);
    }

    /**
     * The guard's check of a completion (candidates, another's claim, the separations of duty), its refusal said
     * in the page's language with the guard's own words after it.
     */
    private void requireMayComplete(Page p, TaskView t) {
        try {
            console.access().checkMayComplete(p.principal(), t.id());
        } catch (ServiceException e) {
            if (e.kind() != ServiceException.Kind.FORBIDDEN) {
                throw e;
            }
            throw new WebConsole.Forbidden(p.t("task.notYours", taskName(t, p.chinese()),
                    t.assignee() != null ? t.assignee() : String.join(", ", t.candidateGroups())) + " " + e.getMessage());
        }
    }

    private ConsoleForms.Form form(Page p, Views.TaskDetail detail, Map<String, List<String>> submitted) {
        TaskView t = detail.task();
        ShareFormConfig.Form share = console.forms().config().form(TASK_FORMS, t.formKey())
                .orElseThrow(() -> new IllegalStateException("the Share module has no form for " + t.formKey()));
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, List<String>> allowed = new LinkedHashMap<>();
        for (Views.FormField f : detail.form()) {
            values.put(f.name(), f.value());
            allowed.put(f.name(), f.allowedValues());
        }
        allowed.put(detail.outcomeField(), detail.outcomes());
        submitted.forEach((k, v) -> values.put(k, v.size() == 1 ? v.get(0) : v));
        Map<String, String> info = new LinkedHashMap<>();
        info.put("message", taskName(t, p.chinese()));
        info.put("taskOwner", t.assignee() == null ? p.t("task.unclaimed", String.join(", ", t.candidateGroups())) : t.assignee());
        info.put("bpm:taskId", t.id());
        info.put("bpm:dueDate", t.dueAt() == null ? "" : t.dueAt().atZone(console.zone()).toLocalDate().toString());
        info.put("bpm:status", p.t("task.status.open"));
        info.put("bpm:priority", p.t("task.priority.normal"));
        info.put("packageItems", p.t("task.package"));
        info.put("bpm:comment", p.t("form.shareOnly"));
        return console.forms().render(share, "edit", values, info, allowed, Set.of(), p.chinese());
    }

    private void claim(Page p) {
        String taskId = p.ctx().pathParam("taskId");
        SanxiangService service = p.service();
        TaskView t = service.task(taskId).task();
        service.claimTask(taskId, p.principal().name()); // the guard refuses whom the BPMN does not offer it
        p.flash(p.t("task.claimed", taskName(t, p.chinese())));
        p.seeOther("/tasks/" + taskId);
    }

    private void complete(Page p) {
        String taskId = p.ctx().pathParam("taskId");
        SanxiangService service = p.service();
        Views.TaskDetail detail = service.task(taskId);
        TaskView t = detail.task();
        requireMayComplete(p, t); // the guard's refusal before the form's own checks, as REST; the completion checks again
        Map<String, List<String>> params = WebConsole.params(p.ctx());
        ConsoleForms.Form form = form(p, detail, Map.of());
        ConsoleForms.Submission submission = console.forms().read(form, params, p.chinese());
        if (!submission.ok()) {
            task(p, submission.problems(), params);
            return;
        }
        Views.CompletedTask done;
        try {
            done = service.completeTask(taskId, new Requests.CompleteTask(p.principal().name(), submission.outcome(),
                    submission.values()));
        } catch (ServiceException e) {
            if (e.kind() == ServiceException.Kind.BAD_REQUEST) {
                task(p, List.of(p.describe(e)), params);
                return;
            }
            throw e;
        }
        String outcome = form.outcome() == null ? "" : form.outcome().options().stream()
                .filter(o -> o.value().equals(submission.outcome())).map(ConsoleForms.Option::label).findFirst().orElse("");
        Set<String> next = new HashSet<>();
        done.nextTasks().forEach(n -> next.add(taskName(n, p.chinese())));
        p.flash(p.t("task.completed", taskName(t, p.chinese()), outcome)
                + (next.isEmpty() ? "" : " " + p.t("task.next", String.join("、", next))));
        p.seeOther(t.caseId() == null ? "/work" : "/cases/" + CasePages.encode(t.caseId()));
    }

    static int intParam(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String nonNull(String s) {
        return Objects.requireNonNullElse(s, "");
    }
}
