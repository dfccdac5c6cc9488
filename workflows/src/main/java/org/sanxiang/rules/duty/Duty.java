package org.sanxiang.rules.duty;

/**
 * What a person does in a case that another duty must not be done by the same person. The workflow
 * layer says which task or process start performs which duty; the rules here say which duties are kept apart.
 */
public enum Duty {
    /** Handling the case in the enforcement unit: proposing the decision, transferring the file, answering the review. */
    HANDLE_CASE,
    /** The legal office's review of a major decision (法制审核), first review and re-review. */
    LEGAL_REVIEW,
    /** The leaders' decision (负责人决定), their collective discussion and the approval of a review extension. */
    LEADER_DECISION,
    /** Drafting a disclosure (拟公示信息). */
    DRAFT_DISCLOSURE,
    /** Reviewing a disclosure before release (公示审核). */
    REVIEW_DISCLOSURE,
    /** Approving a disclosure for release (审定). */
    APPROVE_DISCLOSURE,
    /** Asking to read or copy a case's records (调阅申请). */
    REQUEST_ACCESS,
    /** Approving such a request (审批). */
    APPROVE_ACCESS,
    /** The enforcement unit's check of an objection to published information (执法机构核查异议). */
    CHECK_OBJECTION,
    /** The legal office's check of that objection, with the unit (会同法制机构核查). */
    LEGAL_CHECK_OBJECTION,
    /** Compiling the annual report (编制年度报告): starting its process. */
    COMPILE_ANNUAL_REPORT,
    /** The legal office's review of the annual report (法规处汇总审核). */
    REVIEW_ANNUAL_REPORT,
    /** The leaders' approval of the annual report before it is published and sent. */
    APPROVE_ANNUAL_REPORT
}
