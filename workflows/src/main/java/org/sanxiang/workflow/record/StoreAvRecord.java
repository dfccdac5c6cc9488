package org.sanxiang.workflow.record;

import java.util.Date;
import java.util.Map;
import java.util.Objects;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;

/**
 * Bean {@code sxRecordAvStored}: after the storage task, the AV record carries where it is stored
 * and when it got there (chongqing-2024 全过程记录 第十二条第三款; wuhan-2020 全过程记录 第二十六条第三款).
 */
public final class StoreAvRecord implements JavaDelegate {

    private final CaseRepository cases;
    private final CaseLocator locator;

    public StoreAvRecord(CaseRepository cases, CaseLocator locator) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.locator = Objects.requireNonNull(locator, "locator");
    }

    @Override
    public void execute(DelegateExecution execution) {
        String location = CaseRecordRules.text(execution.getVariable(SanxiangWorkflowModel.PROP_STORAGE_LOCATION.toVariableName()));
        if (location == null) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_STORAGE_LOCATION.toVariableName() + ": required (where the AV record is stored)");
        }
        CaseRecord record = ScheduleAvStorage.record(cases, locator.caseId(execution),
                (String) execution.getVariable(WorkflowVariables.AV_RECORD_ID));
        cases.setProperties(record.id(), Map.of(SanxiangModel.PROP_STORAGE_LOCATION.toPrefixString(), location, SanxiangModel.PROP_STORED_AT.toPrefixString(), Date.from(EngineTime.now())));
        execution.setVariable(SanxiangWorkflowModel.PROP_STORAGE_LOCATION.toVariableName(), null);
    }
}
