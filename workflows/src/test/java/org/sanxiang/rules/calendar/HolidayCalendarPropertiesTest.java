package org.sanxiang.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the fast calendar, checked against a day-by-day count written independently here
 * from the raw data (not through the calendar's own tables). Dates run from 2015 to 2032, so counts
 * start, end and pass through years with and without data.
 */
class HolidayCalendarPropertiesTest {

    static final HolidayCalendar CAL = HolidayCalendar.shipped();
    static final Map<LocalDate, Boolean> RAW = rawStatus(CAL.data());

    static Map<LocalDate, Boolean> rawStatus(CalendarData data) {
        Map<LocalDate, Boolean> m = new HashMap<>();
        data.years().values().forEach(y -> {
            y.holidays().keySet().forEach(d -> m.put(d, false));
            y.workingDays().keySet().forEach(d -> m.put(d, true));
        });
        data.localDays().forEach(l -> m.put(l.date(), l.working()));
        return m;
    }

    static boolean naiveWorking(LocalDate d) {
        Boolean listed = RAW.get(d);
        if (listed != null) {
            return listed;
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    static LocalDate naiveAdd(LocalDate from, int n) {
        LocalDate d = from;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (naiveWorking(d)) {
                left--;
            }
        }
        return d;
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 18 * 366)
                .map(i -> LocalDate.of(2015, 1, 1).plusDays(i))
                .edgeCases(c -> c.includeOnly(LocalDate.of(2018, 12, 28), LocalDate.of(2026, 12, 31)));
    }

    @Property(tries = 2000)
    @Label("the fast count agrees with a day-by-day count")
    void agreesWithDayByDay(@ForAll("days") LocalDate from, @ForAll @IntRange(min = 0, max = 400) int n) {
        assertEquals(naiveAdd(from, n), CAL.plusWorkingDays(from, n));
        assertEquals(naiveWorking(from), CAL.isWorkingDay(from));
    }

    @Property(tries = 2000)
    @Label("adding then counting working days round-trips")
    void addThenCountRoundTrips(@ForAll("days") LocalDate from, @ForAll @IntRange(min = 0, max = 1000) int n) {
        LocalDate due = CAL.addWorkingDays(from, n).dueDate();
        assertEquals(n, CAL.workingDaysBetween(from, due));
    }

    @Property(tries = 2000)
    @Label("counting then adding lands on the last working day up to the target")
    void countThenAdd(@ForAll("days") LocalDate from, @ForAll("days") LocalDate to) {
        int n = CAL.workingDaysBetween(from, to);
        if (!to.isAfter(from)) {
            assertEquals(0, n);
            return;
        }
        LocalDate back = CAL.plusWorkingDays(from, n);
        assertFalse(back.isAfter(to));
        if (CAL.isWorkingDay(to)) {
            assertEquals(to, back);
        }
    }

    @Property(tries = 2000)
    @Label("no result is ever a non-working day")
    void resultsAreWorkingDays(@ForAll("days") LocalDate from, @ForAll @IntRange(min = 1, max = 1000) int n,
            @ForAll @IntRange(min = 0, max = 1000) int days) {
        assertTrue(naiveWorking(CAL.addWorkingDays(from, n).dueDate()));
        LocalDate due = CAL.addCalendarDays(from, days).dueDate();
        assertTrue(naiveWorking(due));
        // and the move off a holiday goes to the first working day, no further
        for (LocalDate d = from.plusDays(days); d.isBefore(due); d = d.plusDays(1)) {
            assertFalse(naiveWorking(d), d + " skipped");
        }
    }

    @Property(tries = 2000)
    @Label("monotone in the count and in the start day")
    void monotone(@ForAll("days") LocalDate from, @ForAll @IntRange(min = 0, max = 500) int n,
            @ForAll @IntRange(min = 1, max = 40) int more, @ForAll @IntRange(min = 0, max = 40) int later) {
        LocalDate a = CAL.plusWorkingDays(from, n);
        assertTrue(CAL.plusWorkingDays(from, n + more).isAfter(a));
        assertFalse(CAL.plusWorkingDays(from.plusDays(later), n).isBefore(a));
        assertFalse(CAL.addCalendarDays(from.plusDays(later), n).dueDate()
                .isBefore(CAL.addCalendarDays(from, n).dueDate()));
    }

    @Property(tries = 1000)
    @Label("provisional exactly when a counted year has no data")
    void provisionalExactlyWhenAYearIsMissing(@ForAll("days") LocalDate from,
            @ForAll @IntRange(min = 1, max = 400) int n) {
        Deadline d = CAL.addWorkingDays(from, n);
        boolean missing = false;
        for (int y = from.plusDays(1).getYear(); y <= d.dueDate().getYear(); y++) {
            missing |= y < 2019 || y > 2026;
        }
        assertEquals(missing, d.provisional());
    }
}
