package org.sanxiang.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Override files on disk, good and bad: every error names the file, the field and the line. */
class CalendarDataReaderTest {

    static final CalendarData SHIPPED = CalendarDataReader.readResource(HolidayCalendar.SHIPPED_DATA);

    @TempDir
    Path dir;

    Path write(String json) throws IOException {
        Path f = dir.resolve("holidays-override.json");
        Files.writeString(f, json);
        return f;
    }

    static String year(int year, String holidays, String workingDays) {
        return """
                {"format": 1, "years": [ {"year": %d,
                  "notices": [{"number": "测试〔%d〕1号", "title": "test notice for %d"}],
                  "holidays": [%s],
                  "workingDays": [%s]}]}
                """.formatted(year, year - 1, year, holidays, workingDays);
    }

    @Test
    void shippedDataReadsAndCoversEveryYearFrom2019To2026() {
        assertEquals(java.util.List.of(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026),
                java.util.List.copyOf(SHIPPED.years().keySet()));
        assertTrue(SHIPPED.localDays().isEmpty());
    }

    @Test
    void anOverrideAddsAYear() throws IOException {
        Path f = write(year(2027, "{\"name\": \"元旦\", \"from\": \"2027-01-01\", \"to\": \"2027-01-03\"}",
                "{\"name\": \"春节\", \"date\": \"2027-02-06\"}"));
        HolidayCalendar cal = HolidayCalendar.of(SHIPPED.mergedWith(CalendarDataReader.read(f)));
        assertTrue(cal.hasDataFor(2027));
        assertFalse(cal.isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertTrue(cal.isWorkingDay(LocalDate.of(2027, 2, 6)));
        assertEquals("测试〔2026〕1号", cal.notices(2027).get(0).number());
        assertTrue(cal.hasDataFor(2026), "shipped years stay");
    }

    @Test
    void localDaysChangeOneDayButDoNotMakeTheYearHaveData() throws IOException {
        Path f = write("""
                {"format": 1, "localDays": [
                  {"date": "2027-03-03", "working": false, "reason": "本地节日"},
                  {"date": "2026-03-07", "working": true, "reason": "补班"},
                  {"date": "2026-10-05", "working": true, "reason": "本地值班日"}
                ]}
                """);
        HolidayCalendar cal = HolidayCalendar.of(SHIPPED.mergedWith(CalendarDataReader.read(f)));
        assertFalse(cal.isWorkingDay(LocalDate.of(2027, 3, 3)));
        assertFalse(cal.hasDataFor(2027));
        assertTrue(cal.isWorkingDay(LocalDate.of(2026, 3, 7)), "a Saturday made a working day");
        assertTrue(cal.isWorkingDay(LocalDate.of(2026, 10, 5)), "a national holiday made a local working day");
        // 2027-03-02 (Tue) + 1 skips the local holiday of Wednesday 3 March
        assertEquals(LocalDate.of(2027, 3, 4), cal.plusWorkingDays(LocalDate.of(2027, 3, 2), 1));
    }

    @Test
    void anOverrideOfAShippedYearWinsDayByDayAndAddsItsNotice() throws IOException {
        // a corrected notice cancels the make-up Saturday 28 Feb 2026 and makes it a holiday
        Path f = write(year(2026, "{\"name\": \"春节\", \"from\": \"2026-02-28\", \"to\": \"2026-02-28\"}", ""));
        HolidayCalendar cal = HolidayCalendar.of(SHIPPED.mergedWith(CalendarDataReader.read(f)));
        assertFalse(cal.isWorkingDay(LocalDate.of(2026, 2, 28)));
        assertTrue(cal.isWorkingDay(LocalDate.of(2026, 2, 14)), "other days of the year stand");
        assertEquals(2, cal.notices(2026).size());
        assertEquals(LocalDate.of(2026, 3, 17), cal.plusWorkingDays(LocalDate.of(2026, 2, 10), 20));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
        bad date          | {"format": 1, "years": [{"year": 2027, "notices": [{"number": "n", "title": "t"}],\\n "holidays": [{"name": "春节", "from": "2027-02-30", "to": "2027-03-01"}]}]} | years[0].holidays[0].from (line 2, | '2027-02-30' is not a date
        weekday make-up   | {"format": 1, "years": [{"year": 2027, "notices": [{"number": "n", "title": "t"}],\\n "workingDays": [{"name": "春节", "date": "2027-02-10"}]}]} | years[0].workingDays[0].date (line 2, | is a WEDNESDAY
        contradiction     | {"format": 1, "years": [{"year": 2027, "notices": [{"number": "n", "title": "t"}],\\n "holidays": [{"name": "x", "from": "2027-02-06", "to": "2027-02-07"}],\\n "workingDays": [{"name": "x", "date": "2027-02-06"}]}]} | years[0].workingDays[0] (line 3, | listed as a working day here but as a day off at years[0].holidays[0] (line 2
        duplicate year    | {"format": 1, "years": [{"year": 2027, "notices": [{"number": "n", "title": "t"}]},\\n {"year": 2027, "notices": [{"number": "n", "title": "t"}]}]} | years[1] (line 2, | year 2027 appears twice
        unknown field     | {"format": 1, "years": [{"year": 2027, "notice": [{"number": "n", "title": "t"}]}]} | years[0].notice (line 1, | unknown field 'notice'
        no notice         | {"format": 1, "years": [{"year": 2027, "notices": []}]} | years[0].notices (line 1, | must cite the State Council notice
        missing notices   | {"format": 1, "years": [{"year": 2027}]} | years[0] (line 1, | field 'notices' is required
        to before from    | {"format": 1, "years": [{"year": 2027, "notices": [{"number": "n", "title": "t"}], "holidays": [{"name": "x", "from": "2027-02-06", "to": "2027-02-01"}]}]} | years[0].holidays[0].to | is before 'from'
        outside its year  | {"format": 1, "years": [{"year": 2027, "notices": [{"number": "n", "title": "t"}], "workingDays": [{"name": "x", "date": "2028-01-08"}]}]} | years[0].workingDays[0].date | outside year 2027
        bad format        | {"format": 2} | format (line 1, | format must be 1
        missing format    | {"years": []} | (line 1, column 1): field 'format' is required |
        not json          | {"format": 1, "years": [ | not valid JSON |
        duplicate key     | {"format": 1, "format": 1} | not valid JSON | Duplicate field 'format'
        bad working flag  | {"format": 1, "localDays": [{"date": "2027-03-03", "working": "no", "reason": "r"}]} | localDays[0].working | must be true
        local contradicts | {"format": 1, "localDays": [{"date": "2027-03-03", "working": false, "reason": "r"}, {"date": "2027-03-03", "working": true, "reason": "r"}]} | localDays[1] | listed as a working day here but as a day off at localDays[0]
        """)
    void badOverridesAreRefusedNamingFileFieldAndLine(String what, String json, String where, String why) throws IOException {
        Path f = write(json.replace("\\n", "\n"));
        CalendarDataException e = assertThrows(CalendarDataException.class, () -> CalendarDataReader.read(f), what);
        String message = e.getMessage();
        assertTrue(message.startsWith(f.toString() + ": "), message);
        assertTrue(message.contains(where), "expected '" + where + "' in: " + message);
        if (why != null) {
            assertTrue(message.contains(why), "expected '" + why + "' in: " + message);
        }
    }

    @ParameterizedTest(name = "local {0} on {1} changes nothing")
    @CsvSource({"true, 2026-03-04", "false, 2026-03-07", "false, 2026-10-05", "true, 2026-02-14"})
    void aLocalDayThatChangesNothingIsRefusedOnMerge(boolean working, String date) throws IOException {
        Path f = write("{\"format\": 1, \"localDays\": [{\"date\": \"" + date + "\", \"working\": " + working
                + ", \"reason\": \"r\"}]}");
        CalendarData override = CalendarDataReader.read(f);
        CalendarDataException e = assertThrows(CalendarDataException.class, () -> SHIPPED.mergedWith(override));
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("localDays[0] " + date),
                e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.json");
        CalendarDataException e = assertThrows(CalendarDataException.class, () -> CalendarDataReader.read(missing));
        assertTrue(e.getMessage().startsWith(missing.toString()), e.getMessage());
    }
}
