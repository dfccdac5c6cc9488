package org.sanxiang.workflow.disclosure;

import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Bean {@code sxDisclosureTakeDown}: at the end of the display period the record is taken down (ningxia-2019 附件2):
 * the public copy becomes {@code expired}; the internal original keeps its display period ({@code sx:displayUntil}).
 */
public final class TakeDownDisclosure extends DisclosureStep {

    public TakeDownDisclosure(WorkflowPorts ports, CaseLocator locator, TaskDeadlines deadlines, DisclosureRulebook rules) {
        super(ports, locator, deadlines, rules);
    }

    @Override
    protected void execute(StepContext step) {
        ports.disclosure().takeDown(required(step, WorkflowVariables.DISCLOSURE_PUBLICATION_ID));
    }
}
