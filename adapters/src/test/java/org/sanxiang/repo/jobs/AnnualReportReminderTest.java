package org.sanxiang.repo.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.rules.profile.ProfileRegistry;

class AnnualReportReminderTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final ProfileRegistry PROFILES = ProfileRegistry.shipped();

    private final List<String[]> sent = new ArrayList<>();
    private final Reminder recorder = (to, subject, text) -> sent.add(new String[] {to, subject, text});

    private AnnualReportReminder reminder(String profile, LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(8, 0).atZone(ZONE).toInstant(), ZONE);
        return new AnnualReportReminder(PROFILES.get(profile), recorder, "GROUP_SX_DISCLOSURE", "14,7,0", clock);
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十四条: the annual report is due by January 31; reminders 14 and 7 days before and on the day")
    void chongqingArticle14() {
        assertEquals("annual dates reminder: 1 reminder(s) sent to GROUP_SX_DISCLOSURE",
                reminder("chongqing-2024", LocalDate.of(2027, 1, 17)).run());
        reminder("chongqing-2024", LocalDate.of(2027, 1, 24)).run();
        reminder("chongqing-2024", LocalDate.of(2027, 1, 31)).run();
        reminder("chongqing-2024", LocalDate.of(2027, 1, 30)).run(); // 1 day left: not a lead day
        assertEquals(3, sent.size());
        assertEquals("GROUP_SX_DISCLOSURE", sent.get(0)[0]);
        assertTrue(sent.get(0)[1].contains("2027-01-31") && sent.get(0)[1].contains("还有14天"), sent.get(0)[1]);
        assertTrue(sent.get(0)[2].contains("chongqing-2024 公示 第十四条"), sent.get(0)[2]);
        assertTrue(sent.get(2)[1].contains("今天到期") && sent.get(2)[1].contains("due today"), sent.get(2)[1]);
    }

    @Test
    @DisplayName("tianjin-2019 实施方案 三（一）3（3）: the annual report is due by January 15, from the profile, not hard-coded")
    void tianjinJanuary15() {
        List<AnnualReportReminder.Due> due = reminder("tianjin-2019", LocalDate.of(2027, 1, 8)).dueOn(LocalDate.of(2027, 1, 8));
        assertEquals(1, due.size());
        assertEquals(LocalDate.of(2027, 1, 15), due.get(0).date());
        assertEquals("report", due.get(0).kind());
        assertTrue(due.get(0).citation().toString().startsWith("tianjin-2019"));
        assertTrue(reminder("tianjin-2019", LocalDate.of(2027, 1, 17)).dueOn(LocalDate.of(2027, 1, 17)).isEmpty());
    }

    @Test
    @DisplayName("once a year's date has passed, the next year's date is the one reminded of")
    void nextYear() {
        // 2026-12-17 is 45 days before 2027-01-31: not a lead day
        assertTrue(reminder("chongqing-2024", LocalDate.of(2026, 12, 17)).dueOn(LocalDate.of(2026, 12, 17)).isEmpty());
        List<AnnualReportReminder.Due> due = reminder("chongqing-2024", LocalDate.of(2028, 1, 17)).dueOn(LocalDate.of(2028, 1, 17));
        assertEquals(LocalDate.of(2028, 1, 31), due.get(0).date());
    }

    @Test
    @DisplayName("fushun-2026 covers the full-process record only: no yearly disclosure date, no reminder")
    void profileWithoutDisclosure() {
        assertTrue(reminder("fushun-2026", LocalDate.of(2027, 1, 17)).dueOn(LocalDate.of(2027, 1, 17)).isEmpty());
    }

    @Test
    @DisplayName("bad settings name their key")
    void badSettings() {
        Clock clock = Clock.systemUTC();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AnnualReportReminder(PROFILES.get("chongqing-2024"), recorder, "G", "7,x", clock));
        assertTrue(e.getMessage().contains("sanxiang.jobs.annualReportReminder.leadDays") && e.getMessage().contains("'x'"));
        e = assertThrows(IllegalArgumentException.class,
                () -> new AnnualReportReminder(PROFILES.get("chongqing-2024"), recorder, " ", "7", clock));
        assertTrue(e.getMessage().contains("sanxiang.jobs.annualReportReminder.recipients"));
    }
}
