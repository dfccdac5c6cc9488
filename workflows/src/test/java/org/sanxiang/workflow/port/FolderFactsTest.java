package org.sanxiang.workflow.port;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.rules.facts.Measure;

/** The rules read the case folder's penalty measures (the model's values) as their measures. */
class FolderFactsTest {

    private static CaseFolder folder(List<String> measures) {
        return new CaseFolder("c1", "ningxia-2019", "宁人社监〔2026〕46号", "t", Set.of("p"), false, Map.of(
                "sx:actionCategory", "penalty", "sx:procedure", "general", "sx:partyKind", "organisation",
                "sx:penaltyMeasures", measures));
    }

    @Test
    @DisplayName("ningxia-2019 附件5 第二条（三）, chongqing-2024 法制审核 第六条（一）: 吊销、暂扣许可证, 责令停产停业 are measures; a fine is not")
    void modelValuesBecomeRuleMeasures() {
        var facts = FolderFacts.read(folder(List.of("licenceRevocation", "fine", "confiscation", "licenceSuspension",
                "orderToSuspendBusiness", "warning")));
        assertEquals(Set.of(Measure.REVOKE_LICENCE, Measure.SUSPEND_LICENCE, Measure.STOP_PRODUCTION), facts.measures());
        assertEquals(Set.of(), FolderFacts.read(folder(List.of("fine"))).measures(), "a fine alone is no measure");
    }
}
