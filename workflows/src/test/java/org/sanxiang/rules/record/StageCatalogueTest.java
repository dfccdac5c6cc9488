package org.sanxiang.rules.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.Procedure;
import org.sanxiang.rules.profile.JurisdictionProfile;
import org.sanxiang.rules.profile.ProfileRegistry;

class StageCatalogueTest {

    static final ProfileRegistry PROFILES = ProfileRegistry.shipped();

    static StagePlan plan(String profile, ActionCategory action) {
        return StageCatalogue.stagesFor(PROFILES.get(profile), action, Procedure.GENERAL);
    }

    static List<String> codes(List<Stage> stages) {
        return stages.stream().map(Stage::code).toList();
    }

    @Test
    @DisplayName("chongqing-2024 全过程记录 第三条第二款: a penalty's general and special stages, from 获取违法线索")
    void chongqingPenalty() {
        StagePlan plan = plan("chongqing-2024", ActionCategory.PENALTY);
        assertTrue(plan.covered());
        assertEquals("获取违法线索", plan.start());
        assertEquals("Lead on a violation obtained", plan.startEn());
        assertEquals(List.of("acceptance", "filing", "investigation", "review", "decision", "service", "execution",
                "termination", "archiving"), codes(plan.general()));
        assertEquals(List.of("evidence-preservation", "hearing", "extension"), codes(plan.special()));
        assertEquals(Citation.of("chongqing-2024", "全过程记录 第三条第二款"), plan.citation());
        assertEquals("调查取证", plan.stage("investigation").orElseThrow().label("zh_CN"));
    }

    @Test
    @DisplayName("chongqing-2024 全过程记录 第八条第三款: AV is required when the party does not cooperate (conditional, not mandatory)")
    void chongqingUncooperative() {
        Stage investigation = plan("chongqing-2024", ActionCategory.PENALTY).stage("investigation").orElseThrow();
        assertFalse(investigation.avMandatory());
        assertTrue(investigation.avRequiredSometimes());
        AvRequirement rule = investigation.avRules().get(0);
        assertEquals("party-uncooperative", rule.when());
        assertFalse(rule.mandatory());
        assertEquals(Citation.of("chongqing-2024", "全过程记录 第八条第三款"), rule.citation());
        assertFalse(plan("chongqing-2024", ActionCategory.PENALTY).stage("review").orElseThrow().avRequiredSometimes());
    }

    @Test
    @DisplayName("chongqing-2024 全过程记录 第三条第三款 and 第八条第四款: a coercive measure's implementation needs uninterrupted AV")
    void chongqingCoercive() {
        StagePlan plan = plan("chongqing-2024", ActionCategory.COERCIVE);
        assertEquals("呈报审批", plan.start());
        assertEquals(List.of("review-decision", "demand", "service", "implementation", "termination", "archiving"),
                codes(plan.general()));
        assertEquals(List.of("suspension", "extension"), codes(plan.special()));
        Stage implementation = plan.stage("implementation").orElseThrow();
        assertTrue(implementation.avMandatory());
        assertEquals(List.of(Citation.of("chongqing-2024", "全过程记录 第八条第四款")), implementation.avMandatoryCitations());
        assertFalse(plan.stage("demand").orElseThrow().avMandatory());
        // the seal-or-seize rule is for coercive measures only
        assertFalse(plan("chongqing-2024", ActionCategory.PENALTY).avRules().stream().anyMatch(AvRequirement::mandatory));
    }

    @Test
    @DisplayName("chongqing-2024 全过程记录 第三条第四款: an inspection's stages; 第六条: text or AV records")
    void chongqingInspection() {
        StagePlan plan = plan("chongqing-2024", ActionCategory.INSPECTION);
        assertEquals(List.of("initiation", "on-site-check", "service", "re-inspection", "archiving"), codes(plan.general()));
        assertEquals(List.of("inquiry", "order-correction"), codes(plan.special()));
        Stage check = plan.stage("on-site-check").orElseThrow();
        assertEquals(Set.of(RecordKind.TEXT, RecordKind.AV), check.requiredAnyOf());
        assertTrue(check.requiredAll().isEmpty());
    }

    @Test
    @DisplayName("chongqing-2024 全过程记录 第三条第五款: licence, confirmation and reward share their stages; 第二条 leaves levies out")
    void chongqingLicenceAndLevy() {
        assertEquals(List.of("receipt", "acceptance", "review-decision", "service", "archiving"),
                codes(plan("chongqing-2024", ActionCategory.REWARD).general()));
        assertEquals(List.of("supplement", "site-survey", "suspension", "extension", "hearing"),
                codes(plan("chongqing-2024", ActionCategory.LICENCE).special()));
        StagePlan levy = plan("chongqing-2024", ActionCategory.LEVY);
        assertFalse(levy.covered());
        assertEquals(Citation.of("chongqing-2024", "全过程记录 第二条"), levy.note());
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第三条: penalty, inspection and licence stages; 第五条: text is the basic record")
    void wuhan() {
        StagePlan penalty = plan("wuhan-2020", ActionCategory.PENALTY);
        assertEquals(List.of("acceptance", "filing", "investigation", "review", "decision", "service", "termination"),
                codes(penalty.general()));
        assertEquals(List.of("sampling", "evidence-preservation", "prior-notice", "hearing", "suspension", "extension"),
                codes(penalty.special()));
        assertEquals(Set.of(RecordKind.TEXT), penalty.stage("decision").orElseThrow().requiredAll());
        StagePlan inspection = plan("wuhan-2020", ActionCategory.INSPECTION);
        assertEquals(List.of("on-site-check", "sign-opinion", "service"), codes(inspection.general()));
        assertEquals(List.of("inquiry", "site-survey", "sampling", "appraisal", "order-correction", "re-inspection"),
                codes(inspection.special()));
        assertEquals(List.of("receipt", "acceptance", "supplement", "verification", "examination", "decision", "service"),
                codes(plan("wuhan-2020", ActionCategory.LEVY).general()));
        StagePlan coercive = plan("wuhan-2020", ActionCategory.COERCIVE);
        assertFalse(coercive.covered());
        assertEquals(Citation.of("wuhan-2020", "全过程记录 第二条"), coercive.note());
    }

    @Test
    @DisplayName("ningxia-2019 附件4 第1–9项: a penalty's record items with their record method")
    void ningxiaPenalty() {
        StagePlan plan = plan("ningxia-2019", ActionCategory.PENALTY);
        assertEquals(9, plan.stages().size());
        assertTrue(plan.stages().stream().allMatch(s -> s.type().equals("item")));
        Stage onSite = plan.stage("on-site-evidence").orElseThrow();
        assertEquals(1, onSite.item());
        assertEquals("录像和照相", onSite.method());
        assertEquals(Set.of(RecordKind.AV, RecordKind.PHOTO), onSite.requiredAll());
        assertTrue(onSite.avMandatory());
        assertEquals(List.of(Citation.of("ningxia-2019", "附件4 第1项")), onSite.avMandatoryCitations());
        Stage notice = plan.stage("notice").orElseThrow();
        assertEquals(Set.of(RecordKind.AV), notice.requiredAll());
        assertTrue(notice.avMandatory());
        Stage review = plan.stage("legal-review").orElseThrow();
        assertEquals(Set.of(RecordKind.TEXT), review.requiredAll());
        assertFalse(review.avMandatory());
        Stage preservation = plan.stage("evidence-preservation").orElseThrow();
        assertEquals(Set.of(RecordKind.TEXT, RecordKind.AV, RecordKind.PHOTO), preservation.requiredAnyOf());
        assertFalse(preservation.avMandatory());
        assertEquals("case-file", onSite.minimumStorage().value());
    }

    @Test
    @DisplayName("ningxia-2019 附件4 第10–11项: inspection records are kept at least 6 months; 第17项 coercive sealing")
    void ningxiaInspectionAndCoercive() {
        StagePlan inspection = plan("ningxia-2019", ActionCategory.INSPECTION);
        assertEquals(List.of("random-selection", "on-site-check"), codes(inspection.stages()));
        Stage check = inspection.stage("on-site-check").orElseThrow();
        assertEquals(java.time.Period.ofMonths(6), check.minimumStorage().period());
        assertEquals(Citation.of("ningxia-2019", "附件4 第11项"), check.citation());
        StagePlan coercive = plan("ningxia-2019", ActionCategory.COERCIVE);
        assertEquals(17, coercive.stages().get(0).item());
        assertEquals(5, plan("ningxia-2019", ActionCategory.LICENCE).stages().size());
    }

    @Test
    @DisplayName("ningxia-2019 附件3 第二十九条: confirmation, reward and levy follow the inspection and penalty provisions")
    void ningxiaOthers() {
        for (ActionCategory action : List.of(ActionCategory.CONFIRMATION, ActionCategory.REWARD, ActionCategory.LEVY)) {
            StagePlan plan = plan("ningxia-2019", action);
            assertFalse(plan.covered());
            assertEquals(Citation.of("ningxia-2019", "附件3 第二十九条"), plan.note());
        }
    }

    @Test
    @DisplayName("fushun-2026 细则 第一条: stages 启动…归档; 第九条/第十条/第十六条/第十八条: mandatory AV")
    void fushun() {
        StagePlan plan = plan("fushun-2026", ActionCategory.PENALTY);
        assertEquals(List.of("start", "investigation", "review", "decision", "service", "execution", "archiving"),
                codes(plan.general()));
        Stage onSite = plan.stage("on-site-check").orElseThrow();
        assertTrue(onSite.avMandatory());
        assertTrue(onSite.avMandatoryCitations().contains(Citation.of("fushun-2026", "细则 第九条")));
        for (String code : List.of("sampling", "hearing", "evidence-preservation", "service-by-leaving", "service-by-notice")) {
            assertTrue(plan.stage(code).orElseThrow().avMandatory(), code);
        }
        assertEquals(Citation.of("fushun-2026", "细则 第十条"), plan.stage("evidence-preservation").orElseThrow().citation());
        assertFalse(plan.stage("decision").orElseThrow().avMandatory());
        AvRequirement uncooperative = plan.avRules().stream().filter(r -> r.code().equals("uncooperative-party"))
                .findFirst().orElseThrow();
        assertFalse(uncooperative.mandatory());
        assertEquals(Citation.of("fushun-2026", "细则 第七条"), uncooperative.citation());
        assertTrue(plan("fushun-2026", ActionCategory.INSPECTION).covered());
        StagePlan coercive = plan("fushun-2026", ActionCategory.COERCIVE);
        assertFalse(coercive.covered());
        assertEquals(Citation.of("fushun-2026", "细则 第一条"), coercive.note());
    }

    @Test
    @DisplayName("tianjin-2019 实施方案 三（二）2（1）: no stage list, but full AV for major property and confiscated goods")
    void tianjin() {
        StagePlan plan = plan("tianjin-2019", ActionCategory.COERCIVE);
        assertFalse(plan.covered());
        assertTrue(plan.stages().isEmpty());
        AvRequirement major = plan.avRules().stream().filter(AvRequirement::mandatory).findFirst().orElseThrow();
        assertEquals("major-property-site", major.code());
        assertEquals(Citation.of("tianjin-2019", "实施方案 三（二）2（1）"), major.citation());
        assertFalse(major.label("en").isBlank());
        assertEquals(2, plan.avRules().size());
        assertEquals(Citation.of("tianjin-2019", "实施方案 三（二）2（2）"), plan.note());
    }

    @Test
    @DisplayName("tianjin-2019 实施方案 三（二）2（2）: AV records are labelled with case number, time, place, author, what they prove")
    void tianjinLabelling() {
        StageCatalogue.AvLabelling labelling = StageCatalogue.of(PROFILES.get("tianjin-2019")).avLabelling().orElseThrow();
        assertEquals(List.of("case-number", "captured-at", "place", "captured-by", "proves"), labelling.fields());
        assertEquals(Citation.of("tianjin-2019", "实施方案 三（二）2（2）"), labelling.citation());
        assertTrue(StageCatalogue.of(PROFILES.get("wuhan-2020")).avLabelling().isEmpty());
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第十八条: on-site AV, when made, runs uninterrupted (conditional)")
    void wuhanOnSite() {
        Stage check = plan("wuhan-2020", ActionCategory.INSPECTION).stage("on-site-check").orElseThrow();
        assertFalse(check.avMandatory());
        AvRequirement rule = check.avRules().get(0);
        assertEquals("av-recording-on-site", rule.when());
        assertEquals(Citation.of("wuhan-2020", "全过程记录 第十八条"), rule.citation());
    }

    @Test
    @DisplayName("fushun-2026 细则 第二条: text and AV records, together or separately; ningxia-2019 附件4: recording begins and ends")
    void fushunDefaultsAndNingxiaTimes() {
        Stage decision = plan("fushun-2026", ActionCategory.PENALTY).stage("decision").orElseThrow();
        assertEquals(Set.of(RecordKind.TEXT, RecordKind.AV), decision.requiredAnyOf());
        Stage hearing = plan("ningxia-2019", ActionCategory.PENALTY).stage("hearing").orElseThrow();
        assertEquals("听证会开始前", hearing.begins());
        assertEquals("听证会结束", hearing.ends());
        assertEquals(Citation.of("ningxia-2019", "附件4 第3项"), hearing.citation());
    }

    @Test
    @DisplayName("the summary procedure does not change the stages: no seed lists different ones")
    void summaryProcedure() {
        JurisdictionProfile chongqing = PROFILES.get("chongqing-2024");
        StagePlan summary = StageCatalogue.stagesFor(chongqing, ActionCategory.PENALTY, Procedure.SUMMARY);
        assertEquals(Procedure.SUMMARY, summary.procedure());
        assertEquals(codes(plan("chongqing-2024", ActionCategory.PENALTY).stages()), codes(summary.stages()));
        assertNull(plan("tianjin-2019", ActionCategory.PENALTY).start());
    }

    @Test
    @DisplayName("every stage of every profile has zh_CN and en labels and a citation")
    void labels() {
        for (JurisdictionProfile profile : PROFILES.all()) {
            for (ActionCategory action : ActionCategory.values()) {
                for (Stage stage : StageCatalogue.stagesFor(profile, action, Procedure.GENERAL).stages()) {
                    assertFalse(stage.label("zh_CN").isBlank(), profile + " " + stage.code());
                    assertFalse(stage.label("en").isBlank(), profile + " " + stage.code());
                    assertEquals(profile.id(), stage.citation().profile());
                }
            }
        }
        for (RecordKind kind : RecordKind.values()) {
            assertFalse(kind.label("en").isBlank());
            assertEquals(kind, RecordKind.fromCode(kind.code()));
        }
    }
}
