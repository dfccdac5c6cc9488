package org.sanxiang.rules.access;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.profile.DistrictProfiles;
import org.sanxiang.rules.profile.ProfileRegistry;

class AccessRuleTest {

    private final AccessRule rule = new AccessRule();
    private final CaseAccessFacts open = new CaseAccessFacts(Set.of("party-1"), false);

    private static AccessRequest request(String profile, RequesterKind kind, String basis, String order, String partyId) {
        return new AccessRequest(profile, kind, "张三", "某单位", basis, order, partyId, "办案需要", 5);
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十九条第三款: a lawyer without a court investigation order is refused")
    void wuhanLawyerWithoutCourtOrderIsRefused() {
        AccessDecision d = rule.decide(request("wuhan-2020", RequesterKind.LAWYER, "委托", null, null), open);
        assertFalse(d.admissible());
        assertTrue(d.citations().contains(Citation.of("wuhan-2020", "全过程记录 第二十九条第三款")));
        assertTrue(d.summary().contains("investigation order"));
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十九条第三款、第一款: a lawyer with a court order is admitted; the head approves")
    void wuhanLawyerWithCourtOrderIsAdmitted() {
        AccessDecision d = rule.decide(request("wuhan-2020", RequesterKind.LAWYER, null, "(2026)鄂0102调字第7号", null), open);
        assertTrue(d.admissible());
        assertEquals(AccessRule.GROUP_LEADERS, d.approverGroup());
        assertTrue(d.withheld().isEmpty());
        assertTrue(d.citations().contains(Citation.of("wuhan-2020", "全过程记录 第二十九条第一款")));
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十九条第二款: an audit organ needs an official letter")
    void wuhanAuditOrganNeedsLetter() {
        assertFalse(rule.decide(request("wuhan-2020", RequesterKind.AUDIT_ORGAN, " ", null, null), open).admissible());
        assertTrue(rule.decide(request("wuhan-2020", RequesterKind.AUDIT_ORGAN, "审计函〔2026〕3号", null, null), open).admissible());
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十九条第四款: the party gets its own case, never third-party information")
    void wuhanPartyOwnCaseWithholdsThirdParties() {
        AccessDecision d = rule.decide(request("wuhan-2020", RequesterKind.PARTY, null, null, "party-1"), open);
        assertTrue(d.admissible());
        assertTrue(d.withheld().containsAll(Set.of(ProtectedInformation.WHISTLEBLOWER, ProtectedInformation.COMPLAINANT,
                ProtectedInformation.THIRD_PARTY, ProtectedInformation.STATE_SECRET)));
        assertTrue(d.citations().contains(Citation.of("wuhan-2020", "全过程记录 第二十九条第四款")));
    }

    @Test
    @DisplayName("chongqing-2024 全过程记录 第十五条第四款: a party asking for someone else's case is refused")
    void partyOfAnotherCaseIsRefused() {
        AccessDecision d = rule.decide(request("chongqing-2024", RequesterKind.PARTY, null, null, "party-9"), open);
        assertFalse(d.admissible());
        assertTrue(d.summary().contains("party-9 is not a party"));
    }

    @Test
    @DisplayName("chongqing-2024 全过程记录 第十五条第三款、第四款: organs and parties via the enforcement unit; archived via archivists")
    void chongqingApprovers() {
        assertEquals(AccessRule.GROUP_ENFORCEMENT,
                rule.decide(request("chongqing-2024", RequesterKind.SUPERVISORY_ORGAN, "监察函", null, null), open).approverGroup());
        assertEquals(AccessRule.GROUP_ARCHIVISTS, rule.decide(request("chongqing-2024", RequesterKind.PARTY, null, null, "party-1"),
                new CaseAccessFacts(Set.of("party-1"), true)).approverGroup());
    }

    @Test
    @DisplayName("chongqing-2024 全过程记录 第十五条第一款: internal material, no route for the public or a lawyer")
    void chongqingPublicAndLawyerRefused() {
        for (RequesterKind kind : new RequesterKind[] {RequesterKind.PUBLIC, RequesterKind.LAWYER, RequesterKind.AUDIT_ORGAN}) {
            AccessDecision d = rule.decide(request("chongqing-2024", kind, "x", "y", null), open);
            assertFalse(d.admissible(), kind.name());
            assertEquals(Citation.of("chongqing-2024", "全过程记录 第十五条第一款"), d.citations().get(0));
        }
    }

    @Test
    @DisplayName("ningxia-2019 附件3 第二十六条: the party with the head's consent; courts and supervisory organs are not refused (the text refuses nobody)")
    void ningxiaOnlyParty() {
        AccessDecision party = rule.decide(request("ningxia-2019", RequesterKind.PARTY, null, null, "party-1"), open);
        assertEquals(AccessRule.GROUP_LEADERS, party.approverGroup());
        assertTrue(party.regulated());
        assertEquals(List.of(Citation.of("ningxia-2019", "附件3 第二十六条")), party.citations());
        for (RequesterKind kind : List.of(RequesterKind.COURT, RequesterKind.SUPERVISORY_ORGAN)) {
            AccessDecision organ = rule.decide(request("ningxia-2019", kind, "函", null, null), open);
            assertTrue(organ.admissible(), kind.name());
            assertFalse(organ.regulated(), kind.name());
            assertEquals(AccessRule.GROUP_LEADERS, organ.approverGroup());
            assertTrue(organ.summary().contains("does not regulate"));
        }
    }

    @Test
    @DisplayName("fushun-2026 全过程记录细则 第二十六条: an internal unit borrows with a slip naming the unit; archivists approve")
    void fushunInternalBorrowing() {
        AccessDecision d = rule.decide(request("fushun-2026", RequesterKind.INTERNAL_UNIT, null, null, null), open);
        assertEquals(AccessRule.GROUP_ARCHIVISTS, d.approverGroup());
        AccessRequest noUnit = new AccessRequest("fushun-2026", RequesterKind.INTERNAL_UNIT, "李四", " ", null, null, null, "复核", 3);
        assertFalse(rule.decide(noUnit, open).admissible());
    }

    @Test
    @DisplayName("fushun-2026 全过程记录细则 第二十五条第一款: the public asks under open-government rules; secrets and privacy withheld")
    void fushunPublicWithholdsPrivacy() {
        AccessDecision d = rule.decide(request("fushun-2026", RequesterKind.PUBLIC, null, null, null), open);
        assertTrue(d.admissible());
        assertTrue(d.withheld().containsAll(Set.of(ProtectedInformation.COMMERCIAL_SECRET, ProtectedInformation.PERSONAL_PRIVACY)));
    }

    @Test
    @DisplayName("tianjin-2019 实施方案 三（二）4（2）: real-time access for supervision; an unknown profile is an error naming the field")
    void tianjinAndUnknownProfile() {
        AccessDecision supervision = rule.decide(request("tianjin-2019", RequesterKind.ENFORCEMENT_SUPERVISION, null, null, null), open);
        assertTrue(supervision.admissible());
        assertTrue(supervision.realTime());
        assertEquals(List.of(Citation.of("tianjin-2019", "实施方案 三（二）4（2）")), supervision.citations());
        assertEquals(AccessRule.GROUP_ARCHIVISTS, rule.decide(request("tianjin-2019", RequesterKind.ENFORCEMENT_SUPERVISION,
                null, null, null), new CaseAccessFacts(Set.of("party-1"), true)).approverGroup());
        AccessDecision court = rule.decide(request("tianjin-2019", RequesterKind.COURT, "函", null, null), open);
        assertTrue(court.admissible());
        assertFalse(court.regulated());
        assertFalse(court.realTime());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rule.decide(request("shanghai-2030", RequesterKind.COURT, "函", null, null), open));
        assertTrue(e.getMessage().startsWith("profileId"));
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二十九条第四款: records holding withheld information stay back, the rest is released")
    void releasePlanSplitsRecords() {
        AccessDecision d = rule.decide(request("wuhan-2020", RequesterKind.PARTY, null, null, "party-1"), open);
        AccessRule.ReleasePlan plan = rule.release(d, Map.of(
                "inspection-record", Set.of(),
                "complaint", Set.of(ProtectedInformation.COMPLAINANT),
                "witness-statement", Set.of(ProtectedInformation.THIRD_PARTY)));
        assertEquals(java.util.List.of("inspection-record"), plan.released());
        assertEquals(Set.of(ProtectedInformation.COMPLAINANT), plan.withheld().get("complaint"));
        assertEquals(2, plan.withheld().size());
    }

    @Test
    @DisplayName("access routes are profile data: a district profile extending each shipped profile decides as its parent")
    void districtProfilesInheritTheRoutes() {
        for (String parent : ProfileRegistry.SHIPPED) {
            String district = parent.replace("-20", "-district-20");
            ProfileRegistry registry = DistrictProfiles.with(district,
                    "{\"id\": \"" + district + "\", \"extends\": \"" + parent + "\"}");
            AccessRule districtRule = new AccessRule(registry);
            for (RequesterKind kind : RequesterKind.values()) {
                AccessDecision own = districtRule.decide(request(district, kind, "函", "(2026)调字第1号", "party-1"), open);
                AccessDecision inherited = rule.decide(request(parent, kind, "函", "(2026)调字第1号", "party-1"), open);
                assertEquals(inherited.admissible(), own.admissible(), district + " " + kind);
                assertEquals(inherited.approverGroup(), own.approverGroup(), district + " " + kind);
                assertEquals(inherited.citations(), own.citations(), district + " " + kind);
            }
        }
    }

    @Test
    void badRequestsNameTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AccessRequest("wuhan-2020", RequesterKind.COURT, " ", "x", "x", null, null, "r", 1));
        assertTrue(e.getMessage().contains("requesterName"));
        e = assertThrows(IllegalArgumentException.class,
                () -> new AccessRequest("wuhan-2020", RequesterKind.COURT, "a", "x", "x", null, null, "r", 0));
        assertTrue(e.getMessage().contains("periodWorkingDays"));
    }
}
