package org.sanxiang.rules.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An access request to a case's records (wuhan-2020 全过程记录 第二十七条; fushun-2026 第二十五–二十六条).
 *
 * @param state   the request's access state ({@code requested}, {@code approved}, {@code rejected}, {@code returned})
 * @param decided the day it was approved or rejected, or null while undecided
 */
public record AccessRow(String caseId, String state, LocalDate decided) {

    public AccessRow {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(state, "state");
    }
}
