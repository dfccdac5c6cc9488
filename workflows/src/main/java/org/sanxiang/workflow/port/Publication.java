package org.sanxiang.workflow.port;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the disclosure channel publishes for one matter.
 *
 * @param caseId       the case it comes from
 * @param kind         the disclosure item kind (the profile's list entry)
 * @param title        title
 * @param summary      the summary (摘要)
 * @param redactedText the redacted full text, or null when only the summary is published
 * @param displayUntil last day of the display period, or null when it is unlimited
 */
public record Publication(String caseId, String kind, String title, String summary, String redactedText,
        LocalDate displayUntil) {

    public Publication {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
    }
}
