package org.sanxiang.rules;

import java.util.Objects;

/**
 * One reason behind a decision of the rules: a short rule id (stable, machine-readable, e.g.
 * {@code fine-individual-threshold}) and the article it comes from.
 */
public record Reason(String rule, Citation citation) {

    public Reason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(citation, "citation");
    }

    public static Reason of(String rule, Citation citation) {
        return new Reason(rule, citation);
    }
}
