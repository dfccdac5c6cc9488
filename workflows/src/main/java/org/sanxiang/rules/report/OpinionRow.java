package org.sanxiang.rules.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A written legal-review opinion (chongqing-2024 法制审核 第十四条; wuhan-2020 法制审核 第十一条).
 *
 * @param opinionType the opinion's type code ({@code agree}, {@code disagree}, …)
 * @param date        the opinion's date
 * @param due         the review's due date, or null where the record does not carry it
 */
public record OpinionRow(String caseId, String opinionType, LocalDate date, LocalDate due) {

    public OpinionRow {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(opinionType, "opinionType");
        Objects.requireNonNull(date, "date");
    }
}
