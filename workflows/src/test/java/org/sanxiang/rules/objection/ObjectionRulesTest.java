package org.sanxiang.rules.objection;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.rules.calendar.WeekdaysOnlyTestCalendar;
import org.sanxiang.rules.profile.ProfileRegistry;

class ObjectionRulesTest {

    static ObjectionRules rules(String profile) {
        return ObjectionRules.of(ProfileRegistry.shipped().get(profile));
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十三条第二款: the unit with the legal office, promptly (及时, no day count)")
    void chongqing() {
        ObjectionRules r = rules("chongqing-2024");
        assertTrue(r.covered());
        assertTrue(r.legalOfficeChecks());
        assertTrue(r.due(LocalDate.of(2026, 3, 2), new WeekdaysOnlyTestCalendar()).isEmpty());
        assertTrue(r.noCount("chongqing-2024").orElseThrow().contains("公示 第十三条第二款"));
    }

    @Test
    @DisplayName("wuhan-2020 公示 第十二条: the unit alone, promptly")
    void wuhan() {
        ObjectionRules r = rules("wuhan-2020");
        assertFalse(r.legalOfficeChecks());
        assertTrue(r.due(LocalDate.of(2026, 3, 2), new WeekdaysOnlyTestCalendar()).isEmpty());
    }

    @Test
    @DisplayName("ningxia-2019 附件1 公示办法 第十四条: 10 working days from receipt")
    void ningxia() {
        ObjectionRules r = rules("ningxia-2019");
        assertEquals(LocalDate.of(2026, 3, 16), r.due(LocalDate.of(2026, 3, 2), new WeekdaysOnlyTestCalendar()).orElseThrow().dueDate());
    }

    @Test
    @DisplayName("tianjin-2019 实施方案 and fushun-2026: not covered, with the reason")
    void notCovered() {
        assertFalse(rules("tianjin-2019").covered());
        assertTrue(rules("tianjin-2019").notCovered().contains("三（一）3（2）"));
        assertFalse(rules("fushun-2026").covered());
        assertTrue(rules("fushun-2026").notCovered().contains("fushun-2026"));
    }
}
