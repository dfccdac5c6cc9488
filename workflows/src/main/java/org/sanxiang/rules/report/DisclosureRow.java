package org.sanxiang.rules.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A published disclosure record (the public copy only: one row per publication).
 *
 * @param state     the record's disclosure state ({@code published}, {@code corrected}, {@code withdrawn}, {@code expired})
 * @param published the publication date, or null if never published
 * @param due       the day publication was due, or null where no day count applies (及时 is no count)
 * @param corrected the correction date or null
 * @param withdrawn the withdrawal date or null
 * @param displayUntil the end of its display period or null
 */
public record DisclosureRow(String caseId, String state, LocalDate published, LocalDate due, LocalDate corrected,
        LocalDate withdrawn, LocalDate displayUntil) {

    public DisclosureRow {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(state, "state");
    }
}
