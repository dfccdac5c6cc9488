package org.sanxiang.workflow.access;

import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.access.AccessRequest;
import org.sanxiang.rules.access.CaseAccessFacts;
import org.sanxiang.rules.access.RequesterKind;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.port.CaseFolder;

/** Reads the request from the start form's variables; bad values fail naming the variable. */
final class AccessRequests {

    private AccessRequests() {
    }

    static AccessRequest read(StepContext step, CaseFolder facts) {
        return new AccessRequest(facts.profileId(), kind(step), step.string(SanxiangWorkflowModel.PROP_REQUESTER_NAME),
                step.string(SanxiangWorkflowModel.PROP_REQUESTER_ORGANISATION), step.string(SanxiangWorkflowModel.PROP_ACCESS_LEGAL_BASIS),
                step.string(SanxiangWorkflowModel.PROP_COURT_ORDER_NUMBER), step.string(SanxiangWorkflowModel.PROP_REQUESTER_PARTY_ID),
                step.string(SanxiangWorkflowModel.PROP_ACCESS_REASON), step.number(SanxiangWorkflowModel.PROP_PERIOD_WORKING_DAYS));
    }

    static CaseAccessFacts facts(CaseFolder facts) {
        return new CaseAccessFacts(facts.partyIds(), facts.archived());
    }

    private static RequesterKind kind(StepContext step) {
        String value = step.string(SanxiangWorkflowModel.PROP_REQUESTER_KIND);
        if (value == null) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_REQUESTER_KIND.toVariableName() + " is required");
        }
        RequesterKind modelKind = MODEL_KINDS.get(value.trim());
        if (modelKind != null) {
            return modelKind;
        }
        try {
            return RequesterKind.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_REQUESTER_KIND.toVariableName() + ": unknown requester kind '" + value
                    + "' (one of " + MODEL_KINDS.keySet() + ")", e);
        }
    }

    /** The values of the model's LIST {@code sx:requesterKinds}, as the start form supplies them. */
    static final java.util.Map<String, RequesterKind> MODEL_KINDS = java.util.Map.of(
            "judicial", RequesterKind.COURT,
            "procuratorial", RequesterKind.PROCURATORATE,
            "supervisory", RequesterKind.SUPERVISORY_ORGAN,
            "audit", RequesterKind.AUDIT_ORGAN,
            "reconsideration", RequesterKind.RECONSIDERATION_ORGAN,
            "otherEnforcement", RequesterKind.OTHER_ENFORCEMENT_ORGAN,
            "lawyer", RequesterKind.LAWYER,
            "party", RequesterKind.PARTY,
            "internal", RequesterKind.INTERNAL_UNIT);


}
