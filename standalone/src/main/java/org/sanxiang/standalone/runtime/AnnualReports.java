package org.sanxiang.standalone.runtime;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.chemistry.opencmis.client.api.Session;
import org.sanxiang.repo.documents.DocumentFontException;
import org.sanxiang.repo.documents.DocumentFonts;
import org.sanxiang.repo.documents.OfdRenderer;
import org.sanxiang.repo.documents.PdfaRenderer;
import org.sanxiang.repo.report.AnnualCharts;
import org.sanxiang.repo.report.AnnualReportDocument;
import org.sanxiang.repo.report.AnnualTables;
import org.sanxiang.repo.report.CmisAnnualData;
import org.sanxiang.repo.report.FigureLabels;
import org.sanxiang.rules.calendar.WorkingDayCalendar;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.report.AnnualAccount;
import org.sanxiang.rules.report.Figure;
import org.sanxiang.rules.report.FigureGroup;
import org.sanxiang.workflow.document.OfficialDocument;
import org.sanxiang.standalone.runtime.Views.AnnualReportFile;
import org.sanxiang.standalone.runtime.Views.AnnualReportView;
import org.sanxiang.standalone.runtime.Views.FigureView;

/**
 * The annual account of a bureau (chongqing-2024 公示 第十四条; tianjin-2019 实施方案 三（一）3（3）),
 * computed from the repository on request, its drill-downs, and its data files for upward reporting.
 */
final class AnnualReports {

    private static final int PAGE = 500;
    private static final Set<String> LANGUAGES = Set.of("zh_CN", "en");
    private static final Set<String> FORMATS = Set.of("csv", "xlsx", "pdf", "ofd");

    private final Session session;
    private final String casesPath;
    private final String publicPath;
    private final String internalPath;
    private final ProfileRegistry profiles;
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;

    AnnualReports(Session session, String casesPath, ProfileRegistry profiles, WorkingDayCalendar calendar, ZoneId zone) {
        this.session = Objects.requireNonNull(session, "session");
        this.casesPath = casesPath;
        // the runtime's folders lie side by side under one root: cases, public, internal
        String root = casesPath.substring(0, casesPath.lastIndexOf('/'));
        this.publicPath = root + "/public";
        this.internalPath = root + "/internal";
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    AnnualReportView report(int year, String profile, String language) {
        FigureLabels labels = labels(language);
        List<Figure> figures = figures(year, profile);
        List<FigureView> views = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            views.add(new FigureView(f.code(), labels.group(f.group()), labels.label(f), f.value()));
        }
        return new AnnualReportView(year, profile, profiles.get(profile).jurisdictionName(labels.language()),
                labels.language(), views);
    }

    /**
     * A page of the ids behind a figure: the rows the figure is counted from are read again, page by page,
     * and only the ids inside the page are kept, so memory holds a page whatever the figure; the total is
     * the figure. A caller that does not want the total ({@code includeTotal=false}) stops the reading at
     * the first id past its page. The order is the order the repository answers its queries in.
     */
    Views.Listing<String> drillDown(int year, String profile, String figureCode, Requests.Page page) {
        RequestChecks.requireText(figureCode, "figure");
        if (!FigureGroup.isFigureCode(figureCode)) {
            throw ServiceException.badRequest("figure", "no figure " + figureCode);
        }
        List<String> ids = new ArrayList<>(Math.min(page.maxItems(), 100));
        long[] seen = {0};
        try {
            // figures() closes the last case's stages: without it their ids would be missing from the drill-down
            data(year, profile).feedFor(figureCode, AnnualAccount.drillingInto(Year.of(year), figureCode, id -> {
                if (seen[0]++ >= page.skipCount() && ids.size() < page.maxItems()) {
                    ids.add(id);
                } else if (!page.includeTotal() && ids.size() == page.maxItems()) {
                    throw new PageFull();
                }
            })).figures();
        } catch (PageFull full) {
            return new Views.Listing<>(ids, -1, true);
        }
        return new Views.Listing<>(ids, page.includeTotal() ? seen[0] : -1, page.skipCount() + ids.size() < seen[0]);
    }

    /** Ends a drill-down's reading once its page is full and one more id says that more follow. */
    private static final class PageFull extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PageFull() {
            super(null, null, false, false);
        }
    }

    AnnualReportFile file(int year, String profile, String language, String format) {
        if (format == null || !FORMATS.contains(format)) {
            throw ServiceException.badRequest("format", "one of " + FORMATS);
        }
        FigureLabels labels = labels(language);
        List<Figure> figures = figures(year, profile);
        String bureau = profiles.get(profile).jurisdictionName(labels.language());
        String name = year + "-" + profile + "-annual." + format;
        return switch (format) {
            case "csv" -> new AnnualReportFile(name, "text/csv; charset=UTF-8", AnnualTables.csv(Year.of(year), bureau, figures, labels));
            case "xlsx" -> new AnnualReportFile(name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    AnnualTables.xlsx(Year.of(year), bureau, figures, labels));
            default -> document(year, bureau, figures, labels, format, name);
        };
    }

    /** The report with its charts as PDF/A or OFD, in the font of the official documents ({@value DocumentFonts#SETTING}). */
    private AnnualReportFile document(int year, String bureau, List<Figure> figures, FigureLabels labels, String format,
            String name) {
        DocumentFonts fonts = new DocumentFonts(System.getProperty(DocumentFonts.SETTING, ""));
        try {
            Map<String, byte[]> charts = new AnnualCharts(labels, fonts.awtFont()).charts(figures, 960, 540);
            OfficialDocument document = AnnualReportDocument.of(Year.of(year), bureau, figures, labels, charts);
            return "pdf".equals(format)
                    ? new AnnualReportFile(name, "application/pdf", new PdfaRenderer(fonts, Clock.systemUTC()).render(document))
                    : new AnnualReportFile(name, "application/ofd", new OfdRenderer(fonts).render(document));
        } catch (DocumentFontException e) {
            throw new ServiceException(ServiceException.Kind.UNAVAILABLE, "format", e.getMessage(), e);
        }
    }

    private List<Figure> figures(int year, String profile) {
        return data(year, profile).feed(new AnnualAccount(Year.of(year))).figures();
    }

    private CmisAnnualData data(int year, String profile) {
        if (year < 2000 || year > 2100) {
            throw ServiceException.badRequest("year", "a year from 2000 to 2100");
        }
        RequestChecks.requireText(profile, "profile");
        if (!profiles.contains(profile)) {
            throw ServiceException.badRequest("profile", "unknown profile " + profile);
        }
        return new CmisAnnualData(session, casesPath, publicPath, internalPath, profiles, calendar, zone, PAGE);
    }

    private static FigureLabels labels(String language) {
        String lang = language == null || language.isBlank() ? "zh_CN" : language;
        if (!LANGUAGES.contains(lang)) {
            throw ServiceException.badRequest("language", "one of " + LANGUAGES);
        }
        return new FigureLabels(lang);
    }
}
