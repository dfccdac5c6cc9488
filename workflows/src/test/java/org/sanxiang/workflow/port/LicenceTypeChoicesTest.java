package org.sanxiang.workflow.port;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.ModelResources;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.m2.M2ModelReader;
import org.sanxiang.model.m2.ModelLabels;
import org.sanxiang.rules.facts.LicenceType;

/**
 * The choice list of {@code sx:licenceType} is the rules' licence types (ningxia-2019 附件6 行政许可, tianjin-2019
 * 实施方案 附件 行政许可), in their order, each labelled in zh_CN and en as the rules label it.
 */
class LicenceTypeChoicesTest {

    @Test
    @DisplayName("ningxia-2019 附件6, tianjin-2019 实施方案 附件: sx:licenceTypes is the rules' licence types, labelled in zh_CN and en")
    void constraintIsTheRulesLicenceTypes() {
        String constraint = SanxiangModel.CONSTRAINT_LICENCE_TYPES.toPrefixString();
        List<String> values = M2ModelReader.readResource(ModelResources.CONTENT_MODEL).findConstraint(constraint)
                .orElseThrow().allowedValues();
        assertEquals(Arrays.stream(LicenceType.values()).map(LicenceType::code).toList(), values);
        ModelLabels zh = ModelLabels.load(ModelResources.CONTENT_MODEL_LABELS, Locale.SIMPLIFIED_CHINESE);
        ModelLabels en = ModelLabels.load(ModelResources.CONTENT_MODEL_LABELS, Locale.ENGLISH);
        for (LicenceType type : LicenceType.values()) {
            assertEquals(type.label("zh_CN"), zh.constraintValue(constraint, type.code()).orElse(null), type.code());
            assertEquals(type.label("en"), en.constraintValue(constraint, type.code()).orElse(null), type.code());
        }
    }

    @Test
    @DisplayName("ningxia-2019 附件6: the folder's sx:licenceType and sx:partyForeignInvested reach the rules; sx:licenceDecisionKind revoke/withdraw are 撤销/撤回 (wuhan-2020 法制审核 第五条（二）)")
    void folderLicenceFactsReachTheRules() {
        var facts = FolderFacts.read(new CaseFolder("c1", "ningxia-2019", "宁人社许〔2026〕1号", "t", java.util.Set.of(), false,
                java.util.Map.of("sx:actionCategory", "licence", "sx:partyKind", "organisation", "sx:partyForeignInvested", true,
                        "sx:licenceType", "labour-dispatch", "sx:licenceDecisionKind", "withdraw")));
        assertEquals(LicenceType.LABOUR_DISPATCH, facts.licenceType());
        assertEquals(true, facts.party().foreignInvested());
        assertEquals(java.util.Set.of(org.sanxiang.rules.facts.Measure.RECALL_LICENCE), facts.measures());
    }
}
