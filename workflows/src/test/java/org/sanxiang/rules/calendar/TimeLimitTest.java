package org.sanxiang.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TimeLimitTest {

    @Test
    void promptlySetsNoCountAndHasNoDeadline() {
        TimeLimit promptly = TimeLimit.promptly();
        assertFalse(promptly.isCounted());
        LocalDateTime now = LocalDateTime.of(2026, 1, 5, 9, 0);
        assertThrows(IllegalArgumentException.class, () -> new Deadline(now, promptly, now, false));
    }

    @Test
    void negativeAmountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TimeLimit.workingDays(-1));
        assertThrows(IllegalArgumentException.class, () -> new TimeLimit(TimeLimit.Unit.PROMPTLY, 3));
        assertThrows(IllegalArgumentException.class, () -> new TimeLimit(null, 3));
    }

    @Test
    void countedLimitsDescribeThemselves() {
        assertTrue(TimeLimit.workingDays(7).isCounted());
        assertEquals("7 working days", TimeLimit.workingDays(7).toString());
        assertEquals("24 hours", TimeLimit.hours(24).toString());
    }
}
