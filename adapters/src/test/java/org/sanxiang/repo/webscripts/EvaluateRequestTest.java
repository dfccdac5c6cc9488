package org.sanxiang.repo.webscripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.rules.calendar.HolidayCalendar;
import org.sanxiang.rules.evaluate.EvaluateCommand;
import org.sanxiang.rules.evaluate.Evaluator;
import org.sanxiang.rules.profile.ProfileRegistry;

class EvaluateRequestTest {

    private final EvaluateRequest request = new EvaluateRequest(
            new EvaluateCommand(new Evaluator(ProfileRegistry.shipped(), HolidayCalendar.shipped())));

    @Test
    @DisplayName("chongqing-2024 法制审核 第十一条: a pretty-printed case gets the same verdict as the evaluate command")
    void oneCase() throws Exception {
        JsonNode r = new ObjectMapper().readTree(request.evaluate("""
                {
                  "id": "cq-1", "profile": "chongqing-2024", "action": "penalty", "procedure": "general",
                  "party": {"kind": "individual"}, "fine": 5000,
                  "dates": {"investigationEnded": "2026-09-24", "reviewReceived": "2026-09-24", "decided": "2026-09-24"}
                }
                """));
        assertEquals(0, r.path("errors").asInt());
        JsonNode result = r.path("results").get(0);
        assertEquals("cq-1", result.path("id").asText());
        assertTrue(result.path("major").path("value").asBoolean());
        // 5 working days from Thursday 2026-09-24: Mid-Autumn 25–27 off: 28, 29, 30, then National Day, 8 and 9 October
        assertEquals("2026-10-09", result.path("review").path("reviewDue").asText());
    }

    @Test
    @DisplayName("an array gives one result per case in order; a bad case gives its error and the others go on")
    void arrayWithError() throws Exception {
        JsonNode r = new ObjectMapper().readTree(request.evaluate("""
                [{"id": "a", "profile": "nowhere-2099", "action": "penalty"},
                 {"id": "b", "profile": "wuhan-2020", "action": "penalty", "fine": 4999}]"""));
        assertEquals(1, r.path("errors").asInt());
        assertEquals("a", r.path("results").get(0).path("id").asText());
        assertTrue(r.path("results").get(0).path("error").asText().contains("nowhere-2099"));
        assertEquals("b", r.path("results").get(1).path("id").asText());
    }

    @Test
    @DisplayName("a body that is not a case is refused naming the body")
    void badBody() {
        assertTrue(assertThrows(BadRequestException.class, () -> request.evaluate("{x")).getMessage().startsWith("body: not JSON"));
        assertTrue(assertThrows(BadRequestException.class, () -> request.evaluate("42")).getMessage().startsWith("body"));
        assertTrue(assertThrows(BadRequestException.class, () -> request.evaluate("")).getMessage().startsWith("body"));
    }
}
