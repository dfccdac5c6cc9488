package org.sanxiang.workflow.access;

import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;

import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.access.AccessDecision;
import org.sanxiang.rules.access.AccessRequest;
import org.sanxiang.rules.access.AccessRule;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxDelegate;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Bean {@code sxAccessAssess}: applies {@link AccessRule} to the request. Admissible requests go to
 * the approver group the rule names, with the approval deadline scheduled; others are refused
 * with the rule's reasons and citations.
 */
public final class AssessAccessRequest extends SxDelegate {

    private final CaseRepository cases;
    private final CaseLocator locator;
    private final TaskDeadlines deadlines;
    private final AccessPolicy policy;
    private final AccessRule rule = new AccessRule();

    public AssessAccessRequest(CaseRepository cases, CaseLocator locator, TaskDeadlines deadlines, AccessPolicy policy) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    protected void execute(StepContext step) {
        CaseFolder facts = cases.facts(locator.caseId(step.scope()));
        AccessRequest request = AccessRequests.read(step, facts);
        if (request.periodWorkingDays() > policy.maxPeriodWorkingDays()) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_PERIOD_WORKING_DAYS.toVariableName() + ": " + request.periodWorkingDays()
                    + " working days exceeds the longest borrowing period, " + policy.maxPeriodWorkingDays());
        }
        AccessDecision decision = rule.decide(request, AccessRequests.facts(facts));
        step.set(WorkflowVariables.ACCESS_ADMISSIBLE, decision.admissible());
        step.set(WorkflowVariables.ACCESS_DECISION, decision.summary());
        if (step.value(WorkflowVariables.WORKFLOW_DESCRIPTION) == null) {
            step.set(WorkflowVariables.WORKFLOW_DESCRIPTION, "调阅申请 " + request.requesterName() + " / "
                    + (facts.caseNumber() == null ? facts.caseId() : facts.caseNumber()));
        }
        if (decision.admissible()) {
            step.set(WorkflowVariables.ACCESS_APPROVER_GROUP, decision.approverGroup());
            step.set(WorkflowVariables.ACCESS_WITHHELD_KINDS,
                    decision.withheld().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            Instant now = EngineTime.now();
            deadlines.schedule(step.scope(), AccessProcess.APPROVE_TASK,
                    deadlines.calendar().deadline(now.atZone(deadlines.zone()).toLocalDateTime(), policy.approvalLimit()), now);
        } else {
            step.set(WorkflowVariables.ACCESS_REFUSAL, decision.summary());
        }
    }
}
