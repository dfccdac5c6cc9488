package org.sanxiang.workflow.record;

import java.util.Date;
import java.util.Map;
import java.util.Objects;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
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
        String location = CaseRecordRules.text(execution.getVariable(RecordVariables.STORAGE_LOCATION));
        if (location == null) {
            throw new IllegalArgumentException(RecordVariables.STORAGE_LOCATION + ": required (where the AV record is stored)");
        }
        CaseRecord record = ScheduleAvStorage.record(cases, locator.caseId(execution),
                (String) execution.getVariable(RecordVariables.AV_RECORD_ID));
        cases.setProperties(record.id(), Map.of("sx:storageLocation", location, "sx:storedAt", Date.from(EngineTime.now())));
        execution.setVariable(RecordVariables.STORAGE_LOCATION, null);
    }
}
