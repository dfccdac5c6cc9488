package org.sanxiang.standalone.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;

import io.javalin.Javalin;
import io.javalin.http.UploadedFile;

import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.workflow.report.AnnualReportProcess;
import org.sanxiang.repo.report.FigureLabels;
import org.sanxiang.rules.report.Figure;
import org.sanxiang.rules.report.FigureGroup;
import org.sanxiang.rules.calendar.CalendarData;
import org.sanxiang.rules.calendar.CalendarDataChange;
import org.sanxiang.rules.calendar.CalendarDataException;
import org.sanxiang.rules.calendar.CalendarDataReader;
import org.sanxiang.rules.calendar.HolidayCalendar;
import org.sanxiang.standalone.auth.SxGroups;
import org.sanxiang.standalone.console.WebConsole.Page;
import org.sanxiang.standalone.runtime.Requests;
import org.sanxiang.standalone.runtime.SanxiangService;
import org.sanxiang.standalone.runtime.ServiceException;
import org.sanxiang.standalone.runtime.Views;
import org.sanxiang.workflow.report.AnnualReportProcess;

/** Across cases: the deadlines board, the working-day calendar with its notices, and what the public sees. */
final class OverviewPages {

    /** Rows shown in each bucket of the board (the count says how many there are). */
    private static final int MAX_ROWS = 50;
    /** A figure's drill-down shows this many ids a page, as /api lists page by default. */
    private static final int DRILL_PAGE = Requests.Page.DEFAULT_MAX_ITEMS;

    /** A deadline on the board. */
    public record Row(Views.DeadlineView d, String taskName, DueText due) {
    }

    /** A day of the calendar page; {@code mark} is 休 (holiday), 班 (make-up working day) or empty. */
    public record Day(LocalDate date, boolean weekend, boolean working, String mark, String name, boolean today) {
    }

    /** A month: its weeks, Monday first, null for days of other months. */
    public record Month(YearMonth month, List<List<Day>> weeks) {
    }

    /** A running deadline an uploaded notice changes: before and after, counted in the same working days. */
    public record Recomputed(Views.DeadlineView d, String taskName, LocalDate before, LocalDate after, int workingDays) {
    }

    private final WebConsole console;

    OverviewPages(WebConsole console) {
        this.console = console;
    }

    void routes(Javalin app) {
        app.get("/deadlines", console.page(true, this::deadlines));
        app.get("/calendar", console.page(true, p -> calendar(p, null)));
        app.post("/calendar/override", console.form(true, this::override));
        app.get("/public", console.page(false, this::publicTree));
        app.get("/forms", console.page(true, this::formPreview));
        app.get("/statistics", console.page(true, this::statistics));
        app.get("/statistics/export", console.page(true, this::statisticsFile));
        app.post("/statistics/process", console.form(true, this::startAnnualReport));
        app.get("/statistics/{figure}", console.page(true, this::drillDown));
    }

    private String taskName(Views.DeadlineView d, boolean chinese) {
        String type = formKey(d);
        String label = d.taskKey() == null ? type : console.forms().model().classLabel(type, chinese);
        return label.equals(type) ? d.taskName() : label;
    }

    /** The task type of a board row: the processes name each task type after its task ({@code legalReview} → legalReviewTask). */
    private static String formKey(Views.DeadlineView d) {
        return SanxiangWorkflowModel.PREFIX + ":" + d.taskKey() + "Task";
    }

    /**
     * The board, soonest first, read as {@code /api/deadlines} pages it: a page of the overdue ones and their
     * count; a page of the running ones; where today's or this week's end falls beyond that page, found by a
     * binary search over one-item pages; the later ones from the page that starts there. A bounded number of
     * page reads whatever the number of deadlines.
     */
    private void deadlines(Page p) {
        SanxiangService service = p.service();
        Instant now = console.clock().instant();
        LocalDate today = now.atZone(console.zone()).toLocalDate();
        LocalDate weekEnd = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        HolidayCalendar calendar = console.calendars().current();
        Map<String, List<Row>> buckets = new LinkedHashMap<>();
        for (String b : List.of("overdue", "today", "week", "later")) {
            buckets.put(b, new ArrayList<>());
        }
        int[] provisional = {0};
        java.util.function.BiConsumer<String, Views.DeadlineView> add = (bucket, d) -> {
            if (buckets.get(bucket).size() < MAX_ROWS) {
                buckets.get(bucket).add(new Row(d, taskName(d, p.chinese()), DueText.of(d.dueAt(), now, console.zone(), calendar)));
                provisional[0] += d.provisional() ? 1 : 0;
            }
        };
        Views.Listing<Views.DeadlineView> overdue = service.deadlines(new Requests.DeadlineQuery("overdue", null, null),
                new Requests.Page(0, MAX_ROWS));
        overdue.items().forEach(d -> add.accept("overdue", d));
        Requests.DeadlineQuery running = new Requests.DeadlineQuery("due", null, null);
        Views.Listing<Views.DeadlineView> first = service.deadlines(running, new Requests.Page(0, MAX_ROWS));
        long total = first.totalNumItems();
        long throughToday = dueThrough(service, running, today, total, first.items());
        long throughWeek = dueThrough(service, running, weekEnd, total, first.items());
        for (int i = 0; i < first.items().size(); i++) {
            add.accept(i < throughToday ? "today" : i < throughWeek ? "week" : "later", first.items().get(i));
        }
        if (throughWeek >= first.items().size() && throughWeek < total) {
            service.deadlines(running, new Requests.Page((int) throughWeek, MAX_ROWS)).items().forEach(d -> add.accept("later", d));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("overdue", overdue.totalNumItems());
        counts.put("today", throughToday);
        counts.put("week", throughWeek - throughToday);
        counts.put("later", total - throughWeek);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("nav", "deadlines");
        model.put("buckets", buckets);
        model.put("counts", counts);
        model.put("total", overdue.totalNumItems() + total);
        model.put("provisional", provisional[0]);
        model.put("max", MAX_ROWS);
        p.render("deadlines", model);
    }

    /**
     * How many running deadlines fall on or before {@code day}: read off the first page where it ends there, all of
     * them where the last one does, else a binary search over one-item pages of the same soonest-first list.
     */
    private long dueThrough(SanxiangService service, Requests.DeadlineQuery running, LocalDate day, long total,
            List<Views.DeadlineView> first) {
        for (int i = 0; i < first.size(); i++) {
            if (dueDay(first.get(i)).isAfter(day)) {
                return i;
            }
        }
        if (first.size() >= total) {
            return total;
        }
        List<Views.DeadlineView> last = service.deadlines(running, new Requests.Page((int) (total - 1), 1)).items();
        if (!last.isEmpty() && !dueDay(last.get(0)).isAfter(day)) {
            return total; // all of them: one read, no search
        }
        long lo = first.size();
        long hi = total - 1;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            List<Views.DeadlineView> one = service.deadlines(running, new Requests.Page((int) mid, 1)).items();
            if (one.isEmpty() || dueDay(one.get(0)).isAfter(day)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private LocalDate dueDay(Views.DeadlineView d) {
        return d.dueAt().atZone(console.zone()).toLocalDate();
    }

    // ---- the calendar

    private void calendar(Page p, Map<String, Object> upload) {
        HolidayCalendar calendar = console.calendars().current();
        LocalDate today = console.clock().instant().atZone(console.zone()).toLocalDate();
        int year = WorkPages.intParam(p.ctx().queryParam("year"));
        if (year < 1990 || year > 2200) {
            year = today.getYear();
        }
        TreeMap<LocalDate, String> holidays = new TreeMap<>();
        TreeMap<LocalDate, String> makeUp = new TreeMap<>();
        calendar.data().years().values().forEach(y -> {
            holidays.putAll(y.holidays());
            makeUp.putAll(y.workingDays());
        });
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth ym = YearMonth.of(year, m);
            List<List<Day>> weeks = new ArrayList<>();
            List<Day> week = new ArrayList<>();
            for (int i = 1; i < ym.atDay(1).getDayOfWeek().getValue(); i++) {
                week.add(null);
            }
            for (int d = 1; d <= ym.lengthOfMonth(); d++) {
                LocalDate date = ym.atDay(d);
                boolean weekend = date.getDayOfWeek().getValue() >= 6;
                String mark = holidays.containsKey(date) ? "休" : makeUp.containsKey(date) ? "班" : "";
                String name = holidays.containsKey(date) ? holidays.get(date) : makeUp.get(date);
                week.add(new Day(date, weekend, calendar.isWorkingDay(date), mark, name == null ? "" : name, date.equals(today)));
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(null);
                }
                weeks.add(week);
            }
            months.add(new Month(ym, weeks));
        }
        CalendarData.YearData data = calendar.data().years().get(year);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("nav", "calendar");
        model.put("year", year);
        model.put("months", months);
        model.put("hasData", calendar.hasDataFor(year));
        model.put("notices", data == null ? List.of() : data.notices());
        model.put("holidays", data == null ? Map.of() : group(data.holidays()));
        model.put("makeUp", data == null ? Map.of() : data.workingDays());
        model.put("years", calendar.yearsWithData());
        model.put("admin", isAdmin(p.principal()));
        model.put("upload", upload);
        p.render("calendar", model);
    }

    /** Holiday name → its first and last day in the year's data, in order. */
    private static Map<String, String> group(Map<LocalDate, String> days) {
        Map<String, LocalDate[]> ranges = new LinkedHashMap<>();
        days.forEach((d, name) -> ranges.merge(name, new LocalDate[] {d, d}, (a, b) -> new LocalDate[] {a[0], b[1]}));
        Map<String, String> text = new LinkedHashMap<>();
        ranges.forEach((name, r) -> text.put(name, r[0].equals(r[1]) ? r[0].toString() : r[0] + " – " + r[1]));
        return text;
    }

    static boolean isAdmin(ConsolePrincipal user) {
        return user.in(SxGroups.ADMINISTRATORS);
    }

    /**
     * An administrator's upload of a notice (the override file's shape): checked, merged over the calendar in
     * force, and the running deadlines in the years it changes listed before and after, each counted again in
     * the working days it had from its task's start.
     */
    private void override(Page p) throws IOException {
        if (!isAdmin(p.principal())) {
            throw new WebConsole.Forbidden(p.t("calendar.adminOnly"));
        }
        UploadedFile file = p.ctx().uploadedFile("file");
        Map<String, Object> upload = new LinkedHashMap<>();
        if (file == null) {
            upload.put("error", p.t("record.noFile"));
            calendar(p, upload);
            return;
        }
        Path tmp = Files.createTempFile("sanxiang-calendar-", ".json");
        try {
            try (InputStream in = file.getContent()) {
                Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            CalendarData override = CalendarDataReader.read(tmp);
            HolidayCalendar before = console.calendars().current();
            HolidayCalendar after = HolidayCalendar.of(before.data().mergedWith(override));
            CalendarDataChange change = CalendarDataChange.between(before, after);
            upload.put("file", file.getFilename());
            upload.put("years", change.changedYears());
            upload.put("notices", override.years().values().stream().flatMap(y -> y.notices().stream()).toList());
            upload.put("recomputed", recompute(p, before, after, change.changedYears()));
        } catch (CalendarDataException e) {
            upload.put("error", e.getMessage());
            p.ctx().status(400);
        } finally {
            Files.deleteIfExists(tmp);
        }
        calendar(p, upload);
    }

    private List<Recomputed> recompute(Page p, HolidayCalendar before, HolidayCalendar after, SortedSet<Integer> years) {
        List<Recomputed> rows = new ArrayList<>();
        if (years.isEmpty()) {
            return rows;
        }
        for (Views.DeadlineView d : CasePages.all(page -> p.service().deadlines(new Requests.DeadlineQuery("all", null, null), page))) {
            LocalDate due = d.dueAt().atZone(console.zone()).toLocalDate();
            if (!years.contains(due.getYear()) && !d.provisional()) {
                continue;
            }
            LocalDate from;
            try {
                from = p.service().task(d.taskId()).task().createdAt().atZone(console.zone()).toLocalDate();
            } catch (ServiceException e) {
                continue; // completed meanwhile
            }
            int n = before.workingDaysBetween(from, due);
            LocalDate next = after.plusWorkingDays(from, n);
            if (!next.equals(due)) {
                rows.add(new Recomputed(d, taskName(d, p.chinese()), due, next, n));
            }
        }
        return rows;
    }

    // ---- a form as the Share configuration defines it, blank (what a task or start of that type shows)

    private void formPreview(Page p) {
        String evaluator = java.util.Objects.requireNonNullElse(p.ctx().queryParam("evaluator"), WorkPages.TASK_FORMS);
        String condition = java.util.Objects.requireNonNullElse(p.ctx().queryParam("condition"), "");
        ShareFormConfig config = console.forms().config();
        List<String> conditions = config.forms(evaluator).stream().map(ShareFormConfig.Form::condition).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("nav", "");
        model.put("evaluator", evaluator);
        model.put("condition", condition);
        model.put("conditions", conditions);
        config.form(evaluator, condition).ifPresent(f -> model.put("form", console.forms().render(f,
                evaluator.equals(CasePages.CASE_FORMS_NEW) || evaluator.equals(CasePages.START_FORMS) ? "create" : "edit",
                Map.of(), Map.of(), Map.of(), java.util.Set.of(), p.chinese())));
        p.render("form-preview", model);
    }

    // ---- the annual account: the year's figures as bars, each drilling down to what it counts

    /** A figure with its share of the largest in its group (a bar without a script or a style attribute). */
    public record Bar(Views.FigureView figure, long max) {
    }

    private int year(Page p) {
        int year = WorkPages.intParam(p.ctx().queryParam("year"));
        return year < 2000 || year > 2200 ? console.clock().instant().atZone(console.zone()).getYear() : year;
    }

    private static String profile(Page p) {
        String profile = p.ctx().queryParam("profile");
        return profile == null || profile.isBlank() ? "chongqing-2024" : profile.strip();
    }

    private void statistics(Page p) {
        int year = year(p);
        String profile = profile(p);
        Views.AnnualReportView report = p.service().annualReport(year, profile, p.chinese() ? "zh_CN" : "en");
        Map<String, List<Bar>> groups = new LinkedHashMap<>();
        Map<String, Long> max = new LinkedHashMap<>();
        report.figures().forEach(f -> max.merge(f.group(), f.value(), Math::max));
        report.figures().forEach(f -> groups.computeIfAbsent(f.group(), g -> new ArrayList<>())
                .add(new Bar(f, Math.max(1, max.get(f.group())))));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("nav", "statistics");
        model.put("report", report);
        model.put("groups", groups);
        model.put("year", year);
        model.put("profile", profile);
        // the report's process (chongqing-2024 公示 第十四条): offered to those the BPMN lets start it
        model.put("mayStartReport", console.access().mayStart(p.principal(), AnnualReportProcess.KEY));
        p.render("statistics", model);
    }

    /** Starts sxAnnualReport for the year and profile shown; the guard decides (403) and refuses a second (409). */
    private void startAnnualReport(Page p) {
        Map<String, List<String>> params = WebConsole.params(p.ctx());
        String year = params.getOrDefault("year", List.of("")).get(0);
        int y;
        try {
            y = Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            throw ServiceException.badRequest("year", "'" + year + "' is not a year");
        }
        p.service().startAnnualReport(y, params.getOrDefault("profile", List.of("")).get(0), p.principal().name());
        p.seeOther("/work");
    }

    private void drillDown(Page p) {
        int year = year(p);
        String profile = profile(p);
        String code = p.ctx().pathParam("figure");
        FigureGroup group = java.util.Arrays.stream(FigureGroup.values())
                .filter(g -> g.isBreakdown() ? code.startsWith(g.code() + ".") : code.equals(g.code()))
                .filter(g -> FigureGroup.isFigureCode(code)).findFirst()
                .orElseThrow(() -> ServiceException.notFound("figure", "no figure " + code));
        int page = Math.max(0, WorkPages.intParam(p.ctx().queryParam("page")));
        // the page reads its figure's rows alone: the year's other figures are not computed for it
        Views.Listing<String> ids = p.service().annualReportDrillDown(year, profile, code,
                new Requests.Page((int) Math.min((long) page * DRILL_PAGE, Integer.MAX_VALUE - DRILL_PAGE), DRILL_PAGE));
        FigureLabels labels = new FigureLabels(p.chinese() ? "zh_CN" : "en");
        Figure counted = new Figure(group, code.equals(group.code()) ? null : code.substring(group.code().length() + 1),
                ids.totalNumItems());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("nav", "statistics");
        model.put("figure", new Views.FigureView(code, labels.group(group), labels.label(counted), counted.value()));
        model.put("ids", ids.items());
        model.put("page", page);
        model.put("first", (long) page * DRILL_PAGE + 1);
        model.put("total", ids.totalNumItems());
        model.put("more", ids.hasMoreItems());
        model.put("year", year);
        model.put("profile", profile);
        p.render("statistics-figure", model);
    }

    private void statisticsFile(Page p) {
        String format = "xlsx".equals(p.ctx().queryParam("format")) ? "xlsx" : "csv";
        Views.AnnualReportFile file = p.service().annualReportFile(year(p), profile(p), p.chinese() ? "zh_CN" : "en", format);
        p.ctx().header("Content-Disposition", "attachment; filename*=UTF-8''"
                + java.net.URLEncoder.encode(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        p.ctx().contentType(file.mediaType()).result(file.bytes());
    }

    // ---- the public tree

    private void publicTree(Page p) {
        List<Views.PublicRecordView> records = p.service().publicRecords();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("nav", "public");
        model.put("current", records.stream().filter(Views.PublicRecordView::public_).toList());
        model.put("retired", records.stream().filter(r -> !r.public_()).toList());
        model.put("today", console.clock().instant().atZone(console.zone()).toLocalDate());
        model.put("zone", console.zone().getId());
        p.render("public", model);
    }
}
