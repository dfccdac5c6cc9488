package org.sanxiang.rules.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.rules.Citation;

/** Coverage and the flagged ambiguities of the shipped profiles (DESIGN.md, "No invented law"). */
class SeedsRoundTwoProfilesTest {

    private static final ProfileRegistry SHIPPED = ProfileRegistry.shipped();

    @Test
    @DisplayName("fushun-2026 细则 第一条: legal review and disclosure are not covered, with the article saying so; records are")
    void fushunCoverage() {
        JurisdictionProfile fushun = SHIPPED.get("fushun-2026");
        Coverage disclosure = fushun.notCovered(JurisdictionProfile.DISCLOSURE).orElseThrow();
        assertEquals(Citation.of("fushun-2026", "细则 第一条"), disclosure.citation());
        assertEquals("fushun-2026 does not regulate disclosure (细则 第一条: 本细则只规定行政执法全过程记录制度)", disclosure.reason());
        assertTrue(fushun.notCovered(JurisdictionProfile.LEGAL_REVIEW).isPresent());
        assertTrue(fushun.notCovered(JurisdictionProfile.RECORD).isEmpty());
        for (String id : ProfileRegistry.SHIPPED) {
            if (!id.equals("fushun-2026")) {
                assertTrue(SHIPPED.get(id).notCovered(JurisdictionProfile.DISCLOSURE).isEmpty(), id);
            }
        }
    }

    @Test
    @DisplayName("every shipped profile flags where its seed leaves a choice: section, article and the reading taken")
    void ambiguitiesAreFlagged() {
        for (JurisdictionProfile profile : SHIPPED.all()) {
            assertFalse(profile.ambiguities().isEmpty(), profile.id());
            for (Ambiguity a : profile.ambiguities()) {
                assertFalse(a.article().isBlank(), profile.id() + " " + a.id());
                assertFalse(a.reading().isBlank(), profile.id() + " " + a.id());
                assertTrue(java.util.Set.of("legalReview", "disclosure", "record", "access", "catalogue").contains(a.section()),
                        profile.id() + " " + a.id() + ": " + a.section());
            }
        }
    }

    @Test
    @DisplayName("a district inherits its parent's coverage (cited in the parent's document) and ambiguities, and may drop one")
    void districtInherits() {
        ProfileRegistry registry = DistrictProfiles.with("xinfu-2026", """
                {"id": "xinfu-2026", "extends": "fushun-2026", "ambiguities": {"access-unnamed": null}}""");
        JurisdictionProfile district = registry.get("xinfu-2026");
        assertEquals("fushun-2026", district.rootId());
        assertEquals(Citation.of("fushun-2026", "细则 第一条"),
                district.notCovered(JurisdictionProfile.DISCLOSURE).orElseThrow().citation());
        assertEquals(SHIPPED.get("fushun-2026").ambiguities().size() - 1, district.ambiguities().size());
    }

    @Test
    @DisplayName("an ambiguity without its article is refused, naming the file and the field")
    void badAmbiguity() {
        ProfileException e = assertThrows(ProfileException.class, () -> DistrictProfiles.with("bad-2024", """
                {"id": "bad-2024", "extends": "chongqing-2024", "ambiguities": {"x": {"section": "record", "reading": "r"}}}"""));
        assertTrue(e.getMessage().contains("field 'ambiguities.x.article'"), e.getMessage());
    }
}
