package org.sanxiang.workflow.report;

import java.util.Objects;

import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.disclosure.DisclosureDecider;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxDelegate;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.disclosure.DisclosureRulebook;
import org.sanxiang.workflow.task.TaskDeadlines;

/** A step of {@code sxAnnualReport}: the report's profile and year come from the start form. */
abstract class ReportStep extends SxDelegate {

    final WorkflowPorts ports;
    final DisclosureRulebook rules;
    final TaskDeadlines deadlines;

    ReportStep(WorkflowPorts ports, DisclosureRulebook rules, TaskDeadlines deadlines) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    static int year(StepContext step) {
        return step.number(SanxiangWorkflowModel.PROP_REPORT_YEAR);
    }

    static String profile(StepContext step) {
        String profile = step.trimmed(SanxiangWorkflowModel.PROP_REPORT_PROFILE);
        if (profile == null) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_REPORT_PROFILE.toVariableName() + ": required");
        }
        return profile;
    }

    /** The profile's duty for the year; a profile without one refuses, citing why. */
    DisclosureDecider.AnnualReportDuty duty(StepContext step) {
        DisclosureDecider decider = rules.anyDecider(profile(step));
        return decider.annualReport(year(step)).orElseThrow(() -> new IllegalArgumentException(
                SanxiangWorkflowModel.PROP_REPORT_PROFILE.toVariableName() + ": " + decider.noAnnualReport()));
    }

    static String required(StepContext step, String variable) {
        String value = step.string(variable);
        if (value == null) {
            throw new IllegalStateException(variable + " is required here (process " + step.processInstanceId() + ")");
        }
        return value;
    }
}
