package org.sanxiang.rules.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.rules.profile.JurisdictionProfile;
import org.sanxiang.rules.profile.ProfileException;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.record.RecordRules;

/** The five shipped profiles bind both sections; bad data is an error naming file and field. */
class DisclosureProfilesTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("all five profiles bind 'disclosure' and 'record'; fushun-2026 (细则, record only) says it does not cover disclosure")
    void allFiveBind() {
        ProfileRegistry registry = ProfileRegistry.shipped();
        for (JurisdictionProfile profile : registry.all()) {
            DisclosureRules disclosure = DisclosureRules.of(profile);
            RecordRules record = RecordRules.of(profile);
            assertTrue(profile.covers(JurisdictionProfile.RECORD), profile.id());
            assertFalse(record.retention().isEmpty(), profile.id());
            if (profile.id().equals("fushun-2026")) {
                assertFalse(profile.covers(JurisdictionProfile.DISCLOSURE));
                assertSame(DisclosureRules.NONE, disclosure);
            } else {
                assertTrue(profile.covers(JurisdictionProfile.DISCLOSURE), profile.id());
                assertFalse(disclosure.actions().isEmpty(), profile.id());
                assertFalse(disclosure.exclusions().isEmpty(), profile.id());
                assertTrue(disclosure.problems().isEmpty(), profile.id());
            }
        }
    }

    @Test
    @DisplayName("an unknown field in the disclosure section is an error naming the file and the field")
    void unknownField() throws IOException {
        write("""
                {"id": "test-district", "extends": "chongqing-2024",
                 "disclosure": {"withdrawal": {"workingDays": 3, "from": ["revoked"], "citation": "x", "dayz": 1}}}
                """);
        JurisdictionProfile profile = ProfileRegistry.load(dir).get("test-district");
        ProfileException e = assertThrows(ProfileException.class, () -> DisclosureRules.of(profile));
        assertTrue(e.getMessage().contains("test-district.json") && e.getMessage().contains("dayz"), e.getMessage());
    }

    @Test
    @DisplayName("a district may change a number (Chongqing 公示 第二条: 另有规定的从其规定); bad values name their field")
    void districtOverridesAndValidation() throws IOException {
        write("""
                {"id": "test-district", "extends": "chongqing-2024",
                 "disclosure": {"withdrawal": {"workingDays": 2, "from": ["revoked"], "citation": "区 第三条"}}}
                """);
        DisclosureRules rules = DisclosureRules.of(ProfileRegistry.load(dir).get("test-district"));
        assertEquals(2, rules.withdrawal().workingDays());
        assertEquals(7, rules.actions().get("penalty").due().workingDays(), "the parent's value stays");

        write("""
                {"id": "test-district", "extends": "ningxia-2019",
                 "disclosure": {"actions": {"penalty": {"displayPeriod": {"period": "one year", "citation": "x"}},
                                            "fine": {"due": {"days": 3, "hours": 2, "from": ["whenever"], "citation": "x"}}},
                                "exclusions": [{"reason": "embarrassing", "effect": "withhold", "citation": "x"}]}}
                """);
        JurisdictionProfile bad = ProfileRegistry.load(dir).get("test-district");
        ProfileException e = assertThrows(ProfileException.class, () -> DisclosureRules.of(bad));
        for (String expected : new String[] {"actions.penalty.displayPeriod.period", "actions.fine",
                "actions.fine.due: set exactly one", "actions.fine.due.from", "exclusions[0]", "embarrassing"}) {
            assertTrue(e.getMessage().contains(expected), expected + " in " + e.getMessage());
        }
    }

    @Test
    @DisplayName("record section: a stage's unknown record kind and a bad retention period name their fields")
    void recordValidation() throws IOException {
        write("""
                {"id": "test-district", "extends": "fushun-2026",
                 "record": {"retention": [{"record": "av-device", "period": "three months", "citation": "x"}],
                            "procedures": [{"actions": ["penalty"], "citation": "x",
                              "general": [{"code": "start", "zh_CN": "启动", "en": "Start",
                                           "records": {"allOf": ["video"]}}]}]}}
                """);
        JurisdictionProfile bad = ProfileRegistry.load(dir).get("test-district");
        ProfileException e = assertThrows(ProfileException.class, () -> RecordRules.of(bad));
        assertTrue(e.getMessage().contains("retention[0].period") && e.getMessage().contains("video")
                && e.getMessage().contains("procedures[0].general[0].records"), e.getMessage());
    }

    private void write(String json) throws IOException {
        Files.writeString(dir.resolve("test-district.json"), json, StandardCharsets.UTF_8);
    }
}
