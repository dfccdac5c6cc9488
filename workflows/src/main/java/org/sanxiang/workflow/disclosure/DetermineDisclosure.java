package org.sanxiang.workflow.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.disclosure.DisclosureDecider;
import org.sanxiang.rules.disclosure.DisclosureDecision;
import org.sanxiang.rules.disclosure.Exclusion;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Bean {@code sxDisclosureDetermine}: applies the profile's disclosure rules to the case. Withholding
 * exclusions go to the legal office with their articles; the approver group is the one the rules
 * name (wuhan-2020 公示 第三条第二款: major decisions by the principal leader); every task up to
 * publication is due by the publication due date (chongqing-2024 公示 第十一条; wuhan-2020 公示 第九条第一款).
 * A change of the basic information (基础信息变更) has no exclusions for decisions to determine: the
 * update is drafted, reviewed, approved and published by the profile's update limit (chongqing-2024
 * 公示 第十三条（一）: 20 working days from the change; wuhan-2020 公示 第六条第三款: promptly, no timer).
 */
public final class DetermineDisclosure extends DisclosureStep {

    public DetermineDisclosure(WorkflowPorts ports, CaseLocator locator, TaskDeadlines deadlines, DisclosureRulebook rules) {
        super(ports, locator, deadlines, rules);
    }

    @Override
    protected void execute(StepContext step) {
        DisclosureCase c = disclosureCase(step);
        DisclosureDecider decider = rules.decider(c.profileId());
        boolean major = c.major();
        boolean basicInfo = c.basicInfoChange();
        step.set(WorkflowVariables.DISCLOSURE_BASIC_INFO, basicInfo);

        DisclosureDecider.Approval approval = decider.approverOrUnnamed(major);
        step.set(WorkflowVariables.DISCLOSURE_APPROVER_GROUP, DisclosureApprovers.group(approval));
        step.set(SanxiangWorkflowModel.PROP_DISCLOSURE_APPROVER, approval.label("zh_CN") + "（" + approval.citation() + "）");
        step.set(WorkflowVariables.DISCLOSURE_CORRECTING, false);
        if (basicInfo) {
            updateBasicInfo(step, c, decider);
            return;
        }
        DisclosureDecision decision = decider.decide(c.facts(), major);

        List<String> reasons = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        for (Exclusion exclusion : decision.exclusions()) {
            if (exclusion.withholds()) {
                reasons.add(ExclusionReasons.modelValue(exclusion.reason()));
                note.append(exclusion.reason().label("zh_CN")).append("（").append(exclusion.citation()).append("）\n");
            }
        }
        step.set(WorkflowVariables.DISCLOSURE_WITHHOLD, !decision.disclose());
        step.set(SanxiangWorkflowModel.PROP_EXCLUSION_REASONS, reasons);
        step.set(SanxiangWorkflowModel.PROP_EXCLUSION_NOTE, note.toString().strip());
        if (step.value(WorkflowVariables.WORKFLOW_DESCRIPTION) == null) {
            step.set(WorkflowVariables.WORKFLOW_DESCRIPTION, "执法信息公示 "
                    + (c.folder.caseNumber() == null ? c.folder.caseId() : c.folder.caseNumber()));
        }
        schedule(step, decision.due(), "publication due date", DisclosureProcess.CONFIRM_EXCLUSION,
                DisclosureProcess.DRAFT, DisclosureProcess.REVIEW, DisclosureProcess.APPROVE);
    }

    private void updateBasicInfo(StepContext step, DisclosureCase c, DisclosureDecider decider) {
        LocalDate changed = c.basicInfoChangedOn();
        if (changed == null) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_BASIC_INFO_CHANGED_ON.toVariableName()
                    + " is required when the disclosure is for a change of the basic information");
        }
        step.set(WorkflowVariables.DISCLOSURE_WITHHOLD, false);
        step.set(SanxiangWorkflowModel.PROP_EXCLUSION_REASONS, new ArrayList<String>());
        step.set(SanxiangWorkflowModel.PROP_EXCLUSION_NOTE, "");
        if (step.value(WorkflowVariables.WORKFLOW_DESCRIPTION) == null) {
            step.set(WorkflowVariables.WORKFLOW_DESCRIPTION, "基础信息变更公示 "
                    + (c.folder.caseNumber() == null ? c.folder.caseId() : c.folder.caseNumber()));
        }
        schedule(step, decider.basicInfoUpdateDue(changed), "basic-information update deadline",
                DisclosureProcess.DRAFT, DisclosureProcess.REVIEW, DisclosureProcess.APPROVE);
    }
}
