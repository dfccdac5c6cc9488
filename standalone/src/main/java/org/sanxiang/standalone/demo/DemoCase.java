package org.sanxiang.standalone.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One case of the demo dataset.
 *
 * @param key            a stable short name ({@code chongqing-pension-fraud})
 * @param title          the case name (sx:caseName)
 * @param summaryEn      what happened, in English
 * @param exercises      the articles the case is meant to exercise, each with what it shows
 * @param facts          the case facts in {@code evaluate}'s fields, as stored on the case folder
 * @param dates          the case's history (filed, investigationEnded, reviewReceived, decided, closed, revoked)
 * @param properties     further sx:caseFolder properties (JSON values: text, numbers, booleans, lists)
 * @param decisionNumber the decision's document number (文号)
 * @param records        the case's records, in the order they are made
 * @param legalReview    how the legal review runs, or null when the profile sets none
 * @param disclosure     how the disclosure runs, or null when the profile sets none
 * @param longTermReasons the profile's long-term retention triggers that apply at archiving (may be empty)
 * @param access         the access request made to the case's records
 * @param expect         what the rules must say about the case (checked by the dataset's test)
 */
public record DemoCase(String key, String title, String summaryEn, List<Exercise> exercises, JsonNode facts,
        Map<String, LocalDate> dates, Map<String, Object> properties, String decisionNumber, List<DemoRecord> records,
        Step legalReview, Disclosure disclosure, List<String> longTermReasons, Step access, JsonNode expect) {

    public DemoCase {
        Objects.requireNonNull(key, "key");
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
        dates = dates == null ? Map.of() : Map.copyOf(dates);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        records = records == null ? List.of() : List.copyOf(records);
        longTermReasons = longTermReasons == null ? List.of() : List.copyOf(longTermReasons);
    }

    /** The case number (案号), the facts' {@code id}. */
    public String caseNumber() {
        return facts.get("id").asText();
    }

    /** The jurisdiction profile id. */
    public String profile() {
        return facts.get("profile").asText();
    }

    /** A date of the case's history; fails naming it when the dataset lacks it. */
    public LocalDate date(String name) {
        LocalDate date = dates.get(name);
        if (date == null) {
            throw new IllegalStateException("demo case " + key + ": dates." + name + " is not set");
        }
        return date;
    }

    /** The records made at the given step ({@code load}: before the decision; {@code decision}: after it). */
    public List<DemoRecord> recordsAt(String step) {
        return records.stream().filter(r -> r.step().equals(step)).toList();
    }

    /** An article the case exercises and what it shows. */
    public record Exercise(String citation, String what) {
    }

    /**
     * A process step: its start-form variables, and the text an officer writes into it (the review opinion).
     *
     * @param citation the article the step rests on, when it is not the case's general ones
     */
    public record Step(Map<String, Object> start, String opinion, String citation) {
        public Step {
            start = start == null ? Map.of() : Map.copyOf(start);
        }
    }

    /**
     * The disclosure: its start form, and what happens after publication (a withdrawal or a correction), if anything.
     */
    public record Disclosure(Map<String, Object> start, AfterPublication afterPublication) {
        public Disclosure {
            start = start == null ? Map.of() : Map.copyOf(start);
        }
    }

    /**
     * @param action   {@code withdraw} (the decision was revoked or changed) or {@code correct} (an error was found)
     * @param on       the day it happened
     * @param reason   why
     * @param citation the article that sets the deadline
     */
    public record AfterPublication(String action, LocalDate on, String reason, String citation) {
    }
}
