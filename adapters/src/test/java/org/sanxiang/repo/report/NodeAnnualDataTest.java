package org.sanxiang.repo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.documents.DocumentFonts;
import org.sanxiang.repo.node.FakeNodes;
import org.sanxiang.rules.calendar.HolidayCalendar;
import org.sanxiang.rules.calendar.CalendarRepository;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.report.AnnualAccount;
import org.sanxiang.rules.report.Figure;
import org.sanxiang.workflow.port.Publication;
import org.sanxiang.workflow.port.ReportFile;
import org.sanxiang.workflow.record.CaseRecordRules;

/**
 * The annual account inside a repository (chongqing-2024 公示 第十四条; tianjin-2019 实施方案 三（一）3（3））: the same
 * CMIS-QL and counting as over CMIS, the statements answered by the repository's search and the values read from the
 * nodes ({@link NodeReportSearch} over an in-memory repository), checked against counts the test makes by hand for a
 * small year; the report's folders and files written as nodes.
 */
class NodeAnnualDataTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final ProfileRegistry PROFILES = ProfileRegistry.shipped();
    static final HolidayCalendar CALENDAR = new CalendarRepository((java.nio.file.Path) null).current();

    final FakeNodes nodes = new FakeNodes();
    final String cases = nodes.create(nodes.root(), "cm:folder", "cases", Map.of());
    final String publicTree = nodes.create(nodes.root(), "cm:folder", "gongshi", Map.of());
    final String internalTree = nodes.create(nodes.root(), "cm:folder", "gongshi-internal", Map.of());
    final FakeNodeQueries queries = new FakeNodeQueries(nodes, nodes.root());
    final NodeReportSearch search = new NodeReportSearch(nodes, queries);

    static Date day(String date) {
        return Date.from(LocalDate.parse(date).atTime(12, 0).atZone(ZONE).toInstant());
    }

    static String p(org.sanxiang.model.QName name) {
        return name.toPrefixString();
    }

    static Map<String, Serializable> props(Object... pairs) {
        Map<String, Serializable> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(p((org.sanxiang.model.QName) pairs[i]), (Serializable) pairs[i + 1]);
        }
        return m;
    }

    /** A small 2025: what each figure must be is written beside the node that makes it. */
    void year() {
        // case A: filed, decided with a fine, major, closed and archived the next day, held; two mandatory AV stages, one covered
        String a = nodes.create(cases, p(SanxiangModel.TYPE_CASE_FOLDER), "A", props(SanxiangModel.PROP_JURISDICTION_PROFILE,
                "chongqing-2024", SanxiangModel.PROP_ACTION_CATEGORY, "penalty", SanxiangModel.PROP_PROCEDURE, "general",
                SanxiangModel.PROP_FILED_AT, day("2025-02-10"), SanxiangModel.PROP_CASE_DECISION_DATE, day("2025-04-01"),
                SanxiangModel.PROP_FINE_AMOUNT, 50000.0, SanxiangModel.PROP_CLOSED_DATE, day("2025-05-01"),
                SanxiangModel.PROP_ARCHIVED_DATE, day("2025-05-02")));
        nodes.addAspect(a, p(SanxiangModel.ASPECT_MAJOR_DECISION), props(SanxiangModel.PROP_MAJOR, true));
        nodes.addAspect(a, p(SanxiangModel.ASPECT_LEGAL_HOLD), props(SanxiangModel.PROP_HELD_AT, day("2025-06-01")));
        String av = nodes.create(a, p(SanxiangModel.TYPE_AV_RECORD), "执法记录仪.mp4", props(SanxiangModel.PROP_STAGE, "investigation",
                SanxiangModel.PROP_RECORDED_AT, day("2025-03-01")));
        nodes.addAspect(av, p(SanxiangModel.ASPECT_LEGAL_HOLD), props(SanxiangModel.PROP_HELD_AT, day("2025-06-02")));
        nodes.create(a, p(SanxiangModel.TYPE_TEXT_RECORD), "音像缺失说明", props(SanxiangModel.PROP_STAGE, "hearing",
                SanxiangModel.PROP_TEXT_RECORD_KIND, CaseRecordRules.MISSING_AV_EXPLANATION_KIND, SanxiangModel.PROP_RECORDED_AT,
                day("2025-04-20")));
        nodes.create(a, p(SanxiangModel.TYPE_REVIEW_OPINION), "法制审核意见书.pdf", props(SanxiangModel.PROP_OPINION_TYPE, "approve",
                SanxiangModel.PROP_OPINION_DATE, day("2025-03-20"), SanxiangModel.PROP_REVIEW_DUE, day("2025-03-25")));
        nodes.create(a, p(SanxiangModel.TYPE_ACCESS_REQUEST), "调阅-1", props(SanxiangModel.PROP_ACCESS_STATE, "approved",
                SanxiangModel.PROP_ACCESS_APPROVED_AT, day("2025-06-10")));
        String refused = nodes.create(a, p(SanxiangModel.TYPE_ACCESS_REQUEST), "调阅-2", props(SanxiangModel.PROP_ACCESS_STATE,
                "rejected"));
        nodes.tamperProperty(refused, "cm:modified", day("2025-07-01"));
        // case B: filed the year before, decided without a fine; case C: filed, reviewed late
        nodes.create(cases, p(SanxiangModel.TYPE_CASE_FOLDER), "B", props(SanxiangModel.PROP_JURISDICTION_PROFILE, "chongqing-2024",
                SanxiangModel.PROP_ACTION_CATEGORY, "penalty", SanxiangModel.PROP_FILED_AT, day("2024-12-01"),
                SanxiangModel.PROP_CASE_DECISION_DATE, day("2025-01-15"), SanxiangModel.PROP_FINE_AMOUNT, 0.0));
        String c = nodes.create(cases, p(SanxiangModel.TYPE_CASE_FOLDER), "C", props(SanxiangModel.PROP_JURISDICTION_PROFILE,
                "chongqing-2024", SanxiangModel.PROP_ACTION_CATEGORY, "inspection", SanxiangModel.PROP_FILED_AT, day("2025-07-01")));
        nodes.create(c, p(SanxiangModel.TYPE_REVIEW_OPINION), "法制审核意见书.pdf", props(SanxiangModel.PROP_OPINION_TYPE, "amend",
                SanxiangModel.PROP_OPINION_DATE, day("2025-08-20"), SanxiangModel.PROP_REVIEW_DUE, day("2025-08-15")));
        // outside the bureau's case tree: not counted
        String elsewhere = nodes.create(nodes.root(), "cm:folder", "elsewhere", Map.of());
        nodes.create(elsewhere, p(SanxiangModel.TYPE_CASE_FOLDER), "D", props(SanxiangModel.PROP_JURISDICTION_PROFILE,
                "chongqing-2024", SanxiangModel.PROP_ACTION_CATEGORY, "penalty", SanxiangModel.PROP_FILED_AT, day("2025-03-01")));
        // publications: one on time and corrected, one late and withdrawn (internal tree), the annual report's own copy
        String y = nodes.create(publicTree, "cm:folder", "2025", Map.of());
        nodes.create(y, p(SanxiangModel.TYPE_DISCLOSURE_RECORD), "公示-1", props(SanxiangModel.PROP_DISCLOSURE_STATE, "published",
                SanxiangModel.PROP_PUBLISHED_AT, day("2025-04-05"), SanxiangModel.PROP_DISCLOSURE_DUE, day("2025-04-08"),
                SanxiangModel.PROP_CORRECTED_AT, day("2025-04-10")));
        nodes.create(y, p(SanxiangModel.TYPE_DISCLOSURE_RECORD), "年度报告", props(SanxiangModel.PROP_DISCLOSURE_STATE, "published",
                SanxiangModel.PROP_PUBLISHED_AT, day("2025-01-20"), SanxiangModel.PROP_DISCLOSURE_CASE_NUMBER,
                Publication.REPORT_PREFIX + "chongqing-2024-2024"));
        nodes.create(internalTree, p(SanxiangModel.TYPE_DISCLOSURE_RECORD), "公示-2", props(SanxiangModel.PROP_DISCLOSURE_STATE,
                "withdrawn", SanxiangModel.PROP_PUBLISHED_AT, day("2025-04-02"), SanxiangModel.PROP_DISCLOSURE_DUE, day("2025-04-01"),
                SanxiangModel.PROP_WITHDRAWN_AT, day("2025-05-01")));
    }

    /** The counts of the year above, made by hand. */
    static Map<String, Long> expected() {
        Map<String, Long> e = new LinkedHashMap<>();
        e.put("cases.filed", 2L);
        e.put("cases.byAction.penalty", 1L);
        e.put("cases.byAction.inspection", 1L);
        e.put("cases.byProcedure.general", 1L);
        e.put("decisions", 2L);
        e.put("fines.count", 1L);
        e.put("fines.yuan", 50000L);
        e.put("major", 1L);
        e.put("reviews", 2L);
        e.put("reviews.byOpinion.approve", 1L);
        e.put("reviews.byOpinion.amend", 1L);
        e.put("reviews.onTime", 1L);
        e.put("reviews.late", 1L);
        e.put("disclosures.published", 2L);
        e.put("disclosures.onTime", 1L);
        e.put("disclosures.late", 1L);
        e.put("disclosures.corrected", 1L);
        e.put("disclosures.withdrawn", 1L);
        e.put("disclosures.expired", 0L);
        e.put("records.avMandatory", 2L);
        e.put("records.avCovered", 1L);
        e.put("records.archived", 1L);
        e.put("records.archivedOnTime", 1L);
        e.put("records.archivedLate", 0L);
        e.put("access.approved", 1L);
        e.put("access.refused", 1L);
        e.put("holds", 2L);
        return e;
    }

    AnnualData data(int pageSize) {
        return new AnnualData(search, "/cases", search, List.of("/gongshi", "/gongshi-internal"), PROFILES, CALENDAR, ZONE, pageSize);
    }

    static Map<String, Long> figures(AnnualAccount account) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Figure f : account.figures()) {
            out.put(f.code(), f.value());
        }
        return out;
    }

    @Test
    @DisplayName("every figure of a small year equals the count made by hand, on pages of 1, 2 and 500 rows")
    void figuresOfAYear() {
        year();
        for (int pageSize : List.of(1, 2, 500)) {
            Map<String, Long> got = figures(data(pageSize).feed(new AnnualAccount(Year.of(2025))));
            Map<String, Long> mismatched = new LinkedHashMap<>();
            expected().forEach((code, value) -> {
                if (!value.equals(got.getOrDefault(code, 0L))) {
                    mismatched.put(code, got.get(code));
                }
            });
            assertEquals(Map.of(), mismatched, "page size " + pageSize + ": figures that differ from the hand count " + expected()
                    + "; all: " + got);
        }
        assertTrue(queries.statements.stream().allMatch(s -> s.startsWith("SELECT cmis:objectId FROM sx:")), queries.statements.toString());
    }

    @Test
    @DisplayName("a drill-down lists the cases behind a figure, read the same way")
    void drillDown() {
        year();
        List<String> ids = new java.util.ArrayList<>();
        data(2).feed(AnnualAccount.drillingInto(Year.of(2025), "cases.filed", ids::add));
        assertEquals(List.of("A", "C"), ids.stream().map(nodes::name).sorted().toList());
    }

    @Test
    @DisplayName("no disclosure repository (the channel off): nothing was published, the disclosure figures are zero")
    void noChannel() {
        year();
        Map<String, Long> got = figures(new AnnualData(search, "/cases", null, List.of(), PROFILES, CALENDAR, ZONE, 50)
                .feed(new AnnualAccount(Year.of(2025))));
        assertEquals(0L, got.get("disclosures.published"));
        assertEquals(2L, got.get("cases.filed"));
    }

    @Test
    @DisplayName("a case tree that is not there is an error naming the path")
    void missingTree() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AnnualData(search, "/nowhere", null, List.of(), PROFILES, CALENDAR, ZONE, 50).feed(new AnnualAccount(Year.of(2025))));
        assertTrue(e.getMessage().contains("/nowhere"), e.getMessage());
    }

    @Test
    @DisplayName("the report's folder <root>/<profile>/<year> is made once; each file is written once, typed, and read back")
    void reportFolderAndFiles() {
        year();
        NodeAnnualReporting reporting = new NodeAnnualReporting(nodes, search, "/Sanxiang/reports", data(500), PROFILES,
                new DocumentFonts(System.getProperty(DocumentFonts.SETTING, "")),
                Clock.fixed(Instant.parse("2026-01-10T02:00:00Z"), ZoneOffset.UTC));
        String folder = reporting.folder("chongqing-2024", 2025);
        assertEquals(folder, reporting.folder("chongqing-2024", 2025), "made once");
        assertEquals("2025", nodes.name(folder));
        assertEquals("chongqing-2024", nodes.name(nodes.primaryParent(folder)));
        assertThrows(IllegalArgumentException.class, () -> reporting.folder("atlantis-2030", 2025));

        List<ReportFile> files = reporting.compile("chongqing-2024", 2025);
        assertEquals(List.of("2025-chongqing-2024-annual.pdf", "2025-chongqing-2024-annual.ofd", "2025-chongqing-2024-annual.csv",
                "2025-chongqing-2024-annual.xlsx"), files.stream().map(ReportFile::name).toList());
        String csv = new String(files.get(2).content(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("fines.yuan") && csv.contains("50000"), csv);
        String pdf = reporting.writeOnce(folder, files.get(0));
        String csvId = reporting.writeOnce(folder, files.get(2));
        assertEquals(pdf, reporting.writeOnce(folder, files.get(0)), "a retried step finds the file");
        assertEquals("application/pdf", nodes.mimetype(pdf));
        assertNull(nodes.encoding(pdf));
        assertEquals("text/csv", nodes.mimetype(csvId));
        assertEquals("UTF-8", nodes.encoding(csvId));
        assertEquals(csv, reporting.text(csvId));
        assertEquals(java.util.Optional.of(csvId), reporting.document(folder, "2025-chongqing-2024-annual.csv"));
        assertEquals(java.util.Optional.empty(), reporting.document(folder, "2025-chongqing-2024-annual.xlsx"));
    }
}
