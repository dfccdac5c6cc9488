package org.sanxiang.workflow.disclosure;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.activiti.engine.RuntimeService;
import org.activiti.engine.runtime.Execution;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.workflow.WorkflowVariables;

/**
 * What happens to a published record from outside the process: the decision is revoked or
 * changed, an error is found, a party asks for a correction. Each is delivered as a message to
 * the sxDisclosure instance waiting on the published record.
 */
public final class DisclosureEvents {

    /** Who noticed the error: the bureau itself, or a party asking for a correction. */
    public enum CorrectionSource { ERROR_FOUND, REQUESTED }

    private DisclosureEvents() {
    }

    /** The decision was revoked or changed on {@code revokedOn}; the record must be withdrawn. */
    public static void revoked(RuntimeService runtime, String processInstanceId, LocalDate revokedOn, String reason) {
        Objects.requireNonNull(revokedOn, "revokedOn");
        requireText(reason, "reason");
        runtime.messageEventReceived(DisclosureProcess.MESSAGE_REVOKED,
                waiting(runtime, processInstanceId, DisclosureProcess.MESSAGE_REVOKED),
                Map.of(WorkflowVariables.DISCLOSURE_REVOKED_ON, revokedOn.toString(), SanxiangWorkflowModel.PROP_WITHDRAWAL_REASON.toVariableName(), reason));
    }

    /** An error found, or a correction requested, on {@code on}; the record must be corrected. */
    public static void correction(RuntimeService runtime, String processInstanceId, CorrectionSource source, LocalDate on,
            String reason) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(on, "on");
        requireText(reason, "reason");
        String dateVariable = source == CorrectionSource.ERROR_FOUND ? WorkflowVariables.DISCLOSURE_ERROR_FOUND_ON
                : WorkflowVariables.DISCLOSURE_CORRECTION_REQUESTED_ON;
        String otherVariable = source == CorrectionSource.ERROR_FOUND ? WorkflowVariables.DISCLOSURE_CORRECTION_REQUESTED_ON
                : WorkflowVariables.DISCLOSURE_ERROR_FOUND_ON;
        java.util.HashMap<String, Object> variables = new java.util.HashMap<>();
        variables.put(dateVariable, on.toString());
        variables.put(otherVariable, null); // only this event counts for this correction's deadline
        variables.put(SanxiangWorkflowModel.PROP_CORRECTION_REASON.toVariableName(), reason);
        runtime.messageEventReceived(DisclosureProcess.MESSAGE_CORRECTION,
                waiting(runtime, processInstanceId, DisclosureProcess.MESSAGE_CORRECTION), variables);
    }

    private static String waiting(RuntimeService runtime, String processInstanceId, String message) {
        Execution execution = runtime.createExecutionQuery().processInstanceId(processInstanceId)
                .messageEventSubscriptionName(message).singleResult();
        if (execution == null) {
            throw new IllegalStateException("process " + processInstanceId + " has no published record waiting for " + message);
        }
        return execution.getId();
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
