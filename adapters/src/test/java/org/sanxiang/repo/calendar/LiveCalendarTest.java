package org.sanxiang.repo.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveCalendarTest {

    static final String DATA_2027 = """
            {"format": 1, "years": [{"year": 2027,
              "notices": [{"number": "测试〔2026〕99号", "title": "test: 2027年部分节假日安排"}],
              "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}],
              "workingDays": []}]}
            """;

    @Test
    @DisplayName("the workflow beans count with the calendar in force: an override loaded later applies without a restart")
    void followsReloads(@TempDir Path dir) throws IOException {
        LiveCalendar calendar = new LiveCalendar(LiveCalendar.repository(dir.toString()));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 1, 1)), "2027 unknown: a Friday counts as a working day");
        assertFalse(calendar.hasDataFor(2027));
        Files.writeString(dir.resolve(LiveCalendar.OVERRIDE_FILE), DATA_2027);
        calendar.repository().reload();
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertEquals(LocalDate.of(2027, 1, 5), calendar.addWorkingDays(LocalDate.of(2026, 12, 31), 2).dueDate());
    }

    @Test
    @DisplayName("an empty directory setting means the shipped calendar")
    void emptySetting() {
        LiveCalendar calendar = new LiveCalendar(LiveCalendar.repository(""));
        assertTrue(calendar.repository().overrideFile().isEmpty());
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 10, 1)), "National Day 2025 is in the shipped data");
    }
}
