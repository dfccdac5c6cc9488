package org.sanxiang.rules.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.Procedure;
import org.sanxiang.rules.profile.DistrictProfiles;
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
        // 第二条 等: a levy is covered; 第三条 lists no stages for it, read as 第三条第五款's (flagged)
        StagePlan levy = plan("chongqing-2024", ActionCategory.LEVY);
        assertTrue(levy.covered());
        assertEquals("open-list", levy.basis());
        assertEquals(List.of(ActionCategory.LICENCE), levy.referTo());
        assertEquals(Citation.of("chongqing-2024", "全过程记录 第二条"), levy.citation());
        assertEquals(List.of("receipt", "acceptance", "review-decision", "service", "archiving"), codes(levy.general()));
        assertEquals(Citation.of("chongqing-2024", "全过程记录 第三条第五款"), levy.stage("receipt").orElseThrow().citation());
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
        assertEquals("listed", penalty.basis());
    }

    @Test
    @DisplayName("wuhan-2020 全过程记录 第二条 等: coercive measures and rewards are recorded, in the stages of 第二章至第六章")
    void wuhanCoerciveAndReward() {
        for (ActionCategory action : List.of(ActionCategory.COERCIVE, ActionCategory.REWARD)) {
            StagePlan plan = plan("wuhan-2020", action);
            assertTrue(plan.covered(), action.code());
            assertEquals("open-list", plan.basis());
            assertEquals(Citation.of("wuhan-2020", "全过程记录 第二条"), plan.citation());
            assertTrue(plan.basisNote().contains("等"));
            assertEquals(List.of("acceptance", "investigation", "review-decision", "service", "execution", "archiving"),
                    codes(plan.general()));
            assertEquals(Citation.of("wuhan-2020", "全过程记录 第二十四条"), plan.stage("demand").orElseThrow().citation());
            assertEquals(Set.of(RecordKind.TEXT), plan.stage("execution").orElseThrow().requiredAll(), "第五条: text is basic");
        }
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
        // 附件3 第十一条 adds text to the list's 录像和照相 (the stricter reading, see ningxiaConflicts)
        assertEquals(Set.of(RecordKind.AV, RecordKind.PHOTO, RecordKind.TEXT), onSite.requiredAll());
        assertTrue(onSite.avMandatory());
        assertEquals(List.of(Citation.of("ningxia-2019", "附件4 第1项")), onSite.avMandatoryCitations());
        Stage review = plan.stage("legal-review").orElseThrow();
        assertEquals(Set.of(RecordKind.TEXT), review.requiredAll());
        assertFalse(review.avMandatory());
        assertEquals(null, review.conflict());
        assertEquals("case-file", onSite.minimumStorage().value());
    }

    @Test
    @DisplayName("ningxia-2019 附件3 第八条、第十一条、第十五条、第十九条、第二十一条 vs 附件4: the conflict is flagged and the stricter reading (音像和文字) applies")
    void ningxiaConflicts() {
        Map<String, ActionCategory> stages = new java.util.LinkedHashMap<>();
        stages.put("random-selection", ActionCategory.INSPECTION);
        stages.put("on-site-check", ActionCategory.INSPECTION);
        stages.put("evidence-preservation", ActionCategory.PENALTY);
        stages.put("notice", ActionCategory.PENALTY);
        stages.put("acceptance", ActionCategory.LICENCE);
        stages.put("site-survey", ActionCategory.LICENCE);
        stages.put("on-site-sealing", ActionCategory.COERCIVE);
        stages.forEach((code, action) -> {
            Stage stage = plan("ningxia-2019", action).stage(code).orElseThrow();
            assertTrue(stage.requiredAll().containsAll(Set.of(RecordKind.AV, RecordKind.TEXT)), code);
            assertTrue(stage.avMandatory(), code);
            assertTrue(stage.conflict().stricter(), code);
            assertTrue(stage.conflict().listed().article().startsWith("附件4"), code);
            assertTrue(stage.conflict().applied().article().startsWith("附件3"), code);
        });
        Stage check = plan("ningxia-2019", ActionCategory.INSPECTION).stage("on-site-check").orElseThrow();
        assertEquals(Citation.of("ningxia-2019", "附件3 第八条"), check.conflict().applied());
        assertEquals("录像、照相或文字", check.method(), "the list's own words stay");
        assertTrue(PROFILES.get("ningxia-2019").ambiguities().stream().anyMatch(a -> a.id().equals("record-av-conflict")
                && a.article().contains("附件3 第八条") && a.article().contains("附件4")));
    }

    @Test
    @DisplayName("ningxia-2019 附件3 vs 附件4: a bureau's profile can choose the list's reading")
    void ningxiaConflictOverride() {
        ProfileRegistry registry = DistrictProfiles.with("yinchuan-2020", """
                {"id": "yinchuan-2020", "extends": "ningxia-2019",
                 "record": {"conflicts": {"inspection-av-and-text": {"apply": "listed"}}}}""");
        Stage check = StageCatalogue.stagesFor(registry.get("yinchuan-2020"), ActionCategory.INSPECTION, Procedure.GENERAL)
                .stage("on-site-check").orElseThrow();
        assertFalse(check.conflict().stricter());
        assertEquals(Set.of(), check.requiredAll());
        assertEquals(Set.of(RecordKind.AV, RecordKind.PHOTO, RecordKind.TEXT), check.requiredAnyOf());
        assertFalse(check.avMandatory());
        assertEquals(Citation.of("yinchuan-2020", "附件4 第10项、第11项"), check.conflict().applied());
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
            assertTrue(plan.covered(), action.code());
            assertEquals("by-reference", plan.basis(), "参照");
            assertEquals(List.of(ActionCategory.INSPECTION, ActionCategory.PENALTY), plan.referTo());
            assertEquals(Citation.of("ningxia-2019", "附件3 第二十九条"), plan.citation());
            assertEquals(11, plan.stages().size(), "附件4 第10–11项 then 第1–9项");
            assertEquals("random-selection", plan.stages().get(0).code());
            assertEquals(Citation.of("ningxia-2019", "附件4 第10项"), plan.stages().get(0).citation());
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
        // 第一条 等: coercive measures, confirmations and levies take the same stages
        for (ActionCategory action : List.of(ActionCategory.COERCIVE, ActionCategory.CONFIRMATION, ActionCategory.LEVY)) {
            StagePlan other = plan("fushun-2026", action);
            assertTrue(other.covered(), action.code());
            assertEquals("open-list", other.basis());
            assertEquals(Citation.of("fushun-2026", "细则 第一条"), other.citation());
            assertEquals(codes(plan.stages()), codes(other.stages()));
            assertTrue(other.stage("hearing").orElseThrow().avMandatory(), "细则 第九条 attaches to the borrowed stage");
        }
    }

    @Test
    @DisplayName("tianjin-2019 实施方案 三（二）2（1）: no stage list, but full AV for major property and confiscated goods")
    void tianjin() {
        for (ActionCategory action : ActionCategory.values()) {
            StagePlan plan = plan("tianjin-2019", action);
            assertTrue(plan.covered(), action.code());
            assertEquals(List.of("start", "investigation", "review", "decision", "service", "execution", "archiving"),
                    codes(plan.general()), action.code());
            assertEquals(List.of("hearing", "service-by-leaving", "service-by-notice"), codes(plan.special()));
        }
        StagePlan plan = plan("tianjin-2019", ActionCategory.COERCIVE);
        assertEquals("reading", plan.basis(), "the plan lists no stages: a flagged reading");
        assertEquals("open-list", plan("tianjin-2019", ActionCategory.REWARD).basis());
        AvRequirement major = plan.avRules().stream().filter(AvRequirement::mandatory).findFirst().orElseThrow();
        assertEquals("major-property-site", major.code());
        assertEquals(Citation.of("tianjin-2019", "实施方案 三（二）2（1）"), major.citation());
        assertFalse(major.label("en").isBlank());
        assertEquals(2, plan.avRules().size());
        // the AV rules attach: full AV at the site of major property rights or confiscated goods
        Stage execution = plan.stage("execution").orElseThrow();
        assertTrue(execution.avMandatory());
        assertEquals(List.of(Citation.of("tianjin-2019", "实施方案 三（二）2（1）")), execution.avMandatoryCitations());
        assertEquals(List.of("disputable-process"), plan.stage("service-by-notice").orElseThrow().avRules().stream()
                .map(AvRequirement::code).toList());
        assertFalse(plan.stage("service-by-notice").orElseThrow().avMandatory());
        assertFalse(plan.stage("decision").orElseThrow().avRequiredSometimes());
        assertTrue(PROFILES.get("tianjin-2019").ambiguities().stream().anyMatch(a -> a.id().equals("record-stages")));
    }

    @Test
    @DisplayName("tianjin-2019 实施方案 三（二）2（1）: AV is mandatory for major property or confiscated goods only when the case has them")
    void tianjinSituations() {
        StageCatalogue catalogue = StageCatalogue.of(PROFILES.get("tianjin-2019"));
        Stage ordinary = catalogue.stagesFor(ActionCategory.PENALTY, Procedure.GENERAL, Set.of())
                .stage("execution").orElseThrow();
        assertFalse(ordinary.avMandatory());
        assertEquals(List.of("major-property-site"), ordinary.avRules().stream().map(AvRequirement::code).toList());
        Stage confiscation = catalogue.stagesFor(ActionCategory.PENALTY, Procedure.GENERAL,
                Set.of("major-property-or-confiscated-goods")).stage("execution").orElseThrow();
        assertTrue(confiscation.avMandatory());
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
