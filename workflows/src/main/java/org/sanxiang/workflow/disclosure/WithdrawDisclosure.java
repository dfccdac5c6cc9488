package org.sanxiang.workflow.disclosure;

import java.util.Date;
import java.util.Map;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.task.TaskDeadlines;

/** Bean {@code sxDisclosureWithdraw}: withdraws the published record, showing why, and marks it withdrawn. */
public final class WithdrawDisclosure extends DisclosureStep {

    public WithdrawDisclosure(WorkflowPorts ports, CaseLocator locator, TaskDeadlines deadlines, DisclosureRulebook rules) {
        super(ports, locator, deadlines, rules);
    }

    @Override
    protected void execute(StepContext step) {
        String reason = required(step, SanxiangWorkflowModel.PROP_WITHDRAWAL_REASON.toVariableName());
        ports.disclosure().withdraw(required(step, WorkflowVariables.DISCLOSURE_PUBLICATION_ID), reason);
        ports.cases().setProperties(required(step, WorkflowVariables.DISCLOSURE_RECORD_ID), Map.of(SanxiangModel.PROP_DISCLOSURE_STATE.toPrefixString(), "withdrawn",
                SanxiangModel.PROP_WITHDRAWN_AT.toPrefixString(), Date.from(EngineTime.now()), SanxiangModel.PROP_WITHDRAWAL_REASON.toPrefixString(), reason));
    }
}
