package org.sanxiang.standalone.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNotSupportedException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.repo.report.CmisAnnualData;
import org.sanxiang.rules.calendar.HolidayCalendar;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.report.AnnualAccount;
import org.sanxiang.rules.report.Figure;
import org.sanxiang.standalone.cmis.EmbeddedCmisServer;

/**
 * What makes the generated repository's scale numbers trustworthy: over it, every figure of the annual
 * account (chongqing-2024 公示 第十四条) equals the draw's own count; it answers exactly what the embedded
 * InMemory server answers when that server holds the same drawn year (the same figures, with aspect
 * queries answered as Alfresco does and refused as InMemory does); and a query it does not understand
 * fails the computation instead of counting nothing.
 */
class GeneratedCmisRepositoryTest {

    private static final long SEED = 42L;

    static Session session(String browserUrl) {
        Map<String, String> p = new HashMap<>();
        p.put(SessionParameter.USER, "admin");
        p.put(SessionParameter.PASSWORD, "admin-secret");
        p.put(SessionParameter.REPOSITORY_ID, EmbeddedCmisServer.REPOSITORY_ID);
        p.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
        p.put(SessionParameter.BROWSER_URL, browserUrl);
        return SessionFactoryImpl.newInstance().createSession(p);
    }

    static Map<String, Long> compute(String browserUrl, int pageSize) {
        AnnualAccount account = new CmisAnnualData(session(browserUrl), "/" + AnnualYearGenerator.CASES,
                "/" + AnnualYearGenerator.PUBLIC, "/" + AnnualYearGenerator.INTERNAL, ProfileRegistry.shipped(),
                HolidayCalendar.shipped(), AnnualYearDraw.ZONE, pageSize).feed(new AnnualAccount(Year.of(2026)));
        return account.figures().stream().filter(f -> f.value() != 0)
                .collect(Collectors.toMap(Figure::code, Figure::value, Long::sum, TreeMap::new));
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十四条: 300 drawn cases served by the generated repository — every figure equals the draw's count, in pages of 7 and of 1000")
    void figuresEqualTheDrawsCounts() {
        try (GeneratedCmisRepository repository = new GeneratedCmisRepository(300, 2026, SEED, true).start(0)) {
            Map<String, Long> expected = repository.expected();
            for (String code : new String[] {"cases.filed", "decisions", "fines.yuan", "major", "reviews", "reviews.late",
                    "disclosures.published", "disclosures.late", "disclosures.corrected", "disclosures.withdrawn",
                    "disclosures.expired", "records.avMandatory", "records.avCovered", "records.archivedOnTime",
                    "access.approved", "holds"}) {
                assertTrue(expected.getOrDefault(code, 0L) > 0, code + " is drawn: " + expected);
            }
            assertEquals(expected, compute(repository.browserUrl(), 7));
            assertEquals(expected, compute(repository.browserUrl(), 1000));
            assertEquals(0, repository.refused());
            // every kind of query the account makes was answered, the aspect query among them
            assertEquals(java.util.Set.of("sx:caseFolder IN_TREE(cases)", "sx:reviewOpinion IN_TREE(cases)",
                    "sx:accessRequest IN_TREE(cases)", "sx:disclosureRecord IN_TREE(public)",
                    "sx:disclosureRecord IN_TREE(internal)", "sx:stageRecord IN_FOLDER(case)",
                    "sx:textRecord sx:textRecordKind = … AND IN_FOLDER(case)", "sx:majorDecision cmis:objectId IN (…)",
                    "sx:legalHold cmis:objectId IN (…)"),
                    repository.queriesByShape().keySet());
        }
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十四条: a drill-down reads only the rows its figure is counted from, and adds up to the figure")
    void drillDownsReadTheirOwnRows() {
        try (GeneratedCmisRepository repository = new GeneratedCmisRepository(300, 2026, SEED, true).start(0)) {
            CmisAnnualData data = new CmisAnnualData(session(repository.browserUrl()), "/" + AnnualYearGenerator.CASES,
                    "/" + AnnualYearGenerator.PUBLIC, "/" + AnnualYearGenerator.INTERNAL, ProfileRegistry.shipped(),
                    HolidayCalendar.shipped(), AnnualYearDraw.ZONE, 50);
            repository.expected().forEach((code, value) -> {
                if (!code.equals("fines.yuan")) {
                    long[] ids = {0};
                    data.feedFor(code, AnnualAccount.drillingInto(Year.of(2026), code, id -> ids[0]++)).figures();
                    assertEquals(value, ids[0], code);
                }
            });
            Map<String, Long> before = repository.queriesByShape();
            data.feedFor("reviews.late", AnnualAccount.drillingInto(Year.of(2026), "reviews.late", id -> { }));
            Map<String, Long> after = repository.queriesByShape();
            after.replaceAll((shape, n) -> n - before.getOrDefault(shape, 0L));
            after.values().removeIf(n -> n == 0);
            assertEquals(Map.of("sx:reviewOpinion IN_TREE(cases)", 3L), after, "the opinions' pages alone (3 of 50)");
        }
    }

    @Test
    @DisplayName("the generated repository answers what the InMemory server filled with the same drawn year answers: the same figures")
    void answersWhatTheInMemoryServerAnswers() throws Exception {
        Map<String, Long> inMemory;
        Map<String, Long> generatorCounts;
        try (EmbeddedCmisServer server = new EmbeddedCmisServer(0, Map.of("admin", "admin-secret")).start()) {
            AnnualYearGenerator generator = new AnnualYearGenerator(server, 2026, SEED);
            generator.generate(0, 300, 2);
            generatorCounts = generator.expected();
            inMemory = compute(server.browserUrl(), 50);
        }
        assertEquals(generatorCounts, inMemory);
        for (boolean aspectQueries : new boolean[] {true, false}) {
            try (GeneratedCmisRepository repository = new GeneratedCmisRepository(300, 2026, SEED, aspectQueries).start(0)) {
                assertEquals(generatorCounts, repository.expected());
                assertEquals(inMemory, compute(repository.browserUrl(), 50), "aspect queries answered: " + aspectQueries);
                assertEquals(0, repository.refused());
                assertEquals(aspectQueries, repository.queriesByShape().containsKey("sx:majorDecision cmis:objectId IN (…)"));
            }
        }
    }

    @Test
    @DisplayName("a query the generated repository does not understand fails loudly: the computation cannot measure nothing")
    void refusesWhatItDoesNotUnderstand() {
        try (GeneratedCmisRepository repository = new GeneratedCmisRepository(20, 2026, SEED, true).start(0)) {
            Session session = session(repository.browserUrl());
            assertThrows(CmisNotSupportedException.class,
                    () -> session.query("SELECT cmis:objectId FROM sx:caseFolder WHERE sx:procedure = 'general'", false)
                            .iterator().hasNext());
            assertThrows(CmisNotSupportedException.class,
                    () -> session.query("SELECT cmis:objectId, sx:nonsense FROM sx:caseFolder WHERE IN_TREE('cases')", false)
                            .iterator().hasNext());
            assertEquals(2, repository.refused());
        }
    }
}
