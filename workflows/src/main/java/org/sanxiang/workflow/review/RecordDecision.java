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
import org.sanxiang.workflow.port.CaseFolder;

/**
 * Bean {@code sxLegalReviewDecided}: the leader has approved; the leader's opinion completes the
 * review-opinion document; a reviewed decision is filed with the legal office where the profile
 * has a filing limit (chongqing-2024 法制审核 第十七条).
 */
public final class RecordDecision extends LegalReviewStep {

    public RecordDecision(LegalReviewSupport support) {
        super(support);
    }

    @Override
    void run(StepContext step, CaseFolder folder, String profile, LegalReviewRules rules) {
        support.cases.setProperties(folder.caseId(), Map.of(SanxiangModel.PROP_CASE_DECISION_DATE.toPrefixString(), Date.from(support.now())));
        String opinion = step.string(WorkflowVariables.OPINION_DOCUMENT_ID);
        if (opinion != null) {
            // the supervising leader's part of the 审核意见书 (chongqing-2024 法制审核 附件1)
            Map<String, Object> leader = new LinkedHashMap<>();
            leader.put(SanxiangModel.PROP_LEADER_OPINION.toPrefixString(), Objects.toString(step.string(SanxiangWorkflowModel.PROP_LEADER_OPINION), "同意"));
            leader.put(SanxiangModel.PROP_LEADER_NAME.toPrefixString(), Objects.toString(
                    step.string(WorkflowVariables.completedBy(LegalReviewProcess.LEADER_DECISION)), ""));
            leader.put(SanxiangModel.PROP_LEADER_OPINION_DATE.toPrefixString(), Date.from(support.now()));
            support.cases.setProperties(opinion, leader);
        }
        boolean filing = step.flag(WorkflowVariables.REVIEW_REQUIRED) && rules.timeLimits().filing() != null;
        step.set(WorkflowVariables.FILING_REQUIRED, filing);
        if (filing) {
            support.schedule(step, LegalReviewProcess.FILE_DECISION, support.timeline(profile).filingDue(support.today()), profile,
                    "filing the decision", rules.timeLimits().filing());
        }
    }
}
