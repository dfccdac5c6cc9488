package org.sanxiang.standalone.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModelFieldsTest {

    private final ModelFields workflow = ModelFields.workflow(ZoneId.of("Asia/Shanghai"));

    @Test
    @DisplayName("a task field constrained by a list of the sx model (sxwf:reviewItemsChecked → sx:reviewItems, chongqing-2024 法制审核 第十三条) takes only its values, as the opinion document will")
    void constraintOfTheImportedModel() {
        Map<String, ModelFields.Field> fields = workflow.fields("sxwf:legalReviewTask");
        ModelFields.Field items = fields.get("sxwf_reviewItemsChecked");
        assertTrue(items.allowedValues().contains("factsAndEvidence"), items.allowedValues().toString());
        assertEquals(List.of("factsAndEvidence", "procedure"),
                workflow.convert(items, List.of("factsAndEvidence", "procedure"), "values.sxwf_reviewItemsChecked"));
        ServiceException refused = assertThrows(ServiceException.class,
                () -> workflow.convert(items, List.of("facts"), "values.sxwf_reviewItemsChecked"));
        assertEquals("values.sxwf_reviewItemsChecked[0]", refused.field());
    }
}
