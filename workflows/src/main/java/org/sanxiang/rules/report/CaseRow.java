package org.sanxiang.rules.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the account reads of one case folder. Dates are those the case carries; a date outside the
 * year simply does not count for that figure.
 *
 * @param caseId        the case's id in its repository (for drill-downs)
 * @param action        action category code ({@code penalty}, {@code licence}, …)
 * @param procedure     procedure code or null
 * @param filed         filing date or null
 * @param decided       decision date or null
 * @param fine          fine in yuan or null
 * @param major         classified as a major decision (null: not classified)
 * @param archived      archiving date or null
 * @param archiveDue    the last day archiving was due (from the profile's rule) or null when unknown
 */
public record CaseRow(String caseId, String action, String procedure, LocalDate filed, LocalDate decided,
        BigDecimal fine, Boolean major, LocalDate archived, LocalDate archiveDue) {

    public CaseRow {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(action, "action");
    }
}
