package org.sanxiang.workflow.disclosure;

import java.util.Date;
import java.util.Map;

import org.activiti.engine.delegate.DelegateExecution;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.task.TaskDeadlines;

/** Bean {@code sxDisclosureWithdraw}: withdraws the published record, showing why, and marks it withdrawn. */
public final class WithdrawDisclosure extends DisclosureStep {

    public WithdrawDisclosure(WorkflowPorts ports, CaseLocator locator, TaskDeadlines deadlines, DisclosureRulebook rules) {
        super(ports, locator, deadlines, rules);
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = required(execution, DisclosureVariables.WITHDRAWAL_REASON);
        ports.disclosure().withdraw(required(execution, DisclosureVariables.PUBLICATION_ID), reason);
        ports.cases().setProperties(required(execution, DisclosureVariables.RECORD_ID), Map.of("sx:disclosureState", "withdrawn",
                "sx:withdrawnAt", Date.from(EngineTime.now()), "sx:withdrawalReason", reason));
    }
}
