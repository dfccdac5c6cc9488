package org.sanxiang.workflow.disclosure;

import java.util.Objects;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.disclosure.DueDate;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.task.TaskDeadlines;

/** What every sxDisclosure delegate works with: the ports, the case locator, deadlines and rules. */
abstract class DisclosureStep implements JavaDelegate {

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

    DisclosureCase disclosureCase(DelegateExecution execution) {
        return DisclosureCase.read(ports.cases(), locator.caseId(execution), execution, deadlines.zone());
    }

    /**
     * Gives the tasks the deadline the rule computed. A limit that is only "promptly" (及时), or none,
     * gives them no due date and no timer; a counted limit whose start is unknown is an error.
     */
    void schedule(DelegateExecution execution, DueDate due, String what, String... taskKeys) {
        for (String taskKey : taskKeys) {
            switch (due.status()) {
                case DUE -> deadlines.schedule(execution, taskKey, due.deadline(), EngineTime.now(), String.valueOf(due.citation()));
                case PROMPTLY, NOT_SET -> execution.setVariables(TaskDeadlines.none(taskKey));
                case AWAITING_START -> throw new IllegalArgumentException(what + ": " + due.citation()
                        + " counts from a date the case does not have yet (" + SanxiangWorkflowModel.PROP_DISCLOSURE_DECISION_DATE.toVariableName()
                        + ", " + WorkflowVariables.DISCLOSURE_REVOKED_ON + " or the correction dates)");
            }
        }
    }

    static String text(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    static String required(DelegateExecution execution, String variable) {
        String value = text(execution, variable);
        if (value == null) {
            throw new IllegalStateException(variable + " is required here (process " + execution.getProcessInstanceId() + ")");
        }
        return value;
    }
}
