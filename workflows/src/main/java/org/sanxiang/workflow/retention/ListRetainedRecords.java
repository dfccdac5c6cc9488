package org.sanxiang.workflow.retention;

import java.time.ZoneId;
import java.util.ArrayList;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseRepository;

/** Bean {@code sxRetentionList}: the records of the case under {@code sx:retention}, one sub-process each. */
public final class ListRetainedRecords extends RetentionStep {

    public ListRetainedRecords(CaseRepository cases, CaseLocator locator, ZoneId zone) {
        super(cases, locator, zone);
    }

    @Override
    protected void execute(StepContext step) {
        String caseId = caseId(step);
        ArrayList<String> ids = new ArrayList<>();
        cases.records(caseId).stream().filter(r -> r.hasAspect(SanxiangModel.ASPECT_RETENTION)).forEach(r -> ids.add(r.id()));
        if (ids.isEmpty()) {
            throw new IllegalStateException("case " + caseId + " has no record under retention (aspect "
                    + SanxiangModel.ASPECT_RETENTION.toPrefixString() + ")");
        }
        step.set(WorkflowVariables.RETAINED_RECORDS, ids);
    }
}
