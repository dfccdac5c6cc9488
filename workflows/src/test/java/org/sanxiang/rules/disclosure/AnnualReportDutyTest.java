package org.sanxiang.rules.disclosure;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.rules.calendar.WeekdaysOnlyTestCalendar;
import org.sanxiang.rules.profile.ProfileRegistry;

/** The annual report's duty as each shipped profile states it: date, recipients, review, or why there is none. */
class AnnualReportDutyTest {

    static DisclosureDecider decider(String profile) {
        return new DisclosureDecider(ProfileRegistry.shipped().get(profile), new WeekdaysOnlyTestCalendar());
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十四条: the 2025 report by 2026-01-31, to the government at the same level and the superior department")
    void chongqing2024_公示_第十四条() {
        DisclosureDecider.AnnualReportDuty duty = decider("chongqing-2024").annualReport(2025).orElseThrow();
        assertEquals(LocalDate.of(2026, 1, 31), duty.due());
        assertEquals("chongqing-2024 公示 第十四条", duty.citation().toString());
        assertEquals(List.of("government", "superior"), duty.recipients().stream().map(DisclosureRules.Recipient::code).toList());
        assertEquals("本级人民政府", duty.recipients().get(0).zhCN());
        assertNull(duty.review());
    }

    @Test
    @DisplayName("tianjin-2019 实施方案 三（一）3（3）: by 15 January to 局法规处 and 市政府, reviewed by the Party group")
    void tianjin2019_实施方案_三_一_3_3() {
        DisclosureDecider.AnnualReportDuty duty = decider("tianjin-2019").annualReport(2025).orElseThrow();
        assertEquals(LocalDate.of(2026, 1, 15), duty.due());
        assertEquals(List.of("legal-division", "city-government"), duty.recipients().stream().map(DisclosureRules.Recipient::code).toList());
        assertEquals("局党组会审议", duty.review().zhCN());
        assertEquals("实施方案 三（一）3（3）", duty.review().citation());
    }

    @Test
    @DisplayName("wuhan-2020 公示, ningxia-2019 附件1/附件2, fushun-2026 细则 第一条: no annual report, each saying why with its article")
    void noDutyElsewhere() {
        assertTrue(decider("wuhan-2020").annualReport(2025).isEmpty());
        assertTrue(decider("wuhan-2020").noAnnualReport().startsWith("wuhan-2020 公示 第一条至第十三条: "));
        assertTrue(decider("ningxia-2019").annualReport(2025).isEmpty());
        assertTrue(decider("ningxia-2019").noAnnualReport().startsWith("ningxia-2019 附件1 公示办法; 附件2 公示事项清单: "));
        assertTrue(decider("fushun-2026").annualReport(2025).isEmpty());
        assertTrue(decider("fushun-2026").noAnnualReport().startsWith("fushun-2026 细则 第一条: "), decider("fushun-2026").noAnnualReport());
    }
}
