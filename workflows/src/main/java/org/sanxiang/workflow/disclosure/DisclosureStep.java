package org.sanxiang.workflow.disclosure;

import java.util.Objects;

import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.disclosure.DueDate;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxDelegate;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.task.TaskDeadlines;

/** A step of {@code sxDisclosure}: it works with the ports, the case locator, deadlines and rules. */
abstract class DisclosureStep extends SxDelegate {

    final WorkflowPorts ports;
    final CaseLocator locator;
    final TaskDeadlines deadlines;
    final DisclosureRulebook rules;

    DisclosureStep(WorkflowPorts ports, CaseLocator locator, TaskDeadlines deadlines, DisclosureRulebook rules) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    DisclosureCase disclosureCase(StepContext step) {
        return DisclosureCase.read(ports.cases(), locator.caseId(step.scope()), step, deadlines.zone());
    }

    /**
     * Gives the tasks the deadline the rule computed. A limit that is only "promptly" (及时), or none,
     * gives them no due date and no timer; a counted limit whose start is unknown is an error.
     */
    void schedule(StepContext step, DueDate due, String what, String... taskKeys) {
        for (String taskKey : taskKeys) {
            switch (due.status()) {
                case DUE -> deadlines.schedule(step.scope(), taskKey, due.deadline(), EngineTime.now(), String.valueOf(due.citation()));
                case PROMPTLY, NOT_SET -> TaskDeadlines.set(step.scope(), TaskDeadlines.none(taskKey));
                case AWAITING_START -> throw new IllegalArgumentException(what + ": " + due.citation()
                        + " counts from a date the case does not have yet (" + SanxiangWorkflowModel.PROP_DISCLOSURE_DECISION_DATE.toVariableName()
                        + ", " + WorkflowVariables.DISCLOSURE_REVOKED_ON + " or the correction dates)");
            }
        }
    }

    static String required(StepContext step, String variable) {
        String value = step.string(variable);
        if (value == null) {
            throw new IllegalStateException(variable + " is required here (process " + step.processInstanceId() + ")");
        }
        return value;
    }
}
