package org.sanxiang.rules.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A State Council notice that sets a year's holidays and make-up working days, for example
 * {@code 国办发明电〔2025〕7号 国务院办公厅关于2026年部分节假日安排的通知}. Every year of calendar data
 * cites the notice(s) it comes from.
 *
 * @param number the document number (文号)
 * @param title  the notice's title
 * @param issued the date the notice was issued, if known
 */
public record HolidayNotice(String number, String title, LocalDate issued) {

    public HolidayNotice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        if (number.isBlank()) {
            throw new IllegalArgumentException("a notice needs its document number");
        }
    }

    @Override
    public String toString() {
        return number + " " + title;
    }
}
