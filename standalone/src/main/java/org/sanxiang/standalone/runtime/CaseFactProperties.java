package org.sanxiang.standalone.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sanxiang.model.QName;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.facts.CaseDates;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.facts.Secrets;

/**
 * The rules' case facts as properties of a case folder (see docs/rest-api.md), and the refusal of the facts
 * a case folder has no property for.
 */
final class CaseFactProperties {

    private CaseFactProperties() {
    }

    /** The facts kept on the case folder, by property; a fact not given is null. */
    static Map<String, Object> of(CaseFacts f, String title) {
        Map<String, Object> p = new LinkedHashMap<>();
        put(p, SanxiangModel.PROP_CASE_NUMBER, f.id());
        put(p, SanxiangModel.PROP_JURISDICTION_PROFILE, f.profile());
        put(p, SanxiangModel.PROP_CASE_NAME, title == null || title.isBlank() ? null : title);
        put(p, SanxiangModel.PROP_ACTION_CATEGORY, f.action().code());
        put(p, SanxiangModel.PROP_PROCEDURE, f.procedure() == null ? null : f.procedure().code());
        if (f.party() != null) {
            put(p, SanxiangModel.PROP_PARTY_KIND, f.party().kind() == null ? null : f.party().kind().code());
            put(p, SanxiangModel.PROP_PARTY_MINOR, f.party().minor());
            put(p, SanxiangModel.PROP_PARTY_FOREIGN_INVESTED, f.party().foreignInvested());
        }
        put(p, SanxiangModel.PROP_FINE_AMOUNT, f.fine() == null ? null : f.fine().doubleValue());
        put(p, SanxiangModel.PROP_PARTY_COUNT, f.partiesAffected());
        put(p, SanxiangModel.PROP_HEARING_HELD, f.hearing());
        put(p, SanxiangModel.PROP_COMPLEX_CASE, f.complex());
        put(p, SanxiangModel.PROP_MAJOR_PUBLIC_INTEREST, f.publicInterest());
        put(p, SanxiangModel.PROP_CRIME_TRANSFER, f.criminalReferral());
        put(p, SanxiangModel.PROP_CATALOGUE_MATTER, f.matter());
        put(p, SanxiangModel.PROP_LICENCE_TYPE, f.licenceType() == null ? null : f.licenceType().code());
        if (f.dates() != null) {
            put(p, SanxiangModel.PROP_CASE_DECISION_DATE, f.dates().decided());
            put(p, SanxiangModel.PROP_CLOSED_DATE, f.dates().closed());
        }
        return p;
    }

    private static void put(Map<String, Object> properties, QName property, Object value) {
        properties.put(property.toPrefixString(), value);
    }

    /** Facts that have no case-folder property belong to the process that uses them: refused, not lost. */
    static void refuseFactsWithoutProperty(CaseFacts f) {
        if (!f.measures().isEmpty()) {
            // sx:penaltyMeasures takes the model's values (fine, licenceSuspension, ...), not the rules' measure codes
            throw ServiceException.badRequest("facts.measures", "the rules' measure codes have no case-folder property ("
                    + SanxiangModel.PROP_PENALTY_MEASURES.toPrefixString()
                    + " takes the model's values: give those under properties)");
        }
        refuse(f.fineMaximum() != null, "facts.fineMaximum", "the profile's fine limits");
        refuse(f.fineMultiple() != null, "facts.fineMultiple", "the decision document");
        refuse(f.workersAffected() != null, "facts.workersAffected", "the decision document");
        refuse(f.amountInvolved() != null, "facts.amountInvolved", "the decision document");
        refuse(f.legalRelations(), "facts.legalRelations", legalReview(SanxiangWorkflowModel.PROP_MAJOR_REASONS));
        refuse(f.majorRights(), "facts.majorRights", legalReview(SanxiangWorkflowModel.PROP_MAJOR_REASONS));
        // a fine counted per worker (ningxia-2019 附件6) is the review's reason to give, never inferred from workersAffected
        refuse(f.finePerWorker(), "facts.finePerWorker", legalReview(SanxiangWorkflowModel.PROP_MAJOR_REASONS));
        refuse(f.circumstancesConflict(), "facts.circumstancesConflict",
                legalReview(SanxiangWorkflowModel.PROP_MAJOR_REASONS));
        refuse(f.collectiveDiscussion(), "facts.collectiveDiscussion",
                legalReview(SanxiangWorkflowModel.PROP_COLLECTIVE_DISCUSSION_REQUIRED));
        Secrets s = f.secrets();
        refuse(s.state(), "facts.secrets.state", disclosure(SanxiangWorkflowModel.PROP_DISCLOSURE_STATE_SECRET));
        refuse(s.commercial(), "facts.secrets.commercial",
                disclosure(SanxiangWorkflowModel.PROP_DISCLOSURE_COMMERCIAL_SECRET));
        refuse(s.privacy(), "facts.secrets.privacy", disclosure(SanxiangWorkflowModel.PROP_DISCLOSURE_PRIVACY));
        refuse(f.securityRisk(), "facts.securityRisk", disclosure(SanxiangWorkflowModel.PROP_DISCLOSURE_SECURITY_RISK));
        refuse(f.affectsInvestigation(), "facts.affectsInvestigation",
                disclosure(SanxiangWorkflowModel.PROP_DISCLOSURE_AFFECTS_INVESTIGATION));
        refuse(f.problemsFound(), "facts.problemsFound", disclosure(SanxiangWorkflowModel.PROP_DISCLOSURE_PROBLEMS_FOUND));
        refuse(!f.disclosures().isEmpty(), "facts.disclosures", disclosure(SanxiangWorkflowModel.PROP_DISCLOSURE_KIND)
                + ", one kind per start");
        CaseDates d = f.dates();
        if (d != null) {
            // the day a disclosure kind counts from, or is published before (ningxia-2019 附件2 第17项, wuhan-2020 公示 第七条)
            refuse(d.queried() != null, "facts.dates.queried", disclosure(SanxiangWorkflowModel.PROP_DISCLOSURE_EVENT_DATE));
            refuse(d.hearing() != null, "facts.dates.hearing", disclosure(SanxiangWorkflowModel.PROP_DISCLOSURE_EVENT_DATE));
            refuse(d.lottery() != null, "facts.dates.lottery", disclosure(SanxiangWorkflowModel.PROP_DISCLOSURE_EVENT_DATE));
            refuse(d.investigationEnded() != null, "facts.dates.investigationEnded",
                    legalReview(SanxiangWorkflowModel.PROP_INVESTIGATION_ENDED_AT));
            // the review's deadline never runs past it (chongqing-2024 法制审核 第十一条, wuhan-2020 法制审核 第十二条第二款)
            refuse(d.statutoryLimitDate().isPresent(), "facts.dates.statutoryLimit",
                    legalReview(SanxiangWorkflowModel.PROP_STATUTORY_DEADLINE));
            refuse(d.reviewReceived() != null, "facts.dates.reviewReceived", "the legal review (set when it receives the case)");
            refuse(d.inspectionEnded() != null, "facts.dates.inspectionEnded",
                    disclosure(SanxiangWorkflowModel.PROP_DISCLOSURE_DECISION_DATE));
            refuse(d.revoked() != null, "facts.dates.revoked", "the withdrawal task of sxDisclosure");
            refuse(d.errorFound() != null, "facts.dates.errorFound", "the correction task of sxDisclosure");
            refuse(d.correctionRequested() != null, "facts.dates.correctionRequested", "the correction task of sxDisclosure");
            refuse(d.infoChanged() != null, "facts.dates.infoChanged",
                    disclosure(SanxiangWorkflowModel.PROP_BASIC_INFO_CHANGED_ON));
        }
    }

    private static String legalReview(QName startProperty) {
        return "sxLegalReview's " + startProperty.toVariableName();
    }

    private static String disclosure(QName startProperty) {
        return "sxDisclosure's " + startProperty.toVariableName();
    }

    private static void refuse(boolean given, String field, String where) {
        if (given) {
            throw ServiceException.badRequest(field, "a case folder has no property for this fact; give it to " + where);
        }
    }
}
