package org.sanxiang.workflow.access;

import org.activiti.engine.delegate.VariableScope;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.access.AccessRequest;
import org.sanxiang.rules.access.CaseAccessFacts;
import org.sanxiang.rules.access.RequesterKind;
import org.sanxiang.workflow.port.CaseFacts;

/** Reads the request from the process variables; bad values fail naming the variable. */
final class AccessRequests {

    private AccessRequests() {
    }

    static AccessRequest read(VariableScope scope, CaseFacts facts) {
        return new AccessRequest(facts.profileId(), kind(scope), text(scope, SanxiangWorkflowModel.PROP_REQUESTER_NAME.toVariableName()),
                text(scope, SanxiangWorkflowModel.PROP_REQUESTER_ORGANISATION.toVariableName()), text(scope, SanxiangWorkflowModel.PROP_ACCESS_LEGAL_BASIS.toVariableName()),
                text(scope, SanxiangWorkflowModel.PROP_COURT_ORDER_NUMBER.toVariableName()), text(scope, SanxiangWorkflowModel.PROP_REQUESTER_PARTY_ID.toVariableName()),
                text(scope, SanxiangWorkflowModel.PROP_ACCESS_REASON.toVariableName()), number(scope, SanxiangWorkflowModel.PROP_PERIOD_WORKING_DAYS.toVariableName()));
    }

    static CaseAccessFacts facts(CaseFacts facts) {
        return new CaseAccessFacts(facts.partyIds(), facts.archived());
    }

    private static RequesterKind kind(VariableScope scope) {
        String value = text(scope, SanxiangWorkflowModel.PROP_REQUESTER_KIND.toVariableName());
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

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    static int number(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number n) {
            return n.intValue();
        }
        if (value instanceof String s && s.trim().matches("\\d+")) {
            return Integer.parseInt(s.trim());
        }
        throw new IllegalArgumentException(name + " must be a whole number, got " + value);
    }
}
