package org.sanxiang.standalone.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.standalone.runtime.SanxiangRuntime;
import org.sanxiang.standalone.runtime.SanxiangService;
import org.sanxiang.standalone.runtime.ServiceException;
import org.sanxiang.standalone.runtime.Requests;
import org.sanxiang.standalone.runtime.Views;

/**
 * The annual account of the demo's bureaus after every demo journey, against counts this test makes
 * itself from the cases and records the service lists (chongqing-2024 公示 第十四条).
 */
class DemoAnnualReportTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    @DisplayName("chongqing-2024 公示 第十四条: after the demo, the sandbox's figures equal an independent count, and drill-downs add up")
    void demoFiguresMatchAnIndependentCount(@TempDir Path dir) {
        try (SanxiangRuntime runtime = SanxiangRuntime.start(RuntimeConfig.sandbox(dir), List.of())) {
            SanxiangService service = runtime.service();
            DemoRunner.Outcome outcome = new DemoRunner(service,
                    user -> runtime.guard().as(org.sanxiang.standalone.auth.DemoUsers.principal(user)), ProfileRegistry.load(null),
                    new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8), Clock.systemUTC())
                    .run(DemoCases.shipped());
            assertTrue(outcome.ok(), () -> outcome.failures().toString());
            int year = LocalDate.now(ZONE).getYear();
            Map<String, Long> expected = new TreeMap<>();
            for (Views.CaseView c : service.cases()) {
                Map<String, Object> p = c.properties();
                if (inYear(p.get(SanxiangModel.PROP_FILED_AT.toPrefixString()), year)) {
                    expected.merge("cases.filed", 1L, Long::sum);
                    expected.merge("cases.byAction." + p.get(SanxiangModel.PROP_ACTION_CATEGORY.toPrefixString()), 1L, Long::sum);
                }
                if (inYear(p.get(SanxiangModel.PROP_CASE_DECISION_DATE.toPrefixString()), year)) {
                    expected.merge("decisions", 1L, Long::sum);
                }
                for (Views.RecordView r : service.records(c.id())) {
                    if (r.type().endsWith(SanxiangModel.TYPE_REVIEW_OPINION.toPrefixString())
                            && inYear(r.properties().get(SanxiangModel.PROP_OPINION_DATE.toPrefixString()), year)) {
                        expected.merge("reviews", 1L, Long::sum);
                        expected.merge("reviews.byOpinion."
                                + r.properties().get(SanxiangModel.PROP_OPINION_TYPE.toPrefixString()), 1L, Long::sum);
                    }
                }
            }
            long published = outcome.timelines().values().stream().flatMap(t -> t.disclosures().stream())
                    .filter(d -> d.publicationId() != null && !"NONE".equals(d.state())).count();
            if (published > 0) {
                expected.put("disclosures.published", published);
            }
            Views.AnnualReportView report = service.annualReport(year, "chongqing-2024", "zh_CN");
            Map<String, Long> actual = report.figures().stream()
                    .filter(f -> expected.containsKey(f.code()) || f.code().startsWith("cases.byAction.")
                            || f.code().startsWith("reviews.byOpinion."))
                    .collect(Collectors.toMap(Views.FigureView::code, Views.FigureView::value, Long::sum, TreeMap::new));
            actual.values().removeIf(v -> v == 0);
            assertTrue(expected.getOrDefault("cases.filed", 0L) > 0 && expected.getOrDefault("reviews", 0L) > 0,
                    "the demo files cases and reviews this year: " + expected);
            assertEquals(expected, actual);
            for (Views.FigureView f : report.figures()) {
                if (f.value() > 0 && !f.code().equals("fines.yuan")) {
                    Views.Listing<String> ids = service.annualReportDrillDown(year, "chongqing-2024", f.code(),
                            new Requests.Page(0, Requests.Page.MAX_ITEMS));
                    assertEquals(f.value(), ids.items().size(), f.code());
                    assertEquals(f.value(), ids.totalNumItems(), f.code());
                }
            }
            assertEquals("重庆市人力资源和社会保障局", report.bureau());
            assertTrue(report.figures().stream().anyMatch(f -> f.code().equals("cases.filed") && f.label().equals("立案数")));
            Views.AnnualReportFile csv = service.annualReportFile(year, "chongqing-2024", "zh_CN", "csv");
            assertTrue(new String(csv.bytes(), StandardCharsets.UTF_8).contains("cases.filed,立案数,立案数,"));
            ServiceException bad = org.junit.jupiter.api.Assertions.assertThrows(ServiceException.class,
                    () -> service.annualReportDrillDown(year, "chongqing-2024", "cases.nonsense", Requests.Page.FIRST));
            assertEquals("figure", bad.field());
            assertEquals("profile", org.junit.jupiter.api.Assertions.assertThrows(ServiceException.class,
                    () -> service.annualReport(year, "nowhere-2020", null)).field());
            assertEquals("format", org.junit.jupiter.api.Assertions.assertThrows(ServiceException.class,
                    () -> service.annualReportFile(year, "chongqing-2024", null, "docx")).field());
            // the report as a document: PDF/A with the figures' text and the charts as images, and OFD
            Views.AnnualReportFile pdf = service.annualReportFile(year, "chongqing-2024", "zh_CN", "pdf");
            assertEquals("application/pdf", pdf.mediaType());
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s", "");
                assertTrue(text.contains("重庆市人力资源和社会保障局" + year + "年度行政执法数据统计报告"), text);
                long filed = report.figures().stream().filter(f -> f.code().equals("cases.filed")).findFirst().orElseThrow().value();
                assertTrue(text.contains("立案数" + filed + "cases.filed"), text);
                int images = 0;
                for (var page : document.getPages()) {
                    for (var name : page.getResources().getXObjectNames()) {
                        images += page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject
                                ? 1 : 0;
                    }
                }
                assertTrue(images >= 2, "the charts are in the PDF: " + images);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Views.AnnualReportFile ofd = service.annualReportFile(year, "chongqing-2024", "zh_CN", "ofd");
            assertEquals("application/ofd", ofd.mediaType());
            assertTrue(ofd.bytes().length > 1000 && ofd.bytes()[0] == 'P' && ofd.bytes()[1] == 'K', "an OFD is a zip package");
        }
    }

    private static boolean inYear(Object value, int year) {
        if (value instanceof Date d) {
            return d.toInstant().atZone(ZONE).getYear() == year;
        }
        if (value instanceof Instant i) {
            return i.atZone(ZONE).getYear() == year;
        }
        if (value instanceof String s && s.length() >= 4) {
            return s.startsWith(Integer.toString(year));
        }
        return false;
    }
}
