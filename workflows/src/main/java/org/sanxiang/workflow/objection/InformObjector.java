package org.sanxiang.workflow.objection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxDelegate;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.document.ObjectionNoticeForm;
import org.sanxiang.workflow.document.OfficialDocument;
import org.sanxiang.workflow.port.CaseDocuments;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.DocumentDraft;
import org.sanxiang.workflow.port.Notifications;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Bean {@code sxObjectionInform}: the result is told to the objector (chongqing-2024 公示 第十三条第二款;
 * wuhan-2020 公示 第十二条: fed back; ningxia-2019 附件1 第十四条, 第十六条: with the remedies). Writes the
 * 异议处理结果告知书 ({@link ObjectionNoticeForm}) into the case as its plain text, and sends it to the
 * objector's contact through the notifications port.
 */
public final class InformObjector extends SxDelegate {

    /** ningxia-2019 附件1 公示办法 第十六条: the remedies against the action are told. */
    static final String NINGXIA_REMEDIES = "对公示的行政执法信息涉及的行政行为不服的，可以依法申请行政复议或者提起行政诉讼（ningxia-2019 附件1 第十六条）。";

    private final CaseRepository cases;
    private final CaseDocuments documents;
    private final Notifications notifications;
    private final CaseLocator locator;
    private final TaskDeadlines deadlines;

    public InformObjector(CaseRepository cases, CaseDocuments documents, Notifications notifications, CaseLocator locator,
            TaskDeadlines deadlines) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    @Override
    protected void execute(StepContext step) {
        String caseId = locator.caseId(step.scope());
        Instant now = EngineTime.now();
        LocalDate today = now.atZone(deadlines.zone()).toLocalDate();
        ObjectionCase objection = ObjectionCase.read(step, cases, caseId, today, deadlines.zone());
        String outcome = ObjectionCase.required(step, WorkflowVariables.OBJECTION_OUTCOME);
        String finding = step.trimmed(SanxiangWorkflowModel.PROP_OBJECTION_FINDING);
        String legal = step.trimmed(SanxiangWorkflowModel.PROP_LEGAL_OFFICE_FINDING);
        String organ = Objects.toString(objection.folder().properties().get(SanxiangModel.PROP_ENFORCEMENT_UNIT.toPrefixString()), null);
        String remedies = "ningxia-2019".equals(objection.folder().profileId()) ? NINGXIA_REMEDIES : null;
        OfficialDocument form = ObjectionNoticeForm.build(new ObjectionNoticeForm.Input(null, objection.objector(), objection.caseLabel(),
                objection.record().name(), objection.receivedOn(), objection.grounds(), ApplyObjectionOutcome.outcomeLabel(outcome),
                legal == null ? finding : finding + "\n法制机构：" + legal, step.trimmed(SanxiangWorkflowModel.PROP_OBJECTION_BASIS),
                organ, today, step.string(WorkflowVariables.OBJECTION_CITATION), remedies));
        String notice = form.toPlainText();
        step.set(WorkflowVariables.OBJECTION_NOTICE_DOCUMENT_ID, documents.write(caseId, DocumentDraft.form(
                SanxiangModel.TYPE_TEXT_RECORD.toPrefixString(), ObjectionNoticeForm.TITLE + "-" + step.processInstanceId() + ".txt",
                Map.of("cm:title", ObjectionNoticeForm.TITLE + " " + objection.objector(),
                        SanxiangModel.PROP_STAGE.toPrefixString(), ObjectionProcess.RECORD_STAGE,
                        SanxiangModel.PROP_TEXT_RECORD_KIND.toPrefixString(), "other"), form)));
        notifications.inform(objection.contact() == null ? objection.objector() : objection.contact(), caseId,
                ObjectionNoticeForm.TITLE + " / result of your objection", notice);
    }
}
