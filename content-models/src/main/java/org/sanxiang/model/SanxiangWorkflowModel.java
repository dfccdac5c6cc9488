package org.sanxiang.model;

/**
 * QNames of the Sanxiang workflow task model {@code sxwf} (alfresco/module/sanxiang-repo/model/sxWorkflowModel.xml).
 * <p>The only place Java code spells an sxwf name; {@code ModelConstantsTest} keeps it equal to the XML.
 */
public final class SanxiangWorkflowModel {

    /** Namespace URI of the model. */
    public static final String URI = "http://www.sanxiang.org/model/workflow/1.0";
    /** Namespace prefix of the model. */
    public static final String PREFIX = "sxwf";

    private SanxiangWorkflowModel() {
    }

    private static QName q(String localName) {
        return new QName(URI, PREFIX, localName);
    }

    /** The model itself. */
    public static final QName MODEL = q("workflowModel");

    // ---- constraints
    /** LIST constraint sxwf:reviewAnnualReportOutcomeOptions. */
    public static final QName CONSTRAINT_REVIEW_ANNUAL_REPORT_OUTCOME_OPTIONS = q("reviewAnnualReportOutcomeOptions");
    /** LIST constraint sxwf:approveAnnualReportOutcomeOptions. */
    public static final QName CONSTRAINT_APPROVE_ANNUAL_REPORT_OUTCOME_OPTIONS = q("approveAnnualReportOutcomeOptions");
    /** LIST constraint sxwf:situationOptions. */
    public static final QName CONSTRAINT_SITUATION_OPTIONS = q("situationOptions");
    /** LIST constraint sxwf:handOverOutcomeOptions. */
    public static final QName CONSTRAINT_HAND_OVER_OUTCOME_OPTIONS = q("handOverOutcomeOptions");
    /** LIST constraint sxwf:disclosureKindOptions. */
    public static final QName CONSTRAINT_DISCLOSURE_KIND_OPTIONS = q("disclosureKindOptions");
    /** LIST constraint sxwf:disclosureTriggerOptions. */
    public static final QName CONSTRAINT_DISCLOSURE_TRIGGER_OPTIONS = q("disclosureTriggerOptions");
    /** LIST constraint sxwf:assembleTransferOutcomeOptions. */
    public static final QName CONSTRAINT_ASSEMBLE_TRANSFER_OUTCOME_OPTIONS = q("assembleTransferOutcomeOptions");
    /** LIST constraint sxwf:legalReviewOutcomeOptions. */
    public static final QName CONSTRAINT_LEGAL_REVIEW_OUTCOME_OPTIONS = q("legalReviewOutcomeOptions");
    /** LIST constraint sxwf:approveExtensionOutcomeOptions. */
    public static final QName CONSTRAINT_APPROVE_EXTENSION_OUTCOME_OPTIONS = q("approveExtensionOutcomeOptions");
    /** LIST constraint sxwf:supplementMaterialsOutcomeOptions. */
    public static final QName CONSTRAINT_SUPPLEMENT_MATERIALS_OUTCOME_OPTIONS = q("supplementMaterialsOutcomeOptions");
    /** LIST constraint sxwf:respondOpinionOutcomeOptions. */
    public static final QName CONSTRAINT_RESPOND_OPINION_OUTCOME_OPTIONS = q("respondOpinionOutcomeOptions");
    /** LIST constraint sxwf:reReviewOutcomeOptions. */
    public static final QName CONSTRAINT_RE_REVIEW_OUTCOME_OPTIONS = q("reReviewOutcomeOptions");
    /** LIST constraint sxwf:rectifyOutcomeOptions. */
    public static final QName CONSTRAINT_RECTIFY_OUTCOME_OPTIONS = q("rectifyOutcomeOptions");
    /** LIST constraint sxwf:collectiveDiscussionOutcomeOptions. */
    public static final QName CONSTRAINT_COLLECTIVE_DISCUSSION_OUTCOME_OPTIONS = q("collectiveDiscussionOutcomeOptions");
    /** LIST constraint sxwf:leaderDecisionOutcomeOptions. */
    public static final QName CONSTRAINT_LEADER_DECISION_OUTCOME_OPTIONS = q("leaderDecisionOutcomeOptions");
    /** LIST constraint sxwf:fileDecisionOutcomeOptions. */
    public static final QName CONSTRAINT_FILE_DECISION_OUTCOME_OPTIONS = q("fileDecisionOutcomeOptions");
    /** LIST constraint sxwf:confirmExclusionOutcomeOptions. */
    public static final QName CONSTRAINT_CONFIRM_EXCLUSION_OUTCOME_OPTIONS = q("confirmExclusionOutcomeOptions");
    /** LIST constraint sxwf:draftDisclosureOutcomeOptions. */
    public static final QName CONSTRAINT_DRAFT_DISCLOSURE_OUTCOME_OPTIONS = q("draftDisclosureOutcomeOptions");
    /** LIST constraint sxwf:reviewDisclosureOutcomeOptions. */
    public static final QName CONSTRAINT_REVIEW_DISCLOSURE_OUTCOME_OPTIONS = q("reviewDisclosureOutcomeOptions");
    /** LIST constraint sxwf:approveDisclosureOutcomeOptions. */
    public static final QName CONSTRAINT_APPROVE_DISCLOSURE_OUTCOME_OPTIONS = q("approveDisclosureOutcomeOptions");
    /** LIST constraint sxwf:correctDisclosureOutcomeOptions. */
    public static final QName CONSTRAINT_CORRECT_DISCLOSURE_OUTCOME_OPTIONS = q("correctDisclosureOutcomeOptions");
    /** LIST constraint sxwf:withdrawDisclosureOutcomeOptions. */
    public static final QName CONSTRAINT_WITHDRAW_DISCLOSURE_OUTCOME_OPTIONS = q("withdrawDisclosureOutcomeOptions");
    /** LIST constraint sxwf:stageRecordOutcomeOptions. */
    public static final QName CONSTRAINT_STAGE_RECORD_OUTCOME_OPTIONS = q("stageRecordOutcomeOptions");
    /** LIST constraint sxwf:emergencyCompletionOutcomeOptions. */
    public static final QName CONSTRAINT_EMERGENCY_COMPLETION_OUTCOME_OPTIONS = q("emergencyCompletionOutcomeOptions");
    /** LIST constraint sxwf:avStorageOutcomeOptions. */
    public static final QName CONSTRAINT_AV_STORAGE_OUTCOME_OPTIONS = q("avStorageOutcomeOptions");
    /** LIST constraint sxwf:archiveOutcomeOptions. */
    public static final QName CONSTRAINT_ARCHIVE_OUTCOME_OPTIONS = q("archiveOutcomeOptions");
    /** LIST constraint sxwf:dispositionReviewOutcomeOptions. */
    public static final QName CONSTRAINT_DISPOSITION_REVIEW_OUTCOME_OPTIONS = q("dispositionReviewOutcomeOptions");
    /** LIST constraint sxwf:legalHoldReleaseOutcomeOptions. */
    public static final QName CONSTRAINT_LEGAL_HOLD_RELEASE_OUTCOME_OPTIONS = q("legalHoldReleaseOutcomeOptions");
    /** LIST constraint sxwf:approveAccessOutcomeOptions. */
    public static final QName CONSTRAINT_APPROVE_ACCESS_OUTCOME_OPTIONS = q("approveAccessOutcomeOptions");
    /** LIST constraint sxwf:returnAccessOutcomeOptions. */
    public static final QName CONSTRAINT_RETURN_ACCESS_OUTCOME_OPTIONS = q("returnAccessOutcomeOptions");
    /** chongqing-2024 公示 第十三条第二款: 行政相对人或其他公民、法人、非法人组织. */
    public static final QName CONSTRAINT_OBJECTOR_KIND_OPTIONS = q("objectorKindOptions");
    /** chongqing-2024 公示 第十三条第二款 (依法处置); 第十三条（二）（三）: withdraw, correct. */
    public static final QName CONSTRAINT_CHECK_OBJECTION_UNIT_OUTCOME_OPTIONS = q("checkObjectionUnitOutcomeOptions");
    /** chongqing-2024 公示 第十三条第二款: 会同法制机构. */
    public static final QName CONSTRAINT_CHECK_OBJECTION_LEGAL_OUTCOME_OPTIONS = q("checkObjectionLegalOutcomeOptions");

    // ---- type sxwf:legalReviewStartTask
    /** Start legal review. */
    public static final QName TYPE_LEGAL_REVIEW_START_TASK = q("legalReviewStartTask");
    /** Proposed major decision. */
    public static final QName PROP_DECISION_NAME = q("decisionName");
    /** Proposal, reasons and basis. */
    public static final QName PROP_PROPOSED_DECISION = q("proposedDecision");
    /** Investigation ended. */
    public static final QName PROP_INVESTIGATION_ENDED_AT = q("investigationEndedAt");
    /** Statutory time limit of the decision. */
    public static final QName PROP_STATUTORY_DEADLINE = q("statutoryDeadline");
    /** Why the decision is major. */
    public static final QName PROP_MAJOR_REASONS = q("majorReasons");
    /** Collective discussion required by law. */
    public static final QName PROP_COLLECTIVE_DISCUSSION_REQUIRED = q("collectiveDiscussionRequired");

    // ---- type sxwf:assembleTransferTask
    /** Assemble and transfer the case file. */
    public static final QName TYPE_ASSEMBLE_TRANSFER_TASK = q("assembleTransferTask");
    /** Outcome. */
    public static final QName PROP_ASSEMBLE_TRANSFER_OUTCOME = q("assembleTransferOutcome");
    /** Transfer place. */
    public static final QName PROP_TRANSFER_PLACE = q("transferPlace");
    /** All evidence materials included. */
    public static final QName PROP_MATERIALS_COMPLETE = q("materialsComplete");
    /** Materials transferred. */
    public static final QName PROP_TRANSFERRED_MATERIALS = q("transferredMaterials");

    // ---- type sxwf:legalReviewTask
    /** Legal review. */
    public static final QName TYPE_LEGAL_REVIEW_TASK = q("legalReviewTask");
    /** Outcome. */
    public static final QName PROP_LEGAL_REVIEW_OUTCOME = q("legalReviewOutcome");
    /** Opinion. */
    public static final QName PROP_OPINION_TEXT = q("opinionText");
    /** Items reviewed. */
    public static final QName PROP_REVIEW_ITEMS_CHECKED = q("reviewItemsChecked");
    /** Materials requested. */
    public static final QName PROP_REQUESTED_MATERIALS = q("requestedMaterials");
    /** Extension requested (working days). */
    public static final QName PROP_EXTENSION_DAYS_REQUESTED = q("extensionDaysRequested");
    /** Extension reason. */
    public static final QName PROP_EXTENSION_REASON = q("extensionReason");
    /** Legality problem to be rectified. */
    public static final QName PROP_LEGALITY_PROBLEM = q("legalityProblem");

    // ---- type sxwf:approveExtensionTask
    /** Approve review extension. */
    public static final QName TYPE_APPROVE_EXTENSION_TASK = q("approveExtensionTask");
    /** Outcome. */
    public static final QName PROP_APPROVE_EXTENSION_OUTCOME = q("approveExtensionOutcome");
    /** Extension approved (working days). */
    public static final QName PROP_EXTENSION_DAYS_APPROVED = q("extensionDaysApproved");

    // ---- type sxwf:supplementMaterialsTask
    /** Supplement the materials. */
    public static final QName TYPE_SUPPLEMENT_MATERIALS_TASK = q("supplementMaterialsTask");
    /** Outcome. */
    public static final QName PROP_SUPPLEMENT_MATERIALS_OUTCOME = q("supplementMaterialsOutcome");
    /** What was supplemented. */
    public static final QName PROP_SUPPLEMENT_NOTE = q("supplementNote");

    // ---- type sxwf:respondOpinionTask
    /** Respond to the review opinion. */
    public static final QName TYPE_RESPOND_OPINION_TASK = q("respondOpinionTask");
    /** Outcome. */
    public static final QName PROP_RESPOND_OPINION_OUTCOME = q("respondOpinionOutcome");
    /** Reasons for objection. */
    public static final QName PROP_OBJECTION_REASON = q("objectionReason");

    // ---- type sxwf:reReviewTask
    /** Re-review. */
    public static final QName TYPE_RE_REVIEW_TASK = q("reReviewTask");
    /** Outcome. */
    public static final QName PROP_RE_REVIEW_OUTCOME = q("reReviewOutcome");
    /** Re-review opinion. */
    public static final QName PROP_RE_REVIEW_OPINION = q("reReviewOpinion");

    // ---- type sxwf:rectifyTask
    /** Rectify. */
    public static final QName TYPE_RECTIFY_TASK = q("rectifyTask");
    /** Outcome. */
    public static final QName PROP_RECTIFY_OUTCOME = q("rectifyOutcome");
    /** What was rectified. */
    public static final QName PROP_RECTIFICATION_NOTE = q("rectificationNote");

    // ---- type sxwf:collectiveDiscussionTask
    /** Collective discussion. */
    public static final QName TYPE_COLLECTIVE_DISCUSSION_TASK = q("collectiveDiscussionTask");
    /** Outcome. */
    public static final QName PROP_COLLECTIVE_DISCUSSION_OUTCOME = q("collectiveDiscussionOutcome");
    /** Discussion date. */
    public static final QName PROP_DISCUSSION_DATE = q("discussionDate");
    /** Participants. */
    public static final QName PROP_PARTICIPANTS = q("participants");
    /** Minutes. */
    public static final QName PROP_DISCUSSION_MINUTES = q("discussionMinutes");

    // ---- type sxwf:leaderDecisionTask
    /** Leader decision. */
    public static final QName TYPE_LEADER_DECISION_TASK = q("leaderDecisionTask");
    /** Outcome. */
    public static final QName PROP_LEADER_DECISION_OUTCOME = q("leaderDecisionOutcome");
    /** Leader opinion. */
    public static final QName PROP_LEADER_OPINION = q("leaderOpinion");

    // ---- type sxwf:fileDecisionTask
    /** File the decision. */
    public static final QName TYPE_FILE_DECISION_TASK = q("fileDecisionTask");
    /** Outcome. */
    public static final QName PROP_FILE_DECISION_OUTCOME = q("fileDecisionOutcome");
    /** Decision document number. */
    public static final QName PROP_DECISION_DOCUMENT_NUMBER = q("decisionDocumentNumber");
    /** Decision date. */
    public static final QName PROP_DECISION_DATE = q("decisionDate");

    // ---- type sxwf:disclosureStartTask
    /** Start disclosure. */
    public static final QName TYPE_DISCLOSURE_START_TASK = q("disclosureStartTask");
    /** What the disclosure is for (sxwf:disclosureTriggerOptions). */
    public static final QName PROP_DISCLOSURE_TRIGGER = q("disclosureTrigger");
    /** Kind of disclosure (sxwf:disclosureKindOptions); empty for a decision's result. */
    public static final QName PROP_DISCLOSURE_KIND = q("disclosureKind");
    /** Date the basic information changed. */
    public static final QName PROP_BASIC_INFO_CHANGED_ON = q("basicInfoChangedOn");
    /** Decision or inspection end date. */
    public static final QName PROP_DISCLOSURE_DECISION_DATE = q("disclosureDecisionDate");
    /** Date of the event the disclosure counts from (a query, a hearing, a lottery, an inspection's handling). */
    public static final QName PROP_DISCLOSURE_EVENT_DATE = q("disclosureEventDate");
    /** The inspection found problems (ningxia-2019 附件1 第十一条（二）). */
    public static final QName PROP_DISCLOSURE_PROBLEMS_FOUND = q("disclosureProblemsFound");
    /** Major decision (head approves). */
    public static final QName PROP_DISCLOSURE_FOR_MAJOR = q("disclosureForMajor");
    /** May fall under an exclusion. */
    public static final QName PROP_EXCLUSION_SUSPECTED = q("exclusionSuspected");
    /** Involves state secrets. */
    public static final QName PROP_DISCLOSURE_STATE_SECRET = q("disclosureStateSecret");
    /** Involves commercial secrets. */
    public static final QName PROP_DISCLOSURE_COMMERCIAL_SECRET = q("disclosureCommercialSecret");
    /** Involves personal privacy. */
    public static final QName PROP_DISCLOSURE_PRIVACY = q("disclosurePrivacy");
    /** Disclosure may endanger security or social stability. */
    public static final QName PROP_DISCLOSURE_SECURITY_RISK = q("disclosureSecurityRisk");
    /** Disclosure may affect the investigation of a case. */
    public static final QName PROP_DISCLOSURE_AFFECTS_INVESTIGATION = q("disclosureAffectsInvestigation");

    // ---- type sxwf:confirmExclusionTask
    /** Confirm non-disclosure. */
    public static final QName TYPE_CONFIRM_EXCLUSION_TASK = q("confirmExclusionTask");
    /** Outcome. */
    public static final QName PROP_CONFIRM_EXCLUSION_OUTCOME = q("confirmExclusionOutcome");
    /** Reasons. */
    public static final QName PROP_EXCLUSION_REASONS = q("exclusionReasons");
    /** Note. */
    public static final QName PROP_EXCLUSION_NOTE = q("exclusionNote");

    // ---- type sxwf:draftDisclosureTask
    /** Draft the disclosure. */
    public static final QName TYPE_DRAFT_DISCLOSURE_TASK = q("draftDisclosureTask");
    /** Outcome. */
    public static final QName PROP_DRAFT_DISCLOSURE_OUTCOME = q("draftDisclosureOutcome");

    // ---- type sxwf:reviewDisclosureTask
    /** Review the disclosure. */
    public static final QName TYPE_REVIEW_DISCLOSURE_TASK = q("reviewDisclosureTask");
    /** Outcome. */
    public static final QName PROP_REVIEW_DISCLOSURE_OUTCOME = q("reviewDisclosureOutcome");

    // ---- type sxwf:approveDisclosureTask
    /** Approve the disclosure. */
    public static final QName TYPE_APPROVE_DISCLOSURE_TASK = q("approveDisclosureTask");
    /** Outcome. */
    public static final QName PROP_APPROVE_DISCLOSURE_OUTCOME = q("approveDisclosureOutcome");

    // ---- type sxwf:correctDisclosureTask
    /** Correct the disclosure. */
    public static final QName TYPE_CORRECT_DISCLOSURE_TASK = q("correctDisclosureTask");
    /** Outcome. */
    public static final QName PROP_CORRECT_DISCLOSURE_OUTCOME = q("correctDisclosureOutcome");
    /** Correction reason. */
    public static final QName PROP_CORRECTION_REASON = q("correctionReason");

    // ---- type sxwf:withdrawDisclosureTask
    /** Withdraw the disclosure. */
    public static final QName TYPE_WITHDRAW_DISCLOSURE_TASK = q("withdrawDisclosureTask");
    /** Outcome. */
    public static final QName PROP_WITHDRAW_DISCLOSURE_OUTCOME = q("withdrawDisclosureOutcome");
    /** Withdrawal reason. */
    public static final QName PROP_WITHDRAWAL_REASON = q("withdrawalReason");

    // ---- type sxwf:caseRecordStartTask
    /** Start full-process record. */
    public static final QName TYPE_CASE_RECORD_START_TASK = q("caseRecordStartTask");
    /** Procedure. */
    public static final QName PROP_PROCEDURE = q("procedure");
    /** Case source. */
    public static final QName PROP_CASE_SOURCE = q("caseSource");
    /** Special situations. */
    public static final QName PROP_SITUATIONS = q("situations");

    // ---- type sxwf:stageRecordTask
    /** Record the stage. */
    public static final QName TYPE_STAGE_RECORD_TASK = q("stageRecordTask");
    /** Outcome. */
    public static final QName PROP_STAGE_RECORD_OUTCOME = q("stageRecordOutcome");
    /** Stage. */
    public static final QName PROP_STAGE = q("stage");
    /** Explanation of missing AV record. */
    public static final QName PROP_MISSING_AV_EXPLANATION = q("missingAvExplanation");
    /** Stage code. */
    public static final QName PROP_STAGE_CODE = q("stageCode");
    /** Stage name. */
    public static final QName PROP_STAGE_NAME = q("stageName");
    /** Records required. */
    public static final QName PROP_STAGE_REQUIRED_RECORDS = q("stageRequiredRecords");
    /** Rules applied. */
    public static final QName PROP_STAGE_CITATION = q("stageCitation");

    // ---- type sxwf:emergencyCompletionTask
    /** Complete emergency formalities. */
    public static final QName TYPE_EMERGENCY_COMPLETION_TASK = q("emergencyCompletionTask");
    /** Outcome. */
    public static final QName PROP_EMERGENCY_COMPLETION_OUTCOME = q("emergencyCompletionOutcome");
    /** Formalities completed. */
    public static final QName PROP_EMERGENCY_NOTE = q("emergencyNote");

    // ---- type sxwf:avStorageTask
    /** Store AV records. */
    public static final QName TYPE_AV_STORAGE_TASK = q("avStorageTask");
    /** Outcome. */
    public static final QName PROP_AV_STORAGE_OUTCOME = q("avStorageOutcome");
    /** Dedicated storage location. */
    public static final QName PROP_STORAGE_LOCATION = q("storageLocation");
    /** AV record. */
    public static final QName PROP_AV_RECORD_NAME = q("avRecordName");
    /** Stored at. */
    public static final QName PROP_STORED_AT = q("storedAt");

    // ---- type sxwf:archiveTask
    /** Archive the case file. */
    public static final QName TYPE_ARCHIVE_TASK = q("archiveTask");
    /** Outcome. */
    public static final QName PROP_ARCHIVE_OUTCOME = q("archiveOutcome");
    /** Archive reference. */
    public static final QName PROP_ARCHIVE_REFERENCE = q("archiveReference");
    /** Archived on. */
    public static final QName PROP_ARCHIVED_AT = q("archivedAt");
    /** Case file retained until. */
    public static final QName PROP_CASE_FILE_RETAIN_UNTIL = q("caseFileRetainUntil");
    /** Long-term retention triggers. */
    public static final QName PROP_LONG_TERM_REASONS = q("longTermReasons");

    // ---- type sxwf:handOverTask
    /** Hand the file over to the archive room (wuhan-2020 全过程记录 第二十六条第四款). */
    public static final QName TYPE_HAND_OVER_TASK = q("handOverTask");
    /** Outcome. */
    public static final QName PROP_HAND_OVER_OUTCOME = q("handOverOutcome");

    // ---- type sxwf:retentionStartTask
    /** Start retention. */
    public static final QName TYPE_RETENTION_START_TASK = q("retentionStartTask");
    /** Retention class. */
    public static final QName PROP_RETENTION_CLASS = q("retentionClass");
    /** Retain until. */
    public static final QName PROP_RETAIN_UNTIL = q("retainUntil");

    // ---- type sxwf:dispositionReviewTask
    /** Disposition review. */
    public static final QName TYPE_DISPOSITION_REVIEW_TASK = q("dispositionReviewTask");
    /** Outcome. */
    public static final QName PROP_DISPOSITION_REVIEW_OUTCOME = q("dispositionReviewOutcome");
    /** Extend until. */
    public static final QName PROP_EXTEND_UNTIL = q("extendUntil");
    /** Note. */
    public static final QName PROP_DISPOSITION_NOTE = q("dispositionNote");

    // ---- type sxwf:legalHoldReleaseTask
    /** Release long-term hold. */
    public static final QName TYPE_LEGAL_HOLD_RELEASE_TASK = q("legalHoldReleaseTask");
    /** Outcome. */
    public static final QName PROP_LEGAL_HOLD_RELEASE_OUTCOME = q("legalHoldReleaseOutcome");
    /** Reason. */
    public static final QName PROP_HOLD_RELEASE_REASON = q("holdReleaseReason");

    // ---- type sxwf:accessRequestStartTask
    /** Request access to records. */
    public static final QName TYPE_ACCESS_REQUEST_START_TASK = q("accessRequestStartTask");
    /** Requester. */
    public static final QName PROP_REQUESTER_NAME = q("requesterName");
    /** Requester organisation. */
    public static final QName PROP_REQUESTER_ORGANISATION = q("requesterOrganisation");
    /** Requester kind. */
    public static final QName PROP_REQUESTER_KIND = q("requesterKind");
    /** Legal basis (e.g. court investigation order number). */
    public static final QName PROP_ACCESS_LEGAL_BASIS = q("accessLegalBasis");
    /** Court investigation order number. */
    public static final QName PROP_COURT_ORDER_NUMBER = q("courtOrderNumber");
    /** Party id of the requester. */
    public static final QName PROP_REQUESTER_PARTY_ID = q("requesterPartyId");
    /** Borrowing period (working days). */
    public static final QName PROP_PERIOD_WORKING_DAYS = q("periodWorkingDays");
    /** Reason. */
    public static final QName PROP_ACCESS_REASON = q("accessReason");
    /** Period from. */
    public static final QName PROP_REQUESTED_FROM = q("requestedFrom");
    /** Period until. */
    public static final QName PROP_REQUESTED_UNTIL = q("requestedUntil");
    /** Records requested. */
    public static final QName PROP_RECORDS_REQUESTED = q("recordsRequested");

    // ---- type sxwf:approveAccessTask
    /** Approve access. */
    public static final QName TYPE_APPROVE_ACCESS_TASK = q("approveAccessTask");
    /** Outcome. */
    public static final QName PROP_APPROVE_ACCESS_OUTCOME = q("approveAccessOutcome");
    /** Access granted until. */
    public static final QName PROP_GRANT_UNTIL = q("grantUntil");
    /** Copies allowed. */
    public static final QName PROP_COPIES_ALLOWED = q("copiesAllowed");

    // ---- type sxwf:returnAccessTask
    /** Return the records. */
    public static final QName TYPE_RETURN_ACCESS_TASK = q("returnAccessTask");
    /** Outcome. */
    public static final QName PROP_RETURN_ACCESS_OUTCOME = q("returnAccessOutcome");
    /** Returned at. */
    public static final QName PROP_RETURNED_AT = q("returnedAt");
    /** Copies made. */
    public static final QName PROP_COPIES_MADE = q("copiesMade");

    // ---- type sxwf:objectionStartTask
    /** Register an objection to published information. */
    public static final QName TYPE_OBJECTION_START_TASK = q("objectionStartTask");
    /** Published disclosure record. */
    public static final QName PROP_OBJECTED_RECORD_ID = q("objectedRecordId");
    /** Objector. */
    public static final QName PROP_OBJECTOR_NAME = q("objectorName");
    /** Objector kind. */
    public static final QName PROP_OBJECTOR_KIND = q("objectorKind");
    /** Objector's contact. */
    public static final QName PROP_OBJECTOR_CONTACT = q("objectorContact");
    /** Grounds of the objection. */
    public static final QName PROP_OBJECTION_GROUNDS = q("objectionGrounds");
    /** Received on. */
    public static final QName PROP_OBJECTION_RECEIVED_ON = q("objectionReceivedOn");

    // ---- type sxwf:checkObjectionUnitTask
    /** Check the objection (enforcement unit). */
    public static final QName TYPE_CHECK_OBJECTION_UNIT_TASK = q("checkObjectionUnitTask");
    /** Outcome. */
    public static final QName PROP_CHECK_OBJECTION_UNIT_OUTCOME = q("checkObjectionUnitOutcome");
    /** Finding of the check. */
    public static final QName PROP_OBJECTION_FINDING = q("objectionFinding");
    /** Basis of the outcome. */
    public static final QName PROP_OBJECTION_BASIS = q("objectionBasis");

    // ---- type sxwf:checkObjectionLegalTask
    /** Check the objection (legal office). */
    public static final QName TYPE_CHECK_OBJECTION_LEGAL_TASK = q("checkObjectionLegalTask");
    /** Outcome. */
    public static final QName PROP_CHECK_OBJECTION_LEGAL_OUTCOME = q("checkObjectionLegalOutcome");
    /** Legal office's finding. */
    public static final QName PROP_LEGAL_OFFICE_FINDING = q("legalOfficeFinding");

    // ---- type sxwf:annualReportStartTask
    /** Compile the annual report. */
    public static final QName TYPE_ANNUAL_REPORT_START_TASK = q("annualReportStartTask");

    // ---- type sxwf:reviewAnnualReportTask
    /** Review the annual report (legal office). */
    public static final QName TYPE_REVIEW_ANNUAL_REPORT_TASK = q("reviewAnnualReportTask");
    /** Outcome. */
    public static final QName PROP_REVIEW_ANNUAL_REPORT_OUTCOME = q("reviewAnnualReportOutcome");
    /** Legal office's opinion. */
    public static final QName PROP_ANNUAL_REPORT_OPINION = q("annualReportOpinion");

    // ---- type sxwf:approveAnnualReportTask
    /** Approve the annual report (leaders). */
    public static final QName TYPE_APPROVE_ANNUAL_REPORT_TASK = q("approveAnnualReportTask");
    /** Outcome. */
    public static final QName PROP_APPROVE_ANNUAL_REPORT_OUTCOME = q("approveAnnualReportOutcome");
    /** Leaders' comment. */
    public static final QName PROP_ANNUAL_REPORT_APPROVAL = q("annualReportApproval");

    // ---- aspect sxwf:annualReportContext
    /** Annual report. */
    public static final QName ASPECT_ANNUAL_REPORT_CONTEXT = q("annualReportContext");
    /** Year reported on. */
    public static final QName PROP_REPORT_YEAR = q("reportYear");
    /** Jurisdiction profile. */
    public static final QName PROP_REPORT_PROFILE = q("reportProfile");
    /** Report folder. */
    public static final QName PROP_REPORT_FOLDER_ID = q("reportFolderId");
    /** Report documents. */
    public static final QName PROP_REPORT_DOCUMENTS = q("reportDocuments");

    // ---- aspect sxwf:disclosureDraft
    /** Disclosure draft. */
    public static final QName ASPECT_DISCLOSURE_DRAFT = q("disclosureDraft");
    /** Summary. */
    public static final QName PROP_DISCLOSURE_SUMMARY = q("disclosureSummary");
    /** Redacted full text. */
    public static final QName PROP_DISCLOSURE_FULL_TEXT = q("disclosureFullText");
    /** Redaction log. */
    public static final QName PROP_DISCLOSURE_REDACTION_LOG = q("disclosureRedactionLog");
    /** Approved by (rule). */
    public static final QName PROP_DISCLOSURE_APPROVER = q("disclosureApprover");

    // ---- aspect sxwf:caseContext
    /** Case context. */
    public static final QName ASPECT_CASE_CONTEXT = q("caseContext");
    /** Case number. */
    public static final QName PROP_CASE_NUMBER = q("caseNumber");
    /** Jurisdiction profile. */
    public static final QName PROP_JURISDICTION_PROFILE = q("jurisdictionProfile");
    /** Action category. */
    public static final QName PROP_ACTION_CATEGORY = q("actionCategory");

    // ---- aspect sxwf:retainedRecord
    /** Retained record. */
    public static final QName ASPECT_RETAINED_RECORD = q("retainedRecord");
    /** Record. */
    public static final QName PROP_RETAINED_RECORD_NAME = q("retainedRecordName");
    /** Retained until. */
    public static final QName PROP_RETAINED_UNTIL = q("retainedUntil");
    /** Long-term hold reasons. */
    public static final QName PROP_HOLD_REASONS = q("holdReasons");

    // ---- aspect sxwf:deadlineInfo
    /** Deadline. */
    public static final QName ASPECT_DEADLINE_INFO = q("deadlineInfo");
    /** Deadline. */
    public static final QName PROP_DEADLINE = q("deadline");
    /** Provisional deadline. */
    public static final QName PROP_DEADLINE_PROVISIONAL = q("deadlineProvisional");
    /** Rule applied. */
    public static final QName PROP_DEADLINE_CITATION = q("deadlineCitation");
}
