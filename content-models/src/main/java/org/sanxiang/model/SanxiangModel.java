package org.sanxiang.model;

/**
 * QNames of the Sanxiang content model {@code sx} (alfresco/module/sanxiang-repo/model/sxModel.xml).
 * <p>The only place Java code spells an sx name; {@code ModelConstantsTest} keeps it equal to the XML.
 */
public final class SanxiangModel {

    /** Namespace URI of the model. */
    public static final String URI = "http://www.sanxiang.org/model/enforcement/1.0";
    /** Namespace prefix of the model. */
    public static final String PREFIX = "sx";

    private SanxiangModel() {
    }

    private static QName q(String localName) {
        return new QName(URI, PREFIX, localName);
    }

    /** The model itself. */
    public static final QName MODEL = q("enforcementModel");

    // ---- constraints
    /** LIST constraint sx:jurisdictionProfiles. */
    public static final QName CONSTRAINT_JURISDICTION_PROFILES = q("jurisdictionProfiles");
    /** LIST constraint sx:actionCategories. */
    public static final QName CONSTRAINT_ACTION_CATEGORIES = q("actionCategories");
    /** LIST constraint sx:procedures. */
    public static final QName CONSTRAINT_PROCEDURES = q("procedures");
    /** LIST constraint sx:licenceTypes. */
    public static final QName CONSTRAINT_LICENCE_TYPES = q("licenceTypes");
    /** LIST constraint sx:catalogueMatters. */
    public static final QName CONSTRAINT_CATALOGUE_MATTERS = q("catalogueMatters");
    /** LIST constraint sx:caseSources. */
    public static final QName CONSTRAINT_CASE_SOURCES = q("caseSources");
    /** LIST constraint sx:caseStages. */
    public static final QName CONSTRAINT_CASE_STAGES = q("caseStages");
    /** LIST constraint sx:caseStates. */
    public static final QName CONSTRAINT_CASE_STATES = q("caseStates");
    /** LIST constraint sx:partyKinds. */
    public static final QName CONSTRAINT_PARTY_KINDS = q("partyKinds");
    /** LIST constraint sx:partyIdKinds. */
    public static final QName CONSTRAINT_PARTY_ID_KINDS = q("partyIdKinds");
    /** LIST constraint sx:penaltyMeasureOptions. */
    public static final QName CONSTRAINT_PENALTY_MEASURE_OPTIONS = q("penaltyMeasureOptions");
    /** LIST constraint sx:coerciveMeasureOptions. */
    public static final QName CONSTRAINT_COERCIVE_MEASURE_OPTIONS = q("coerciveMeasureOptions");
    /** LIST constraint sx:discretionCircumstanceOptions. */
    public static final QName CONSTRAINT_DISCRETION_CIRCUMSTANCE_OPTIONS = q("discretionCircumstanceOptions");
    /** LIST constraint sx:licenceDecisionKinds. */
    public static final QName CONSTRAINT_LICENCE_DECISION_KINDS = q("licenceDecisionKinds");
    /** LIST constraint sx:deadlineKinds. */
    public static final QName CONSTRAINT_DEADLINE_KINDS = q("deadlineKinds");
    /** LIST constraint sx:avKinds. */
    public static final QName CONSTRAINT_AV_KINDS = q("avKinds");
    /** LIST constraint sx:avDeviceKinds. */
    public static final QName CONSTRAINT_AV_DEVICE_KINDS = q("avDeviceKinds");
    /** LIST constraint sx:interruptionReasonOptions. */
    public static final QName CONSTRAINT_INTERRUPTION_REASON_OPTIONS = q("interruptionReasonOptions");
    /** LIST constraint sx:textRecordKinds. */
    public static final QName CONSTRAINT_TEXT_RECORD_KINDS = q("textRecordKinds");
    /** LIST constraint sx:textMedia. */
    public static final QName CONSTRAINT_TEXT_MEDIA = q("textMedia");
    /** LIST constraint sx:serviceMethods. */
    public static final QName CONSTRAINT_SERVICE_METHODS = q("serviceMethods");
    /** LIST constraint sx:evidenceKinds. */
    public static final QName CONSTRAINT_EVIDENCE_KINDS = q("evidenceKinds");
    /** LIST constraint sx:preservationForms. */
    public static final QName CONSTRAINT_PRESERVATION_FORMS = q("preservationForms");
    /** LIST constraint sx:decisionStates. */
    public static final QName CONSTRAINT_DECISION_STATES = q("decisionStates");
    /** LIST constraint sx:opinionTypes. */
    public static final QName CONSTRAINT_OPINION_TYPES = q("opinionTypes");
    /** LIST constraint sx:reviewItems. */
    public static final QName CONSTRAINT_REVIEW_ITEMS = q("reviewItems");
    /** LIST constraint sx:disclosureStates. */
    public static final QName CONSTRAINT_DISCLOSURE_STATES = q("disclosureStates");
    /** LIST constraint sx:disclosureForms. */
    public static final QName CONSTRAINT_DISCLOSURE_FORMS = q("disclosureForms");
    /** LIST constraint sx:disclosurePhases. */
    public static final QName CONSTRAINT_DISCLOSURE_PHASES = q("disclosurePhases");
    /** LIST constraint sx:exclusionReasonOptions. */
    public static final QName CONSTRAINT_EXCLUSION_REASON_OPTIONS = q("exclusionReasonOptions");
    /** LIST constraint sx:holdReasonOptions. */
    public static final QName CONSTRAINT_HOLD_REASON_OPTIONS = q("holdReasonOptions");
    /** LIST constraint sx:retentionClasses. */
    public static final QName CONSTRAINT_RETENTION_CLASSES = q("retentionClasses");
    /** LIST constraint sx:dispositions. */
    public static final QName CONSTRAINT_DISPOSITIONS = q("dispositions");
    /** LIST constraint sx:requesterKinds. */
    public static final QName CONSTRAINT_REQUESTER_KINDS = q("requesterKinds");
    /** LIST constraint sx:accessModeOptions. */
    public static final QName CONSTRAINT_ACCESS_MODE_OPTIONS = q("accessModeOptions");
    /** LIST constraint sx:accessStates. */
    public static final QName CONSTRAINT_ACCESS_STATES = q("accessStates");
    /** LIST constraint sx:thirdPartyKindOptions. */
    public static final QName CONSTRAINT_THIRD_PARTY_KIND_OPTIONS = q("thirdPartyKindOptions");

    // ---- type sx:caseFolder
    /** Case folder. */
    public static final QName TYPE_CASE_FOLDER = q("caseFolder");
    /** Case number. */
    public static final QName PROP_CASE_NUMBER = q("caseNumber");
    /** Case name. */
    public static final QName PROP_CASE_NAME = q("caseName");
    /** Jurisdiction profile. */
    public static final QName PROP_JURISDICTION_PROFILE = q("jurisdictionProfile");
    /** Action category. */
    public static final QName PROP_ACTION_CATEGORY = q("actionCategory");
    /** Enforcement matter. */
    public static final QName PROP_MATTER_NAME = q("matterName");
    /** Catalogued matter (sx:catalogueMatters). */
    public static final QName PROP_CATALOGUE_MATTER = q("catalogueMatter");
    /** Licence type (sx:licenceTypes). */
    public static final QName PROP_LICENCE_TYPE = q("licenceType");
    /** Procedure. */
    public static final QName PROP_PROCEDURE = q("procedure");
    /** Case source. */
    public static final QName PROP_CASE_SOURCE = q("caseSource");
    /** Case state. */
    public static final QName PROP_CASE_STATE = q("caseState");
    /** Current stage. */
    public static final QName PROP_CURRENT_STAGE = q("currentStage");
    /** Enforcement unit. */
    public static final QName PROP_ENFORCEMENT_UNIT = q("enforcementUnit");
    /** Officers in charge. */
    public static final QName PROP_CASE_OFFICERS = q("caseOfficers");
    /** Officers' certificate numbers. */
    public static final QName PROP_CASE_OFFICER_CERTIFICATES = q("caseOfficerCertificates");
    /** Procedure started. */
    public static final QName PROP_STARTED_AT = q("startedAt");
    /** Filing date. */
    public static final QName PROP_FILED_AT = q("filedAt");
    /** Party kind. */
    public static final QName PROP_PARTY_KIND = q("partyKind");
    /** Party name. */
    public static final QName PROP_PARTY_NAME = q("partyName");
    /** Party identifier kind. */
    public static final QName PROP_PARTY_ID_KIND = q("partyIdKind");
    /** Party ID number or unified social credit code. */
    public static final QName PROP_PARTY_ID_NUMBER = q("partyIdNumber");
    /** Legal representative. */
    public static final QName PROP_PARTY_LEGAL_REPRESENTATIVE = q("partyLegalRepresentative");
    /** Party address. */
    public static final QName PROP_PARTY_ADDRESS = q("partyAddress");
    /** Party is a minor. */
    public static final QName PROP_PARTY_MINOR = q("partyMinor");
    /** Foreign-invested enterprise. */
    public static final QName PROP_PARTY_FOREIGN_INVESTED = q("partyForeignInvested");
    /** Number of parties concerned. */
    public static final QName PROP_PARTY_COUNT = q("partyCount");
    /** Fine (yuan). */
    public static final QName PROP_FINE_AMOUNT = q("fineAmount");
    /** Confiscated illegal gains (yuan). */
    public static final QName PROP_CONFISCATED_AMOUNT = q("confiscatedAmount");
    /** Other amount (yuan). */
    public static final QName PROP_OTHER_AMOUNT = q("otherAmount");
    /** Penalty measures. */
    public static final QName PROP_PENALTY_MEASURES = q("penaltyMeasures");
    /** Coercive measures. */
    public static final QName PROP_COERCIVE_MEASURES = q("coerciveMeasures");
    /** Licence decision. */
    public static final QName PROP_LICENCE_DECISION_KIND = q("licenceDecisionKind");
    /** Discretion circumstances. */
    public static final QName PROP_DISCRETION_CIRCUMSTANCES = q("discretionCircumstances");
    /** Major, complex or difficult case. */
    public static final QName PROP_COMPLEX_CASE = q("complexCase");
    /** Involves major interests. */
    public static final QName PROP_MAJOR_PUBLIC_INTEREST = q("majorPublicInterest");
    /** Transfer for suspected crime. */
    public static final QName PROP_CRIME_TRANSFER = q("crimeTransfer");
    /** Hearing held. */
    public static final QName PROP_HEARING_HELD = q("hearingHeld");
    /** Hearing date. */
    public static final QName PROP_HEARING_DATE = q("hearingDate");
    /** Collective discussion held. */
    public static final QName PROP_COLLECTIVE_DISCUSSION_HELD = q("collectiveDiscussionHeld");
    /** Decision document number. */
    public static final QName PROP_CASE_DECISION_NUMBER = q("caseDecisionNumber");
    /** Decision date. */
    public static final QName PROP_CASE_DECISION_DATE = q("caseDecisionDate");
    /** Closing date. */
    public static final QName PROP_CLOSED_DATE = q("closedDate");
    /** Archiving date. */
    public static final QName PROP_ARCHIVED_DATE = q("archivedDate");
    /** Archive reference. */
    public static final QName PROP_ARCHIVE_REFERENCE = q("archiveReference");
    /** When the case was sealed into its hash chain: the case-level fact that it takes no new records. */
    public static final QName PROP_CASE_SEALED_AT = q("caseSealedAt");
    /** Next deadline. */
    public static final QName PROP_NEXT_DEADLINE = q("nextDeadline");
    /** Next deadline kind. */
    public static final QName PROP_NEXT_DEADLINE_KIND = q("nextDeadlineKind");
    /** Running deadlines. */
    public static final QName PROP_RUNNING_DEADLINES = q("runningDeadlines");
    /** Deadlines provisional. */
    public static final QName PROP_DEADLINES_PROVISIONAL = q("deadlinesProvisional");

    // ---- type sx:stageRecord
    /** Stage record. */
    public static final QName TYPE_STAGE_RECORD = q("stageRecord");
    /** Stage. */
    public static final QName PROP_STAGE = q("stage");
    /** Case number. */
    public static final QName PROP_RECORD_CASE_NUMBER = q("recordCaseNumber");
    /** Recorded by. */
    public static final QName PROP_RECORDED_BY = q("recordedBy");
    /** Recorded at. */
    public static final QName PROP_RECORDED_AT = q("recordedAt");
    /** Place. */
    public static final QName PROP_RECORD_PLACE = q("recordPlace");
    /** Officers. */
    public static final QName PROP_RECORD_OFFICERS = q("recordOfficers");
    /** Officers' certificate numbers. */
    public static final QName PROP_RECORD_OFFICER_CERTIFICATES = q("recordOfficerCertificates");
    /** Certificates shown. */
    public static final QName PROP_CERTIFICATE_SHOWN = q("certificateShown");
    /** Enforcement subject. */
    public static final QName PROP_RECORD_SUBJECT = q("recordSubject");
    /** Enforcement matter. */
    public static final QName PROP_RECORD_MATTER = q("recordMatter");
    /** Party refused to cooperate. */
    public static final QName PROP_PARTY_REFUSED = q("partyRefused");
    /** Witnesses. */
    public static final QName PROP_WITNESSES = q("witnesses");

    // ---- type sx:textRecord
    /** Text record. */
    public static final QName TYPE_TEXT_RECORD = q("textRecord");
    /** Document kind. */
    public static final QName PROP_TEXT_RECORD_KIND = q("textRecordKind");
    /** Document number. */
    public static final QName PROP_DOCUMENT_NUMBER = q("documentNumber");
    /** Medium. */
    public static final QName PROP_TEXT_MEDIUM = q("textMedium");
    /** Electronically signed. */
    public static final QName PROP_ELECTRONICALLY_SIGNED = q("electronicallySigned");
    /** Signed by. */
    public static final QName PROP_SIGNATORIES = q("signatories");

    // ---- type sx:avRecord
    /** Audio/video record. */
    public static final QName TYPE_AV_RECORD = q("avRecord");
    /** AV kind. */
    public static final QName PROP_AV_KIND = q("avKind");
    /** Device kind. */
    public static final QName PROP_DEVICE_KIND = q("deviceKind");
    /** Device number. */
    public static final QName PROP_DEVICE_ID = q("deviceId");
    /** Device checked before use. */
    public static final QName PROP_DEVICE_CHECKED = q("deviceChecked");
    /** Clock calibrated. */
    public static final QName PROP_CLOCK_CALIBRATED = q("clockCalibrated");
    /** Opening statement made. */
    public static final QName PROP_OPENING_STATEMENT = q("openingStatement");
    /** Recording started. */
    public static final QName PROP_AV_STARTED_AT = q("avStartedAt");
    /** Recording ended. */
    public static final QName PROP_AV_ENDED_AT = q("avEndedAt");
    /** Duration (seconds). */
    public static final QName PROP_AV_DURATION_SECONDS = q("avDurationSeconds");
    /** Uninterrupted. */
    public static final QName PROP_UNINTERRUPTED = q("uninterrupted");
    /** Interruptions. */
    public static final QName PROP_INTERRUPTION_COUNT = q("interruptionCount");
    /** Interruption reasons. */
    public static final QName PROP_INTERRUPTION_REASONS = q("interruptionReasons");
    /** Explanation of interruptions. */
    public static final QName PROP_INTERRUPTION_EXPLANATION = q("interruptionExplanation");
    /** Recording terminated. */
    public static final QName PROP_TERMINATED_EARLY = q("terminatedEarly");
    /** Written explanation. */
    public static final QName PROP_WRITTEN_EXPLANATION = q("writtenExplanation");
    /** Dedicated storage location. */
    public static final QName PROP_STORAGE_LOCATION = q("storageLocation");
    /** Reached dedicated storage. */
    public static final QName PROP_STORED_AT = q("storedAt");
    /** Storage due. */
    public static final QName PROP_STORAGE_DUE = q("storageDue");
    /** Used as evidence. */
    public static final QName PROP_USED_AS_EVIDENCE = q("usedAsEvidence");
    /** Disc number. */
    public static final QName PROP_DISC_NUMBER = q("discNumber");
    /** Disc made by. */
    public static final QName PROP_DISC_MAKER = q("discMaker");
    /** Extracted by. */
    public static final QName PROP_EXTRACTED_BY = q("extractedBy");
    /** Extraction time. */
    public static final QName PROP_EXTRACTED_AT = q("extractedAt");

    // ---- type sx:evidence
    /** Evidence. */
    public static final QName TYPE_EVIDENCE = q("evidence");
    /** Evidence kind. */
    public static final QName PROP_EVIDENCE_KIND = q("evidenceKind");
    /** Evidence number. */
    public static final QName PROP_EVIDENCE_NUMBER = q("evidenceNumber");
    /** Case number. */
    public static final QName PROP_EVIDENCE_CASE_NUMBER = q("evidenceCaseNumber");
    /** Facts proven. */
    public static final QName PROP_PROVEN_FACTS = q("provenFacts");
    /** Provided by. */
    public static final QName PROP_EVIDENCE_PROVIDER = q("evidenceProvider");
    /** Collected by. */
    public static final QName PROP_COLLECTED_BY = q("collectedBy");
    /** Collected at. */
    public static final QName PROP_COLLECTED_AT = q("collectedAt");
    /** Collection place. */
    public static final QName PROP_COLLECTION_PLACE = q("collectionPlace");
    /** Original. */
    public static final QName PROP_ORIGINAL = q("original");
    /** Preservation form. */
    public static final QName PROP_PRESERVATION_FORM = q("preservationForm");
    /** Object preserved. */
    public static final QName PROP_PRESERVATION_TARGET = q("preservationTarget");
    /** Reason and basis for preservation. */
    public static final QName PROP_PRESERVATION_REASON = q("preservationReason");
    /** AV record of this evidence. */
    public static final QName ASSOC_EVIDENCE_AV_RECORD = q("evidenceAvRecord");

    // ---- type sx:decisionDocument
    /** Decision document. */
    public static final QName TYPE_DECISION_DOCUMENT = q("decisionDocument");
    /** Decision state. */
    public static final QName PROP_DECISION_STATE = q("decisionState");
    /** Decision date. */
    public static final QName PROP_DECISION_DATE = q("decisionDate");
    /** Decision. */
    public static final QName PROP_DECISION_CONTENT = q("decisionContent");
    /** Main facts. */
    public static final QName PROP_MAIN_FACTS = q("mainFacts");
    /** Legal basis. */
    public static final QName PROP_LEGAL_BASIS = q("legalBasis");
    /** Performance deadline. */
    public static final QName PROP_PERFORMANCE_DEADLINE = q("performanceDeadline");
    /** Remedies and time limits. */
    public static final QName PROP_REMEDIES = q("remedies");
    /** Approved by (head). */
    public static final QName PROP_SIGNED_BY_HEAD = q("signedByHead");
    /** Service method. */
    public static final QName PROP_SERVICE_METHOD = q("serviceMethod");
    /** Served at. */
    public static final QName PROP_SERVED_AT = q("servedAt");
    /** Filed with legal office. */
    public static final QName PROP_FILED_WITH_LEGAL_OFFICE_AT = q("filedWithLegalOfficeAt");

    // ---- type sx:reviewOpinion
    /** Legal review opinion. */
    public static final QName TYPE_REVIEW_OPINION = q("reviewOpinion");
    /** Major decision reviewed. */
    public static final QName PROP_REVIEWED_DECISION_NAME = q("reviewedDecisionName");
    /** Head of the legal office. */
    public static final QName PROP_LEGAL_OFFICE_HEAD = q("legalOfficeHead");
    /** Reviewers. */
    public static final QName PROP_REVIEWERS = q("reviewers");
    /** Basic facts of the case. */
    public static final QName PROP_CASE_SUMMARY = q("caseSummary");
    /** Opinion type. */
    public static final QName PROP_OPINION_TYPE = q("opinionType");
    /** Opinion of the legal office. */
    public static final QName PROP_OPINION_TEXT = q("opinionText");
    /** Sealed by the legal office. */
    public static final QName PROP_LEGAL_OFFICE_SEALED = q("legalOfficeSealed");
    /** Opinion date. */
    public static final QName PROP_OPINION_DATE = q("opinionDate");
    /** Opinion of the supervising leader. */
    public static final QName PROP_LEADER_OPINION = q("leaderOpinion");
    /** Supervising leader (signature). */
    public static final QName PROP_LEADER_NAME = q("leaderName");
    /** Supervising leader date. */
    public static final QName PROP_LEADER_OPINION_DATE = q("leaderOpinionDate");
    /** Items reviewed. */
    public static final QName PROP_REVIEW_ITEMS_CHECKED = q("reviewItemsChecked");
    /** Review round. */
    public static final QName PROP_REVIEW_ROUND = q("reviewRound");
    /** Case file received. */
    public static final QName PROP_REVIEW_RECEIVED_AT = q("reviewReceivedAt");
    /** Review due. */
    public static final QName PROP_REVIEW_DUE = q("reviewDue");
    /** Review extended. */
    public static final QName PROP_REVIEW_EXTENDED = q("reviewExtended");
    /** Decision reviewed. */
    public static final QName ASSOC_REVIEWED_DECISION = q("reviewedDecision");

    // ---- type sx:transferList
    /** Case-file transfer list. */
    public static final QName TYPE_TRANSFER_LIST = q("transferList");
    /** Serial number. */
    public static final QName PROP_TRANSFER_SERIAL_NUMBER = q("transferSerialNumber");
    /** Case file name. */
    public static final QName PROP_CASE_FILE_NAME = q("caseFileName");
    /** Transferred by (before review). */
    public static final QName PROP_PRE_REVIEW_TRANSFEROR = q("preReviewTransferor");
    /** Received by (before review). */
    public static final QName PROP_PRE_REVIEW_RECIPIENT = q("preReviewRecipient");
    /** Transfer time (before review). */
    public static final QName PROP_PRE_REVIEW_TRANSFERRED_AT = q("preReviewTransferredAt");
    /** Transfer place (before review). */
    public static final QName PROP_PRE_REVIEW_PLACE = q("preReviewPlace");
    /** Transferred by (after review). */
    public static final QName PROP_POST_REVIEW_TRANSFEROR = q("postReviewTransferor");
    /** Received by (after review). */
    public static final QName PROP_POST_REVIEW_RECIPIENT = q("postReviewRecipient");
    /** Transfer time (after review). */
    public static final QName PROP_POST_REVIEW_TRANSFERRED_AT = q("postReviewTransferredAt");
    /** Transfer place (after review). */
    public static final QName PROP_POST_REVIEW_PLACE = q("postReviewPlace");
    /** Case file materials. */
    public static final QName PROP_CASE_FILE_MATERIALS = q("caseFileMaterials");
    /** Materials transferred. */
    public static final QName ASSOC_TRANSFERRED_MATERIALS = q("transferredMaterials");

    // ---- type sx:disclosureRecord
    /** Disclosure record. */
    public static final QName TYPE_DISCLOSURE_RECORD = q("disclosureRecord");
    /** Disclosure state. */
    public static final QName PROP_DISCLOSURE_STATE = q("disclosureState");
    /** Disclosure phase. */
    public static final QName PROP_DISCLOSURE_PHASE = q("disclosurePhase");
    /** Disclosure form. */
    public static final QName PROP_DISCLOSURE_FORM = q("disclosureForm");
    /** Case number. */
    public static final QName PROP_DISCLOSURE_CASE_NUMBER = q("disclosureCaseNumber");
    /** Decision document number. */
    public static final QName PROP_DISCLOSED_DOCUMENT_NUMBER = q("disclosedDocumentNumber");
    /** Case name. */
    public static final QName PROP_DISCLOSED_CASE_NAME = q("disclosedCaseName");
    /** Enforcement matter or project name. */
    public static final QName PROP_DISCLOSED_MATTER_NAME = q("disclosedMatterName");
    /** Action category. */
    public static final QName PROP_DISCLOSED_CATEGORY = q("disclosedCategory");
    /** Penalty kinds. */
    public static final QName PROP_DISCLOSED_PENALTY_KINDS = q("disclosedPenaltyKinds");
    /** Approval category. */
    public static final QName PROP_DISCLOSED_APPROVAL_CATEGORY = q("disclosedApprovalCategory");
    /** Party name. */
    public static final QName PROP_DISCLOSED_PARTY_NAME = q("disclosedPartyName");
    /** Party code. */
    public static final QName PROP_DISCLOSED_PARTY_CODE = q("disclosedPartyCode");
    /** Legal representative or owner. */
    public static final QName PROP_DISCLOSED_LEGAL_REPRESENTATIVE = q("disclosedLegalRepresentative");
    /** Cause. */
    public static final QName PROP_DISCLOSED_CAUSE = q("disclosedCause");
    /** Main facts. */
    public static final QName PROP_DISCLOSED_MAIN_FACTS = q("disclosedMainFacts");
    /** Legal basis. */
    public static final QName PROP_DISCLOSED_BASIS = q("disclosedBasis");
    /** Decision or inspection result. */
    public static final QName PROP_DISCLOSED_RESULT = q("disclosedResult");
    /** List of sealed-up property. */
    public static final QName PROP_DISCLOSED_SEIZURE_LIST = q("disclosedSeizureList");
    /** Licence valid from. */
    public static final QName PROP_DISCLOSED_LICENCE_VALID_FROM = q("disclosedLicenceValidFrom");
    /** Licence valid until. */
    public static final QName PROP_DISCLOSED_LICENCE_VALID_UNTIL = q("disclosedLicenceValidUntil");
    /** Enforcement authority. */
    public static final QName PROP_DISCLOSED_AUTHORITY = q("disclosedAuthority");
    /** Decision date. */
    public static final QName PROP_DISCLOSED_DECISION_DATE = q("disclosedDecisionDate");
    /** Disclosure due. */
    public static final QName PROP_DISCLOSURE_DUE = q("disclosureDue");
    /** Approved by. */
    public static final QName PROP_DISCLOSURE_APPROVED_BY = q("disclosureApprovedBy");
    /** Approved at. */
    public static final QName PROP_DISCLOSURE_APPROVED_AT = q("disclosureApprovedAt");
    /** Published at. */
    public static final QName PROP_PUBLISHED_AT = q("publishedAt");
    /** Display until. */
    public static final QName PROP_DISPLAY_UNTIL = q("displayUntil");
    /** Channels. */
    public static final QName PROP_DISCLOSURE_CHANNELS = q("disclosureChannels");
    /** Redacted. */
    public static final QName PROP_REDACTED = q("redacted");
    /** Corrected at. */
    public static final QName PROP_CORRECTED_AT = q("correctedAt");
    /** Correction reason. */
    public static final QName PROP_CORRECTION_REASON = q("correctionReason");
    /** Withdrawn at. */
    public static final QName PROP_WITHDRAWN_AT = q("withdrawnAt");
    /** Withdrawal reason. */
    public static final QName PROP_WITHDRAWAL_REASON = q("withdrawalReason");
    /** Taken down at (the end of the display period). */
    public static final QName PROP_TAKEN_DOWN_AT = q("takenDownAt");
    /** Decision disclosed. */
    public static final QName ASSOC_DISCLOSED_DECISION = q("disclosedDecision");
    /** Supersedes. */
    public static final QName ASSOC_SUPERSEDES = q("supersedes");

    // ---- type sx:accessRequest
    /** Access request. */
    public static final QName TYPE_ACCESS_REQUEST = q("accessRequest");
    /** Requester. */
    public static final QName PROP_REQUESTER_NAME = q("requesterName");
    /** Requester organisation. */
    public static final QName PROP_REQUESTER_ORGANISATION = q("requesterOrganisation");
    /** Requester kind. */
    public static final QName PROP_REQUESTER_KIND = q("requesterKind");
    /** Legal basis. */
    public static final QName PROP_ACCESS_LEGAL_BASIS = q("accessLegalBasis");
    /** Reason. */
    public static final QName PROP_ACCESS_REASON = q("accessReason");
    /** Access modes. */
    public static final QName PROP_ACCESS_MODES = q("accessModes");
    /** Request state. */
    public static final QName PROP_ACCESS_STATE = q("accessState");
    /** Approver. */
    public static final QName PROP_ACCESS_APPROVER = q("accessApprover");
    /** Approved at. */
    public static final QName PROP_ACCESS_APPROVED_AT = q("accessApprovedAt");
    /** Period from. */
    public static final QName PROP_ACCESS_PERIOD_FROM = q("accessPeriodFrom");
    /** Period until. */
    public static final QName PROP_ACCESS_PERIOD_UNTIL = q("accessPeriodUntil");
    /** Accessed at. */
    public static final QName PROP_ACCESSED_AT = q("accessedAt");
    /** Copies made. */
    public static final QName PROP_COPIES_MADE = q("copiesMade");
    /** Copied by. */
    public static final QName PROP_COPIED_BY = q("copiedBy");
    /** Returned at. */
    public static final QName PROP_RETURNED_AT = q("returnedAt");
    /** Third-party information withheld. */
    public static final QName PROP_THIRD_PARTY_INFO_WITHHELD = q("thirdPartyInfoWithheld");
    /** Case requested. */
    public static final QName ASSOC_REQUESTED_CASE = q("requestedCase");
    /** Records requested. */
    public static final QName ASSOC_REQUESTED_RECORDS = q("requestedRecords");

    // ---- aspect sx:sealed
    /** Sealed record. */
    public static final QName ASPECT_SEALED = q("sealed");
    /** Digest. */
    public static final QName PROP_SEAL_DIGEST = q("sealDigest");
    /** Previous digest in the case chain. */
    public static final QName PROP_PREVIOUS_SEAL_DIGEST = q("previousSealDigest");
    /** Position in the chain. */
    public static final QName PROP_SEAL_SEQUENCE = q("sealSequence");
    /** Digest algorithm. */
    public static final QName PROP_SEAL_ALGORITHM = q("sealAlgorithm");
    /** Sealed at. */
    public static final QName PROP_SEALED_AT = q("sealedAt");
    /** Sealed by. */
    public static final QName PROP_SEALED_BY = q("sealedBy");

    // ---- aspect sx:retention
    /** Retention. */
    public static final QName ASPECT_RETENTION = q("retention");
    /** Retention class. */
    public static final QName PROP_RETENTION_CLASS = q("retentionClass");
    /** Retention starts. */
    public static final QName PROP_RETENTION_STARTED_AT = q("retentionStartedAt");
    /** Retain until. */
    public static final QName PROP_RETAIN_UNTIL = q("retainUntil");
    /** Disposition. */
    public static final QName PROP_DISPOSITION = q("disposition");
    /** Rule applied. */
    public static final QName PROP_RETENTION_CITATION = q("retentionCitation");

    // ---- aspect sx:legalHold
    /** Long-term hold. */
    public static final QName ASPECT_LEGAL_HOLD = q("legalHold");
    /** Hold reasons. */
    public static final QName PROP_HOLD_REASONS = q("holdReasons");
    /** Note. */
    public static final QName PROP_HOLD_NOTE = q("holdNote");
    /** Held since. */
    public static final QName PROP_HELD_AT = q("heldAt");
    /** Held by. */
    public static final QName PROP_HELD_BY = q("heldBy");

    // ---- aspect sx:disclosureExclusion
    /** Not to be disclosed. */
    public static final QName ASPECT_DISCLOSURE_EXCLUSION = q("disclosureExclusion");
    /** Reasons. */
    public static final QName PROP_EXCLUSION_REASONS = q("exclusionReasons");
    /** Note. */
    public static final QName PROP_EXCLUSION_NOTE = q("exclusionNote");
    /** Confirmed by. */
    public static final QName PROP_EXCLUSION_CONFIRMED_BY = q("exclusionConfirmedBy");
    /** Confirmed at. */
    public static final QName PROP_EXCLUSION_CONFIRMED_AT = q("exclusionConfirmedAt");

    // ---- aspect sx:majorDecision
    /** Major decision classification. */
    public static final QName ASPECT_MAJOR_DECISION = q("majorDecision");
    /** Major decision. */
    public static final QName PROP_MAJOR = q("major");
    /** Reasons. */
    public static final QName PROP_MAJOR_REASONS = q("majorReasons");
    /** Citations. */
    public static final QName PROP_MAJOR_CITATIONS = q("majorCitations");
    /** Classification disputed. */
    public static final QName PROP_MAJOR_DISPUTED = q("majorDisputed");
    /** Classified at. */
    public static final QName PROP_MAJOR_CLASSIFIED_AT = q("majorClassifiedAt");
    /** Classified by. */
    public static final QName PROP_MAJOR_CLASSIFIED_BY = q("majorClassifiedBy");

    // ---- aspect sx:confidentialThirdParty
    /** Confidential third-party information. */
    public static final QName ASPECT_CONFIDENTIAL_THIRD_PARTY = q("confidentialThirdParty");
    /** Third parties. */
    public static final QName PROP_THIRD_PARTY_KINDS = q("thirdPartyKinds");
    /** Names. */
    public static final QName PROP_THIRD_PARTY_NAMES = q("thirdPartyNames");
    /** Note. */
    public static final QName PROP_THIRD_PARTY_NOTE = q("thirdPartyNote");

    // ---- aspect sx:inspected
    /** File inspection. */
    public static final QName ASPECT_INSPECTED = q("inspected");
    /** SHA-256 digest. */
    public static final QName PROP_SHA256 = q("sha256");
    /** Detected media type. */
    public static final QName PROP_DETECTED_MEDIA_TYPE = q("detectedMediaType");
    /** Inspected at. */
    public static final QName PROP_INSPECTED_AT = q("inspectedAt");
    /** Why metadata is unavailable. */
    public static final QName PROP_METADATA_UNAVAILABLE_REASON = q("metadataUnavailableReason");
    /** Recording start. */
    public static final QName PROP_MEDIA_RECORDING_START = q("mediaRecordingStart");
    /** Duration (seconds). */
    public static final QName PROP_MEDIA_DURATION_SECONDS = q("mediaDurationSeconds");
    /** Device make. */
    public static final QName PROP_DEVICE_MAKE = q("deviceMake");
    /** Device model. */
    public static final QName PROP_DEVICE_MODEL = q("deviceModel");
    /** GPS latitude. */
    public static final QName PROP_GPS_LATITUDE = q("gpsLatitude");
    /** GPS longitude. */
    public static final QName PROP_GPS_LONGITUDE = q("gpsLongitude");
    /** Document title. */
    public static final QName PROP_DOCUMENT_TITLE = q("documentTitle");
    /** Document author. */
    public static final QName PROP_DOCUMENT_AUTHOR = q("documentAuthor");
    /** Document created. */
    public static final QName PROP_DOCUMENT_CREATED = q("documentCreated");
    /** Page count. */
    public static final QName PROP_PAGE_COUNT = q("pageCount");
    /** EXIF date and time. */
    public static final QName PROP_EXIF_DATE_TIME = q("exifDateTime");
}
