package org.sanxiang.workflow.review;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.document.OfficialDocument;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.DocumentDraft;

/** Bean {@code sxLegalReviewReReviewed}: the re-review opinion goes into the case; the unit responds again. */
public final class RecordReReview extends LegalReviewStep {

    public RecordReReview(LegalReviewSupport support) {
        super(support);
    }

    @Override
    void run(StepContext step, CaseFolder folder, String profile, LegalReviewRules rules) {
        String outcome = String.valueOf(step.value(WorkflowVariables.outcome(LegalReviewProcess.RE_REVIEW)));
        String opinion = Objects.toString(step.string(SanxiangWorkflowModel.PROP_RE_REVIEW_OPINION), "");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("cm:title", "复审意见 " + Objects.toString(folder.caseNumber(), folder.caseId()));
        properties.put(SanxiangModel.PROP_REVIEWED_DECISION_NAME.toPrefixString(), Objects.toString(step.value(SanxiangWorkflowModel.PROP_DECISION_NAME), ""));
        properties.put(SanxiangModel.PROP_OPINION_TYPE.toPrefixString(), OpinionCodes.modelValue(String.valueOf(step.value(WorkflowVariables.OPINION_TYPE))));
        properties.put(SanxiangModel.PROP_OPINION_TEXT.toPrefixString(), opinion);
        properties.put(SanxiangModel.PROP_OPINION_DATE.toPrefixString(), Date.from(support.now()));
        String citation = rules.reReview() == null ? profile : profile + " " + rules.reReview().citation();
        String name = LegalReviewSupport.roundName("复审意见", step.number(WorkflowVariables.RE_REVIEW_ROUNDS, 1));
        String verdict = "change".equals(outcome) ? "变更原审核意见" : "维持原审核意见";
        String reviewer = step.string(WorkflowVariables.completedBy(LegalReviewProcess.RE_REVIEW));
        OfficialDocument form = LegalReviewSupport.opinionForm(folder, profile, rules, reviewer, "复审：" + verdict + "（" + citation
                + "）", opinion, java.util.List.of(), properties, support.today());
        support.documents.write(folder.caseId(), new DocumentDraft(SanxiangModel.TYPE_REVIEW_OPINION.toPrefixString(), name, properties,
                "复审意见 / Re-review opinion (" + citation + ")\n" + ("change".equals(outcome) ? "变更原审核意见 / opinion changed"
                        : "维持原审核意见 / opinion maintained") + '\n' + opinion + '\n', form));
        RecordOpinion.scheduleResponse(support, step, profile, rules);
    }
}
