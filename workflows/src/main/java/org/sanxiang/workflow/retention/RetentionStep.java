package org.sanxiang.workflow.retention;

import java.time.ZoneId;
import java.util.Objects;

import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxDelegate;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;

/**
 * A step of {@code sxRetention}. One sub-process per record under {@code sx:retention} carries the
 * record's id ({@code sxp_recordId}); the steps inside it work on that record. Neither review has a
 * time limit in the regulations, so the tasks have no due date.
 */
abstract class RetentionStep extends SxDelegate {

    final CaseRepository cases;
    final CaseLocator locator;
    final ZoneId zone;

    RetentionStep(CaseRepository cases, CaseLocator locator, ZoneId zone) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    String caseId(StepContext step) {
        return locator.caseId(step.scope());
    }

    /** The record of this sub-process; fails when it is no longer in the case. */
    CaseRecord record(StepContext step) {
        String caseId = caseId(step);
        String id = step.string(WorkflowVariables.RECORD_ID);
        return cases.records(caseId).stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("record " + id + " is no longer in case " + caseId));
    }
}
