package org.sanxiang.workflow.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Objects;

import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.disclosure.DueDate;
import org.sanxiang.rules.record.RecordDeadlines;
import org.sanxiang.rules.record.Stage;
import org.sanxiang.rules.record.StagePlan;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxDelegate;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Bean {@code sxRecordPlan}: asks the stage catalogue for the stages of the case's profile, action
 * category and procedure, and puts their codes in {@code sxp_stages} for the generic stage loop. An
 * emergency start schedules the completion task with the profile's limit (wuhan-2020 全过程记录
 * 第十二条第一款: 2 working days; fushun-2026 细则 第六条第二款: 24 hours).
 */
public final class PlanStages extends SxDelegate {

    private final CaseRepository cases;
    private final CaseLocator locator;
    private final CaseRecordRules rules;
    private final TaskDeadlines deadlines;

    public PlanStages(CaseRepository cases, CaseLocator locator, CaseRecordRules rules, TaskDeadlines deadlines) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    @Override
    protected void execute(StepContext step) {
        CaseFolder facts = cases.facts(locator.caseId(step.scope()));
        StagePlan plan = rules.plan(step, facts);
        if (!plan.covered() || plan.stages().isEmpty()) {
            throw new IllegalStateException("profile " + plan.profile() + " lists no record stages for "
                    + plan.action().code() + (plan.note() == null ? "" : " (" + plan.note() + ")")
                    + ": sxCaseRecord cannot run for case " + facts.caseId());
        }
        step.set(WorkflowVariables.STAGES, new ArrayList<>(plan.stages().stream().map(Stage::code).toList()));
        step.set(WorkflowVariables.STAGE_INDEX, 0);
        step.set(WorkflowVariables.MORE_STAGES, true);
        step.set(WorkflowVariables.AV_TRACKED, new ArrayList<String>());
        if (step.value(WorkflowVariables.WORKFLOW_DESCRIPTION) == null) {
            step.set(WorkflowVariables.WORKFLOW_DESCRIPTION, "执法全过程记录 "
                    + (facts.caseNumber() == null ? facts.caseId() : facts.caseNumber()));
        }

        boolean emergency = CaseRecordProcess.EMERGENCY.equals(step.value(SanxiangWorkflowModel.PROP_CASE_SOURCE));
        step.set(WorkflowVariables.EMERGENCY, emergency);
        if (emergency) {
            Instant now = EngineTime.now();
            DueDate due = new RecordDeadlines(rules.profile(facts), deadlines.calendar())
                    .emergencyCompletionDue(now.atZone(deadlines.zone()).toLocalDateTime());
            if (due.deadline() != null) {
                deadlines.schedule(step.scope(), CaseRecordProcess.EMERGENCY_TASK, due.deadline(), now, String.valueOf(due.citation()));
            } else {
                TaskDeadlines.set(step.scope(), TaskDeadlines.none(CaseRecordProcess.EMERGENCY_TASK));
            }
        }
    }
}
