package org.sanxiang.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tyme.holiday.LegalHoliday;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the shipped data against an independent source, the holiday table of
 * {@code cn.6tail:tyme4j} (test scope only), for every day from December 2018 (the 2019 notice's
 * 元旦 bridge) to the end of 2026. Any disagreement fails the build and lists every day at issue.
 */
class CalendarDataCrossCheckTest {

    static final HolidayCalendar CAL = HolidayCalendar.shipped();

    /** tyme4j's verdict: its table where it lists the day, Monday–Friday otherwise. */
    static boolean tymeWorking(LocalDate d) {
        LegalHoliday h = LegalHoliday.fromYmd(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        if (h != null) {
            return h.isWork();
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Test
    @DisplayName("every day 2018-12-01..2026-12-31 is a working day in our data exactly when it is in tyme4j")
    void everyDayAgreesWithTyme4j() {
        List<String> disagreements = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2018, 12, 1); d.getYear() <= 2026; d = d.plusDays(1)) {
            if (CAL.isWorkingDay(d) != tymeWorking(d)) {
                disagreements.add(d + " " + d.getDayOfWeek() + ": ours " + CAL.isWorkingDay(d) + ", tyme4j " + tymeWorking(d));
            }
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    @DisplayName("each listed day is in tyme4j's table with the same meaning and a matching holiday name")
    void everyListedDayIsInTyme4j() {
        int checked = 0;
        for (CalendarData.YearData year : CAL.data().years().values()) {
            for (var e : year.workingDays().entrySet()) {
                LegalHoliday h = tyme(e.getKey());
                assertNotNull(h, e.getKey() + " make-up working day not in tyme4j");
                assertTrue(h.isWork(), e.getKey() + " worked in ours, off in tyme4j");
                assertTrue(sameHoliday(e.getValue(), h.getName()), e.getKey() + ": " + e.getValue() + " vs " + h.getName());
                checked++;
            }
            for (var e : year.holidays().entrySet()) {
                LocalDate d = e.getKey();
                boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
                LegalHoliday h = tyme(d);
                if (h == null) {
                    // tyme4j, like some notices, leaves out the weekends inside a holiday
                    assertTrue(weekend, d + " holiday weekday not in tyme4j");
                    continue;
                }
                assertFalse(h.isWork(), d + " off in ours, worked in tyme4j");
                assertTrue(sameHoliday(e.getValue(), h.getName()), d + ": " + e.getValue() + " vs " + h.getName());
                checked++;
            }
        }
        assertTrue(checked > 250, "checked " + checked);
    }

    /** Every holiday tyme4j names (国庆中秋 = 国庆 + 中秋) is in our name (国庆节、中秋节). */
    static boolean sameHoliday(String ours, String theirs) {
        boolean any = false;
        for (String key : List.of("元旦", "春", "清明", "劳动", "端午", "中秋", "国庆")) {
            if (theirs.contains(key)) {
                any = true;
                if (!ours.contains(key)) {
                    return false;
                }
            }
        }
        return any;
    }

    private static LegalHoliday tyme(LocalDate d) {
        return LegalHoliday.fromYmd(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }
}
