package org.sanxiang.workflow.disclosure;

import java.util.HashMap;
import java.util.Map;

import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Bean {@code sxDisclosureCorrectionDue}: an error was found or a correction requested. The
 * correction, its review and approval are due by the profile's limit (chongqing-2024 公示 第十三条（三）:
 * 3 working days from the error found; ningxia-2019 附件1 第十四条: 10 working days from a request;
 * "promptly" elsewhere, no timer). The corrected record is reviewed and approved again before it
 * replaces the published one: nothing unreviewed is published.
 */
public final class PrepareCorrection extends DisclosureStep {

    public PrepareCorrection(WorkflowPorts ports, CaseLocator locator, TaskDeadlines deadlines, DisclosureRulebook rules) {
        super(ports, locator, deadlines, rules);
    }

    @Override
    protected void execute(StepContext step) {
        if (step.string(WorkflowVariables.DISCLOSURE_ERROR_FOUND_ON) == null
                && step.string(WorkflowVariables.DISCLOSURE_CORRECTION_REQUESTED_ON) == null) {
            throw new IllegalStateException("a correction needs " + WorkflowVariables.DISCLOSURE_ERROR_FOUND_ON + " or "
                    + WorkflowVariables.DISCLOSURE_CORRECTION_REQUESTED_ON);
        }
        DisclosureCase c = disclosureCase(step);
        schedule(step, rules.decider(c.profileId()).correctionDue(c.facts()), "correction deadline",
                DisclosureProcess.CORRECT, DisclosureProcess.REVIEW, DisclosureProcess.APPROVE);
        Map<String, Object> reset = new HashMap<>();
        reset.put(WorkflowVariables.DISCLOSURE_CORRECTING, true);
        // this pass must be reviewed and approved on its own
        reset.put(WorkflowVariables.outcome(DisclosureProcess.REVIEW), null);
        reset.put(WorkflowVariables.outcome(DisclosureProcess.APPROVE), null);
        step.scope().setVariables(reset);
    }
}
