package org.sanxiang.standalone.runtime;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.activiti.engine.ProcessEngine;
import org.apache.chemistry.opencmis.client.api.Session;
import org.sanxiang.repo.cmis.CmisDisclosureChannel;
import org.sanxiang.repo.intake.EvidenceIntake;
import org.sanxiang.rules.calendar.HolidayCalendar;
import org.sanxiang.rules.evaluate.Evaluator;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.standalone.runtime.Views.AnnualReportFile;
import org.sanxiang.standalone.runtime.Views.AnnualReportView;
import org.sanxiang.standalone.runtime.Views.CaseView;
import org.sanxiang.standalone.runtime.Views.CompletedTask;
import org.sanxiang.standalone.runtime.Views.DeadlineView;
import org.sanxiang.standalone.runtime.Views.Health;
import org.sanxiang.standalone.runtime.Views.Listing;
import org.sanxiang.standalone.runtime.Views.PendingPublicationView;
import org.sanxiang.standalone.runtime.Views.ProcessView;
import org.sanxiang.standalone.runtime.Views.PublicRecordView;
import org.sanxiang.standalone.runtime.Views.RecordContent;
import org.sanxiang.standalone.runtime.Views.RecordView;
import org.sanxiang.standalone.runtime.Views.TaskDetail;
import org.sanxiang.standalone.runtime.Views.TaskView;
import org.sanxiang.standalone.runtime.Views.Timeline;

/**
 * {@link SanxiangService} on the runtime's parts: the Activiti engine, the case folders over CMIS, the
 * disclosure channel and its outbox, the evidence intake and the rules. Each operation is one line handing
 * the work to the service that does it; the constructor composes them. Thread-safe.
 */
public final class LocalSanxiangService implements SanxiangService {

    private final CaseWork caseWork;
    private final RecordWork recordWork;
    private final ProcessWork processWork;
    private final TaskWork taskWork;
    private final Timelines timelines;
    private final DeadlineBoard deadlineBoard;
    private final RuleEvaluation ruleEvaluation;
    private final RuntimeStatus runtimeStatus;
    private final PublicTree publicTree;
    private final AnnualReports annualReports;
    private final AnnualReportStarts annualReportStarts;

    /** Where things are, for the service's answers. */
    public record RuntimeSettings(String mode, String casesPath, String cmisBrowserUrl, String cmisAtomPubUrl,
            String databaseUrl, Path uploadDir, long maxUploadBytes, ZoneId zone, String version) {
    }

    public LocalSanxiangService(RuntimeSettings settings, ProcessEngine engine, Session session, ProtectedPropertyOverlay cases,
            CmisDisclosureChannel channel, EvidenceIntake intake, ProfileRegistry profiles,
            HolidayCalendar calendar, Clock clock, Supplier<String> restUrl, CaseSteps steps,
            OperationReads reads) {
        Objects.requireNonNull(settings, "settings");
        ErrorTranslation errors = new ErrorTranslation(cases);
        CaseFolders folders = new CaseFolders(session, cases, errors);
        ModelFields contentTypes = ModelFields.content(settings.zone());
        ModelFields taskForms = ModelFields.workflow(settings.zone());
        TaskViews taskViews = new TaskViews(engine);
        this.caseWork = new CaseWork(settings, engine, cases, folders, contentTypes, profiles, errors, taskViews.rows(),
                steps);
        this.recordWork = new RecordWork(settings, cases, folders, contentTypes, intake, clock, errors, steps);
        this.processWork = new ProcessWork(engine, reads, folders, taskForms, taskViews, errors, steps,
                new CatalogueMatters(profiles));
        this.taskWork = new TaskWork(engine, reads, cases, taskForms, profiles, taskViews, errors, steps);
        this.deadlineBoard = new DeadlineBoard(engine, cases, calendar, settings.zone(), clock, taskViews);
        this.timelines = new Timelines(engine, cases, channel, caseWork, recordWork, deadlineBoard);
        this.ruleEvaluation = new RuleEvaluation(new Evaluator(profiles, calendar));
        this.runtimeStatus = new RuntimeStatus(settings, channel, restUrl, steps, clock);
        this.publicTree = new PublicTree(session, settings.casesPath(), errors);
        this.annualReports = new AnnualReports(session, settings.casesPath(), profiles, calendar, settings.zone());
        this.annualReportStarts = new AnnualReportStarts(engine, profiles, calendar, taskViews, errors, steps);
    }

    @Override
    public CaseView createCase(Requests.NewCase request) {
        return caseWork.create(request);
    }

    @Override
    public CaseView getCase(String caseId) {
        return caseWork.get(caseId);
    }

    @Override
    public CaseView updateCase(String caseId, Requests.CaseUpdate request) {
        return caseWork.update(caseId, request);
    }

    @Override
    public List<CaseView> cases() {
        return caseWork.all();
    }

    @Override
    public Listing<CaseView> cases(Requests.Page page) {
        return caseWork.page(page);
    }

    @Override
    public RecordView addRecord(String caseId, Requests.NewRecord request, InputStream content) {
        return recordWork.add(caseId, request, content);
    }

    @Override
    public List<RecordView> records(String caseId) {
        return recordWork.list(caseId);
    }

    @Override
    public boolean sealed(String caseId) {
        return recordWork.sealed(caseId);
    }

    @Override
    public RecordContent recordContent(String caseId, String recordId) {
        return recordWork.content(caseId, recordId);
    }

    @Override
    public RecordContent recordCopy(String caseId, String recordId) {
        return recordWork.content(caseId, recordId);
    }

    @Override
    public ProcessView startProcess(String processKey, Requests.StartProcess request) {
        return processWork.start(processKey, request);
    }

    @Override
    public ProcessView disclosureEvent(String processInstanceId, Requests.DisclosureEvent request) {
        return processWork.disclosureEvent(processInstanceId, request);
    }

    @Override
    public List<TaskView> tasks(Requests.TaskQuery query) {
        return taskWork.find(query);
    }

    @Override
    public Listing<TaskView> tasks(Requests.TaskQuery query, Requests.Page page) {
        return taskWork.find(query, page);
    }

    @Override
    public TaskDetail task(String taskId) {
        return taskWork.detail(taskId);
    }

    @Override
    public TaskView claimTask(String taskId, String user) {
        return taskWork.claim(taskId, user);
    }

    @Override
    public CompletedTask completeTask(String taskId, Requests.CompleteTask request) {
        return taskWork.complete(taskId, request);
    }

    @Override
    public Timeline timeline(String caseId) {
        return timelines.timeline(caseId);
    }

    @Override
    public List<DeadlineView> deadlines(Requests.DeadlineQuery query) {
        return deadlineBoard.deadlines(query);
    }

    @Override
    public Listing<DeadlineView> deadlines(Requests.DeadlineQuery query, Requests.Page page) {
        return deadlineBoard.deadlines(query, page);
    }

    @Override
    public String evaluate(String jsonLines) {
        return ruleEvaluation.evaluate(jsonLines);
    }

    @Override
    public List<PendingPublicationView> pendingPublications() {
        return runtimeStatus.pendingPublications();
    }

    @Override
    public List<PublicRecordView> publicRecords() {
        return publicTree.records();
    }

    @Override
    public Health health() {
        return runtimeStatus.health();
    }

    @Override
    public AnnualReportView annualReport(int year, String profile, String language) {
        return annualReports.report(year, profile, language);
    }

    @Override
    public Views.Listing<String> annualReportDrillDown(int year, String profile, String figureCode, Requests.Page page) {
        return annualReports.drillDown(year, profile, figureCode, page);
    }

    @Override
    public AnnualReportFile annualReportFile(int year, String profile, String language, String format) {
        return annualReports.file(year, profile, language, format);
    }

    @Override
    public ProcessView startAnnualReport(int year, String profile, String user) {
        return annualReportStarts.start(year, profile, user);
    }
}
