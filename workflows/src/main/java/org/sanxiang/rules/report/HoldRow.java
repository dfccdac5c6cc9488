package org.sanxiang.rules.report;

import java.time.LocalDate;
import java.util.Objects;

/** A legal hold placed on a case or record (fushun-2026 第二十三条). */
public record HoldRow(String caseId, LocalDate heldAt) {

    public HoldRow {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(heldAt, "heldAt");
    }
}
