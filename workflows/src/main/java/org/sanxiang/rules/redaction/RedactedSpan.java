package org.sanxiang.rules.redaction;

import java.util.List;
import java.util.Objects;
import org.sanxiang.rules.Citation;

/**
 * One entry of the redaction log. It holds where, what and why — never the hidden text, nor a hash
 * of it (an unsalted hash of an ID or phone number is reversed by trying every number).
 *
 * @param kind       what the span held
 * @param start      first UTF-16 char index in the original text (Java {@code String} index)
 * @param end        index after the last char (exclusive); the redacted text has the same indexes
 * @param rule       the detection rule, e.g. {@code resident-id-18}
 * @param citations  the articles that require hiding it
 * @param confidence how sure the detection is
 * @param basis      the signal behind the confidence, e.g. {@code ISO 7064 MOD 11-2 check digit valid}
 */
public record RedactedSpan(SpanKind kind, int start, int end, String rule, List<Citation> citations,
        Confidence confidence, String basis) {

    public RedactedSpan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(basis, "basis");
        citations = List.copyOf(citations);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is empty or negative");
        }
    }

    public int length() {
        return end - start;
    }

    @Override
    public String toString() {
        return kind + "[" + start + "," + end + ") " + rule + " " + confidence + " (" + basis + ") " + citations;
    }
}
