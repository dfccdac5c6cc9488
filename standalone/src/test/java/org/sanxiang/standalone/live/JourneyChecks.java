package org.sanxiang.standalone.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.ObjectType;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.SecondaryType;
import org.apache.chemistry.opencmis.client.api.Session;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.cmis.CmisQueryLiterals;
import org.sanxiang.workflow.record.CaseSeal;

/**
 * What a journey leaves in the repository, checked over CMIS only, so the same checks run against Alfresco
 * (the live recipe, {@code AlfrescoJourneyIT}) and against the standalone runtime (the test suite): the review
 * opinion in the case folder, the publication (one object that queries as {@code published}, with its case
 * number and party filled) and the seal on the case's records.
 */
public final class JourneyChecks {

    static final String OPINION = "D:" + SanxiangModel.TYPE_REVIEW_OPINION.toPrefixString();
    static final String STAGE_RECORD = "D:" + SanxiangModel.TYPE_STAGE_RECORD.toPrefixString();
    static final String SEALED = "P:" + SanxiangModel.ASPECT_SEALED.toPrefixString();

    private JourneyChecks() {
    }

    /** Every check, on one case folder. */
    public static void all(Session cmis, String caseFolderId) {
        opinion(cmis, caseFolderId);
        publication(cmis, caseFolderId);
        seal(cmis, caseFolderId);
    }

    /** The review opinion (审核意见书) is a {@code D:sx:reviewOpinion} in the case folder, with its opinion type and a text. */
    public static Document opinion(Session cmis, String caseFolderId) {
        for (Document d : documents(cmis, caseFolderId)) {
            if (d.getType().getId().equals(OPINION)) {
                assertNotNull(d.getPropertyValue(SanxiangModel.PROP_OPINION_TYPE.toPrefixString()), d.getName() + ": opinion type");
                assertTrue(d.getContentStreamLength() > 0, d.getName() + ": the opinion's text");
                return d;
            }
        }
        throw new AssertionError("case " + caseFolderId + " holds no " + OPINION);
    }

    /**
     * The case's publication answers exactly once to the query an integrator writes for published disclosures,
     * and carries the case number and the party (redacted) as structured fields.
     */
    public static String publication(Session cmis, String caseFolderId) {
        String caseNumber = cmis.getObject(caseFolderId).getPropertyValue(SanxiangModel.PROP_CASE_NUMBER.toPrefixString());
        assertNotNull(caseNumber, caseFolderId + ": case number");
        String party = SanxiangModel.PROP_DISCLOSED_PARTY_NAME.toPrefixString();
        String number = SanxiangModel.PROP_DISCLOSURE_CASE_NUMBER.toPrefixString();
        List<QueryResult> rows = new ArrayList<>();
        cmis.query("SELECT cmis:objectId, " + party + ", " + number + " FROM " + SanxiangModel.TYPE_DISCLOSURE_RECORD.toPrefixString()
                + " WHERE " + SanxiangModel.PROP_DISCLOSURE_STATE.toPrefixString() + " = 'published' AND " + number + " = "
                + CmisQueryLiterals.literal(caseNumber), false).getPage(100).forEach(rows::add);
        assertEquals(1, rows.size(), caseNumber + ": one published object per publication");
        Object partyName = rows.get(0).getPropertyValueById(party);
        assertTrue(partyName instanceof String s && !s.isBlank(), caseNumber + ": the publication names the party");
        return rows.get(0).getPropertyValueById("cmis:objectId");
    }

    /**
     * Every stage record of the case with content carries {@code P:sx:sealed}; where the repository shows the
     * seal's properties (Alfresco does; the standalone keeps them from CMIS readers), its algorithm is
     * {@code SXCHAIN2/SHA-256}.
     */
    public static int seal(Session cmis, String caseFolderId) {
        int sealed = 0;
        for (Document d : documents(cmis, caseFolderId)) {
            if (!isA(d.getType(), STAGE_RECORD) || d.getContentStreamLength() <= 0) {
                continue;
            }
            List<SecondaryType> secondary = d.getSecondaryTypes();
            assertTrue(secondary != null && secondary.stream().anyMatch(t -> t.getId().equals(SEALED)), d.getName() + " is sealed");
            Object algorithm = d.getPropertyValue(CaseSeal.ALGORITHM);
            if (algorithm != null) {
                assertEquals(CaseSeal.ALGORITHM_V2, algorithm, d.getName());
            }
            sealed++;
        }
        assertFalse(sealed == 0, "case " + caseFolderId + " has no sealed record");
        return sealed;
    }

    private static boolean isA(ObjectType type, String id) {
        for (ObjectType t = type; t != null; t = t.getParentType()) {
            if (t.getId().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static List<Document> documents(Session cmis, String caseFolderId) {
        List<Document> result = new ArrayList<>();
        for (CmisObject o : ((Folder) cmis.getObject(caseFolderId)).getChildren()) {
            if (o instanceof Document d) {
                result.add(d);
            }
        }
        return result;
    }
}
