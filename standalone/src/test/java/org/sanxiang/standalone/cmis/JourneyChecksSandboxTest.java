package org.sanxiang.standalone.cmis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.cmis.CmisQueryLiterals;
import org.sanxiang.standalone.live.JourneyChecks;

/**
 * The CMIS side of the live-Alfresco journey client ({@link JourneyChecks}, run by {@code AlfrescoJourneyIT} in
 * the {@code alfresco-it} recipe) run here against the standalone runtime after the demo journeys, on both
 * bindings, so it cannot rot: every published case answers once with its fields; every case that was reviewed,
 * published and archived shows its opinion, its publication and its sealed records.
 */
class JourneyChecksSandboxTest {

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    void journeyChecksHoldForTheDemoCases(BindingType binding) {
        Session cmis = PopulatedSandbox.get().session(binding);
        String number = SanxiangModel.PROP_DISCLOSURE_CASE_NUMBER.toPrefixString();
        Set<String> published = new LinkedHashSet<>();
        for (QueryResult r : cmis.query("SELECT " + number + " FROM " + SanxiangModel.TYPE_DISCLOSURE_RECORD.toPrefixString()
                + " WHERE " + SanxiangModel.PROP_DISCLOSURE_STATE.toPrefixString() + " = 'published'", false).getPage(1000)) {
            published.add(r.getPropertyValueById(number));
        }
        int full = 0;
        for (String caseNumber : published) {
            String caseId = null;
            for (QueryResult r : cmis.query("SELECT cmis:objectId, " + SanxiangModel.PROP_CASE_STATE.toPrefixString() + " FROM "
                    + SanxiangModel.TYPE_CASE_FOLDER.toPrefixString() + " WHERE " + SanxiangModel.PROP_CASE_NUMBER.toPrefixString()
                    + " = " + CmisQueryLiterals.literal(caseNumber), false).getPage(10)) {
                caseId = r.getPropertyValueById("cmis:objectId");
                boolean archived = "archived".equals(r.getPropertyValueById(SanxiangModel.PROP_CASE_STATE.toPrefixString()));
                JourneyChecks.publication(cmis, caseId);
                if (archived && hasOpinion(cmis, caseId)) {
                    JourneyChecks.all(cmis, caseId);
                    full++;
                }
            }
            assertTrue(caseId != null, "a case folder numbered " + caseNumber);
        }
        assertTrue(full > 0, "no demo case was reviewed, published and archived: " + published);
    }

    private static boolean hasOpinion(Session cmis, String caseId) {
        try {
            JourneyChecks.opinion(cmis, caseId);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }
}
