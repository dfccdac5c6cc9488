package org.sanxiang.workflow.objection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.activiti.engine.RuntimeService;
import org.activiti.engine.runtime.ProcessInstance;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.rules.calendar.Deadline;
import org.sanxiang.rules.objection.ObjectionRules;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxDelegate;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.disclosure.DisclosureProcess;
import org.sanxiang.workflow.port.CaseDocuments;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.DocumentDraft;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Bean {@code sxObjectionRegister}: registers an objection against a published disclosure record
 * (chongqing-2024 公示 第十三条第二款; wuhan-2020 公示 第十二条; ningxia-2019 附件1 第十四条). The record
 * must be published, with its sxDisclosure instance waiting for a correction or withdrawal; a profile
 * with no objection procedure (tianjin-2019, fushun-2026) refuses to start, saying so. Writes the
 * register entry (异议登记表) into the case, decides whether the legal office checks too, and sets
 * the checks' deadline: counted only where the profile counts it (ningxia-2019: 10 working days from
 * receipt); 及时 (chongqing-2024, wuhan-2020) is no count.
 */
public final class RegisterObjection extends SxDelegate {

    private final CaseRepository cases;
    private final CaseDocuments documents;
    private final CaseLocator locator;
    private final TaskDeadlines deadlines;
    private final ProfileRegistry profiles;

    public RegisterObjection(CaseRepository cases, CaseDocuments documents, CaseLocator locator, TaskDeadlines deadlines,
            ProfileRegistry profiles) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    @Override
    protected void execute(StepContext step) {
        String caseId = locator.caseId(step.scope());
        Instant now = EngineTime.now();
        LocalDate today = now.atZone(deadlines.zone()).toLocalDate();
        ObjectionCase objection = ObjectionCase.read(step, cases, caseId, today, deadlines.zone());
        String profileId = objection.folder().profileId();
        ObjectionRules rules = ObjectionRules.of(profiles.get(profileId));
        if (!rules.covered()) {
            throw new IllegalStateException("case " + caseId + ": " + rules.notCovered());
        }
        // the internal original says when it was published and withdrawn; the public copy carries the state
        Object state = objection.record().property(SanxiangModel.PROP_DISCLOSURE_STATE);
        boolean published = objection.record().property(SanxiangModel.PROP_PUBLISHED_AT) != null
                || "published".equals(state) || "corrected".equals(state);
        if (!published || objection.record().property(SanxiangModel.PROP_WITHDRAWN_AT) != null) {
            throw new IllegalStateException("record " + objection.record().id() + " is not published (" + SanxiangModel.PROP_PUBLISHED_AT.toPrefixString()
                    + " " + objection.record().property(SanxiangModel.PROP_PUBLISHED_AT) + ", " + SanxiangModel.PROP_WITHDRAWN_AT.toPrefixString() + " "
                    + objection.record().property(SanxiangModel.PROP_WITHDRAWN_AT) + "): an objection is against published information");
        }
        step.set(WorkflowVariables.OBJECTION_DISCLOSURE_PROCESS_ID, waitingDisclosure(step, caseId, objection.record().id()));
        String citation = profileId + " " + rules.citation();
        step.set(WorkflowVariables.OBJECTION_CITATION, citation);
        step.set(WorkflowVariables.OBJECTION_LEGAL_CHECK, rules.legalOfficeChecks());
        if (step.value(WorkflowVariables.WORKFLOW_DESCRIPTION) == null) {
            step.set(WorkflowVariables.WORKFLOW_DESCRIPTION, "异议 " + objection.objector() + " / " + objection.caseLabel());
        }

        Optional<Deadline> due = rules.due(objection.receivedOn(), deadlines.calendar());
        for (String task : new String[] {ObjectionProcess.UNIT_CHECK, ObjectionProcess.LEGAL_CHECK}) {
            if (due.isPresent()) {
                deadlines.schedule(step.scope(), task, due.get(), now, profileId + " " + rules.limit().citation());
            } else {
                deadlines.noDeadline(step.scope(), task, rules.noCount(profileId).orElseThrow());
            }
        }

        String text = "异议登记表 / Objection register\n"
                + "案卷 Case: " + objection.caseLabel() + "\n"
                + "公示信息 Published record: " + objection.record().name() + " (" + objection.record().id() + ")\n"
                + "异议人 Objector: " + objection.objector() + "（" + objection.kindLabel() + "）\n"
                + "联系方式 Contact: " + Objects.toString(objection.contact(), "") + "\n"
                + "收到日期 Received: " + objection.receivedOn() + "\n"
                + "异议理由 Grounds: " + objection.grounds() + "\n"
                + "核查 Checked by: " + (rules.legalOfficeChecks() ? "执法机构会同法制机构" : "执法机构") + "\n"
                + "时限 Limit: " + due.map(d -> d.dueDate().toString()).orElse(rules.noCount(profileId).orElse("")) + "\n"
                + "依据 Article: " + citation + "\n";
        step.set(WorkflowVariables.OBJECTION_REGISTER_DOCUMENT_ID, documents.write(caseId, new DocumentDraft(SanxiangModel.TYPE_TEXT_RECORD,
                "异议登记表-" + step.processInstanceId() + ".txt", Map.of("cm:title", "异议登记表 " + objection.objector(),
                        SanxiangModel.PROP_STAGE.toPrefixString(), ObjectionProcess.RECORD_STAGE,
                        SanxiangModel.PROP_TEXT_RECORD_KIND.toPrefixString(), "other"), text)));
    }

    /** The sxDisclosure instance of the record, waiting on its published state for a correction or withdrawal. */
    private String waitingDisclosure(StepContext step, String caseId, String recordId) {
        RuntimeService runtime = step.execution().getEngineServices().getRuntimeService();
        var query = runtime.createProcessInstanceQuery().processDefinitionKey("sxDisclosure");
        if (locator.caseIsBusinessKey()) {
            query.processInstanceBusinessKey(caseId); // the record's case: indexed, not every process's variables
        }
        ProcessInstance instance = query.variableValueEquals(WorkflowVariables.DISCLOSURE_RECORD_ID, recordId).singleResult();
        boolean waiting = instance != null && runtime.createExecutionQuery().processInstanceId(instance.getId())
                .messageEventSubscriptionName(DisclosureProcess.MESSAGE_CORRECTION).count() > 0;
        if (!waiting) {
            throw new IllegalStateException("record " + recordId + " has no sxDisclosure process waiting on its publication"
                    + " (taken down, withdrawn, or being corrected): the objection cannot change it");
        }
        return instance.getId();
    }
}
