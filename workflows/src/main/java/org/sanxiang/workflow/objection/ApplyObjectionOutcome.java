package org.sanxiang.workflow.objection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.activiti.engine.RuntimeService;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxDelegate;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.disclosure.DisclosureEvents;
import org.sanxiang.workflow.port.CaseDocuments;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.DocumentDraft;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Bean {@code sxObjectionApply}, once every checker agreed (chongqing-2024 公示 第十三条第二款: the
 * enforcement unit with the legal office; wuhan-2020 公示 第十二条 and ningxia-2019 附件1 第十四条: the
 * unit): writes the check record (异议核查记录) into the case and applies the outcome. Maintain changes
 * nothing; correct and withdraw send the published record's sxDisclosure instance its existing
 * message, in this same transaction, so its correction or withdrawal path runs with the profile's
 * limit (chongqing-2024 公示 第十三条（三）: 3 working days from the day the error is found, the day the
 * check confirmed it; 第十三条（二）: 3 working days from the day the decision is withdrawn).
 */
public final class ApplyObjectionOutcome extends SxDelegate {

    private final CaseRepository cases;
    private final CaseDocuments documents;
    private final CaseLocator locator;
    private final TaskDeadlines deadlines;

    public ApplyObjectionOutcome(CaseRepository cases, CaseDocuments documents, CaseLocator locator, TaskDeadlines deadlines) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    @Override
    protected void execute(StepContext step) {
        String caseId = locator.caseId(step.scope());
        Instant now = EngineTime.now();
        LocalDate today = now.atZone(deadlines.zone()).toLocalDate();
        ObjectionCase objection = ObjectionCase.read(step, cases, caseId, today, deadlines.zone());
        String outcome = ObjectionCase.required(step, WorkflowVariables.outcome(ObjectionProcess.UNIT_CHECK));
        boolean legalCheck = step.flag(WorkflowVariables.OBJECTION_LEGAL_CHECK);
        if (legalCheck && !ObjectionProcess.AGREE.equals(step.value(WorkflowVariables.outcome(ObjectionProcess.LEGAL_CHECK)))) {
            throw new IllegalStateException("the legal office has not agreed: " + WorkflowVariables.outcome(ObjectionProcess.LEGAL_CHECK)
                    + " is " + step.value(WorkflowVariables.outcome(ObjectionProcess.LEGAL_CHECK)));
        }
        String basis = step.trimmed(SanxiangWorkflowModel.PROP_OBJECTION_BASIS);
        String reason = "异议处理 / objection by " + objection.objector() + ": " + (basis == null ? objection.grounds() : basis);
        String disclosure = ObjectionCase.required(step, WorkflowVariables.OBJECTION_DISCLOSURE_PROCESS_ID);
        RuntimeService runtime = step.execution().getEngineServices().getRuntimeService();
        switch (outcome) {
            case ObjectionProcess.MAINTAIN -> {
            }
            case ObjectionProcess.CORRECT -> DisclosureEvents.correction(runtime, disclosure,
                    DisclosureEvents.CorrectionSource.ERROR_FOUND, today, reason);
            case ObjectionProcess.WITHDRAW -> DisclosureEvents.revoked(runtime, disclosure, today, reason);
            default -> throw new IllegalArgumentException(WorkflowVariables.outcome(ObjectionProcess.UNIT_CHECK) + ": '" + outcome
                    + "' is not one of " + SanxiangWorkflowModel.CONSTRAINT_CHECK_OBJECTION_UNIT_OUTCOME_OPTIONS.toPrefixString());
        }
        step.set(WorkflowVariables.OBJECTION_OUTCOME, outcome);

        String text = "异议核查记录 / Objection check\n"
                + "案卷 Case: " + objection.caseLabel() + "\n"
                + "公示信息 Published record: " + objection.record().name() + "\n"
                + "异议人 Objector: " + objection.objector() + "\n"
                + "执法机构核查 Unit: " + Objects.toString(step.string(WorkflowVariables.completedBy(ObjectionProcess.UNIT_CHECK)), "")
                + " — " + Objects.toString(step.string(SanxiangWorkflowModel.PROP_OBJECTION_FINDING), "") + "\n"
                + (legalCheck ? "法制机构核查 Legal office: " + Objects.toString(step.string(WorkflowVariables.completedBy(ObjectionProcess.LEGAL_CHECK)), "")
                        + " — " + Objects.toString(step.string(SanxiangWorkflowModel.PROP_LEGAL_OFFICE_FINDING), "") + "\n" : "")
                + "处理结果 Outcome: " + outcome + "（" + outcomeLabel(outcome) + "）\n"
                + "处理依据 Basis: " + Objects.toString(basis, "") + "\n"
                + "依据条款 Article: " + Objects.toString(step.string(WorkflowVariables.OBJECTION_CITATION), "") + "\n";
        step.set(WorkflowVariables.OBJECTION_CHECK_DOCUMENT_ID, documents.write(caseId, new DocumentDraft(SanxiangModel.TYPE_TEXT_RECORD,
                "异议核查记录-" + step.processInstanceId() + ".txt", Map.of("cm:title", "异议核查记录 " + objection.objector(),
                        SanxiangModel.PROP_STAGE.toPrefixString(), ObjectionProcess.RECORD_STAGE,
                        SanxiangModel.PROP_TEXT_RECORD_KIND.toPrefixString(), "other"), text)));
    }

    static String outcomeLabel(String outcome) {
        return switch (outcome) {
            case ObjectionProcess.MAINTAIN -> "维持公示信息";
            case ObjectionProcess.CORRECT -> "更正公示信息";
            case ObjectionProcess.WITHDRAW -> "撤下公示信息";
            default -> outcome;
        };
    }
}
