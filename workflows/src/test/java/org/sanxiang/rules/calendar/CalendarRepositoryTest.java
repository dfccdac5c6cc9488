package org.sanxiang.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Provisional deadlines in a year without data, and their recomputation when the data arrives. */
class CalendarRepositoryTest {

    /** A made-up 2027 notice for the test (the real one is not out yet). */
    static final String DATA_2027 = """
            {"format": 1, "years": [{"year": 2027,
              "notices": [{"number": "测试〔2026〕99号", "title": "test: 2027年部分节假日安排"}],
              "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"},
                           {"name": "春节", "from": "2027-02-05", "to": "2027-02-12"}],
              "workingDays": [{"name": "春节", "date": "2027-02-14"}]}]}
            """;

    @TempDir
    Path dir;

    @Test
    @DisplayName("2027 missing → provisional; 2027 added by override → recomputed, not provisional; listeners told")
    void provisionalThenRecomputedWhenTheYearArrives() throws IOException {
        Path override = dir.resolve("override.json");
        CalendarRepository repo = new CalendarRepository(override); // file absent: shipped data only
        List<CalendarDataChange> heard = new ArrayList<>();
        repo.addListener(heard::add);

        Deadline before = repo.current().deadline(LocalDateTime.of(2026, 12, 28, 10, 0), TimeLimit.workingDays(5));
        assertTrue(before.provisional());
        assertEquals(LocalDate.of(2027, 1, 4), before.dueDate());
        assertEquals(Set.of(2027), repo.current().missingYears(LocalDate.of(2026, 12, 28), before.dueDate()));
        Deadline untouched = repo.current().addWorkingDays(LocalDate.of(2026, 3, 2), 10);

        assertTrue(repo.reload().isEmpty(), "nothing changed yet");
        assertTrue(heard.isEmpty());

        Files.writeString(override, DATA_2027);
        CalendarDataChange change = repo.reload();
        assertEquals(Set.of(2027), change.changedYears());
        assertEquals(List.of(change), heard);
        assertSame(change.current(), repo.current());
        assertTrue(change.affects(before));
        assertFalse(change.affects(untouched));

        Deadline after = change.recompute(before);
        assertFalse(after.provisional());
        assertEquals(LocalDate.of(2027, 1, 5), after.dueDate(), "1 January 2027 is now a holiday");
        assertEquals(before.start(), after.start());
        assertEquals(after, repo.current().recompute(before));

        // through the test notice's 春节 (5–12 Feb): make-up Sunday 14 Feb, then Monday 15 Feb
        assertEquals(LocalDate.of(2027, 2, 15), repo.current().plusWorkingDays(LocalDate.of(2027, 2, 4), 2));
    }

    @Test
    void aBadOverrideOnReloadKeepsTheCalendarInForceAndTellsNoOne() throws IOException {
        Path override = dir.resolve("override.json");
        Files.writeString(override, DATA_2027);
        CalendarRepository repo = new CalendarRepository(override);
        HolidayCalendar good = repo.current();
        assertTrue(good.hasDataFor(2027));
        List<CalendarDataChange> heard = new ArrayList<>();
        repo.addListener(heard::add);

        Files.writeString(override, DATA_2027.replace("2027-02-14", "2027-02-15")); // a Monday
        CalendarDataException e = assertThrows(CalendarDataException.class, repo::reload);
        assertTrue(e.getMessage().contains(override.toString()) && e.getMessage().contains("workingDays[0].date"),
                e.getMessage());
        assertSame(good, repo.current());
        assertTrue(heard.isEmpty());
    }

    @Test
    void removingTheOverrideTakesItsYearAwayAgain() throws IOException {
        Path override = dir.resolve("override.json");
        Files.writeString(override, DATA_2027);
        CalendarRepository repo = new CalendarRepository(override);
        Files.delete(override);
        CalendarDataChange change = repo.reload();
        assertEquals(Set.of(2027), change.changedYears());
        assertFalse(repo.current().hasDataFor(2027));
    }

    @Test
    void aLocalDayChangesOnlyItsYear() throws IOException {
        Path override = dir.resolve("override.json");
        CalendarRepository repo = new CalendarRepository(override);
        Files.writeString(override, """
                {"format": 1, "localDays": [{"date": "2025-06-03", "working": false, "reason": "local"}]}
                """);
        CalendarDataChange change = repo.reload();
        assertEquals(Set.of(2025), change.changedYears());
        Deadline spanning = change.previous().addWorkingDays(LocalDate.of(2025, 6, 2), 3);
        assertTrue(change.affects(spanning));
        assertEquals(LocalDate.of(2025, 6, 5), spanning.dueDate());
        assertEquals(LocalDate.of(2025, 6, 6), change.recompute(spanning).dueDate());
        assertFalse(change.affects(change.previous().addHours(LocalDateTime.of(2025, 6, 2, 9, 0), 48)));
    }
}
