package org.sanxiang.model.m2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.ModelResources;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.model.TestModels;

class ModelLabelsTest {

    private static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;

    @Test
    @DisplayName("every sx type, aspect, property, association and constraint value has zh_CN and en labels, and no label names nothing")
    void contentModelLabelsComplete() {
        M2Model model = TestModels.content();
        assertEquals(List.of(), LabelChecker.check(model,
                ModelLabels.load(ModelResources.CONTENT_MODEL_LABELS, Locale.ENGLISH), LabelChecker.Language.ENGLISH));
        assertEquals(List.of(), LabelChecker.check(model,
                ModelLabels.load(ModelResources.CONTENT_MODEL_LABELS, ZH_CN), LabelChecker.Language.CHINESE));
    }

    @Test
    @DisplayName("every sxwf task, aspect, property and outcome value has zh_CN and en labels, and no label names nothing")
    void workflowModelLabelsComplete() {
        M2Model model = TestModels.workflow();
        assertEquals(List.of(), LabelChecker.check(model,
                ModelLabels.load(ModelResources.WORKFLOW_MODEL_LABELS, Locale.ENGLISH), LabelChecker.Language.ENGLISH));
        assertEquals(List.of(), LabelChecker.check(model,
                ModelLabels.load(ModelResources.WORKFLOW_MODEL_LABELS, ZH_CN), LabelChecker.Language.CHINESE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages/sx-model.properties", "messages/sx-model_zh_CN.properties",
            "messages/sxwf-model.properties", "messages/sxwf-model_zh_CN.properties"})
    @DisplayName("bundles are pure ASCII with \\u escapes, so every properties loader decodes them alike")
    void bundlesAreAsciiEscaped(String file) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ModelResources.MODULE_ROOT + file)) {
            byte[] bytes = in.readAllBytes();
            for (int i = 0; i < bytes.length; i++) {
                assertTrue(bytes[i] >= 0, file + ": non-ASCII byte at offset " + i);
            }
        }
    }

    @Test
    @DisplayName("escaped labels decode to the Chinese terms of the seeds' glossary, under Alfresco's keys")
    void chineseLabelsDecode() {
        ModelLabels zh = ModelLabels.load(ModelResources.CONTENT_MODEL_LABELS, ZH_CN);
        assertEquals("案卷", zh.title("sx:enforcementModel", "type", "sx:caseFolder").orElseThrow());
        assertEquals("重大行政执法决定审核意见书",
                zh.properties().getProperty("sx_enforcementModel.type.sx_reviewOpinion.title"));
        assertEquals("行政处罚", zh.properties().getProperty("listconstraint.sx_actionCategories.penalty"));
        assertEquals("简易程序", zh.constraintValue(SanxiangModel.CONSTRAINT_PROCEDURES.toPrefixString(), "summary").orElseThrow());
        ModelLabels en = ModelLabels.load(ModelResources.CONTENT_MODEL_LABELS, Locale.ENGLISH);
        assertEquals("Case folder", en.title("sx:enforcementModel", "type", "sx:caseFolder").orElseThrow());
        ModelLabels wf = ModelLabels.load(ModelResources.WORKFLOW_MODEL_LABELS, ZH_CN);
        assertEquals("法制审核", wf.title("sxwf:workflowModel", "type",
                SanxiangWorkflowModel.TYPE_LEGAL_REVIEW_TASK.toPrefixString()).orElseThrow());
    }

    // ---- negative tests of the checker

    private static ModelLabels shippedZh() {
        return ModelLabels.load(ModelResources.CONTENT_MODEL_LABELS, ZH_CN);
    }

    @Test
    void missingLabelIsNamed() {
        Properties p = shippedZh().properties();
        p.remove("sx_enforcementModel.property.sx_caseNumber.title");
        List<String> problems = LabelChecker.check(TestModels.content(), new ModelLabels(p, "test_zh_CN.properties"),
                LabelChecker.Language.CHINESE);
        assertEquals(List.of("test_zh_CN.properties: missing label sx_enforcementModel.property.sx_caseNumber.title"), problems);
    }

    @Test
    void missingConstraintValueLabelIsNamed() {
        Properties p = shippedZh().properties();
        p.remove("listconstraint.sx_procedures.general");
        List<String> problems = LabelChecker.check(TestModels.content(), new ModelLabels(p, "t.properties"),
                LabelChecker.Language.CHINESE);
        assertEquals(List.of("t.properties: missing label listconstraint.sx_procedures.general"), problems);
    }

    @Test
    void labelNamingNothingIsNamed() {
        Properties p = shippedZh().properties();
        p.setProperty("sx_enforcementModel.property.sx_noSuchThing.title", "无");
        List<String> problems = LabelChecker.check(TestModels.content(), new ModelLabels(p, "t.properties"),
                LabelChecker.Language.CHINESE);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("sx_noSuchThing") && problems.get(0).contains("names nothing"), problems.get(0));
    }

    @Test
    void untranslatedChineseLabelIsNamed() {
        Properties p = shippedZh().properties();
        p.setProperty("sx_enforcementModel.type.sx_evidence.title", "Evidence");
        List<String> problems = LabelChecker.check(TestModels.content(), new ModelLabels(p, "t.properties"),
                LabelChecker.Language.CHINESE);
        assertEquals(List.of("t.properties: label sx_enforcementModel.type.sx_evidence.title is not Chinese: 'Evidence'"),
                problems);
    }
}
