package org.sanxiang.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class StoppableClockTest {

    static final HolidayCalendar CAL = HolidayCalendar.shipped();

    static LocalDateTime at(String date) {
        return LocalDate.parse(date).atTime(10, 0);
    }

    static LocalDate due(StoppableClock c) {
        return c.deadline().orElseThrow().dueDate();
    }

    @Test
    void workingDayClockResumesWithTheDaysItHadLeft() {
        StoppableClock running = StoppableClock.start(at("2026-02-10"), TimeLimit.workingDays(20), CAL);
        assertEquals(LocalDate.parse("2026-03-16"), due(running));

        // stopped on Thursday 12 Feb: 11 and 12 Feb are used, 18 left
        StoppableClock stopped = running.stop(at("2026-02-12"), CAL);
        assertFalse(stopped.isRunning());
        assertTrue(stopped.deadline().isEmpty());
        assertEquals(18, stopped.daysLeft());
        assertEquals(at("2026-02-12"), stopped.stoppedAt().orElseThrow());

        // resumed on Thursday 26 Feb: 18 working days after it, Saturday 28 Feb counted
        StoppableClock resumed = stopped.resume(at("2026-02-26"), CAL);
        assertEquals(LocalDate.parse("2026-03-23"), due(resumed));
        assertEquals(1, resumed.pauses().size());
        assertEquals(at("2026-02-26"), resumed.pauses().get(0).resumedAt());

        // transitions never change the clock they were called on
        assertTrue(running.isRunning());
        assertEquals(LocalDate.parse("2026-03-16"), due(running));
        assertFalse(stopped.isRunning());
    }

    @Test
    void stoppingAndResumingTheSameDayChangesNothing() {
        StoppableClock running = StoppableClock.start(at("2026-09-24"), TimeLimit.workingDays(7), CAL);
        for (String day : new String[] {"2026-09-24", "2026-09-28", "2026-10-03", "2026-10-10"}) {
            StoppableClock again = running.stop(at(day), CAL).resume(LocalDate.parse(day).atTime(17, 0), CAL);
            assertEquals(due(running), due(again), "stopped and resumed on " + day);
        }
        assertEquals(LocalDate.parse("2026-10-12"), due(running));
    }

    @Test
    void aPauseOverHolidaysOnlyChangesNothingForWorkingDays() {
        StoppableClock running = StoppableClock.start(at("2026-02-10"), TimeLimit.workingDays(20), CAL);
        // stopped on the make-up Saturday 14 Feb, resumed on the last day of 春节, 23 Feb
        StoppableClock resumed = running.stop(at("2026-02-14"), CAL).resume(at("2026-02-23"), CAL);
        assertEquals(16, resumed.daysLeft());
        assertEquals(due(running), due(resumed));
    }

    @Test
    void calendarDayClockCountsFromTheNominalLastDay() {
        // 30 days from 5 Sep 2026: nominally 5 Oct (国庆), due Thursday 8 Oct
        StoppableClock running = StoppableClock.start(at("2026-09-05"), TimeLimit.calendarDays(30), CAL);
        assertEquals(LocalDate.parse("2026-10-08"), due(running));
        StoppableClock stopped = running.stop(at("2026-09-15"), CAL);
        assertEquals(20, stopped.daysLeft(), "5 Oct − 15 Sep, not 8 Oct − 15 Sep");
        // resumed 20 Sep: nominally 10 Oct, a make-up Saturday, so due that day
        assertEquals(LocalDate.parse("2026-10-10"), due(stopped.resume(at("2026-09-20"), CAL)));
        // resumed 22 Sep: nominally 12 Oct, a Monday
        assertEquals(LocalDate.parse("2026-10-12"), due(stopped.resume(at("2026-09-22"), CAL)));
        // stop and resume on one day: unchanged, holiday move included
        assertEquals(LocalDate.parse("2026-10-08"), due(running.stop(at("2026-09-30"), CAL).resume(at("2026-09-30"), CAL)));
    }

    @Test
    void aClockStoppedAfterItRanOutResumesDueTheSameDay() {
        StoppableClock running = StoppableClock.start(at("2026-03-02"), TimeLimit.workingDays(3), CAL);
        StoppableClock late = running.stop(at("2026-03-20"), CAL);
        assertEquals(0, late.daysLeft());
        assertEquals(LocalDate.parse("2026-03-25"), due(late.resume(at("2026-03-25"), CAL)));
    }

    @Test
    void severalPausesAddUp() {
        StoppableClock c = StoppableClock.start(at("2026-03-02"), TimeLimit.workingDays(10), CAL); // due 16 Mar
        c = c.stop(at("2026-03-04"), CAL).resume(at("2026-03-09"), CAL); // 2 used, 8 left from 9 Mar → 19 Mar
        assertEquals(LocalDate.parse("2026-03-19"), due(c));
        c = c.stop(at("2026-03-10"), CAL).resume(at("2026-03-12"), CAL); // 1 more used, 7 left from 12 Mar → 23 Mar
        assertEquals(LocalDate.parse("2026-03-23"), due(c));
        assertEquals(2, c.pauses().size());
        assertEquals(c, c.recompute(CAL), "replaying on the same calendar gives the same clock");
    }

    @Test
    void recomputeReplaysThePausesOnNewData() {
        HolidayCalendar noData = HolidayCalendar.weekendsOnly();
        StoppableClock c = StoppableClock.start(at("2026-09-24"), TimeLimit.workingDays(7), noData)
                .stop(at("2026-09-25"), noData).resume(at("2026-09-29"), noData);
        assertTrue(c.isProvisional());
        // weekends only: 25 Sep used, 6 left from 29 Sep → 7 Oct
        assertEquals(LocalDate.parse("2026-10-07"), due(c));
        StoppableClock fixed = c.recompute(CAL);
        assertFalse(fixed.isProvisional());
        // real data: 25 Sep is 中秋, so 7 are left; from 29 Sep: 30 Sep, 8, 9, 10 (Sat), 12, 13, 14 Oct
        assertEquals(7, fixed.daysLeft());
        assertEquals(LocalDate.parse("2026-10-14"), due(fixed));
        assertNotEquals(c, fixed);
    }

    @Test
    void misuseIsRefused() {
        StoppableClock running = StoppableClock.start(at("2026-03-02"), TimeLimit.workingDays(10), CAL);
        assertThrows(IllegalStateException.class, () -> running.resume(at("2026-03-03"), CAL));
        assertThrows(IllegalArgumentException.class, () -> running.stop(at("2026-03-01"), CAL));
        StoppableClock stopped = running.stop(at("2026-03-03"), CAL);
        assertThrows(IllegalStateException.class, () -> stopped.stop(at("2026-03-04"), CAL));
        assertThrows(IllegalArgumentException.class, () -> stopped.resume(at("2026-03-02"), CAL));
        assertThrows(IllegalArgumentException.class,
                () -> StoppableClock.start(at("2026-03-02"), TimeLimit.hours(24), CAL));
        assertThrows(IllegalArgumentException.class,
                () -> StoppableClock.start(at("2026-03-02"), TimeLimit.promptly(), CAL));
    }
}
