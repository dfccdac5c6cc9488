package org.sanxiang.standalone.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.QName;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.cmis.CmisCaseRepository;
import org.sanxiang.repo.report.CmisAnnualData;
import org.sanxiang.rules.calendar.HolidayCalendar;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.record.RecordDeadlines;
import org.sanxiang.rules.report.AnnualAccount;
import org.sanxiang.rules.report.Figure;
import org.sanxiang.standalone.cmis.EmbeddedCmisServer;
import org.sanxiang.workflow.port.DocumentDraft;

/**
 * The annual account read over CMIS HTTP from the embedded server, against counts the test keeps
 * itself while it generates the year (chongqing-2024 公示 第十四条).
 */
class CmisAnnualDataTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String PROFILE = "chongqing-2024";
    private static EmbeddedCmisServer server;

    @BeforeAll
    static void start() {
        server = new EmbeddedCmisServer(0, Map.of("admin", "admin-secret")).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Session session() {
        Map<String, String> p = new HashMap<>();
        p.put(SessionParameter.USER, "admin");
        p.put(SessionParameter.PASSWORD, "admin-secret");
        p.put(SessionParameter.REPOSITORY_ID, EmbeddedCmisServer.REPOSITORY_ID);
        p.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
        p.put(SessionParameter.BROWSER_URL, server.browserUrl());
        return SessionFactoryImpl.newInstance().createSession(p);
    }

    private static String p(QName q) {
        return q.toPrefixString();
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十四条: every figure of a generated year equals the test's own count, read in pages of 7; another bureau's tree does not count")
    void figuresMatchAnIndependentCount() {
        Session session = session();
        Folder root = session.getRootFolder();
        root.createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", "cases"));
        root.createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", "other-bureau"));
        Folder publicTree = root.createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", "public"));
        Folder internal = root.createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", "drafts"));
        Folder withdrawnTree = root.createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", "internal"));
        CmisCaseRepository cases = new CmisCaseRepository(session);
        ProfileRegistry profiles = ProfileRegistry.shipped();
        HolidayCalendar calendar = HolidayCalendar.shipped();
        RecordDeadlines deadlines = new RecordDeadlines(profiles.get(PROFILE), calendar);
        Random random = new Random(20261207L);
        Map<String, Long> expected = new TreeMap<>();
        BigDecimal fines = BigDecimal.ZERO;
        String[] actions = {"penalty", "licence", "inspection", "coercive"};
        String[] opinions = {"agree", "disagree", "change"};

        for (int i = 0; i < 40; i++) {
            int year = 2025 + random.nextInt(2);
            LocalDate filed = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            LocalDate decided = random.nextBoolean() ? filed.plusDays(random.nextInt(90)) : null;
            LocalDate closed = decided == null ? null : decided.plusDays(random.nextInt(30));
            LocalDate archived = closed == null || random.nextInt(3) == 0 ? null : closed.plusDays(random.nextInt(40));
            String action = actions[random.nextInt(actions.length)];
            BigDecimal fine = decided != null && random.nextBoolean() ? new BigDecimal(100 + random.nextInt(90000)) : null;
            Map<String, Object> props = new HashMap<>();
            props.put(p(SanxiangModel.PROP_CASE_NUMBER), "渝人社罚〔" + year + "〕" + i + "号");
            props.put(p(SanxiangModel.PROP_JURISDICTION_PROFILE), PROFILE);
            props.put(p(SanxiangModel.PROP_ACTION_CATEGORY), action);
            props.put(p(SanxiangModel.PROP_PROCEDURE), i % 2 == 0 ? "general" : "summary");
            props.put(p(SanxiangModel.PROP_FILED_AT), filed);
            if (decided != null) {
                props.put(p(SanxiangModel.PROP_CASE_DECISION_DATE), decided);
            }
            if (fine != null) {
                props.put(p(SanxiangModel.PROP_FINE_AMOUNT), fine.doubleValue());
            }
            if (closed != null) {
                props.put(p(SanxiangModel.PROP_CLOSED_DATE), closed);
            }
            if (archived != null) {
                props.put(p(SanxiangModel.PROP_ARCHIVED_DATE), archived);
            }
            boolean ours = i % 10 != 9;
            String caseId = cases.createCase(ours ? "/cases" : "/other-bureau", "case-" + i, props);
            boolean major = random.nextInt(3) == 0;
            if (random.nextBoolean()) {
                cases.addAspect(caseId, p(SanxiangModel.ASPECT_MAJOR_DECISION), Map.of(p(SanxiangModel.PROP_MAJOR), major));
            } else {
                major = false;
            }
            if (!ours) {
                continue;
            }
            if (filed.getYear() == 2026) {
                expected.merge("cases.filed", 1L, Long::sum);
                expected.merge("cases.byAction." + action, 1L, Long::sum);
                expected.merge("cases.byProcedure." + (i % 2 == 0 ? "general" : "summary"), 1L, Long::sum);
            }
            if (decided != null && decided.getYear() == 2026) {
                expected.merge("decisions", 1L, Long::sum);
                if (fine != null) {
                    expected.merge("fines.count", 1L, Long::sum);
                    fines = fines.add(fine);
                }
                if (major) {
                    expected.merge("major", 1L, Long::sum);
                }
            }
            if (archived != null && archived.getYear() == 2026) {
                expected.merge("records.archived", 1L, Long::sum);
                LocalDate due = deadlines.archiveDue(closed).date().orElseThrow();
                expected.merge(archived.isAfter(due) ? "records.archivedLate" : "records.archivedOnTime", 1L, Long::sum);
            }
            if (closed != null && closed.getYear() == 2026) {
                LocalDate at = closed.minusDays(3);
                if (at.getYear() == 2026) {
                    expected.merge("records.avMandatory", 2L, Long::sum);
                    expected.merge("records.avCovered", 1L, Long::sum);
                }
                cases.createRecord(caseId, p(SanxiangModel.TYPE_AV_RECORD), "询问录像-1.mp4", Map.of(
                        p(SanxiangModel.PROP_STAGE), "investigation", p(SanxiangModel.PROP_RECORDED_AT), at));
                cases.createRecord(caseId, p(SanxiangModel.TYPE_AV_RECORD), "询问录像-2.mp4", Map.of(
                        p(SanxiangModel.PROP_STAGE), "investigation", p(SanxiangModel.PROP_RECORDED_AT), at));
                cases.write(caseId, new DocumentDraft(p(SanxiangModel.TYPE_TEXT_RECORD), "音像记录缺失说明-service.txt",
                        Map.of(p(SanxiangModel.PROP_STAGE), "service", p(SanxiangModel.PROP_TEXT_RECORD_KIND),
                                "missingAvExplanation", p(SanxiangModel.PROP_RECORDED_AT), at), "设备故障"));
            }
            if (decided != null) {
                String opinion = opinions[random.nextInt(opinions.length)];
                LocalDate date = decided.minusDays(2);
                LocalDate due = decided.minusDays(random.nextInt(4));
                cases.write(caseId, new DocumentDraft(p(SanxiangModel.TYPE_REVIEW_OPINION), "法制审核意见书.txt", Map.of(
                        p(SanxiangModel.PROP_OPINION_TYPE), opinion, p(SanxiangModel.PROP_OPINION_DATE), date,
                        p(SanxiangModel.PROP_REVIEW_DUE), due), "审核意见"));
                if (date.getYear() == 2026) {
                    expected.merge("reviews", 1L, Long::sum);
                    expected.merge("reviews.byOpinion." + opinion, 1L, Long::sum);
                    expected.merge(date.isAfter(due) ? "reviews.late" : "reviews.onTime", 1L, Long::sum);
                }
                LocalDate published = decided.plusDays(random.nextInt(10));
                LocalDate disclosureDue = decided.plusDays(7);
                Map<String, Object> d = new HashMap<>();
                d.put("cmis:objectTypeId", "D:" + p(SanxiangModel.TYPE_DISCLOSURE_RECORD));
                d.put("cmis:name", "公示-" + i + ".txt");
                d.put(p(SanxiangModel.PROP_DISCLOSURE_STATE), "published");
                d.put(p(SanxiangModel.PROP_PUBLISHED_AT), java.util.GregorianCalendar.from(published.atStartOfDay(ZONE)));
                d.put(p(SanxiangModel.PROP_DISCLOSURE_DUE), java.util.GregorianCalendar.from(disclosureDue.atStartOfDay(ZONE)));
                boolean withdrawn = random.nextInt(4) == 0;
                if (withdrawn) {
                    LocalDate at = published.plusDays(5);
                    d.put(p(SanxiangModel.PROP_DISCLOSURE_STATE), "withdrawn");
                    d.put(p(SanxiangModel.PROP_WITHDRAWN_AT), java.util.GregorianCalendar.from(at.atStartOfDay(ZONE)));
                    if (at.getYear() == 2026) {
                        expected.merge("disclosures.withdrawn", 1L, Long::sum);
                    }
                }
                (withdrawn ? withdrawnTree : publicTree).createDocument(d, null, null);
                internal.createDocument(new HashMap<>(Map.of("cmis:objectTypeId", "D:" + p(SanxiangModel.TYPE_DISCLOSURE_RECORD),
                        "cmis:name", "公示-" + i + ".txt", p(SanxiangModel.PROP_DISCLOSURE_STATE), "published",
                        p(SanxiangModel.PROP_PUBLISHED_AT), java.util.GregorianCalendar.from(published.atStartOfDay(ZONE)))),
                        null, null);
                if (published.getYear() == 2026) {
                    expected.merge("disclosures.published", 1L, Long::sum);
                    expected.merge(published.isAfter(disclosureDue) ? "disclosures.late" : "disclosures.onTime", 1L, Long::sum);
                }
            }
        }
        expected.put("fines.yuan", fines.setScale(0, RoundingMode.HALF_UP).longValueExact());

        AnnualAccount account = new CmisAnnualData(session, "/cases", "/public", "/internal", profiles, calendar, ZONE, 7)
                .feed(new AnnualAccount(Year.of(2026)));
        Map<String, Long> actual = account.figures().stream().filter(f -> f.value() != 0)
                .collect(Collectors.toMap(Figure::code, Figure::value, Long::sum, TreeMap::new));
        expected.values().removeIf(v -> v == 0);
        assertEquals(expected, actual);
        List<String> zero = new ArrayList<>();
        account.figures().stream().filter(f -> f.value() == 0).forEach(f -> zero.add(f.code()));
        assertEquals(List.of(), zero.stream().filter(expected::containsKey).toList());
    }
}
