package org.sanxiang.workflow.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.ModelResources;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.m2.M2ModelReader;
import org.sanxiang.model.m2.ModelLabels;
import org.sanxiang.rules.catalogue.MatterCatalogue;
import org.sanxiang.rules.profile.ProfileRegistry;

/**
 * The choice list the Share and standalone forms show for {@code sx:catalogueMatter} is the tianjin-2019
 * catalogue (实施方案 附件 行政执法决定事项目录): the same codes in the same order, each labelled in zh_CN as
 * the catalogue words it.
 */
class CatalogueMatterChoicesTest {

    @Test
    @DisplayName("tianjin-2019 实施方案 附件: sx:catalogueMatters lists every catalogued matter, labelled in zh_CN as the catalogue words it, and in en")
    void constraintIsTheCatalogue() {
        Map<String, String> choices = MatterCatalogue.of(ProfileRegistry.shipped().get("tianjin-2019")).choices();
        String constraint = SanxiangModel.CONSTRAINT_CATALOGUE_MATTERS.toPrefixString();
        List<String> values = M2ModelReader.readResource(ModelResources.CONTENT_MODEL).findConstraint(constraint)
                .orElseThrow().allowedValues();
        assertEquals(List.copyOf(choices.keySet()), values);
        ModelLabels zh = ModelLabels.load(ModelResources.CONTENT_MODEL_LABELS, Locale.SIMPLIFIED_CHINESE);
        ModelLabels en = ModelLabels.load(ModelResources.CONTENT_MODEL_LABELS, Locale.ENGLISH);
        Map<String, String> zhLabels = new LinkedHashMap<>();
        for (String value : values) {
            zhLabels.put(value, zh.constraintValue(constraint, value).orElse(null));
            assertEquals(true, en.constraintValue(constraint, value).isPresent(), value + " has an en label");
        }
        assertEquals(choices, zhLabels);
    }
}
