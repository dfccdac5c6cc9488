package org.sanxiang.rules.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.rules.calendar.HolidayCalendar;
import org.sanxiang.rules.profile.ProfileRegistry;

/** The evaluate command end to end: real profiles, the shipped holiday calendar, JSON Lines. */
class EvaluateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final EvaluateCommand command =
            new EvaluateCommand(new Evaluator(ProfileRegistry.shipped(), HolidayCalendar.shipped()));

    private List<JsonNode> run(String... lines) throws Exception {
        StringWriter out = new StringWriter();
        command.run(new BufferedReader(new StringReader(String.join("\n", lines))), out);
        List<JsonNode> results = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isEmpty()) {
                results.add(JSON.readTree(line));
            }
        }
        return results;
    }

    @Test
    @DisplayName("chongqing-2024: 法制审核 第六条（一）（五）, 第九条, 第十一条; 公示 第十一条（一）, 第十三条; 全过程记录 第十二条")
    void chongqingPenaltyOnTheIssuesKnownDates() throws Exception {
        JsonNode r = run("""
                {"id":"cq-1","profile":"chongqing-2024","action":"penalty","procedure":"general",\
                "party":{"kind":"individual"},"fine":5000,\
                "dates":{"investigationEnded":"2026-09-24","reviewReceived":"2026-09-24","decided":"2026-09-24",\
                "revoked":"2026-09-24","errorFound":"2025-09-26","closed":"2026-02-10"}}""").get(0);
        assertEquals("cq-1", r.path("id").asText());
        assertTrue(r.path("major").path("value").asBoolean());
        List<String> citations = new ArrayList<>();
        r.path("major").path("reasons").forEach(reason -> citations.add(reason.path("citation").asText()));
        assertTrue(citations.stream().anyMatch(c -> c.contains("第六条（一）")), citations.toString());
        assertTrue(citations.stream().anyMatch(c -> c.contains("第六条（五）")), citations.toString());
        assertTrue(citations.stream().allMatch(c -> c.startsWith("chongqing-2024 ")), citations.toString());

        JsonNode review = r.path("review");
        assertTrue(review.path("required").asBoolean());
        // 3 working days (第九条) from Thursday 2026-09-24: Mid-Autumn 25–27 off, so 28, 29, 30.
        assertEquals("2026-09-30", review.path("transferDue").asText());
        // 5 working days (第十一条): 28, 29, 30, then National Day, 8 and 9 October.
        assertEquals("2026-10-09", review.path("reviewDue").asText());
        // extended by at most 5 more: 10 (make-up Saturday), 12, 13, 14, 15.
        assertEquals("2026-10-15", review.path("extendedReviewDue").asText());

        JsonNode disclosure = r.path("disclosure");
        assertTrue(disclosure.path("disclose").asBoolean());
        assertEquals(0, disclosure.path("exclusions").size());
        assertEquals("2026-10-12", disclosure.path("due").asText());          // +7: the issue's known answer
        assertEquals("2026-09-30", disclosure.path("withdrawalDue").asText());
        assertEquals("2025-09-30", disclosure.path("correctionDue").asText()); // +3: the issue's known answer
        assertEquals("2026-03-16", r.path("record").path("archiveDue").asText()); // +20: known answer
        assertFalse(r.path("provisional").asBoolean());
    }

    @Test
    @DisplayName("wuhan-2020 法制审核 第十四条: 4999 is not major; 全过程记录 第二十六条: 30 days ending on a Saturday move to Monday")
    void wuhanBelowTheThresholdAndCalendarDays() throws Exception {
        JsonNode r = run("""
                {"id":"wh-1","profile":"wuhan-2020","action":"penalty","procedure":"general",\
                "party":{"kind":"individual"},"fine":4999,"dates":{"closed":"2026-09-24","decided":"2026-09-24"}}""")
                .get(0);
        assertFalse(r.path("major").path("value").asBoolean());
        assertEquals(0, r.path("major").path("reasons").size());
        assertFalse(r.path("review").path("required").asBoolean());
        assertTrue(r.path("review").path("reviewDue").isNull());
        assertEquals("2026-10-26", r.path("record").path("archiveDue").asText());
        // Wuhan 公示 第九条: withdrawal only "promptly" (及时) — no day count is invented.
        assertTrue(r.path("disclosure").path("withdrawalDue").isNull());
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十二条: a minor party excludes disclosure, with its citation")
    void exclusionsCarryTheirCitation() throws Exception {
        JsonNode r = run("""
                {"id":"cq-2","profile":"chongqing-2024","action":"penalty","party":{"kind":"individual","minor":true}}""")
                .get(0);
        JsonNode disclosure = r.path("disclosure");
        assertFalse(disclosure.path("disclose").asBoolean());
        assertEquals("minor", disclosure.path("exclusions").get(0).path("reason").asText());
        assertTrue(disclosure.path("exclusions").get(0).path("citation").asText().startsWith("chongqing-2024 公示 第十二条"));
    }

    @Test
    @DisplayName("A date in a year with no holiday data gives a provisional result")
    void provisionalWhenTheYearHasNoData() throws Exception {
        JsonNode r = run("""
                {"id":"cq-3","profile":"chongqing-2024","action":"penalty","dates":{"decided":"2027-03-01"}}""").get(0);
        assertTrue(r.path("provisional").asBoolean());
        assertEquals("2027-03-10", r.path("disclosure").path("due").asText()); // weekends alone: 7 working days
    }

    @Test
    void badLinesGiveAnErrorAndTheRunGoesOnInInputOrder() throws Exception {
        List<JsonNode> results = run(
                "{\"id\":\"a\",\"profile\":\"fushun-2026\",\"action\":\"inspection\"}",
                "not json",
                "",
                "{\"id\":\"b\",\"profile\":\"nowhere-2030\"}",
                "{\"id\":\"c\",\"profile\":\"wuhan-2020\",\"fien\":5}",
                "{\"id\":\"d\",\"profile\":\"tianjin-2019\",\"action\":\"penalty\",\"procedure\":\"general\"}");
        assertEquals(5, results.size());
        assertEquals("a", results.get(0).path("id").asText());
        assertFalse(results.get(0).has("error"));
        assertTrue(results.get(1).path("id").isNull());
        assertTrue(results.get(1).path("error").asText().contains("line 2"), results.get(1).toString());
        assertEquals("b", results.get(2).path("id").asText());
        assertTrue(results.get(2).path("error").asText().startsWith("profile: "), results.get(2).toString());
        assertEquals("c", results.get(3).path("id").asText());
        assertTrue(results.get(3).path("error").asText().startsWith("fien: unknown field"), results.get(3).toString());
        // Tianjin 三（三）2: every general-procedure penalty needs legal review, major or not.
        assertEquals("d", results.get(4).path("id").asText());
        assertTrue(results.get(4).path("review").path("required").asBoolean());
    }

    @Test
    @DisplayName("fushun-2026 covers the full-process record only: nothing is decided about disclosure or review")
    void fushunCoversRecordsOnly() throws Exception {
        JsonNode r = run("{\"id\":\"fs\",\"profile\":\"fushun-2026\",\"action\":\"penalty\",\"fine\":100000}").get(0);
        assertFalse(r.path("major").path("value").asBoolean());
        assertFalse(r.path("disclosure").path("disclose").asBoolean());
        assertTrue(r.path("disclosure").path("due").isNull());
    }
}
