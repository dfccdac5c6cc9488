package org.sanxiang.workflow.wiring;

import java.util.Map;
import java.util.Optional;

import org.sanxiang.workflow.disclosure.DisclosureProcess;
import org.sanxiang.workflow.record.CaseRecordProcess;
import org.sanxiang.workflow.review.LegalReviewProcess;


/**
 * The one table from deadline-bearing user task to the deadline kind the case folder shows
 * (constraint {@code sx:deadlineKinds}). The article of each limit is the one the rules gave when the
 * deadline was scheduled ({@code sxp_KCitation}, e.g. chongqing-2024 法制审核 第九条 for the transfer,
 * 第十一条 for the review; chongqing-2024 公示 第十一条 for publication; wuhan-2020 全过程记录 第十二条
 * for AV storage). Tasks absent here (access requests, the opinion response, re-review, the leader's
 * decision, stage records, retention) have no kind in the model and are not listed on the case.
 * It names tasks of every process, so it lives with the wiring and is handed to
 * {@link org.sanxiang.workflow.task.CaseDeadlines}.
 */
public final class CaseDeadlineKinds {

    private static final Map<String, String> KIND_BY_TASK = Map.ofEntries(
            Map.entry(CaseRecordProcess.EMERGENCY_TASK, "emergencyFormalities"),
            Map.entry(LegalReviewProcess.ASSEMBLE_TRANSFER, "legalReviewTransfer"),
            Map.entry(LegalReviewProcess.LEGAL_REVIEW, "legalReview"),
            Map.entry(LegalReviewProcess.FILE_DECISION, "decisionFiling"),
            Map.entry(DisclosureProcess.CONFIRM_EXCLUSION, "disclosure"),
            Map.entry(DisclosureProcess.DRAFT, "disclosure"),
            Map.entry(DisclosureProcess.REVIEW, "disclosure"),
            Map.entry(DisclosureProcess.APPROVE, "disclosure"),
            Map.entry(DisclosureProcess.WITHDRAW, "disclosureWithdrawal"),
            Map.entry(DisclosureProcess.CORRECT, "disclosureCorrection"),
            Map.entry(CaseRecordProcess.AV_STORAGE_TASK, "avStorage"),
            Map.entry(CaseRecordProcess.ARCHIVE_TASK, "archiving"));

    private CaseDeadlineKinds() {
    }

    /** The kind of the deadline of user task {@code taskKey}, if the case folder lists it. */
    public static Optional<String> kind(String taskKey) {
        return Optional.ofNullable(KIND_BY_TASK.get(taskKey));
    }

    /** Every task key listed, for tests that check the table against the BPMN files. */
    public static Map<String, String> table() {
        return KIND_BY_TASK;
    }
}
