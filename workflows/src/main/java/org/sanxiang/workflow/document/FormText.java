package org.sanxiang.workflow.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** How the forms print dates, times and lists: as a bureau writes them by hand. */
final class FormText {

    private FormText() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    static String dateTime(LocalDateTime time) {
        return time == null ? "" : date(time.toLocalDate()) + String.format(" %02d:%02d", time.getHour(), time.getMinute());
    }

    /** {@code 1. 甲\n2. 乙}: a numbered list, one item a line. */
    static String numbered(List<String> items) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            s.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(items.get(i));
        }
        return s.toString();
    }

    static String orBlank(String value) {
        return value == null ? "" : value.strip();
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required on the form");
        }
        return value.strip();
    }
}
