package org.sanxiang.workflow.disclosure;

import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Bean {@code sxDisclosureWithdrawalDue}: the decision was revoked or changed; the withdrawal is due
 * by the profile's limit counted from the revocation (chongqing-2024 公示 第十三条（二）: 3 working days;
 * ningxia-2019 附件1 第十一条（三）: 7 working days; wuhan-2020 公示 第九条第三款: promptly, no timer).
 */
public final class PrepareWithdrawal extends DisclosureStep {

    public PrepareWithdrawal(WorkflowPorts ports, CaseLocator locator, TaskDeadlines deadlines, DisclosureRulebook rules) {
        super(ports, locator, deadlines, rules);
    }

    @Override
    protected void execute(StepContext step) {
        required(step, WorkflowVariables.DISCLOSURE_REVOKED_ON);
        DisclosureCase c = disclosureCase(step);
        schedule(step, rules.decider(c.profileId()).withdrawalDue(c.facts()), "withdrawal deadline",
                DisclosureProcess.WITHDRAW);
    }
}
