package org.sanxiang.repo.webscripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.memory.InMemoryCases;

class CaseTimelineTest {

    @Test
    @DisplayName("case dates and record events in time order, sealing and holds included, undated last")
    void timeline() throws Exception {
        InMemoryCases cases = new InMemoryCases();
        cases.addCase(new CaseFolder("case-1", "chongqing-2024", "渝人社罚〔2027〕1号", "甲公司欠薪案", Set.of(), false,
                Map.of("sx:filedAt", LocalDate.of(2027, 3, 1), "sx:caseDecisionDate", Date.from(Instant.parse("2027-04-01T00:00:00Z")))));
        CaseRecord r1 = cases.createRecord("case-1", "sx:textRecord", "询问笔录.pdf",
                Map.of("sx:stage", "investigation", "sx:recordedAt", Date.from(Instant.parse("2027-03-05T02:00:00Z"))));
        cases.addAspect(r1.id(), "sx:sealed", Map.of("sx:sealedAt", Date.from(Instant.parse("2027-04-02T00:00:00Z"))));
        cases.addAspect(r1.id(), "sx:legalHold", Map.of("sx:holdReasons", List.of("obstruction"),
                "sx:heldAt", Instant.parse("2027-04-03T00:00:00Z")));
        cases.createRecord("case-1", "sx:avRecord", "现场.mp4", Map.of("sx:stage", "onSite"));

        JsonNode t = new ObjectMapper().readTree(new CaseTimeline(cases, ZoneId.of("Asia/Shanghai")).json("case-1"));
        assertEquals("渝人社罚〔2027〕1号", t.path("caseNumber").asText());
        List<String> events = new ArrayList<>();
        t.path("events").forEach(e -> events.add(e.path("event").asText() + "@" + e.path("at").asText()));
        assertEquals(List.of("caseFiled@2027-02-28T16:00:00Z", "recorded@2027-03-05T02:00:00Z", "decision@2027-04-01T00:00:00Z",
                "sealed@2027-04-02T00:00:00Z", "held@2027-04-03T00:00:00Z", "recorded@null"), events);
        assertEquals("investigation", t.path("events").get(1).path("stage").asText());
        assertEquals("sx:caseFolder", t.path("events").get(0).path("type").asText());
    }

    @Test
    @DisplayName("an unknown case is refused naming its id")
    void unknownCase() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CaseTimeline(new InMemoryCases(), ZoneId.of("Asia/Shanghai")).json("nope"));
        assertEquals(true, e.getMessage().contains("nope"), e.getMessage());
    }
}
