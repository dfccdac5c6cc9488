package org.sanxiang.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FixedDatesTest {

    @Test
    @DisplayName("chongqing-2024 公示 第十四条: the annual report by January 31 — a date, not moved off a weekend")
    void chongqingAnnualReportByJanuary31() {
        // 第十四条: 每年1月31日前公开本单位上年度行政执法总体情况相关数据
        assertEquals(LocalDate.of(2027, 1, 31), FixedDates.annualBy(MonthDay.of(1, 31), 2027)); // a Sunday
        assertEquals(LocalDate.of(2027, 1, 31), FixedDates.nextAnnualBy(MonthDay.of(1, 31), LocalDate.of(2026, 2, 1)));
        assertEquals(LocalDate.of(2026, 1, 31), FixedDates.nextAnnualBy(MonthDay.of(1, 31), LocalDate.of(2026, 1, 31)));
    }

    @Test
    @DisplayName("tianjin-2019 三（一）3（3）: the annual enforcement report by January 15")
    void tianjinAnnualReportByJanuary15() {
        // 每年1月15日前，执法机构应将上年度行政执法工作情况形成书面报告
        assertEquals(LocalDate.of(2027, 1, 15), FixedDates.nextAnnualBy(MonthDay.of(1, 15), LocalDate.of(2026, 11, 22)));
    }

    @Test
    void quartersMonthsAndLeapDays() {
        assertEquals(LocalDate.of(2026, 3, 31), FixedDates.endOfQuarter(2026, 1));
        assertEquals(LocalDate.of(2026, 12, 31), FixedDates.endOfQuarter(2026, 4));
        assertThrows(IllegalArgumentException.class, () -> FixedDates.endOfQuarter(2026, 5));
        assertEquals(LocalDate.of(2027, 3, 31), FixedDates.endOfMonthNextYear(Month.MARCH, LocalDate.of(2026, 12, 31)));
        assertEquals(LocalDate.of(2028, 2, 29), FixedDates.endOfMonth(Month.FEBRUARY, 2028));
        assertEquals(LocalDate.of(2027, 2, 28), FixedDates.annualBy(MonthDay.of(2, 29), 2027));
    }
}
