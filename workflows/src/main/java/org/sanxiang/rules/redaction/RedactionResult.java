package org.sanxiang.rules.redaction;

import java.util.List;
import java.util.Objects;

/**
 * The redacted text and the log of its spans, ordered by position, never overlapping. The redacted
 * text has the original's UTF-16 length; outside the spans it is the original, char for char.
 */
public record RedactionResult(String redacted, List<RedactedSpan> spans) {

    public RedactionResult {
        Objects.requireNonNull(redacted, "redacted");
        spans = List.copyOf(spans);
    }
}
