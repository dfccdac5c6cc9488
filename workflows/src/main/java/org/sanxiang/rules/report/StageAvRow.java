package org.sanxiang.rules.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stage of a case whose audio/video record was mandatory: either an AV record exists for it, or
 * the officer wrote why none was made (the written explanation the record process demands).
 *
 * @param covered true for an AV record, false for a written explanation of its absence
 * @param date    the record's date
 */
public record StageAvRow(String caseId, String stage, boolean covered, LocalDate date) {

    public StageAvRow {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(date, "date");
    }
}
