package org.sanxiang.workflow.access;

import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.access.AccessDecision;
import org.sanxiang.rules.access.AccessRequest;
import org.sanxiang.rules.access.AccessRule;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseFacts;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Bean {@code sxAccessAssess}: applies {@link AccessRule} to the request. Admissible requests go to
 * the approver group the rule names, with the approval deadline scheduled; others are refused
 * with the rule's reasons and citations.
 */
public final class AssessAccessRequest implements JavaDelegate {

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
    public void execute(DelegateExecution execution) {
        CaseFacts facts = cases.facts(locator.caseId(execution));
        AccessRequest request = AccessRequests.read(execution, facts);
        if (request.periodWorkingDays() > policy.maxPeriodWorkingDays()) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_PERIOD_WORKING_DAYS.toVariableName() + ": " + request.periodWorkingDays()
                    + " working days exceeds the longest borrowing period, " + policy.maxPeriodWorkingDays());
        }
        AccessDecision decision = rule.decide(request, AccessRequests.facts(facts));
        execution.setVariable(WorkflowVariables.ACCESS_ADMISSIBLE, decision.admissible());
        execution.setVariable(WorkflowVariables.ACCESS_DECISION, decision.summary());
        if (execution.getVariable(WorkflowVariables.WORKFLOW_DESCRIPTION) == null) {
            execution.setVariable(WorkflowVariables.WORKFLOW_DESCRIPTION, "调阅申请 " + request.requesterName() + " / "
                    + (facts.caseNumber() == null ? facts.caseId() : facts.caseNumber()));
        }
        if (decision.admissible()) {
            execution.setVariable(WorkflowVariables.ACCESS_APPROVER_GROUP, decision.approverGroup());
            execution.setVariable(WorkflowVariables.ACCESS_WITHHELD_KINDS,
                    decision.withheld().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            Instant now = EngineTime.now();
            deadlines.schedule(execution, AccessProcess.APPROVE_TASK,
                    deadlines.calendar().deadline(now.atZone(deadlines.zone()).toLocalDateTime(), policy.approvalLimit()), now);
        } else {
            execution.setVariable(WorkflowVariables.ACCESS_REFUSAL, decision.summary());
        }
    }
}
