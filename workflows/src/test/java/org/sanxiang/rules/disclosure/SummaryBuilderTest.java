package org.sanxiang.rules.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.PartyKind;
import org.sanxiang.rules.profile.ProfileRegistry;

class SummaryBuilderTest {

    static final ProfileRegistry PROFILES = ProfileRegistry.shipped();

    static SummaryBuilder builder(String profile) {
        return new SummaryBuilder(PROFILES.get(profile));
    }

    static DecisionDocument.Builder penalty(PartyKind kind) {
        return DecisionDocument.builder(kind, ActionCategory.PENALTY)
                .decisionNumber("渝人社监罚〔2025〕12号")
                .matterName("拖欠劳动者工资")
                .caseName("某公司拖欠工资案")
                .decisionKind("罚款")
                .facts("2024年10月至12月拖欠32名劳动者工资共计18万元")
                .legalBasis("《劳动保障监察条例》第二十六条")
                .decisionContent("罚款人民币2万元")
                .organ("重庆市人力资源和社会保障局")
                .decided(LocalDate.of(2025, 3, 3));
    }

    static DecisionDocument organisation() {
        return penalty(PartyKind.ORGANISATION).partyName("重庆某某建筑劳务有限公司")
                .uscc("91500000MA5U000000").legalRepresentative("王五").build();
    }

    static DecisionDocument individual() {
        return penalty(PartyKind.INDIVIDUAL).partyName("张三丰").build();
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十一条第二款: the summary has the eight fields; an organisation's name and USCC are published")
    void chongqingOrganisation() {
        DecisionSummary summary = builder("chongqing-2024").build(organisation());
        assertEquals(List.of("decision-number", "party-name", "matter-name", "facts", "legal-basis",
                "decision-content", "organ", "date", "party-code"), List.copyOf(summary.asMap().keySet()));
        assertEquals("重庆某某建筑劳务有限公司", summary.value(SummaryField.PARTY_NAME).orElseThrow());
        assertEquals("91500000MA5U000000", summary.value(SummaryField.PARTY_CODE).orElseThrow());
        assertEquals("2025-03-03", summary.value(SummaryField.DATE).orElseThrow());
        assertEquals(Citation.of("chongqing-2024", "公示 第十一条第二款"), summary.citations().get(0));
    }

    @Test
    @DisplayName("chongqing-2024 公示 第十二条（二）: an individual's name is masked and no code is published")
    void chongqingIndividual() {
        DecisionSummary summary = builder("chongqing-2024").build(individual());
        assertEquals("张某", summary.value(SummaryField.PARTY_NAME).orElseThrow());
        assertTrue(summary.value(SummaryField.PARTY_CODE).isEmpty());
        assertFalse(summary.asMap().containsValue("张三丰"));
        assertTrue(summary.citations().contains(Citation.of("chongqing-2024", "公示 第十二条（二）")));
    }

    @Test
    @DisplayName("wuhan-2020 公示 第九条第二款: summary fields, and 个人应隐去真实姓名")
    void wuhan() {
        DecisionSummary org = builder("wuhan-2020").build(organisation());
        assertEquals(List.of("organ", "action-category", "party-name", "decision-content", "decision-number", "date",
                "party-code"), List.copyOf(org.asMap().keySet()));
        assertEquals("行政处罚", org.value(SummaryField.ACTION_CATEGORY).orElseThrow());
        assertEquals("重庆某某建筑劳务有限公司", org.value(SummaryField.PARTY_NAME).orElseThrow());
        DecisionSummary person = builder("wuhan-2020").build(individual());
        assertEquals("张某", person.value(SummaryField.PARTY_NAME).orElseThrow());
        assertTrue(person.citations().contains(Citation.of("wuhan-2020", "公示 第九条第二款")));
    }

    @Test
    @DisplayName("ningxia-2019 附件2 第18项: a penalty's summary needs the party's code and legal representative")
    void ningxiaPenalty() {
        DecisionSummary summary = builder("ningxia-2019").build(organisation());
        assertEquals(List.of("decision-number", "case-name", "decision-kind", "facts", "legal-basis", "party-name",
                "party-code", "legal-representative", "decision-content", "organ", "date"),
                List.copyOf(summary.asMap().keySet()));
        assertEquals("王五", summary.value(SummaryField.LEGAL_REPRESENTATIVE).orElseThrow());
        MissingSummaryFieldException e = assertThrows(MissingSummaryFieldException.class, () -> builder("ningxia-2019")
                .build(penalty(PartyKind.ORGANISATION).partyName("宁夏某公司").legalRepresentative("李四").build()));
        assertEquals(SummaryField.PARTY_CODE, e.field());
        assertTrue(e.getMessage().contains("party-code") && e.getMessage().contains("uscc")
                && e.getMessage().contains("附件2 第18项"), e.getMessage());
    }

    @Test
    @DisplayName("ningxia-2019 附件1 第六条 publishes 行政相对人姓名（名称）: an individual's name is not masked there")
    void ningxiaIndividualName() {
        DecisionSummary summary = builder("ningxia-2019").build(individual());
        assertEquals("张三丰", summary.value(SummaryField.PARTY_NAME).orElseThrow());
        assertTrue(summary.value(SummaryField.PARTY_CODE).isEmpty(), "an individual's code would be the ID number");
        assertTrue(summary.citations().contains(Citation.of("ningxia-2019", "附件1 第六条")));
    }

    @Test
    @DisplayName("ningxia-2019 附件2 第20项 (coercive: 查封清单) and 第23项 (licence: 许可生效期) fields")
    void ningxiaCoerciveAndLicence() {
        SummaryBuilder ningxia = builder("ningxia-2019");
        assertTrue(ningxia.requiredFields(ActionCategory.COERCIVE).contains(SummaryField.SEIZED_ITEMS));
        assertTrue(ningxia.requiredFields(ActionCategory.LICENCE).contains(SummaryField.EFFECTIVE_PERIOD));
        DecisionDocument seal = DecisionDocument.builder(PartyKind.ORGANISATION, ActionCategory.COERCIVE)
                .decisionNumber("宁人社封〔2025〕1号").caseName("某公司查封案").facts("隐匿工资支付记录")
                .legalBasis("《劳动保障监察条例》").partyName("宁夏某公司").uscc("91640000MA76000000")
                .legalRepresentative("李四").organ("宁夏回族自治区人力资源和社会保障厅")
                .decided(LocalDate.of(2025, 3, 3)).build();
        MissingSummaryFieldException e = assertThrows(MissingSummaryFieldException.class, () -> ningxia.build(seal));
        assertEquals(SummaryField.SEIZED_ITEMS, e.field());
    }

    @Test
    @DisplayName("a missing required field is an error naming it (chongqing-2024 公示 第十一条: 决定书文号)")
    void missingField() {
        DecisionDocument noNumber = penalty(PartyKind.ORGANISATION).decisionNumber(" ").partyName("某公司").build();
        MissingSummaryFieldException e = assertThrows(MissingSummaryFieldException.class,
                () -> builder("chongqing-2024").build(noNumber));
        assertEquals(SummaryField.DECISION_NUMBER, e.field());
        assertTrue(e.getMessage().contains("decisionNumber") && e.getMessage().contains("决定书文号"), e.getMessage());
    }

    @Test
    @DisplayName("tianjin-2019 实施方案 三（一）3（1）: 执法机关、执法对象、执法类别、执法结论")
    void tianjin() {
        DecisionSummary summary = builder("tianjin-2019").build(individual());
        assertEquals(List.of("organ", "party-name", "action-category", "decision-content"),
                List.copyOf(summary.asMap().keySet()));
        assertEquals("张某", summary.value(SummaryField.PARTY_NAME).orElseThrow());
    }

    @Test
    @DisplayName("fushun-2026 sets no summary: its 细则 covers the record only")
    void fushun() {
        assertThrows(IllegalArgumentException.class, () -> builder("fushun-2026").build(organisation()));
    }

    @Test
    @DisplayName("wuhan-2020 公示 第九条第二款: the full text hides accounts, certificates, property status and individuals' identity")
    void wuhanFullText() {
        FullTextRedactionPolicy policy = FullTextRedactionPolicy.of(PROFILES.get("wuhan-2020"));
        assertTrue(policy.defined());
        assertEquals(Set.of("bank-account", "bank-card", "property-certificate", "property-status", "person-name",
                "address", "id-number", "phone", "email"), policy.kinds());
        assertTrue(FullTextRedactionPolicy.KINDS.containsAll(policy.kinds()));
        assertFalse(policy.hides("licence-plate"));
        assertTrue(policy.kindsFor(PartyKind.INDIVIDUAL).contains("person-name"));
        Set<String> organisation = policy.kindsFor(PartyKind.ORGANISATION);
        assertFalse(organisation.contains("person-name"), "an organisation's name is published");
        assertTrue(organisation.containsAll(Set.of("bank-account", "property-certificate", "property-status")));
        assertTrue(policy.publishesOrganisationNameAndCode());
        policy.hidden().forEach(h -> assertEquals(Citation.of("wuhan-2020", "公示 第九条第二款"), h.citation()));
    }

    @Test
    @DisplayName("profiles without a full-text list (chongqing-2024, ningxia-2019, tianjin-2019, fushun-2026) give an undefined policy")
    void otherFullText() {
        for (String profile : List.of("chongqing-2024", "ningxia-2019", "tianjin-2019", "fushun-2026")) {
            FullTextRedactionPolicy policy = FullTextRedactionPolicy.of(PROFILES.get(profile));
            assertFalse(policy.defined(), profile);
            assertTrue(policy.kinds().isEmpty(), profile);
        }
    }

    @Test
    @DisplayName("summary fields have zh_CN and en labels")
    void labels() {
        for (SummaryField field : SummaryField.values()) {
            assertFalse(field.label("zh_CN").isBlank());
            assertFalse(field.label("en").isBlank());
            assertEquals(field, SummaryField.fromCode(field.code()));
        }
    }
}
