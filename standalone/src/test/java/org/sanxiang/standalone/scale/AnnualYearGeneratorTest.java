package org.sanxiang.standalone.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.repo.report.CmisAnnualData;
import org.sanxiang.rules.calendar.HolidayCalendar;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.report.AnnualAccount;
import org.sanxiang.rules.report.Figure;
import org.sanxiang.standalone.cmis.EmbeddedCmisServer;

/**
 * What makes the scale run's numbers trustworthy: on a generated year, every figure the annual account
 * computes over CMIS HTTP equals the count the generator kept as it wrote (chongqing-2024 公示 第十四条),
 * and the same seed writes the same year whatever the number of writer threads.
 */
class AnnualYearGeneratorTest {

    private EmbeddedCmisServer server;

    @BeforeEach
    void start() {
        server = new EmbeddedCmisServer(0, Map.of("admin", "admin-secret")).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Map<String, Long> compute(int pageSize) {
        Map<String, String> p = new HashMap<>();
        p.put(SessionParameter.USER, "admin");
        p.put(SessionParameter.PASSWORD, "admin-secret");
        p.put(SessionParameter.REPOSITORY_ID, EmbeddedCmisServer.REPOSITORY_ID);
        p.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
        p.put(SessionParameter.BROWSER_URL, server.browserUrl());
        Session session = SessionFactoryImpl.newInstance().createSession(p);
        AnnualAccount account = new CmisAnnualData(session, "/" + AnnualYearGenerator.CASES, "/" + AnnualYearGenerator.PUBLIC,
                "/" + AnnualYearGenerator.INTERNAL, ProfileRegistry.shipped(), HolidayCalendar.shipped(),
                AnnualYearGenerator.ZONE, pageSize).feed(new AnnualAccount(Year.of(2026)));
        return account.figures().stream().filter(f -> f.value() != 0)
                .collect(Collectors.toMap(Figure::code, Figure::value, Long::sum, TreeMap::new));
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十四条: 200 generated cases — every figure equals the generator's own count, in pages of 7 and of 1000")
    void figuresEqualTheGeneratorsCounts() throws Exception {
        AnnualYearGenerator generator = new AnnualYearGenerator(server, 2026, 42L);
        generator.generate(0, 120, 3);
        generator.generate(120, 80, 2);
        Map<String, Long> expected = generator.expected();
        // every kind of figure is exercised, so a figure the adapter dropped could not pass unnoticed
        for (String code : new String[] {"cases.filed", "decisions", "fines.yuan", "major", "reviews", "reviews.late",
                "disclosures.published", "disclosures.late", "disclosures.corrected", "disclosures.withdrawn",
                "disclosures.expired", "records.avMandatory", "records.avCovered", "records.archivedOnTime",
                "access.approved", "holds"}) {
            assertTrue(expected.getOrDefault(code, 0L) > 0, code + " is generated: " + expected);
        }
        assertTrue(expected.get("records.avMandatory") > expected.get("records.avCovered"), "some stages are only explained");
        assertEquals(expected, compute(7));
        assertEquals(expected, compute(1000));
    }

    @Test
    @DisplayName("the same seed writes the same year with one writer as with four")
    void deterministicFromTheSeed() throws Exception {
        AnnualYearGenerator four = new AnnualYearGenerator(server, 2026, 7L);
        four.generate(0, 60, 4);
        Map<String, Long> withFour = compute(50);
        server.close();
        server = new EmbeddedCmisServer(0, Map.of("admin", "admin-secret")).start();
        AnnualYearGenerator one = new AnnualYearGenerator(server, 2026, 7L);
        one.generate(0, 60, 1);
        assertEquals(four.expected(), one.expected());
        assertEquals(four.objects(), one.objects());
        assertEquals(withFour, compute(50));
    }
}
