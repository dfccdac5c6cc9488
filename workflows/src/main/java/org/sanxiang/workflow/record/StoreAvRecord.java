package org.sanxiang.workflow.record;

import java.util.Date;
import java.util.Map;
import java.util.Objects;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxDelegate;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;

/**
 * Bean {@code sxRecordAvStored}: after the storage task, the AV record carries where it is stored
 * and when it got there (chongqing-2024 全过程记录 第十二条第三款; wuhan-2020 全过程记录 第二十六条第三款).
 */
public final class StoreAvRecord extends SxDelegate {

    private final CaseRepository cases;
    private final CaseLocator locator;

    public StoreAvRecord(CaseRepository cases, CaseLocator locator) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.locator = Objects.requireNonNull(locator, "locator");
    }

    @Override
    protected void execute(StepContext step) {
        String location = step.trimmed(SanxiangWorkflowModel.PROP_STORAGE_LOCATION);
        if (location == null) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_STORAGE_LOCATION.toVariableName() + ": required (where the AV record is stored)");
        }
        CaseRecord record = ScheduleAvStorage.record(cases, locator.caseId(step.scope()),
                (String) step.value(WorkflowVariables.AV_RECORD_ID));
        cases.setProperties(record.id(), Map.of(SanxiangModel.PROP_STORAGE_LOCATION.toPrefixString(), location, SanxiangModel.PROP_STORED_AT.toPrefixString(), Date.from(EngineTime.now())));
        step.set(SanxiangWorkflowModel.PROP_STORAGE_LOCATION, null);
    }
}
