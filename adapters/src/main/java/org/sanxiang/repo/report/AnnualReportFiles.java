package org.sanxiang.repo.report;

import java.time.Clock;
import java.time.Year;
import java.util.List;

import org.sanxiang.repo.documents.DocumentFontException;
import org.sanxiang.repo.documents.DocumentFonts;
import org.sanxiang.repo.documents.OfdRenderer;
import org.sanxiang.repo.documents.PdfaRenderer;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.report.AnnualAccount;
import org.sanxiang.rules.report.Figure;
import org.sanxiang.workflow.port.ReportFile;

/**
 * The annual report's files, whatever repository the statistics come from: the report as PDF/A and OFD with its
 * charts ({@link AnnualReportDocument}) and its data as CSV and XLSX ({@link AnnualTables}), in Chinese, named
 * {@code <year>-<profile>-annual.<ext>}.
 */
public final class AnnualReportFiles {

    private AnnualReportFiles() {
    }

    /** The year's statistics, computed now page by page, as the report's four files; nothing is written. */
    public static List<ReportFile> compile(AnnualData data, ProfileRegistry profiles, String profile, int year,
            DocumentFonts fonts, Clock clock) {
        if (!profiles.contains(profile)) {
            throw new IllegalArgumentException("profile: unknown profile " + profile);
        }
        List<Figure> figures = data.feed(new AnnualAccount(Year.of(year))).figures();
        FigureLabels labels = new FigureLabels("zh_CN");
        String bureau = profiles.get(profile).jurisdictionName("zh_CN");
        String name = year + "-" + profile + "-annual.";
        try {
            var document = AnnualReportDocument.of(Year.of(year), bureau, figures, labels,
                    new AnnualCharts(labels, fonts.awtFont()).charts(figures, 960, 540));
            return List.of(new ReportFile(name + "pdf", "application/pdf", new PdfaRenderer(fonts, clock).render(document)),
                    new ReportFile(name + "ofd", "application/ofd", new OfdRenderer(fonts).render(document)),
                    new ReportFile(name + "csv", "text/csv; charset=UTF-8", AnnualTables.csv(Year.of(year), bureau, figures, labels)),
                    new ReportFile(name + "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            AnnualTables.xlsx(Year.of(year), bureau, figures, labels)));
        } catch (DocumentFontException e) {
            throw new IllegalStateException("the annual report's PDF/A and OFD need a CJK font: " + e.getMessage(), e);
        }
    }
}
