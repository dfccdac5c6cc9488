package org.sanxiang.rules.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.calendar.TimeLimit;
import org.sanxiang.rules.disclosure.DueDate;
import org.sanxiang.rules.disclosure.WeekdaysOnlyCalendarDouble;
import org.sanxiang.rules.facts.CaseDates;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.profile.ProfileRegistry;

/**
 * Record deadlines and retention. Dates are in November–December 2025, which has no statutory
 * holiday, so the weekday test double gives the real calendar's answers.
 */
class RecordDeadlinesTest {

    static final ProfileRegistry PROFILES = ProfileRegistry.shipped();
    static final WeekdaysOnlyCalendarDouble CALENDAR = new WeekdaysOnlyCalendarDouble();
    static final LocalDate FRI_7_NOV = LocalDate.of(2025, 11, 7);

    static RecordDeadlines deadlines(String profile) {
        return new RecordDeadlines(PROFILES.get(profile), CALENDAR);
    }

    static RetentionPolicy retention(String profile) {
        return RetentionPolicy.of(PROFILES.get(profile));
    }

    @Test
    @DisplayName("chongqing-2024 全过程记录 第十二条: archive within 20 working days of the end (Fri 11-07 → Fri 12-05)")
    void chongqingArchive() {
        DueDate due = deadlines("chongqing-2024").archiveDue(FRI_7_NOV);
        assertEquals(LocalDate.of(2025, 12, 5), due.dateOrNull());
        assertEquals(TimeLimit.workingDays(20), due.limit());
        assertEquals(Citation.of("chongqing-2024", "全过程记录 第十二条"), due.citation());
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十六条 and ningxia-2019 附件3 第二十二条: 30 days; Sun 12-07 moves to Mon 12-08")
    void thirtyDays() {
        DueDate wuhan = deadlines("wuhan-2020").archiveDue(FRI_7_NOV);
        assertEquals(LocalDate.of(2025, 12, 8), wuhan.dateOrNull());
        assertEquals(TimeLimit.calendarDays(30), wuhan.limit());
        assertEquals(Citation.of("wuhan-2020", "全过程记录 第二十六条第二款"), wuhan.citation());
        DueDate ningxia = deadlines("ningxia-2019").archiveDue(FRI_7_NOV);
        assertEquals(LocalDate.of(2025, 12, 8), ningxia.dateOrNull());
        assertEquals(Citation.of("ningxia-2019", "附件3 第二十二条第二款"), ningxia.citation());
    }

    @Test
    @DisplayName("fushun-2026 细则 第二十一条 archives promptly (及时: no count); tianjin-2019 sets no archiving limit")
    void noCount() {
        DueDate fushun = deadlines("fushun-2026").archiveDue(FRI_7_NOV);
        assertEquals(DueDate.Status.PROMPTLY, fushun.status());
        assertNull(fushun.dateOrNull());
        assertEquals(Citation.of("fushun-2026", "细则 第二十一条"), fushun.citation());
        assertEquals(DueDate.Status.NOT_SET, deadlines("tianjin-2019").archiveDue(FRI_7_NOV).status());
    }

    @Test
    @DisplayName("archiveDue reads the case's closed date (chongqing-2024 全过程记录 第十二条); without it no date")
    void fromFacts() {
        CaseDates closed = new CaseDates(null, null, null, null, null, null, null, FRI_7_NOV, null);
        CaseFacts facts = CaseFacts.builder("c", "chongqing-2024").dates(closed).build();
        assertEquals(LocalDate.of(2025, 12, 5), deadlines("chongqing-2024").archiveDue(facts).dateOrNull());
        CaseFacts open = CaseFacts.builder("c", "chongqing-2024").build();
        assertEquals(DueDate.Status.AWAITING_START, deadlines("chongqing-2024").archiveDue(open).status());
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十六条第三款: AV to dedicated storage within 2 working days; ningxia-2019 附件3 第二十四条 promptly")
    void avStorage() {
        DueDate wuhan = deadlines("wuhan-2020").avStorageDue(LocalDate.of(2025, 11, 13));
        assertEquals(LocalDate.of(2025, 11, 17), wuhan.dateOrNull());
        assertEquals(Citation.of("wuhan-2020", "全过程记录 第二十六条第三款"), wuhan.citation());
        assertEquals(DueDate.Status.PROMPTLY, deadlines("ningxia-2019").avStorageDue(FRI_7_NOV).status());
        assertEquals(DueDate.Status.NOT_SET, deadlines("chongqing-2024").avStorageDue(FRI_7_NOV).status());
    }

    @Test
    @DisplayName("emergency start: wuhan-2020 全过程记录 第十二条 2 working days; fushun-2026 细则 第六条 24 hours")
    void emergency() {
        LocalDateTime started = FRI_7_NOV.atTime(16, 30);
        DueDate wuhan = deadlines("wuhan-2020").emergencyCompletionDue(started);
        assertEquals(LocalDate.of(2025, 11, 11), wuhan.dateOrNull());
        assertEquals(Citation.of("wuhan-2020", "全过程记录 第十二条第一款"), wuhan.citation());
        DueDate fushun = deadlines("fushun-2026").emergencyCompletionDue(started);
        assertEquals(LocalDateTime.of(2025, 11, 8, 16, 30), fushun.deadline().dueAt());
        assertEquals(TimeLimit.hours(24), fushun.limit());
        assertEquals(Citation.of("fushun-2026", "细则 第六条第二款"), fushun.citation());
        assertEquals(DueDate.Status.NOT_SET, deadlines("chongqing-2024").emergencyCompletionDue(started).status());
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十六条第四款: closed files go to the archive by the end of March of the next year")
    void annualHandOver() {
        RecordDeadlines.HandOver handOver = deadlines("wuhan-2020").annualHandOverDue(FRI_7_NOV).orElseThrow();
        assertEquals(LocalDate.of(2026, 3, 31), handOver.date());
        assertTrue(deadlines("chongqing-2024").annualHandOverDue(FRI_7_NOV).isEmpty());
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十七条: AV on the device at least 3 months; evidence AV and text as the case file")
    void wuhanRetention() {
        Retention device = retention("wuhan-2020").retentionFor("av-device").orElseThrow();
        assertEquals(Period.ofMonths(3), device.period());
        assertTrue(device.atLeast());
        assertEquals(LocalDate.of(2026, 2, 7), device.keptUntil(FRI_7_NOV).orElseThrow());
        assertEquals(Citation.of("wuhan-2020", "全过程记录 第二十七条第一款"), device.citation());
        Retention evidence = retention("wuhan-2020").retentionFor("av-evidence").orElseThrow();
        assertTrue(evidence.caseFile());
        assertTrue(evidence.keptUntil(FRI_7_NOV).isEmpty());
        assertEquals("case-file", retention("wuhan-2020").retentionFor("text").orElseThrow().value());
    }

    @Test
    @DisplayName("fushun-2026 细则 第二十二条: device AV 3 months, routine-inspection AV 6 months, evidence AV as the case file")
    void fushunRetention() {
        RetentionPolicy fushun = retention("fushun-2026");
        assertEquals("P3M", fushun.retentionFor("av-device").orElseThrow().value());
        Retention routine = fushun.retentionFor("av-routine-inspection").orElseThrow();
        assertEquals(Period.ofMonths(6), routine.period());
        assertEquals(Citation.of("fushun-2026", "细则 第二十二条第二款"), routine.citation());
        assertTrue(fushun.retentionFor("av-evidence").orElseThrow().caseFile());
        assertEquals(4, fushun.all().size());
    }

    @Test
    @DisplayName("ningxia-2019 附件3 第二十五条: AV kept as long as the case file; chongqing-2024 第十三条: evidence AV likewise")
    void otherRetention() {
        Retention ningxia = retention("ningxia-2019").retentionFor("av").orElseThrow();
        assertTrue(ningxia.caseFile());
        assertEquals(Citation.of("ningxia-2019", "附件3 第二十五条第二款"), ningxia.citation());
        assertEquals(Citation.of("ningxia-2019", "附件3 第二十二条第二款"),
                retention("ningxia-2019").retentionFor("text").orElseThrow().citation());
        Retention chongqing = retention("chongqing-2024").retentionFor("av-evidence").orElseThrow();
        assertEquals(Citation.of("chongqing-2024", "全过程记录 第十三条"), chongqing.citation());
        assertTrue(retention("chongqing-2024").retentionFor("av-device").isEmpty(), "Chongqing sets no number");
        assertThrows(IllegalArgumentException.class, () -> retention("chongqing-2024").retentionFor("video"));
    }

    @Test
    @DisplayName("fushun-2026 细则 第二十三条（一）–（四）: long-term retention triggers, as codes with zh_CN and en labels")
    void longTerm() {
        RetentionPolicy fushun = retention("fushun-2026");
        assertEquals(List.of(LongTermReason.PARTY_OBJECTION, LongTermReason.OBSTRUCTION, LongTermReason.MASS_INCIDENT,
                LongTermReason.OTHER_IMPORTANT), fushun.longTermTriggers().stream().map(t -> t.reason()).toList());
        List<RetentionPolicy.LongTermTrigger> shown = fushun.longTermRetention(Set.of(LongTermReason.OBSTRUCTION));
        assertEquals(1, shown.size());
        assertEquals(Citation.of("fushun-2026", "细则 第二十三条（二）"), shown.get(0).citation());
        assertTrue(shown.get(0).label("zh_CN").contains("阻碍"));
        assertFalse(shown.get(0).label("en").isBlank());
        assertTrue(fushun.longTermRetention(Set.of()).isEmpty());
        assertTrue(retention("wuhan-2020").longTermRetention(Set.of(LongTermReason.OBSTRUCTION)).isEmpty(),
                "only Fushun sets long-term triggers");
        assertEquals(LongTermReason.MASS_INCIDENT, LongTermReason.fromCode("mass-incident"));
    }

    @Test
    @DisplayName("access rules: chongqing-2024 第十五条, wuhan-2020 第二十七/二十九条, fushun-2026 第二十五/二十六条")
    void access() {
        assertTrue(RecordAccess.rules(PROFILES.get("chongqing-2024")).stream()
                .allMatch(a -> a.citation().article().startsWith("全过程记录 第十五条")));
        List<String> wuhan = RecordAccess.rules(PROFILES.get("wuhan-2020")).stream().map(a -> a.citation().article()).toList();
        assertTrue(wuhan.contains("全过程记录 第二十七条第三款") && wuhan.contains("全过程记录 第二十九条第三款"), wuhan.toString());
        RecordAccess.AccessRule borrowing = RecordAccess.rules(PROFILES.get("fushun-2026")).stream()
                .filter(a -> a.code().equals("internal-borrowing")).findFirst().orElseThrow();
        assertEquals(Citation.of("fushun-2026", "细则 第二十六条"), borrowing.citation());
        assertFalse(borrowing.label("en").isBlank());
    }
}
