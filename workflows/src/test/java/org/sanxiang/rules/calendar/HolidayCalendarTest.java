package org.sanxiang.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayCalendarTest {

    static final HolidayCalendar CAL = HolidayCalendar.shipped();

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @DisplayName("known answers of issue 3 (start day not counted)")
    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        "2026-09-24, 7, 2026-10-12",  // 中秋 25–27 Sep, 国庆 1–7 Oct, Saturday 10 Oct worked
        "2026-02-10, 20, 2026-03-16", // 春节 15–23 Feb, Saturdays 14 and 28 Feb worked
        "2025-09-26, 3, 2025-09-30",  // Sunday 28 Sep worked
    })
    void knownAnswers(String from, int n, String due) {
        Deadline deadline = CAL.addWorkingDays(d(from), n);
        assertEquals(d(due), deadline.dueDate());
        assertEquals(d(due).atTime(Deadline.END_OF_DAY), deadline.dueAt());
        assertFalse(deadline.provisional());
        assertEquals(n, CAL.workingDaysBetween(d(from), d(due)));
    }

    @DisplayName("Spring Festival, National Day, make-up weekends, year boundaries")
    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        "2025-01-24, 5, 2025-02-07",  // Sunday 26 Jan worked; 春节 28 Jan – 4 Feb
        "2025-02-04, 4, 2025-02-08",  // last day of 春节; Saturday 8 Feb worked
        "2024-09-27, 2, 2024-09-30",  // Sunday 29 Sep worked
        "2024-09-27, 3, 2024-10-08",  // 国庆 1–7 Oct
        "2024-10-11, 1, 2024-10-12",  // Saturday 12 Oct worked
        "2024-09-13, 1, 2024-09-14",  // Saturday 14 Sep worked before 中秋 15–17 Sep
        "2025-12-30, 3, 2026-01-05",  // 元旦 1–3 Jan 2026, Sunday 4 Jan worked
        "2022-12-30, 1, 2023-01-03",  // 元旦 31 Dec 2022 – 2 Jan 2023
        "2020-01-23, 1, 2020-02-03",  // 春节 extended to 2 Feb by 国办发明电〔2020〕1号
        "2019-04-26, 1, 2019-04-28",  // Sunday 28 Apr worked (国办发明电〔2019〕2号)
        "2023-10-06, 1, 2023-10-07",  // Saturday 7 Oct worked
        "2026-03-13, 5, 2026-03-20",  // an ordinary fortnight
        "2026-03-16, 0, 2026-03-16",  // zero days: the day itself
    })
    void holidaysAndMakeUpDays(String from, int n, String due) {
        assertEquals(d(due), CAL.addWorkingDays(d(from), n).dueDate());
        assertEquals(d(due), CAL.plusWorkingDays(d(from), n));
    }

    @Test
    void workingDayStatusFollowsTheNotices() {
        assertFalse(CAL.isWorkingDay(d("2026-10-05")), "国庆 Monday");
        assertTrue(CAL.isWorkingDay(d("2026-10-10")), "make-up Saturday");
        assertTrue(CAL.isWorkingDay(d("2026-01-04")), "make-up Sunday");
        assertFalse(CAL.isWorkingDay(d("2020-02-01")), "Saturday no longer worked after the 2020 extension");
        assertTrue(CAL.isWorkingDay(d("2018-12-29")), "make-up Saturday of the 2019 notice");
        assertFalse(CAL.isWorkingDay(d("2018-12-31")), "元旦 2019 bridge");
        assertFalse(CAL.isWorkingDay(d("2027-01-02")), "a Saturday in a year without data");
        assertTrue(CAL.isWorkingDay(d("2027-01-01")), "a Friday in a year without data: weekdays work");
        assertTrue(CAL.isWorkingDay(d("2010-10-01")), "before the data: weekdays only");
    }

    @DisplayName("calendar-day limits: a last day that is not a working day moves to the next working day")
    @ParameterizedTest(name = "{0} + {1} days = {2}")
    @CsvSource({
        "2026-09-05, 30, 2026-10-08", // 5 Oct is in 国庆: moves to Thursday 8 Oct
        "2026-10-03, 7, 2026-10-10",  // Saturday 10 Oct is worked: stays
        "2026-03-07, 7, 2026-03-16",  // an ordinary Saturday moves to Monday
        "2026-01-20, 30, 2026-02-24", // 19 Feb in 春节: moves to 24 Feb
        "2026-03-02, 2, 2026-03-04",  // a working day stays
    })
    void calendarDays(String from, int n, String due) {
        Deadline deadline = CAL.addCalendarDays(d(from), n);
        assertEquals(d(due), deadline.dueDate());
        assertEquals(TimeLimit.calendarDays(n), deadline.limit());
        assertFalse(deadline.provisional());
    }

    @Test
    void hoursAreCountedInHoursAcrossMidnightAndHolidays() {
        LocalDateTime evening = LocalDateTime.of(2026, 2, 14, 20, 0);
        Deadline d = CAL.addHours(evening, 24);
        assertEquals(LocalDateTime.of(2026, 2, 15, 20, 0), d.dueAt(), "a holiday does not stop an hour count");
        assertFalse(d.provisional());
        Deadline newYear = CAL.deadline(LocalDateTime.of(2026, 12, 31, 22, 30), TimeLimit.hours(5));
        assertEquals(LocalDateTime.of(2027, 1, 1, 3, 30), newYear.dueAt());
        assertFalse(newYear.provisional(), "hours never depend on holiday data");
    }

    @Test
    void deadlineKeepsItsStartInstantSoItCanBeRecomputed() {
        LocalDateTime received = LocalDateTime.of(2026, 9, 24, 16, 45);
        Deadline d = CAL.deadline(received, TimeLimit.workingDays(7));
        assertEquals(received, d.start());
        assertEquals(d("2026-10-12"), d.dueDate());
        assertEquals(d, CAL.recompute(d));
        assertThrows(IllegalArgumentException.class, () -> CAL.deadline(received, TimeLimit.promptly()));
        assertThrows(IllegalArgumentException.class, () -> CAL.addWorkingDays(d("2026-01-05"), -1));
    }

    @Test
    @DisplayName("a count that reaches a year without data is provisional, and the missing years are named")
    void provisionalWhenAYearHasNoData() {
        Deadline d = CAL.addWorkingDays(d("2026-12-28"), 5);
        assertTrue(d.provisional());
        assertEquals(d("2027-01-04"), d.dueDate(), "weekends alone: Friday 1 Jan 2027 counted");
        assertEquals(Set.of(2027), CAL.missingYears(d.start().toLocalDate(), d.dueDate()));
        assertFalse(CAL.addWorkingDays(d("2026-12-24"), 4).provisional(), "ends on 30 Dec 2026");
        assertFalse(CAL.addWorkingDays(d("2026-12-31"), 0).provisional());
        assertTrue(CAL.addWorkingDays(d("2026-12-31"), 1).provisional(), "31 Dec: the count starts in 2027");
        assertTrue(CAL.addCalendarDays(d("2026-12-20"), 15).provisional(), "last day 4 Jan 2027");
        assertFalse(CAL.addCalendarDays(d("2026-12-01"), 15).provisional());
        assertTrue(CAL.addWorkingDays(d("2018-12-27"), 1).provisional(), "2018 has no data");
        assertEquals(d("2018-12-28"), CAL.addWorkingDays(d("2018-12-27"), 1).dueDate());
        assertTrue(HolidayCalendar.weekendsOnly().addWorkingDays(d("2026-03-02"), 1).provisional());
        assertEquals(List.of(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026), List.copyOf(CAL.yearsWithData()));
        assertEquals(Set.of(2018, 2027, 2028), CAL.missingYears(d("2018-06-01"), d("2028-01-01")));
    }

    @Test
    void everyShippedYearCitesItsNotice() {
        assertEquals("国办发明电〔2025〕7号", CAL.notices(2026).get(0).number());
        assertEquals("国办发明电〔2024〕12号", CAL.notices(2025).get(0).number());
        assertEquals("国办发明电〔2023〕7号", CAL.notices(2024).get(0).number());
        assertEquals("国办发明电〔2022〕16号", CAL.notices(2023).get(0).number());
        assertEquals("国办发明电〔2021〕11号", CAL.notices(2022).get(0).number());
        assertEquals("国办发明电〔2020〕27号", CAL.notices(2021).get(0).number());
        assertEquals(List.of("国办发明电〔2019〕16号", "国办发明电〔2020〕1号"),
                CAL.notices(2020).stream().map(HolidayNotice::number).toList());
        assertEquals(List.of("国办发明电〔2018〕15号", "国办发明电〔2019〕2号"),
                CAL.notices(2019).stream().map(HolidayNotice::number).toList());
        assertTrue(CAL.notices(2027).isEmpty());
        for (int y = 2019; y <= 2026; y++) {
            assertTrue(CAL.notices(y).get(0).title().contains(y + "年部分节假日安排"), "title of " + y);
        }
    }

    @Test
    void countsOutsideTheDataFallBackToWeekdays() {
        // 2030-01-07 is a Monday; 10 weekdays later is Monday 2030-01-21
        assertEquals(d("2030-01-21"), CAL.plusWorkingDays(d("2030-01-07"), 10));
        assertEquals(d("2010-01-18"), CAL.plusWorkingDays(d("2010-01-08"), 6));
        // a count across the whole shipped span: 2018-12-31 .. 2027-01-01 counted both ways
        LocalDate far = CAL.plusWorkingDays(d("2015-06-01"), 3000);
        assertEquals(3000, CAL.workingDaysBetween(d("2015-06-01"), far));
        assertTrue(CAL.isWorkingDay(far));
    }
}
