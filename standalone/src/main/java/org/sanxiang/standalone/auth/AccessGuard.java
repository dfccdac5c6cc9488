package org.sanxiang.standalone.auth;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.history.HistoricProcessInstance;
import org.activiti.engine.history.HistoricTaskInstance;
import org.activiti.engine.task.Task;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.audit.AuditEvent;
import org.sanxiang.repo.audit.RecordReadAudit;
import org.sanxiang.repo.guard.RecordGuard;
import org.sanxiang.repo.step.Steps;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.duty.Duty;
import org.sanxiang.rules.duty.SeparationOfDuties;
import org.sanxiang.standalone.runtime.CallerSessions;
import org.sanxiang.standalone.runtime.JdbcAccessGrants;
import org.sanxiang.standalone.runtime.ModelFields;
import org.sanxiang.standalone.runtime.OperationReads;
import org.sanxiang.standalone.runtime.Requests;
import org.sanxiang.standalone.runtime.SanxiangService;
import org.sanxiang.standalone.runtime.ServiceException;
import org.sanxiang.standalone.runtime.Views;
import org.sanxiang.standalone.seal.SealedCaseCorrections;
import org.sanxiang.workflow.report.AnnualReportProcess;
import org.sanxiang.workflow.engine.SxProcessDefinitions;
import org.sanxiang.workflow.task.TaskCandidates;
import org.sanxiang.workflow.task.TaskDuties;

/**
 * Who may do what, checked before the service does it: {@link #as(Principal)} is the
 * {@link SanxiangService} of one authenticated user. A refusal is a {@link ServiceException} (403 naming
 * the group or the article required, 409 for a sealed case) thrown before anything changed.
 *
 * <ul>
 * <li>Tasks are claimed and completed by their candidate users and groups, processes started by their
 * starter groups: both read from the deployed BPMN ({@link TaskCandidates}); the separations of duty
 * of {@link SeparationOfDuties} apply on top, against what the user did before in the case.</li>
 * <li>The acting user is the principal: a request naming another user is refused.</li>
 * <li>A sealed case (its records sealed into its chain: {@code sx:caseSealedAt} on the folder; or archived) refuses change, deletion and new content:
 * the originals must not be altered (fushun-2026 全过程记录细则 第二十四条; wuhan-2020 全过程记录 第二十八条;
 * chongqing-2024 全过程记录 第十四条), except through the audited correction.</li>
 * <li>States move only through the processes: no client sets sx:caseState, and no client writes a
 * disclosure record, which only sxDisclosure publishes after review (chongqing-2024 公示 第六条).</li>
 * <li>A party's identity number and address and third-party information are shown to the unit, the legal
 * office, the leaders and the archivists; to others the party's only through a granted, unexpired access
 * request, third parties never (wuhan-2020 全过程记录 第二十九条; chongqing-2024 全过程记录 第十一条,
 * 第十五条第四款). Every read of such a record is audited.</li>
 * </ul>
 */
public final class AccessGuard {

    static final String CASE_STATE = SanxiangModel.PROP_CASE_STATE.toPrefixString();
    static final String INITIAL_STATE = "open";
    static final String DISCLOSURE_RECORD = SanxiangModel.TYPE_DISCLOSURE_RECORD.toPrefixString();
    static final String DISCLOSURE_STATE = SanxiangModel.PROP_DISCLOSURE_STATE.toPrefixString();
    static final String CASE_FOLDER = SanxiangModel.TYPE_CASE_FOLDER.toPrefixString();
    /** Shown to {@link SxGroups#PERSONAL_DATA_READERS}, to others through a grant. */
    static final Set<String> PARTY_DATA = Set.of(SanxiangModel.PROP_PARTY_ID_NUMBER.toPrefixString(),
            SanxiangModel.PROP_PARTY_ADDRESS.toPrefixString());
    /** Shown to {@link SxGroups#PERSONAL_DATA_READERS} only. */
    static final Set<String> THIRD_PARTY_DATA = Set.of(SanxiangModel.PROP_THIRD_PARTY_NAMES.toPrefixString(),
            SanxiangModel.PROP_THIRD_PARTY_NOTE.toPrefixString(), SanxiangModel.PROP_THIRD_PARTY_KINDS.toPrefixString());

    static final List<Citation> SEALED = List.of(Citation.of("fushun-2026", "全过程记录细则 第二十四条"),
            Citation.of("wuhan-2020", "全过程记录 第二十八条"), RecordGuard.SEAL.get(0));
    /** A copy is registered apart from the reading and needs its own approval. */
    static final List<Citation> COPIES = List.of(Citation.of("wuhan-2020", "全过程记录 第二十七条第三款"),
            Citation.of("fushun-2026", "第二十六条"));
    static final Citation REVIEWED_BEFORE_RELEASE = Citation.of("chongqing-2024", "公示 第六条");
    static final List<Citation> PERSONAL = List.of(Citation.of("wuhan-2020", "全过程记录 第二十九条"),
            Citation.of("chongqing-2024", "全过程记录 第十一条, 第十五条第四款"));

    private final SanxiangService service;
    private final ProcessEngine engine;
    private final OperationReads reads;
    private final JdbcAccessGrants grants;
    private final JdbcAuditTrail audit;
    private final Clock clock;
    private final SealedCaseCorrections corrections;
    private final ModelFields model;
    private final Steps caseSteps;

    /**
     * @param reads what an operation read of the engine (its task, the task's case), shared with the work behind the checks
     * @param steps the runtime's steps: a completion's checks and the completion itself hold the task's case,
     *        so the losers of parallel completions are checked against the winner's result (null: no holding)
     */
    public AccessGuard(SanxiangService service, ProcessEngine engine, OperationReads reads, JdbcAccessGrants grants, JdbcAuditTrail audit,
            SealedCaseCorrections corrections, java.time.ZoneId zone, Clock clock, Steps steps) {
        this.caseSteps = steps;
        this.corrections = Objects.requireNonNull(corrections, "corrections");
        this.model = ModelFields.content(zone);
        this.service = Objects.requireNonNull(service, "service");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.reads = Objects.requireNonNull(reads, "reads");
        this.grants = Objects.requireNonNull(grants, "grants");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The service as {@code principal} may use it. */
    public SanxiangService as(Principal principal) {
        return steps.apply(new Guarded(Objects.requireNonNull(principal, "principal")));
    }

    /** How each guarded operation runs: as one repository step, checks included (the runtime sets it). */
    private volatile java.util.function.UnaryOperator<SanxiangService> steps = java.util.function.UnaryOperator.identity();

    /** Runs each operation of {@link #as} through {@code steps}, so that its checks and its work share one step's reads. */
    public AccessGuard inSteps(java.util.function.UnaryOperator<SanxiangService> steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
        return this;
    }

    /** Connected mode: each caller's own repository session (null in the sandbox, where the runtime acts alone). */
    private volatile CallerSessions callers;

    /** Connected mode: callers act in the repository through their own sessions (docs/architecture.md, "Who acts in the repository"). */
    public AccessGuard withCallers(CallerSessions callers) {
        this.callers = callers;
        return this;
    }

    /**
     * The repository session of a caller whose credentials the authenticator accepted: null in the sandbox,
     * whose repository has the runtime as its one writer. A repository that refuses the session is a 403.
     */
    public CallerSessions.Caller caller(String user, String password) {
        CallerSessions sessions = callers;
        if (sessions == null) {
            return null;
        }
        try {
            return sessions.open(user, password);
        } catch (org.apache.chemistry.opencmis.commons.exceptions.CmisUnauthorizedException
                | org.apache.chemistry.opencmis.commons.exceptions.CmisPermissionDeniedException e) {
            throw ServiceException.forbidden("user", "the repository refuses a session to " + user);
        }
    }

    /** Runs {@code work} in the repository as {@code caller} (null: as the runtime, the sandbox's case). */
    public static <T, E extends Exception> T acting(CallerSessions.Caller caller, CallerSessions.Work<T, E> work) throws E {
        return CallerSessions.as(caller, work);
    }

    /** The audit of reads of a case and its records, for the leaders, the legal office and the archivists. */
    public List<JdbcAuditTrail.Entry> reads(Principal principal, String caseId) {
        requireGroup(principal, SxGroups.AUDIT_READERS, "read the audit of reads");
        List<String> nodes = new ArrayList<>();
        nodes.add(caseId);
        service.records(caseId).forEach(r -> nodes.add(r.id()));
        return audit.about(nodes);
    }

    /**
     * The audited correction of a sealed case: a correction record (who, when, why, before and after) is sealed
     * as the next link of the case's chain, then the folder's properties change. For the unit, the legal office
     * and the archivists; the state and the case's identity never change this way.
     */
    public SealedCaseCorrections.Correction correct(Principal principal, String caseId, Map<String, Object> properties,
            String reason) {
        requireGroup(principal, SxGroups.CORRECTORS, "correct a sealed case");
        if (reason == null || reason.isBlank()) {
            throw ServiceException.badRequest("reason", "a correction says why (it is kept in the chain)");
        }
        if (properties == null || properties.isEmpty()) {
            throw ServiceException.badRequest("properties", "give at least one property to correct");
        }
        for (String fixed : List.of(CASE_STATE, SanxiangModel.PROP_CASE_SEALED_AT.toPrefixString(),
                SanxiangModel.PROP_CASE_NUMBER.toPrefixString(), SanxiangModel.PROP_JURISDICTION_PROFILE.toPrefixString())) {
            if (properties.containsKey(fixed)) {
                throw ServiceException.forbidden("properties." + fixed, "a correction does not change the case's state or identity");
            }
        }
        Map<String, Object> converted = model.convert(model.fields(CASE_FOLDER), properties, "properties.");
        if (!sealed(caseId)) {
            throw ServiceException.conflict("caseId", "case " + caseId + " is not sealed: change it with PATCH /api/cases/" + caseId);
        }
        try {
            return corrections.correct(caseId, converted, principal.name(), reason.strip());
        } catch (IllegalStateException e) {
            throw ServiceException.conflict("caseId", e.getMessage());
        }
    }

    /** Health and where things are: for anyone, without credentials. */
    public Views.Health health() {
        return service.health();
    }

    /** Whether the case is sealed: its records sealed into its chain ({@code sx:caseSealedAt}), or the case archived. */
    public boolean sealed(String caseId) {
        return service.sealed(caseId);
    }

    /**
     * Whether {@code principal} may start {@code processKey}: its starter users and groups in the deployed BPMN,
     * as {@link #as}'s start checks them (the separations of duty are checked at the start itself).
     */
    public boolean mayStart(Principal principal, String processKey) {
        return SxProcessDefinitions.PROCESS_KEYS.contains(processKey)
                && starters(processKey).admits(principal.name(), principal.groups());
    }

    private TaskCandidates.Candidates starters(String processKey) {
        return TaskCandidates.ofStart(engine, reads.latestDefinition(processKey).getId());
    }

    /**
     * What completing {@code taskId} checks for {@code principal}, without completing it: another's claim, an
     * unclaimed task's candidate users and groups, the separations of duty against what the user did before in
     * the case. Throws the refusal {@link #as}'s completion throws; nothing when the task is not open (the service
     * says what became of it).
     */
    public void checkMayComplete(Principal principal, String taskId) {
        Task task = reads.task(taskId);
        if (task == null) {
            return;
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(principal.name())) {
            throw ServiceException.conflict("user", "task " + taskId + " is assigned to " + task.getAssignee());
        }
        String processKey = processKey(task.getProcessDefinitionId());
        if (task.getAssignee() == null) {
            try {
                requireCandidate(principal, task, processKey);
            } catch (org.activiti.engine.ActivitiObjectNotFoundException completedMeanwhile) {
                return; // a parallel completion won: the service says what became of the task
            }
        }
        separate(TaskDuties.of(processKey, task.getTaskDefinitionKey()), principal,
                done(reads.caseOf(task.getProcessInstanceId()), task.getProcessInstanceId()));
    }

    /** An unassigned task is claimed and completed only by its candidate users and groups. */
    private void requireCandidate(Principal p, Task task, String processKey) {
        TaskCandidates.Candidates candidates = candidatesOf(task.getId());
        if (!candidates.admits(p.name(), p.groups())) {
            throw ServiceException.forbidden("taskId", p.name() + " may not claim or complete task "
                    + task.getTaskDefinitionKey() + " of " + processKey + ": it is for the groups "
                    + new java.util.TreeSet<>(candidates.groups())
                    + (candidates.users().isEmpty() ? "" : " and the users " + candidates.users()) + "; "
                    + p.name() + " is in " + p.sortedGroups());
        }
    }

    /**
     * The candidate users and groups of an open task; {@link org.activiti.engine.ActivitiObjectNotFoundException} when
     * it is no longer open (the task the operation read was completed meanwhile). As {@link TaskCandidates#ofTask},
     * without the engine's failure (and its error log) on a task that is gone.
     */
    private TaskCandidates.Candidates candidatesOf(String taskId) {
        List<org.activiti.engine.impl.persistence.entity.IdentityLinkEntity> links = engine.getManagementService()
                .executeCommand(context -> context.getTaskEntityManager().findTaskById(taskId) == null ? null
                        : context.getIdentityLinkEntityManager().findIdentityLinksByTaskId(taskId));
        if (links == null) {
            throw new org.activiti.engine.ActivitiObjectNotFoundException("task " + taskId + " is no longer open", Task.class);
        }
        Set<String> users = new java.util.LinkedHashSet<>();
        Set<String> groups = new java.util.LinkedHashSet<>();
        for (org.activiti.engine.task.IdentityLink link : links) {
            if (org.activiti.engine.task.IdentityLinkType.CANDIDATE.equals(link.getType())) {
                if (link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                }
                if (link.getUserId() != null) {
                    users.add(link.getUserId());
                }
            }
        }
        return new TaskCandidates.Candidates(users, groups);
    }

    static void requireGroup(Principal p, Set<String> groups, String what) {
        if (!p.inAny(groups)) {
            throw ServiceException.forbidden(null, p.name() + " may not " + what + ": it needs one of the groups "
                    + new java.util.TreeSet<>(groups) + "; " + p.name() + " is in " + p.sortedGroups());
        }
    }

    static String cited(List<Citation> citations) {
        return String.join("; ", citations.stream().map(Citation::toString).toList());
    }

    // ---- duties done before, from the engine's history

    private record Done(Map<Duty, Set<String>> inCase, Map<Duty, Set<String>> inProcess) {
    }

    private Done done(String caseId, String processInstanceId) {
        Map<Duty, Set<String>> inCase = new HashMap<>();
        Map<Duty, Set<String>> inProcess = new HashMap<>();
        if (caseId == null && processInstanceId == null) {
            return new Done(inCase, inProcess);
        }
        // a process of no case (the annual report): the duties done in it alone; a case's processes by their
        // business key (indexed), never by matching a variable, which scans every process's variables. Two
        // statements however many processes the case has: the starts, and the finished tasks of all of them
        var history = engine.getHistoryService();
        List<HistoricProcessInstance> processes = caseId == null
                ? history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).list()
                : history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId).list();
        for (HistoricProcessInstance p : processes) {
            boolean same = p.getId().equals(processInstanceId);
            add(TaskDuties.ofStart(processKey(p.getProcessDefinitionId())), p.getStartUserId(), inCase,
                    same ? inProcess : null);
        }
        if (processes.isEmpty()) {
            return new Done(inCase, inProcess);
        }
        List<HistoricTaskInstance> finished = caseId == null
                ? history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).finished().list()
                : history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseId).finished().list();
        for (HistoricTaskInstance t : finished) {
            boolean same = t.getProcessInstanceId().equals(processInstanceId);
            add(TaskDuties.of(processKey(t.getProcessDefinitionId()), t.getTaskDefinitionKey()), t.getAssignee(), inCase,
                    same ? inProcess : null);
        }
        return new Done(inCase, inProcess);
    }

    private static void add(Duty duty, String user, Map<Duty, Set<String>> inCase, Map<Duty, Set<String>> inProcess) {
        if (duty == null || user == null) {
            return;
        }
        inCase.computeIfAbsent(duty, d -> new HashSet<>()).add(user);
        if (inProcess != null) {
            inProcess.computeIfAbsent(duty, d -> new HashSet<>()).add(user);
        }
    }

    private static void separate(Duty duty, Principal p, Done done) {
        SeparationOfDuties.check(duty, p.name(), done.inCase(), done.inProcess()).ifPresent(conflict -> {
            throw ServiceException.forbidden("user", conflict.message());
        });
    }

    static String processKey(String processDefinitionId) {
        int colon = processDefinitionId.indexOf(':');
        return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
    }

    /** The service as one user may use it. */
    private final class Guarded implements SanxiangService {

        private final Principal p;

        Guarded(Principal p) {
            this.p = p;
        }

        /** The acting user: the principal; a request naming someone else is refused. */
        private String acting(String named) {
            if (named != null && !named.isBlank() && !named.equals(p.name())) {
                throw ServiceException.forbidden("user", "the acting user is the authenticated user " + p.name()
                        + ", not " + named + ": leave \"user\" out");
            }
            return p.name();
        }

        @Override
        public Views.CaseView createCase(Requests.NewCase request) {
            requireGroup(p, SxGroups.CASE_WRITERS, "create a case");
            Object state = request == null ? null : request.properties().get(CASE_STATE);
            if (state != null && !INITIAL_STATE.equals(state)) {
                throw ServiceException.forbidden("properties." + CASE_STATE, "a case starts " + INITIAL_STATE
                        + "; its state moves only through the processes (archived by sxCaseRecord's archiving)");
            }
            return shown(service.createCase(request));
        }

        @Override
        public Views.CaseView getCase(String caseId) {
            return shown(service.getCase(caseId));
        }

        @Override
        public Views.CaseView updateCase(String caseId, Requests.CaseUpdate request) {
            String user = acting(request == null ? null : request.user());
            requireGroup(p, SxGroups.CASE_WRITERS, "change a case");
            if (request != null && request.properties().containsKey(CASE_STATE)) {
                throw ServiceException.forbidden("properties." + CASE_STATE, "the case's state moves only through the"
                        + " processes, never by a client");
            }
            refuseSealed(caseId, "its properties cannot change");
            return shown(service.updateCase(caseId, new Requests.CaseUpdate(request.properties(), user)));
        }

        @Override
        public List<Views.CaseView> cases() {
            return service.cases().stream().map(this::shown).toList();
        }

        @Override
        public Views.Listing<Views.CaseView> cases(Requests.Page page) {
            Views.Listing<Views.CaseView> listing = service.cases(page);
            return new Views.Listing<>(listing.items().stream().map(this::shown).toList(), listing.totalNumItems(),
                    listing.hasMoreItems());
        }

        @Override
        public Views.RecordView addRecord(String caseId, Requests.NewRecord request, InputStream content) {
            requireGroup(p, SxGroups.RECORD_WRITERS, "add records to a case");
            if (request != null && (DISCLOSURE_RECORD.equals(request.type()) || request.properties().containsKey(DISCLOSURE_STATE))) {
                throw ServiceException.forbidden("type", "disclosure records are written by the disclosure process alone,"
                        + " after review and approval: 未经审核不得发布 (" + REVIEWED_BEFORE_RELEASE + ")");
            }
            refuseSealed(caseId, "no record can be added");
            return service.addRecord(caseId, request, content);
        }

        @Override
        public List<Views.RecordView> records(String caseId) {
            return shownRecords(caseId, service.records(caseId));
        }

        @Override
        public boolean sealed(String caseId) {
            return service.sealed(caseId);
        }

        @Override
        public Views.ProcessView startProcess(String processKey, Requests.StartProcess request) {
            String user = acting(request == null ? null : request.user());
            if (request == null || !SxProcessDefinitions.PROCESS_KEYS.contains(processKey)) {
                return service.startProcess(processKey, request); // its own 400
            }
            TaskCandidates.Candidates starters = starters(processKey);
            if (!starters.admits(p.name(), p.groups())) {
                throw ServiceException.forbidden("processKey", p.name() + " may not start " + processKey + ": its BPMN"
                        + " admits the groups " + new java.util.TreeSet<>(starters.groups()) + "; " + p.name() + " is in "
                        + p.sortedGroups());
            }
            separate(TaskDuties.ofStart(processKey), p, done(request.caseId(), null));
            return service.startProcess(processKey, new Requests.StartProcess(request.caseId(), user, request.variables(),
                    request.trigger()));
        }

        @Override
        public Views.ProcessView startAnnualReport(int year, String profile, String user) {
            String acting = acting(user);
            String key = AnnualReportProcess.KEY;
            TaskCandidates.Candidates starters = starters(key);
            if (!starters.admits(p.name(), p.groups())) {
                throw ServiceException.forbidden("processKey", p.name() + " may not start " + key + ": its BPMN"
                        + " admits the groups " + new java.util.TreeSet<>(starters.groups()) + "; " + p.name() + " is in "
                        + p.sortedGroups());
            }
            return service.startAnnualReport(year, profile, acting);
        }

        @Override
        public Views.ProcessView disclosureEvent(String processInstanceId, Requests.DisclosureEvent request) {
            String user = acting(request == null ? null : request.user());
            TaskCandidates.Candidates starters = starters("sxDisclosure");
            if (!starters.admits(p.name(), p.groups())) {
                throw ServiceException.forbidden(null, p.name() + " may not report what happened to a decision: the groups "
                        + new java.util.TreeSet<>(starters.groups()) + " that start sxDisclosure do");
            }
            return service.disclosureEvent(processInstanceId, request == null ? null
                    : new Requests.DisclosureEvent(request.event(), request.on(), request.reason(), user));
        }

        @Override
        public List<Views.TaskView> tasks(Requests.TaskQuery query) {
            return service.tasks(query);
        }

        @Override
        public Views.Listing<Views.TaskView> tasks(Requests.TaskQuery query, Requests.Page page) {
            return service.tasks(query, page);
        }

        @Override
        public Views.TaskDetail task(String taskId) {
            return service.task(taskId);
        }

        @Override
        public Views.CompletedTask completeTask(String taskId, Requests.CompleteTask request) {
            String user = acting(request == null ? null : request.user());
            // exactly-once steps: the checks and the completion hold the task's case, read without the process's
            // variables (a parallel completion may be deleting them); the task and its case are read once for the
            // operation, the checks and the completion share them (the completion checks the task again in its
            // engine transaction)
            Task found = reads.task(taskId);
            String caseOf = found == null ? null : reads.caseOf(found.getProcessInstanceId());
            if (caseSteps == null || caseOf == null) {
                return checkedCompletion(taskId, request, user);
            }
            return caseSteps.onCase(caseOf, () -> checkedCompletion(taskId, request, user));
        }

        private Views.CompletedTask checkedCompletion(String taskId, Requests.CompleteTask request, String user) {
            if (request != null) {
                checkMayComplete(p, taskId);
            }
            return service.completeTask(taskId, request == null ? null
                    : new Requests.CompleteTask(user, request.outcome(), request.values()));
        }

        @Override
        public Views.TaskView claimTask(String taskId, String user) {
            String acting = acting(user);
            Task task = reads.task(taskId);
            if (task != null && task.getAssignee() == null) {
                try {
                    requireCandidate(p, task, processKey(task.getProcessDefinitionId()));
                } catch (org.activiti.engine.ActivitiObjectNotFoundException completedMeanwhile) {
                    // the service says what became of the task
                }
            }
            return service.claimTask(taskId, acting);
        }

        @Override
        public Views.RecordContent recordContent(String caseId, String recordId) {
            readable(caseId, recordId);
            return service.recordContent(caseId, recordId);
        }

        @Override
        public Views.RecordContent recordCopy(String caseId, String recordId) {
            Views.RecordView record = readable(caseId, recordId);
            Views.RecordContent content = service.recordCopy(caseId, recordId);
            // the case's own staff copy as they read; through a grant only one that allows copies, each counted
            if (!ownStaff() && !grants.takeCopy(caseId, p.name(), recordId, clock.instant())) {
                try {
                    content.stream().close();
                } catch (java.io.IOException e) {
                    // nothing was handed over; the refusal stands
                }
                throw ServiceException.forbidden("recordId", p.name() + " may read record " + recordId
                        + " but not take a copy of it: no running access grant of " + p.name() + " allows copies"
                        + " (" + String.join(" / ", COPIES.stream().map(Citation::toString).toList()) + ")");
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put("node", recordId);
            values.put("caseId", caseId);
            values.put("type", record.type());
            values.put("name", record.name());
            Object caseNumber = record.properties().get(SanxiangModel.PROP_RECORD_CASE_NUMBER.toPrefixString());
            values.put("caseNumber", caseNumber == null ? null : caseNumber.toString());
            audit.as(p.name()).record(AuditEvent.COPY, values);
            return content;
        }

        /** The record as records() shows it to this user (the staff, or a granted access listing it), else 403. */
        private Views.RecordView readable(String caseId, String recordId) {
            return shownRecords(caseId, service.records(caseId)).stream().filter(r -> r.id().equals(recordId)).findFirst()
                    .orElseThrow(() -> ServiceException.forbidden("recordId", p.name() + " may not read record " + recordId
                            + ": the case's records are for its staff, to others as far as a granted access request lists them"
                            + " (wuhan-2020 全过程记录 第二十九条)"));
        }

        // what the public tree shows: published, redacted, for anyone (a visitor of the console too)
        @Override
        public List<Views.PublicRecordView> publicRecords() {
            return service.publicRecords();
        }

        @Override
        public Views.Timeline timeline(String caseId) {
            Views.Timeline t = service.timeline(caseId);
            return new Views.Timeline(shown(t.caseFolder()), t.stages(), shownRecords(caseId, t.records()), t.deadlines(),
                    t.decisions(), t.disclosures(), t.chain());
        }

        @Override
        public List<Views.DeadlineView> deadlines(Requests.DeadlineQuery query) {
            return service.deadlines(query);
        }

        @Override
        public Views.Listing<Views.DeadlineView> deadlines(Requests.DeadlineQuery query, Requests.Page page) {
            return service.deadlines(query, page);
        }

        @Override
        public String evaluate(String jsonLines) {
            return service.evaluate(jsonLines);
        }

        @Override
        public List<Views.PendingPublicationView> pendingPublications() {
            return service.pendingPublications();
        }

        @Override
        public Views.Health health() {
            return service.health();
        }

        // the annual account is figures for publication (chongqing-2024 公示 第十四条): any authenticated user

        @Override
        public Views.AnnualReportView annualReport(int year, String profile, String language) {
            return service.annualReport(year, profile, language);
        }

        @Override
        public Views.Listing<String> annualReportDrillDown(int year, String profile, String figureCode, Requests.Page page) {
            return service.annualReportDrillDown(year, profile, figureCode, page);
        }

        @Override
        public Views.AnnualReportFile annualReportFile(int year, String profile, String language, String format) {
            return service.annualReportFile(year, profile, language, format);
        }

        // ---- the seal

        private void refuseSealed(String caseId, String what) {
            if (caseId != null && sealed(caseId)) {
                throw ServiceException.conflict("caseId", "case " + caseId + " is sealed: " + what + "; the records must"
                        + " not be altered (" + cited(SEALED) + "); a correction goes through POST /api/cases/" + caseId
                        + "/corrections, which adds a linked record to the chain");
            }
        }

        // ---- what the user may see

        private boolean staff() {
            return p.inAny(SxGroups.PERSONAL_DATA_READERS);
        }

        private Views.CaseView shown(Views.CaseView view) {
            if (view == null) {
                return null;
            }
            boolean party = staff() || !grants.activeRecords(view.id(), p.name(), clock.instant()).isEmpty();
            boolean third = staff();
            Map<String, Object> properties = new LinkedHashMap<>(view.properties());
            boolean hidden = false;
            boolean protectedShown = false;
            for (String name : view.properties().keySet()) {
                boolean partyData = PARTY_DATA.contains(name);
                boolean thirdData = THIRD_PARTY_DATA.contains(name);
                if ((partyData && !party) || (thirdData && !third)) {
                    properties.remove(name);
                    hidden = true;
                } else if (partyData || thirdData) {
                    protectedShown = true;
                }
            }
            if (protectedShown) {
                new RecordReadAudit(audit.as(p.name())).read(view.id(), CASE_FOLDER, view.title(), view.caseNumber());
            }
            return hidden ? new Views.CaseView(view.id(), view.caseNumber(), view.title(), view.profile(), view.state(),
                    properties, view.aspects(), view.processes()) : view;
        }

        /** The case's own staff: they see every record of it, others only through a grant. */
        private boolean ownStaff() {
            return staff() || p.in(SxGroups.DISCLOSURE);
        }

        private List<Views.RecordView> shownRecords(String caseId, List<Views.RecordView> records) {
            boolean staff = ownStaff();
            Set<String> granted = staff ? Set.of() : grants.activeRecords(caseId, p.name(), clock.instant());
            String caseNumber = null;
            List<Views.RecordView> shown = new ArrayList<>();
            RecordReadAudit reads = new RecordReadAudit(audit.as(p.name()));
            for (Views.RecordView r : records) {
                if (!staff && !granted.contains(r.id())) {
                    continue; // internal material: only through a grant (wuhan-2020 全过程记录 第二十九条)
                }
                Map<String, Object> properties = new LinkedHashMap<>(r.properties());
                if (!staff() ) {
                    properties.keySet().removeAll(THIRD_PARTY_DATA);
                }
                if (caseNumber == null) {
                    caseNumber = String.valueOf(r.properties().getOrDefault(SanxiangModel.PROP_RECORD_CASE_NUMBER.toPrefixString(), ""));
                }
                reads.read(r.id(), r.type(), r.name(), caseNumber);
                shown.add(properties.size() == r.properties().size() ? r : new Views.RecordView(r.id(), r.caseId(), r.type(),
                        r.name(), r.createdAt(), properties, r.aspects(), r.intake()));
            }
            return shown;
        }
    }
}
