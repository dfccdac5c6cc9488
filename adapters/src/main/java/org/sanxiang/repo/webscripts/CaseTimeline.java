package org.sanxiang.repo.webscripts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;

/**
 * The JSON of {@code GET /sanxiang/cases/{store_type}/{store_id}/{id}/timeline}: a case's history in
 * time order, from the case's own dates (started, filed, hearing, decision, closed, archived) and its
 * records (recorded, sealed into the chain, put on a long-term hold). Events without a time come
 * last. Each event: {@code at} (ISO-8601), {@code event} (a code, see below), {@code node},
 * {@code name}, {@code type}, {@code stage} where the record has one.
 *
 * <p>Event codes: caseStarted, caseFiled, hearing, decision, caseClosed, caseArchived (case dates);
 * recorded, sealed, held (records).
 */
public final class CaseTimeline {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> CASE_DATES = new LinkedHashMap<>();
    static {
        CASE_DATES.put(SanxiangModel.PROP_STARTED_AT.toPrefixString(), "caseStarted");
        CASE_DATES.put(SanxiangModel.PROP_FILED_AT.toPrefixString(), "caseFiled");
        CASE_DATES.put(SanxiangModel.PROP_HEARING_DATE.toPrefixString(), "hearing");
        CASE_DATES.put(SanxiangModel.PROP_CASE_DECISION_DATE.toPrefixString(), "decision");
        CASE_DATES.put(SanxiangModel.PROP_CLOSED_DATE.toPrefixString(), "caseClosed");
        CASE_DATES.put(SanxiangModel.PROP_ARCHIVED_DATE.toPrefixString(), "caseArchived");
    }
    /** When a record was made, in order of preference. */
    private static final List<String> RECORDED = List.of(SanxiangModel.PROP_RECORDED_AT.toPrefixString(), SanxiangModel.PROP_AV_STARTED_AT.toPrefixString(), SanxiangModel.PROP_DECISION_DATE.toPrefixString(), "cm:created");

    private final CaseRepository cases;
    private final ZoneId zone;

    public CaseTimeline(CaseRepository cases, ZoneId zone) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    private record Event(Instant at, String event, String node, String name, String type, String stage) {
    }

    /** The timeline's JSON: {@code {"caseId", "caseNumber", "title", "events": [...]}}. */
    public String json(String caseId) {
        CaseFolder facts = cases.facts(caseId);
        List<Event> events = new ArrayList<>();
        CASE_DATES.forEach((property, code) -> {
            Instant at = instant(facts.properties().get(property));
            if (at != null) {
                events.add(new Event(at, code, caseId, facts.title(), SanxiangModel.TYPE_CASE_FOLDER.toPrefixString(), null));
            }
        });
        for (CaseRecord r : cases.records(caseId)) {
            Object stage = r.properties().get(SanxiangModel.PROP_STAGE.toPrefixString());
            String s = stage == null ? null : stage.toString();
            Instant recorded = RECORDED.stream().map(p -> instant(r.properties().get(p))).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            events.add(new Event(recorded, "recorded", r.id(), r.name(), r.type(), s));
            if (r.aspects().contains(SanxiangModel.ASPECT_SEALED.toPrefixString())) {
                events.add(new Event(instant(r.properties().get(SanxiangModel.PROP_SEALED_AT.toPrefixString())), "sealed", r.id(), r.name(), r.type(), s));
            }
            if (r.aspects().contains(SanxiangModel.ASPECT_LEGAL_HOLD.toPrefixString())) {
                events.add(new Event(instant(r.properties().get(SanxiangModel.PROP_HELD_AT.toPrefixString())), "held", r.id(), r.name(), r.type(), s));
            }
        }
        events.sort(Comparator.comparing(Event::at, Comparator.nullsLast(Comparator.naturalOrder())));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("caseId", caseId);
        out.put("caseNumber", facts.caseNumber());
        out.put("title", facts.title());
        List<Map<String, Object>> list = new ArrayList<>();
        for (Event e : events) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", e.at() == null ? null : e.at().toString());
            m.put("event", e.event());
            m.put("node", e.node());
            m.put("name", e.name());
            m.put("type", e.type());
            if (e.stage() != null) {
                m.put("stage", e.stage());
            }
            list.add(m);
        }
        out.put("events", list);
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("timeline of case " + caseId + ": " + e.getMessage(), e);
        }
    }

    /** Date, Instant, or ISO text; a date alone (d:date) is taken at the start of that day in the bureau's zone. */
    private Instant instant(Object value) {
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? null : instant(c.iterator().next());
        }
        if (value instanceof Date d) {
            return d.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay(zone).toInstant();
        }
        if (value instanceof String s && !s.isBlank()) {
            return s.length() == 10 ? LocalDate.parse(s).atStartOfDay(zone).toInstant() : Instant.parse(s);
        }
        return null;
    }
}
