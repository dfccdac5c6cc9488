package org.sanxiang.workflow.disclosure;

import java.util.Date;
import java.util.Map;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Bean {@code sxDisclosureTakeDown}: at the end of the display period the record is taken down (ningxia-2019 附件2):
 * the public copy becomes {@code expired}; the internal original keeps its display period ({@code sx:displayUntil})
 * and records when it was taken down ({@code sx:takenDownAt}), as it records a withdrawal or a correction.
 */
public final class TakeDownDisclosure extends DisclosureStep {

    public TakeDownDisclosure(WorkflowPorts ports, CaseLocator locator, TaskDeadlines deadlines, DisclosureRulebook rules) {
        super(ports, locator, deadlines, rules);
    }

    @Override
    protected void execute(StepContext step) {
        ports.disclosure().takeDown(required(step, WorkflowVariables.DISCLOSURE_PUBLICATION_ID));
        ports.cases().setProperties(required(step, WorkflowVariables.DISCLOSURE_RECORD_ID),
                Map.of(SanxiangModel.PROP_TAKEN_DOWN_AT.toPrefixString(), Date.from(EngineTime.now())));
    }
}
