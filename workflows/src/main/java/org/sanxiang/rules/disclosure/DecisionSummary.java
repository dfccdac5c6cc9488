package org.sanxiang.rules.disclosure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.facts.ActionCategory;

/**
 * The summary (摘要) of a decision as it is published: its fields in the profile's order, each
 * with its value as published (an individual's name masked where the profile says so).
 *
 * @param citations the articles that set the required fields and the treatment of names
 */
public record DecisionSummary(String profile, ActionCategory action, List<Entry> entries, List<Citation> citations) {

    public DecisionSummary {
        entries = List.copyOf(entries);
        citations = List.copyOf(citations);
    }

    /** One published field. */
    public record Entry(SummaryField field, String value) {

        public String label(String language) {
            return field.label(language);
        }
    }

    public Optional<String> value(SummaryField field) {
        return entries.stream().filter(e -> e.field() == field).map(Entry::value).findFirst();
    }

    /** Field code to published value, in order. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.field().code(), e.value()));
        return map;
    }
}
