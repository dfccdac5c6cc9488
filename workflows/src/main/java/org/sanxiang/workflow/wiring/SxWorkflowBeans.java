package org.sanxiang.workflow.wiring;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.sanxiang.model.QName;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.calendar.WorkingDayCalendar;
import org.sanxiang.rules.access.AccessRule;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.access.AccessPolicy;
import org.sanxiang.workflow.access.AccessProcess;
import org.sanxiang.workflow.access.AssessAccessRequest;
import org.sanxiang.workflow.access.ExpireAccess;
import org.sanxiang.workflow.access.GrantAccess;
import org.sanxiang.workflow.access.RecordReturn;
import org.sanxiang.workflow.access.RefuseAccess;
import org.sanxiang.workflow.disclosure.DetermineDisclosure;
import org.sanxiang.workflow.disclosure.DisclosureProcess;
import org.sanxiang.workflow.disclosure.DisclosureRulebook;
import org.sanxiang.workflow.disclosure.DraftDisclosure;
import org.sanxiang.workflow.disclosure.PrepareCorrection;
import org.sanxiang.workflow.disclosure.PrepareWithdrawal;
import org.sanxiang.workflow.disclosure.PublishDisclosure;
import org.sanxiang.workflow.disclosure.RecordExclusion;
import org.sanxiang.workflow.disclosure.TakeDownDisclosure;
import org.sanxiang.workflow.disclosure.WithdrawDisclosure;
import org.sanxiang.workflow.objection.ApplyObjectionOutcome;
import org.sanxiang.workflow.objection.InformObjector;
import org.sanxiang.workflow.objection.ObjectionProcess;
import org.sanxiang.workflow.objection.RegisterObjection;
import org.sanxiang.workflow.record.ArchiveCase;
import org.sanxiang.workflow.record.CaseRecordProcess;
import org.sanxiang.workflow.record.CaseRecordRules;
import org.sanxiang.workflow.record.CaseSeal;
import org.sanxiang.workflow.record.CheckStage;
import org.sanxiang.workflow.record.CloseCase;
import org.sanxiang.workflow.record.NextStage;
import org.sanxiang.workflow.record.PlanStages;
import org.sanxiang.workflow.record.ScheduleAvStorage;
import org.sanxiang.workflow.record.StoreAvRecord;
import org.sanxiang.workflow.retention.CheckLegalHold;
import org.sanxiang.workflow.retention.DestroyRecord;
import org.sanxiang.workflow.retention.AddLongTermRetention;
import org.sanxiang.workflow.retention.ExtendRetention;
import org.sanxiang.workflow.retention.ListRetainedRecords;
import org.sanxiang.workflow.retention.ReleaseLegalHold;
import org.sanxiang.workflow.retention.RetentionProcess;
import org.sanxiang.workflow.retention.ScheduleRetentionEnd;
import org.sanxiang.workflow.retention.TransferRecord;
import org.sanxiang.workflow.review.AskCollectiveDiscussion;
import org.sanxiang.workflow.review.ClassifyDecision;
import org.sanxiang.workflow.review.DecideExtension;
import org.sanxiang.workflow.review.LegalReviewProcess;
import org.sanxiang.workflow.review.LegalReviewSupport;
import org.sanxiang.workflow.review.PrepareDecision;
import org.sanxiang.workflow.review.RecordCollectiveDiscussion;
import org.sanxiang.workflow.review.RecordDecision;
import org.sanxiang.workflow.review.RecordFiling;
import org.sanxiang.workflow.review.RecordOpinion;
import org.sanxiang.workflow.review.RecordReReview;
import org.sanxiang.workflow.review.RecordRectification;
import org.sanxiang.workflow.review.RequestReReview;
import org.sanxiang.workflow.review.ResumeReview;
import org.sanxiang.workflow.review.SubmitTransfer;
import org.sanxiang.workflow.report.AnnualReportProcess;
import org.sanxiang.workflow.report.CompileAnnualReport;
import org.sanxiang.workflow.report.PublishAnnualReport;
import org.sanxiang.workflow.report.RecordReportSent;
import org.sanxiang.workflow.task.CaseDeadlines;
import org.sanxiang.workflow.task.DueDateTaskListener;
import org.sanxiang.workflow.task.EscalateToHead;
import org.sanxiang.workflow.task.OutcomeTaskListener;
import org.sanxiang.workflow.task.RemindAssignee;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * The beans the BPMN files name in {@code activiti:delegateExpression}, by name. Standalone they
 * go into the engine's beans map; repo-amp registers the same names in Alfresco's
 * {@code activitiBeanRegistry}. All are stateless singletons. This is the top of the workflow
 * packages: it knows every process; what a step needs (the ports, the deadline-kind table) it
 * passes down, so no step looks a bean up.
 */
public final class SxWorkflowBeans {

    public static final String TASK_DUE_DATE = "sxTaskDueDate";
    public static final String TASK_OUTCOME = "sxTaskOutcome";
    public static final String REMIND_ASSIGNEE = "sxRemindAssignee";
    public static final String ESCALATE_TO_HEAD = "sxEscalateToHead";
    /** Projects a case's running deadlines onto its folder (process end listener; see CaseDeadlines). */
    public static final String CASE_DEADLINES = "sxCaseDeadlines";
    public static final String ACCESS_ASSESS = "sxAccessAssess";
    public static final String ACCESS_REFUSE = "sxAccessRefuse";
    public static final String ACCESS_GRANT = "sxAccessGrant";
    public static final String ACCESS_RETURN = "sxAccessReturn";
    public static final String ACCESS_EXPIRE = "sxAccessExpire";
    // sxDisclosure
    public static final String DISCLOSURE_DETERMINE = "sxDisclosureDetermine";
    public static final String DISCLOSURE_RECORD_EXCLUSION = "sxDisclosureRecordExclusion";
    public static final String DISCLOSURE_DRAFT = "sxDisclosureDraft";
    public static final String DISCLOSURE_PUBLISH = "sxDisclosurePublish";
    public static final String DISCLOSURE_WITHDRAWAL_DUE = "sxDisclosureWithdrawalDue";
    public static final String DISCLOSURE_WITHDRAW = "sxDisclosureWithdraw";
    public static final String DISCLOSURE_CORRECTION_DUE = "sxDisclosureCorrectionDue";
    public static final String DISCLOSURE_TAKE_DOWN = "sxDisclosureTakeDown";
    // sxCaseRecord and sxRetention
    public static final String RECORD_PLAN = "sxRecordPlan";
    public static final String RECORD_NEXT_STAGE = "sxRecordNextStage";
    public static final String RECORD_CHECK_STAGE = "sxRecordCheckStage";
    public static final String RECORD_AV_STORAGE_DUE = "sxRecordAvStorageDue";
    public static final String RECORD_AV_STORED = "sxRecordAvStored";
    public static final String RECORD_CLOSE = "sxRecordClose";
    public static final String RECORD_ARCHIVE = "sxRecordArchive";
    public static final String RETENTION_LIST = "sxRetentionList";
    public static final String RETENTION_SCHEDULE = "sxRetentionSchedule";
    public static final String RETENTION_CHECK_HOLD = "sxRetentionCheckHold";
    public static final String RETENTION_RELEASE_HOLD = "sxRetentionReleaseHold";
    public static final String RETENTION_DESTROY = "sxRetentionDestroy";
    public static final String RETENTION_EXTEND = "sxRetentionExtend";
    public static final String RETENTION_TRANSFER = "sxRetentionTransfer";
    public static final String RETENTION_ADD_LONG_TERM = "sxRetentionAddLongTerm";
    // sxLegalReview
    public static final String LEGAL_REVIEW_CLASSIFY = "sxLegalReviewClassify";
    public static final String LEGAL_REVIEW_SUBMIT_TRANSFER = "sxLegalReviewSubmitTransfer";
    public static final String LEGAL_REVIEW_OPINION = "sxLegalReviewOpinion";
    public static final String LEGAL_REVIEW_EXTENSION = "sxLegalReviewExtension";
    public static final String LEGAL_REVIEW_RESUBMIT = "sxLegalReviewResubmit";
    public static final String LEGAL_REVIEW_REQUEST_RE_REVIEW = "sxLegalReviewRequestReReview";
    public static final String LEGAL_REVIEW_RE_REVIEWED = "sxLegalReviewReReviewed";
    public static final String LEGAL_REVIEW_PREPARE_DECISION = "sxLegalReviewPrepareDecision";
    public static final String LEGAL_REVIEW_RECTIFIED = "sxLegalReviewRectified";
    public static final String LEGAL_REVIEW_ASK_COLLECTIVE = "sxLegalReviewAskCollective";
    public static final String LEGAL_REVIEW_COLLECTIVE_HELD = "sxLegalReviewCollectiveHeld";
    public static final String LEGAL_REVIEW_DECIDED = "sxLegalReviewDecided";
    public static final String LEGAL_REVIEW_FILED = "sxLegalReviewFiled";
    // sxObjection
    public static final String OBJECTION_REGISTER = "sxObjectionRegister";
    public static final String OBJECTION_APPLY = "sxObjectionApply";
    public static final String OBJECTION_INFORM = "sxObjectionInform";
    // sxAnnualReport
    public static final String ANNUAL_REPORT_COMPILE = "sxAnnualReportCompile";
    public static final String ANNUAL_REPORT_PUBLISH = "sxAnnualReportPublish";
    public static final String ANNUAL_REPORT_SENT = "sxAnnualReportSent";

    /**
     * The user tasks whose completer ({@code sxp_<taskKey>CompletedBy}) a step reads: the transfer list, the opinion,
     * the re-review, the decision, the exclusion, the disclosure's approval, the access approval, the stage and archive
     * records, the retention decisions, the objection's checks and the annual report's review and approval name who
     * acted. No other task's completer is written (its history keeps its assignee); {@code CompletersReadTest} holds
     * this set to the steps' reads.
     */
    public static final Set<String> COMPLETERS_READ = Set.of(
            LegalReviewProcess.ASSEMBLE_TRANSFER, LegalReviewProcess.LEGAL_REVIEW, LegalReviewProcess.RE_REVIEW,
            LegalReviewProcess.LEADER_DECISION,
            DisclosureProcess.CONFIRM_EXCLUSION, DisclosureProcess.APPROVE,
            AccessProcess.APPROVE_TASK,
            CaseRecordProcess.STAGE_TASK, CaseRecordProcess.ARCHIVE_TASK,
            RetentionProcess.REVIEW_TASK, RetentionProcess.HOLD_TASK,
            ObjectionProcess.UNIT_CHECK, ObjectionProcess.LEGAL_CHECK,
            AnnualReportProcess.REVIEW, AnnualReportProcess.APPROVE);

    /**
     * The multi-valued form fields copied to the process as comma-separated text where they are copied: the materials
     * transferred ({@code sxwf:transferredMaterials}, the profile's material ids), read only by {@code SubmitTransfer}
     * through {@code StepContext.list} and now handed to it ({@link #HANDED_OFF}); the text form stays for a
     * process whose reader would come later. Share's and the standalone's task forms show the task's own list.
     */
    public static final Set<String> LISTS_COPIED_AS_TEXT = Set.of(SanxiangWorkflowModel.PROP_TRANSFERRED_MATERIALS.toVariableName());

    /**
     * The values the completing task hands to the step that reads them in the same transaction instead of copying
     * them to the process ({@code HandOff}): the opinion (read by the opinion's and the re-review's record), the
     * decision's document number (the filing), the materials transferred (the transfer list), and the completers whose
     * every reader follows their task without a wait state. {@code HandOffsTest} proves each against every BPMN: a
     * reader reached from anywhere else, through a wait state or an asynchronous continuation, fails the build. A
     * completer read after a later task (the objection's unit check, the annual report's review) or on a path that
     * does not start at its task (the access refusal, also reached from the assessment) is still copied. The outcomes
     * read by a step only, right after their task: the review's opinion type (RecordOpinion), the re-review's
     * (RecordReReview), the extension's approval (DecideExtension) and the stage record's (CheckStage); an outcome a
     * gateway's expression reads stays on the process.
     */
    public static final Set<String> HANDED_OFF = Stream.of(
            Stream.of(SanxiangWorkflowModel.PROP_OPINION_TEXT, SanxiangWorkflowModel.PROP_DECISION_DOCUMENT_NUMBER,
                    SanxiangWorkflowModel.PROP_TRANSFERRED_MATERIALS).map(QName::toVariableName),
            Stream.of(LegalReviewProcess.ASSEMBLE_TRANSFER, LegalReviewProcess.LEGAL_REVIEW, LegalReviewProcess.RE_REVIEW,
                    LegalReviewProcess.LEADER_DECISION,
                    DisclosureProcess.CONFIRM_EXCLUSION, DisclosureProcess.APPROVE,
                    CaseRecordProcess.STAGE_TASK, CaseRecordProcess.ARCHIVE_TASK,
                    RetentionProcess.REVIEW_TASK, RetentionProcess.HOLD_TASK,
                    AnnualReportProcess.APPROVE).map(WorkflowVariables::completedBy),
            Stream.of(LegalReviewProcess.LEGAL_REVIEW, LegalReviewProcess.RE_REVIEW, LegalReviewProcess.APPROVE_EXTENSION,
                    CaseRecordProcess.STAGE_TASK).map(WorkflowVariables::outcome))
            .flatMap(s -> s)
            .collect(Collectors.toUnmodifiableSet());

    private SxWorkflowBeans() {
    }

    /** The beans on the shipped jurisdiction profiles only. */
    public static Map<String, Object> create(WorkflowPorts ports, WorkingDayCalendar calendar, ZoneId zone,
            CaseLocator locator, AccessPolicy accessPolicy) {
        return create(ports, calendar, zone, locator, accessPolicy, ProfileRegistry.shipped());
    }

    /**
     * @param zone     the bureau's time zone: deadlines are counted in local days and stored as instants
     * @param profiles the installation's profiles: the shipped ones plus its district or city profiles
     */
    public static Map<String, Object> create(WorkflowPorts ports, WorkingDayCalendar calendar, ZoneId zone,
            CaseLocator locator, AccessPolicy accessPolicy, ProfileRegistry profiles) {
        TaskDeadlines deadlines = new TaskDeadlines(calendar, zone);
        Map<String, Object> beans = new LinkedHashMap<>();
        CaseDeadlines caseDeadlines = new CaseDeadlines(ports.cases(), locator, deadlines, CaseDeadlineKinds.table());
        beans.put(TASK_DUE_DATE, new DueDateTaskListener(caseDeadlines));
        beans.put(TASK_OUTCOME, new OutcomeTaskListener(caseDeadlines, COMPLETERS_READ, LISTS_COPIED_AS_TEXT, HANDED_OFF));
        beans.put(REMIND_ASSIGNEE, new RemindAssignee(ports.notifications(), locator));
        beans.put(ESCALATE_TO_HEAD, new EscalateToHead(ports.notifications(), locator));
        beans.put(CASE_DEADLINES, caseDeadlines);
        // the access routes are profile data: a district profile inherits its parent's (chongqing-2024 全过程记录 第十五条,
        // wuhan-2020 全过程记录 第二十九条, ningxia-2019 附件3 第二十六条, tianjin-2019 实施方案 三（二）4（2）, fushun-2026 细则 第二十五条)
        AccessRule accessRule = new AccessRule(profiles);
        beans.put(ACCESS_ASSESS, new AssessAccessRequest(ports.cases(), locator, deadlines, accessPolicy, accessRule));
        beans.put(ACCESS_REFUSE, new RefuseAccess(ports.register(), ports.notifications(), locator));
        beans.put(ACCESS_GRANT, new GrantAccess(ports.cases(), ports.documents(), ports.grants(), ports.register(),
                ports.notifications(), locator, deadlines, accessRule));
        beans.put(ACCESS_RETURN, new RecordReturn(ports.grants(), ports.register(), ports.notifications(), locator));
        beans.put(ACCESS_EXPIRE, new ExpireAccess(ports.grants(), ports.register(), ports.notifications(), locator));
        // sxDisclosure
        DisclosureRulebook disclosureRules = new DisclosureRulebook(profiles, calendar);
        beans.put(DISCLOSURE_DETERMINE, new DetermineDisclosure(ports, locator, deadlines, disclosureRules));
        beans.put(DISCLOSURE_RECORD_EXCLUSION, new RecordExclusion(ports, locator, deadlines, disclosureRules));
        beans.put(DISCLOSURE_DRAFT, new DraftDisclosure(ports, locator, deadlines, disclosureRules));
        beans.put(DISCLOSURE_PUBLISH, new PublishDisclosure(ports, locator, deadlines, disclosureRules));
        beans.put(DISCLOSURE_WITHDRAWAL_DUE, new PrepareWithdrawal(ports, locator, deadlines, disclosureRules));
        beans.put(DISCLOSURE_WITHDRAW, new WithdrawDisclosure(ports, locator, deadlines, disclosureRules));
        beans.put(DISCLOSURE_CORRECTION_DUE, new PrepareCorrection(ports, locator, deadlines, disclosureRules));
        beans.put(DISCLOSURE_TAKE_DOWN, new TakeDownDisclosure(ports, locator, deadlines, disclosureRules));
        // sxCaseRecord and sxRetention
        CaseRecordRules recordRules = new CaseRecordRules(
                profiles);
        beans.put(RECORD_PLAN, new PlanStages(ports.cases(), locator, recordRules, deadlines));
        beans.put(RECORD_NEXT_STAGE, new NextStage(ports.cases(), locator, recordRules));
        beans.put(RECORD_CHECK_STAGE, new CheckStage(ports.cases(), ports.documents(), locator,
                recordRules));
        beans.put(RECORD_AV_STORAGE_DUE, new ScheduleAvStorage(ports.cases(), locator, recordRules,
                deadlines));
        beans.put(RECORD_AV_STORED, new StoreAvRecord(ports.cases(), locator));
        beans.put(RECORD_CLOSE, new CloseCase(ports.cases(), locator, recordRules, deadlines));
        CaseSeal caseSeal = new CaseSeal(ports.cases(), ports.documents(), zone);
        beans.put(RECORD_ARCHIVE, new ArchiveCase(ports.cases(), caseSeal, locator, recordRules, zone));
        beans.put(RETENTION_LIST, new ListRetainedRecords(ports.cases(), locator, zone));
        beans.put(RETENTION_SCHEDULE, new ScheduleRetentionEnd(ports.cases(), locator, zone));
        beans.put(RETENTION_CHECK_HOLD, new CheckLegalHold(ports.cases(), locator, zone));
        beans.put(RETENTION_RELEASE_HOLD, new ReleaseLegalHold(ports.cases(), locator, zone));
        beans.put(RETENTION_DESTROY, new DestroyRecord(ports.cases(), locator, zone));
        beans.put(RETENTION_EXTEND, new ExtendRetention(ports.cases(), locator, zone));
        beans.put(RETENTION_TRANSFER, new TransferRecord(ports.cases(), ports.notifications(), locator, zone));
        beans.put(RETENTION_ADD_LONG_TERM, new AddLongTermRetention(ports.cases(), caseSeal, locator, recordRules, zone));
        // sxLegalReview
        LegalReviewSupport review = new LegalReviewSupport(profiles, ports.cases(), ports.documents(),
                ports.notifications(), locator, deadlines);
        beans.put(LEGAL_REVIEW_CLASSIFY, new ClassifyDecision(review));
        beans.put(LEGAL_REVIEW_SUBMIT_TRANSFER, new SubmitTransfer(review));
        beans.put(LEGAL_REVIEW_OPINION, new RecordOpinion(review));
        beans.put(LEGAL_REVIEW_EXTENSION, new DecideExtension(review));
        beans.put(LEGAL_REVIEW_RESUBMIT, new ResumeReview(review));
        beans.put(LEGAL_REVIEW_REQUEST_RE_REVIEW, new RequestReReview(review));
        beans.put(LEGAL_REVIEW_RE_REVIEWED, new RecordReReview(review));
        beans.put(LEGAL_REVIEW_PREPARE_DECISION, new PrepareDecision(review));
        beans.put(LEGAL_REVIEW_RECTIFIED, new RecordRectification(review));
        beans.put(LEGAL_REVIEW_ASK_COLLECTIVE, new AskCollectiveDiscussion(review));
        beans.put(LEGAL_REVIEW_COLLECTIVE_HELD, new RecordCollectiveDiscussion(review));
        beans.put(LEGAL_REVIEW_DECIDED, new RecordDecision(review));
        beans.put(LEGAL_REVIEW_FILED, new RecordFiling(review));
        // sxObjection
        beans.put(OBJECTION_REGISTER, new RegisterObjection(ports.cases(), ports.documents(), locator, deadlines, profiles));
        beans.put(OBJECTION_APPLY, new ApplyObjectionOutcome(ports.cases(), ports.documents(), locator, deadlines));
        beans.put(OBJECTION_INFORM, new InformObjector(ports.cases(), ports.documents(), ports.notifications(), locator, deadlines));
        // sxAnnualReport
        beans.put(ANNUAL_REPORT_COMPILE, new CompileAnnualReport(ports, disclosureRules, deadlines));
        beans.put(ANNUAL_REPORT_PUBLISH, new PublishAnnualReport(ports, disclosureRules, deadlines, profiles));
        beans.put(ANNUAL_REPORT_SENT, new RecordReportSent(ports, disclosureRules, deadlines));
        return beans;
    }
}
