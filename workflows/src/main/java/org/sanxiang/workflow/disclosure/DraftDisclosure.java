package org.sanxiang.workflow.disclosure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.disclosure.DecisionDocument;
import org.sanxiang.rules.disclosure.DecisionSummary;
import org.sanxiang.rules.disclosure.KindDecision;
import org.sanxiang.rules.disclosure.FullTextRedactionPolicy;
import org.sanxiang.rules.disclosure.SummaryField;
import org.sanxiang.rules.redaction.RedactedSpan;
import org.sanxiang.rules.redaction.RedactionResult;
import org.sanxiang.rules.redaction.Redactor;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.document.DisclosureSummaryForm;
import org.sanxiang.workflow.document.OfficialDocument;
import org.sanxiang.workflow.port.DocumentDraft;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Bean {@code sxDisclosureDraft}: drafts the summary with the profile's fields (chongqing-2024 公示
 * 第十一条第二款; wuhan-2020 公示 第九条第二款; ningxia-2019 附件1 第六条) and the redacted full text
 * (wuhan-2020 公示 第九条第二款), stores the draft {@code sx:disclosureRecord} in the case and keeps
 * the redaction log beside it. The disclosure staff check and may edit both in {@code draftDisclosure}.
 */
public final class DraftDisclosure extends DisclosureStep {

    /** Where each published summary field goes on the sx:disclosureRecord. */
    private static final Map<SummaryField, String> RECORD_PROPERTIES = Map.ofEntries(
            Map.entry(SummaryField.DECISION_NUMBER, SanxiangModel.PROP_DISCLOSED_DOCUMENT_NUMBER.toPrefixString()),
            Map.entry(SummaryField.PARTY_NAME, SanxiangModel.PROP_DISCLOSED_PARTY_NAME.toPrefixString()),
            Map.entry(SummaryField.PARTY_CODE, SanxiangModel.PROP_DISCLOSED_PARTY_CODE.toPrefixString()),
            Map.entry(SummaryField.LEGAL_REPRESENTATIVE, SanxiangModel.PROP_DISCLOSED_LEGAL_REPRESENTATIVE.toPrefixString()),
            Map.entry(SummaryField.MATTER_NAME, SanxiangModel.PROP_DISCLOSED_MATTER_NAME.toPrefixString()),
            Map.entry(SummaryField.CASE_NAME, SanxiangModel.PROP_DISCLOSED_CASE_NAME.toPrefixString()),
            Map.entry(SummaryField.FACTS, SanxiangModel.PROP_DISCLOSED_MAIN_FACTS.toPrefixString()),
            Map.entry(SummaryField.LEGAL_BASIS, SanxiangModel.PROP_DISCLOSED_BASIS.toPrefixString()),
            Map.entry(SummaryField.DECISION_CONTENT, SanxiangModel.PROP_DISCLOSED_RESULT.toPrefixString()),
            Map.entry(SummaryField.ORGAN, SanxiangModel.PROP_DISCLOSED_AUTHORITY.toPrefixString()),
            Map.entry(SummaryField.DATE, SanxiangModel.PROP_DISCLOSED_DECISION_DATE.toPrefixString()),
            Map.entry(SummaryField.SEIZED_ITEMS, SanxiangModel.PROP_DISCLOSED_SEIZURE_LIST.toPrefixString()));

    public DraftDisclosure(WorkflowPorts ports, CaseLocator locator, TaskDeadlines deadlines, DisclosureRulebook rules) {
        super(ports, locator, deadlines, rules);
    }

    @Override
    protected void execute(StepContext step) {
        DisclosureCase c = disclosureCase(step);
        DecisionDocument document = c.document();
        // a disclosure kind (a list, a notice, a periodic publication) is not a decision's summary: the
        // drafter writes its content under the kind's heading, and no decision text is attached
        KindDecision kind = c.kind() == null ? null : c.kindDecision(rules.decider(c.profileId()));
        DecisionSummary summary = kind == null ? rules.summaries(c.profileId()).build(document) : null;
        // the draft is what reviewers approve for publication: names of the case's individuals hidden
        // (wuhan-2020 公示 第九条), so the copy in the case never holds more than the public one
        Redactor redactor = new Redactor(c.individuals());
        String summaryText = redactor.redact(kind == null ? summaryText(summary) : kindText(kind)).redacted();

        String fullText = kind == null ? c.fullText(ports.cases()) : null;
        String redacted = null;
        StringBuilder log = new StringBuilder();
        FullTextRedactionPolicy policy = rules.redactionPolicy(c.profileId());
        if (fullText != null) {
            RedactionResult result = redactor.redact(fullText);
            redacted = result.redacted();
            log.append("脱敏依据 Rule: ").append(policy.defined() ? policy.hidden().get(0).citation().toString()
                    : c.profileId() + " (no list of what a full text hides: personal information hidden)").append('\n');
            log.append("隐去 ").append(result.spans().size()).append(" 处 / spans hidden\n");
            for (RedactedSpan span : result.spans()) {
                log.append(span).append('\n');
            }
        } else {
            log.append("无决定书全文，仅公示摘要 / no decision text in the case: summary only\n");
        }

        String caseId = c.folder.caseId();
        String label = document.decisionNumber() != null ? document.decisionNumber()
                : c.folder.caseNumber() != null ? c.folder.caseNumber() : caseId;
        Map<String, Object> properties = new HashMap<>();
        properties.put(SanxiangModel.PROP_DISCLOSURE_STATE.toPrefixString(), "draft");
        // a basic-information update is disclosed before any action (事前公开), a decision after it
        boolean basicInfo = Boolean.TRUE.equals(step.value(WorkflowVariables.DISCLOSURE_BASIC_INFO));
        // a disclosure kind has its own stage (wuhan-2020 公示 第七条: in-action lists published before the decision)
        String phase = kind != null ? phase(kind.stage())
                : basicInfo ? "preAction" : "postAction";
        properties.put(SanxiangModel.PROP_DISCLOSURE_PHASE.toPrefixString(), phase);
        properties.put(SanxiangModel.PROP_DISCLOSURE_FORM.toPrefixString(), redacted == null ? "summary" : "fullDocument");
        properties.put(SanxiangModel.PROP_DISCLOSURE_CASE_NUMBER.toPrefixString(), c.folder.caseNumber());
        properties.put(SanxiangModel.PROP_DISCLOSED_CATEGORY.toPrefixString(), document.action().code());
        for (DecisionSummary.Entry entry : summary == null ? List.<DecisionSummary.Entry>of() : summary.entries()) {
            String property = RECORD_PROPERTIES.get(entry.field());
            if (property != null && !(entry.field() == SummaryField.DATE && document.decided() == null)) {
                properties.put(property, entry.field() == SummaryField.DATE ? java.util.Date.from(
                        document.decided().atStartOfDay(deadlines.zone()).toInstant()) : redactor.redact(entry.value()).redacted());
            }
        }
        properties.put(SanxiangModel.PROP_REDACTED.toPrefixString(), redacted != null);
        Object due = step.value(WorkflowVariables.dueAt(DisclosureProcess.DRAFT));
        if (due != null) { // none when the limit is only "promptly" (及时)
            properties.put(SanxiangModel.PROP_DISCLOSURE_DUE.toPrefixString(), due);
        }
        String text = summaryText + (redacted == null ? "" : "\n\n" + redacted);
        String recordId = ports.documents().write(caseId, new DocumentDraft(SanxiangModel.TYPE_DISCLOSURE_RECORD.toPrefixString(),
                (basicInfo ? "基础信息变更公示-" : "公示信息-") + label + ".txt", properties, text,
                summary == null ? null : form(summary, redactor, redacted)));
        String logId = ports.documents().write(caseId, new DocumentDraft("cm:content", "公示脱敏记录-" + label + ".txt",
                Map.of("cm:title", "公示脱敏记录 " + label), log.toString()));

        step.set(SanxiangWorkflowModel.PROP_DISCLOSURE_SUMMARY, summaryText);
        step.set(SanxiangWorkflowModel.PROP_DISCLOSURE_FULL_TEXT, redacted);
        step.set(SanxiangWorkflowModel.PROP_DISCLOSURE_REDACTION_LOG, log.toString());
        step.set(WorkflowVariables.DISCLOSURE_RECORD_ID, recordId);
        step.set(WorkflowVariables.DISCLOSURE_REDACTION_LOG_ID, logId);
    }

    /**
     * The summary as printed (chongqing-2024 公示 第十一条第二款, wuhan-2020 公示 第九条第二款): each field redacted as
     * the record's properties are, and the redacted decision text. A disclosure kind has no seed form: it stays text.
     */
    static OfficialDocument form(DecisionSummary summary, Redactor redactor, String redactedFullText) {
        List<DisclosureSummaryForm.Field> fields = new java.util.ArrayList<>();
        for (DecisionSummary.Entry entry : summary.entries()) {
            fields.add(new DisclosureSummaryForm.Field(entry.label("zh_CN"), redactor.redact(entry.value()).redacted()));
        }
        return DisclosureSummaryForm.build(fields, redactedFullText, summary.citations().isEmpty() ? summary.profile()
                : summary.citations().get(0).toString());
    }

    /** One line per field: 标签：值, in the profile's order. */
    static String summaryText(DecisionSummary summary) {
        StringBuilder s = new StringBuilder();
        for (DecisionSummary.Entry entry : summary.entries()) {
            s.append(entry.label("zh_CN")).append('：').append(entry.value()).append('\n');
        }
        s.append("依据 ").append(summary.citations().get(0));
        return s.toString();
    }

    /** The heading of a disclosure kind's draft: the kind and its article; the drafter adds the content. */
    static String kindText(KindDecision kind) {
        return "公示类别：" + kind.label("zh_CN") + "\n依据 " + kind.citation();
    }

    /** The rules' stage code (pre-action, in-action, post-action) as the model's sx:disclosurePhases value. */
    static String phase(String stage) {
        return switch (stage == null ? "post-action" : stage) {
            case "pre-action" -> "preAction";
            case "in-action" -> "inAction";
            default -> "postAction";
        };
    }
}
