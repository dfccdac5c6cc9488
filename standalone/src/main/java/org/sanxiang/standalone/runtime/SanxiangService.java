package org.sanxiang.standalone.runtime;

import java.io.InputStream;
import java.util.List;

import org.sanxiang.standalone.runtime.Views.AnnualReportFile;
import org.sanxiang.standalone.runtime.Views.AnnualReportView;
import org.sanxiang.standalone.runtime.Views.CaseView;
import org.sanxiang.standalone.runtime.Views.CompletedTask;
import org.sanxiang.standalone.runtime.Views.DeadlineView;
import org.sanxiang.standalone.runtime.Views.Health;
import org.sanxiang.standalone.runtime.Views.PendingPublicationView;
import org.sanxiang.standalone.runtime.Views.ProcessView;
import org.sanxiang.standalone.runtime.Views.PublicRecordView;
import org.sanxiang.standalone.runtime.Views.RecordContent;
import org.sanxiang.standalone.runtime.Views.RecordView;
import org.sanxiang.standalone.runtime.Views.TaskDetail;
import org.sanxiang.standalone.runtime.Views.TaskView;
import org.sanxiang.standalone.runtime.Views.Timeline;

/**
 * What the standalone runtime offers people and systems: the operations of the REST API
 * ({@code docs/rest-api.md}), in process. The REST layer is a thin adapter over this interface; the
 * demo and load test drive it directly. Values in and out are plain records ({@link Requests},
 * {@link Views}).
 *
 * <p>Every failure the caller can fix is a {@link ServiceException} with its {@link ServiceException.Kind}
 * (bad request, not found, conflict, too large) and the field at fault; such a failure changes nothing.
 * Ids are the repository's node ids (case folders, records) and the engine's ids (processes, tasks).
 */
public interface SanxiangService {

    /** Creates a case folder with its facts. */
    CaseView createCase(Requests.NewCase request);

    /** The case folder: facts, properties, aspects, its processes. */
    CaseView getCase(String caseId);

    /**
     * Sets properties of a case folder (the decision: sx:caseDecisionNumber, sx:caseDecisionDate, ...),
     * checked against the model; a null value removes one. The case number and profile cannot change.
     */
    CaseView updateCase(String caseId, Requests.CaseUpdate request);

    /** The first page ({@link Requests.Page#FIRST}) of the case folders under the cases root, newest last. */
    List<CaseView> cases();

    /** A page of the case folders under the cases root, oldest first, with the whole list's size. */
    Views.Listing<CaseView> cases(Requests.Page page);

    /**
     * Adds a record or evidence file to a case through the evidence intake (SHA-256, media type and
     * metadata read from the content). Reads at most {@code maxBytes}; a larger upload is
     * {@link ServiceException.Kind#TOO_LARGE} and stores nothing.
     */
    RecordView addRecord(String caseId, Requests.NewRecord request, InputStream content);

    /** The case's records in creation order (uploads and the documents the processes wrote). */
    List<RecordView> records(String caseId);

    /**
     * Whether the case is sealed: its folder carries {@code sx:caseSealedAt} (set as its records were sealed into its
     * chain), or the case is archived. Read from the folder alone.
     */
    boolean sealed(String caseId);

    /** A record's content (a document the processes wrote, or an upload), for reading once. */
    RecordContent recordContent(String caseId, String recordId);

    /**
     * A copy of a record's content, to keep (a download): the same bytes as {@link #recordContent}, but whoever
     * reads through an access grant needs one that allows copies, and each copy is counted on it and audited
     * (wuhan-2020 全过程记录 第二十七条第三款: 调阅人, 复制人 are registered).
     */
    default RecordContent recordCopy(String caseId, String recordId) {
        return recordContent(caseId, recordId);
    }

    /** Starts one of the five processes on a case with its start-form variables. */
    ProcessView startProcess(String processKey, Requests.StartProcess request);

    /**
     * Tells a published disclosure (an sxDisclosure instance waiting on its record) what happened to its
     * decision: {@code revoked} leads to the withdrawal task, {@code errorFound} or {@code correctionRequested}
     * to the correction task. A process not waiting on a published record is {@link ServiceException.Kind#CONFLICT}.
     */
    ProcessView disclosureEvent(String processInstanceId, Requests.DisclosureEvent request);

    /** Open tasks by assignee, candidate group and/or case (all given filters apply): the first page. */
    List<TaskView> tasks(Requests.TaskQuery query);

    /** A page of {@link #tasks(Requests.TaskQuery)}, with the whole list's size. */
    Views.Listing<TaskView> tasks(Requests.TaskQuery query, Requests.Page page);

    /** One open task with its form (the task type's fields, current values, outcome choices). */
    TaskDetail task(String taskId);

    /**
     * Claims an open task offered to groups for {@code user}; a task assigned to someone else is
     * {@link ServiceException.Kind#CONFLICT}. Claiming a task one holds already changes nothing.
     */
    TaskView claimTask(String taskId, String user);

    /**
     * Completes a task with its form values and outcome, in one engine transaction: claims it for
     * {@code user} when unassigned, sets the values on the task (as Alfresco does), completes.
     * A task completed already is {@link ServiceException.Kind#CONFLICT}.
     */
    CompletedTask completeTask(String taskId, Requests.CompleteTask request);

    /** A case's timeline: stages, records, deadlines, decisions, disclosure state, chain verification. */
    Timeline timeline(String caseId);

    /** The deadlines board across cases: open tasks with a due date, soonest first: the first page. */
    List<DeadlineView> deadlines(Requests.DeadlineQuery query);

    /** A page of {@link #deadlines(Requests.DeadlineQuery)}, with the whole list's size. */
    Views.Listing<DeadlineView> deadlines(Requests.DeadlineQuery query, Requests.Page page);

    /**
     * The rules on case facts, as {@code evaluate}: JSON Lines in (one case per line), JSON Lines
     * out in input order; a bad line gives {@code {"id":…,"error":…}} and the others go on.
     */
    String evaluate(String jsonLines);

    /** The disclosure outbox: requests accepted and not yet delivered to the CMIS repository. */
    List<PendingPublicationView> pendingPublications();

    /**
     * The disclosure records as a visitor reads the public tree (redacted), newest first, with their
     * corrections, and the records withdrawn or expired since.
     */
    List<PublicRecordView> publicRecords();

    /** Health and where things are. */
    Health health();

    /**
     * A bureau's figures of one year, computed from the repository (chongqing-2024 公示 第十四条;
     * tianjin-2019 实施方案 三（一）3（3））; {@code language} is {@code zh_CN} (default) or {@code en}.
     */
    AnnualReportView annualReport(int year, String profile, String language);

    /**
     * A page of the ids behind one figure of the annual account (cases, opinions or publications, as the
     * figure counts), with the figure as its total.
     */
    Views.Listing<String> annualReportDrillDown(int year, String profile, String figureCode, Requests.Page page);

    /** The annual account as {@code csv} or {@code xlsx}, for upward reporting. */
    AnnualReportFile annualReportFile(int year, String profile, String language, String format);

    /**
     * Starts {@code sxAnnualReport} for the profile's report on {@code year} (chongqing-2024 公示 第十四条;
     * tianjin-2019 实施方案 三（一）3（3））, by {@code user}; a second start for the same profile and year is a conflict.
     */
    ProcessView startAnnualReport(int year, String profile, String user);
}
