package org.sanxiang.standalone.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.Procedure;
import org.sanxiang.rules.profile.JurisdictionProfile;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.record.StageCatalogue;
import org.sanxiang.rules.record.StagePlan;
import org.sanxiang.standalone.runtime.Requests;
import org.sanxiang.standalone.runtime.SanxiangService;
import org.sanxiang.standalone.runtime.ServiceException;
import org.sanxiang.standalone.runtime.Views;
import org.sanxiang.workflow.WorkflowVariables;

/**
 * Runs demo cases through the three systems on a runtime, completing every task itself, one
 * progress line per step: the case folder and its file, the legal review (where the profile has one),
 * the decision's records, the disclosure with its publication (and the withdrawal or correction a case
 * asks for), the full-process record stage by stage to archiving and the seal, then an access request.
 * A failed step is named and ends that case's run; the other cases go on.
 */
public final class DemoRunner {

    /** One step of one case. */
    public record Step(String caseKey, String caseNumber, String name, boolean ok, String detail, Duration took) {
    }

    /** Everything the run did: its steps in order and each case's timeline at the end. */
    public record Outcome(List<Step> steps, Map<String, Views.Timeline> timelines) {
        public boolean ok() {
            return steps.stream().allMatch(Step::ok);
        }

        public List<Step> failures() {
            return steps.stream().filter(s -> !s.ok()).toList();
        }
    }

    /** How long a process may sit with no task open before the step gives up on it. */
    private static final Duration SETTLE = Duration.ofSeconds(20);
    private static final int MAX_TASKS_PER_PROCESS = 200;
    private static final int MAX_ATTEMPTS = 10;

    private final SanxiangService service;
    private final Function<String, SanxiangService> as;
    private final ProfileRegistry profiles;
    private final PrintStream progress;
    private final Clock clock;
    private final TaskAnswers answers;
    private boolean taskLines = true;
    private final List<Step> steps = new ArrayList<>();
    private int stepNumber;

    /**
     * @param service what the demo reads through (the runtime's own service)
     * @param as      the service as a sandbox user may use it: every change is made as the user who does it
     */
    public DemoRunner(SanxiangService service, Function<String, SanxiangService> as, ProfileRegistry profiles,
            PrintStream progress, Clock clock) {
        this.service = Objects.requireNonNull(service, "service");
        this.as = Objects.requireNonNull(as, "as");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.answers = new TaskAnswers(profiles);
    }

    /** Whether to print a line for every task completed (on by default), besides the step lines. */
    public DemoRunner taskLines(boolean on) {
        this.taskLines = on;
        return this;
    }

    /** Runs the cases in order; returns every step and every case's timeline. */
    public Outcome run(List<DemoCase> cases) {
        Map<String, Views.Timeline> timelines = new LinkedHashMap<>();
        for (DemoCase demoCase : cases) {
            String caseId = runCase(demoCase);
            if (caseId != null) {
                try {
                    timelines.put(demoCase.key(), service.timeline(caseId));
                } catch (RuntimeException e) {
                    record(demoCase, "timeline", false, describe(e), Duration.ZERO);
                }
            }
        }
        return new Outcome(List.copyOf(steps), timelines);
    }

    /** Runs one case; returns its case id (null when the folder could not be made). */
    private String runCase(DemoCase c) {
        JurisdictionProfile profile;
        try {
            profile = profiles.get(c.profile());
        } catch (RuntimeException e) {
            record(c, "case folder", false, "unknown jurisdiction profile '" + c.profile() + "': " + e.getMessage(), Duration.ZERO);
            return null;
        }
        String[] caseId = new String[1];
        if (!step(c, "case folder", () -> {
            Optional<Views.CaseView> existing = service.cases().stream()
                    .filter(v -> c.caseNumber().equals(v.caseNumber())).findFirst();
            if (existing.isPresent()) {
                caseId[0] = existing.get().id();
                return "loaded at start (" + existing.get().id() + "), " + service.records(caseId[0]).size() + " records";
            }
            Views.CaseView view = DemoDataset.createCase(as.apply(TaskAnswers.OFFICER), c);
            caseId[0] = view.id();
            int added = DemoDataset.addRecords(as.apply(TaskAnswers.OFFICER), view.id(), c.recordsAt("load")).size();
            return "created " + view.id() + " 「" + c.title() + "」 with " + added + " records";
        })) {
            return caseId[0];
        }
        String id = caseId[0];

        if (profile.covers(JurisdictionProfile.LEGAL_REVIEW) && c.legalReview() != null) {
            if (!step(c, "legal review 法制审核", () -> legalReview(c, id))) {
                return id;
            }
        } else {
            skip(c, "legal review 法制审核", c.profile() + " sets no legal review (" + profile.documentNumber() + ")");
        }
        if (!step(c, "decision 决定", () -> {
            // the decision's number and date on the case folder (the legal review's filing sets them too);
            // replayed today, like the processes' dates
            Map<String, Object> decision = new LinkedHashMap<>();
            decision.put(SanxiangModel.PROP_CASE_DECISION_NUMBER.toPrefixString(), c.decisionNumber());
            decision.put(SanxiangModel.PROP_CASE_DECISION_DATE.toPrefixString(), runDay().toString());
            as.apply(TaskAnswers.OFFICER).updateCase(id, new Requests.CaseUpdate(decision, null));
            int added = DemoDataset.addRecords(as.apply(TaskAnswers.OFFICER), id, c.recordsAt("decision")).size();
            return c.decisionNumber() + ", " + added + " records added (decision document, service, execution …)";
        })) {
            return id;
        }
        if (profile.covers(JurisdictionProfile.DISCLOSURE) && c.disclosure() != null) {
            String[] disclosure = new String[1];
            if (!step(c, "disclosure 公示", () -> {
                disclosure[0] = disclosure(c, id);
                return "published (" + disclosure[0] + ")";
            })) {
                return id;
            }
            DemoCase.AfterPublication after = c.disclosure().afterPublication();
            if (after != null && !step(c, after.action() + " 公示" + ("withdraw".equals(after.action()) ? "撤下" : "更正"),
                    () -> afterPublication(c, id, disclosure[0], after))) {
                return id;
            }
        } else {
            skip(c, "disclosure 公示", c.profile() + " sets no disclosure rules (" + profile.documentNumber() + ")");
        }
        StagePlan plan = StageCatalogue.stagesFor(profile, ActionCategory.fromCode(c.facts().get("action").asText()),
                Procedure.GENERAL);
        if (plan.covered() && !plan.stages().isEmpty()) {
            if (!step(c, "full-process record 全过程记录", () -> caseRecord(c, id, plan))) {
                return id;
            }
        } else {
            skip(c, "full-process record 全过程记录", c.profile() + " lists no record stages for "
                    + plan.action().code() + (plan.note() == null ? "" : " (" + plan.note() + ")"));
        }
        step(c, "access request 调阅", () -> access(c, id));
        return id;
    }

    // ---- the steps ---------------------------------------------------------------------------------

    private String legalReview(DemoCase c, String caseId) {
        Views.ProcessView process = as.apply(TaskAnswers.OFFICER).startProcess("sxLegalReview",
                new Requests.StartProcess(caseId, null, today(c.legalReview().start())));
        drive(c, caseId, process);
        Map<String, Object> decisions = decisions(caseId, process.id());
        Object major = decisions.get(WorkflowVariables.MAJOR);
        boolean expected = c.expect().path("major").asBoolean();
        if (!Boolean.valueOf(expected).equals(major)) {
            throw new IllegalStateException("the process classified the decision major=" + major + ", the rules say " + expected);
        }
        return "major=" + major + ", review required=" + decisions.get(WorkflowVariables.REVIEW_REQUIRED)
                + (decisions.containsKey(WorkflowVariables.OPINION_TYPE) ? ", opinion " + decisions.get(WorkflowVariables.OPINION_TYPE) : "");
    }

    private String disclosure(DemoCase c, String caseId) {
        Map<String, Object> start = today(c.disclosure().start());
        start.putIfAbsent(SanxiangWorkflowModel.PROP_DISCLOSURE_TRIGGER.toVariableName(), "decision");
        Views.ProcessView process = as.apply(TaskAnswers.OFFICER).startProcess("sxDisclosure",
                new Requests.StartProcess(caseId, null, start));
        drive(c, caseId, process, () -> "PUBLISHED".equals(disclosureOf(caseId, process.id()).state()));
        Views.DisclosureView view = disclosureOf(caseId, process.id());
        if (!"PUBLISHED".equals(view.state())) {
            throw new IllegalStateException("after approval the record is " + view.state() + ", not PUBLISHED");
        }
        return "process " + process.id() + ", publication " + view.publicationId();
    }

    private String afterPublication(DemoCase c, String caseId, String detail, DemoCase.AfterPublication after) {
        String processInstanceId = detail.substring("process ".length(), detail.indexOf(','));
        as.apply(TaskAnswers.OFFICER).disclosureEvent(processInstanceId, new Requests.DisclosureEvent(
                "withdraw".equals(after.action()) ? "revoked" : "errorFound", runDay(), after.reason(), null));
        String wanted = "withdraw".equals(after.action()) ? "WITHDRAWN" : "PUBLISHED";
        drive(c, caseId, new Views.ProcessView(processInstanceId, "sxDisclosure", caseId, false, List.of()),
                () -> "withdraw".equals(after.action()) && wanted.equals(disclosureOf(caseId, processInstanceId).state()));
        Views.DisclosureView view = disclosureOf(caseId, processInstanceId);
        if (!wanted.equals(view.state())) {
            throw new IllegalStateException("the record is " + view.state() + ", not " + wanted);
        }
        return view.state() + " (" + after.citation() + ")";
    }

    private String caseRecord(DemoCase c, String caseId, StagePlan plan) {
        Map<String, Object> start = new HashMap<>();
        start.put(SanxiangWorkflowModel.PROP_PROCEDURE.toVariableName(), "general");
        Object source = c.properties().get(SanxiangModel.PROP_CASE_SOURCE.toPrefixString());
        if (source != null) {
            start.put(SanxiangWorkflowModel.PROP_CASE_SOURCE.toVariableName(), source);
        }
        Views.ProcessView process = as.apply(TaskAnswers.OFFICER).startProcess("sxCaseRecord",
                new Requests.StartProcess(caseId, null, start));
        int tasks = drive(c, caseId, process);
        Views.Timeline timeline = service.timeline(caseId);
        Views.ChainView chain = timeline.chain();
        if (chain == null || !chain.sealed() || !Boolean.TRUE.equals(chain.intact())) {
            throw new IllegalStateException("after archiving the case's hash chain is "
                    + (chain == null ? "unknown" : (chain.sealed() ? "broken: " + chain.detail() : "not sealed")));
        }
        return plan.stages().size() + " stages, " + tasks + " tasks, archived and sealed, chain intact (" + chain.detail() + ")";
    }

    private String access(DemoCase c, String caseId) {
        Views.ProcessView process = as.apply(TaskAnswers.OFFICER).startProcess("sxAccess",
                new Requests.StartProcess(caseId, null, c.access().start()));
        drive(c, caseId, process);
        Map<String, Object> decisions = decisions(caseId, process.id());
        return "decision " + decisions.getOrDefault(WorkflowVariables.ACCESS_DECISION, decisions) + " (" + c.access().citation() + ")";
    }

    /**
     * The start form with its dates moved to the day of the run. The cases' own history lies in the past;
     * replayed with those dates every deadline would be overdue at once, and the engine's reminder and
     * escalation timers would fire while the demo completes the very tasks they watch. Replayed today,
     * the deadlines lie ahead, as for a case handled today.
     */
    private Map<String, Object> today(Map<String, Object> start) {
        Map<String, Object> moved = new HashMap<>(start);
        for (String date : List.of(SanxiangWorkflowModel.PROP_INVESTIGATION_ENDED_AT.toVariableName(),
                SanxiangWorkflowModel.PROP_DISCLOSURE_DECISION_DATE.toVariableName())) {
            moved.computeIfPresent(date, (k, v) -> runDay().toString());
        }
        return moved;
    }

    private java.time.LocalDate runDay() {
        return clock.instant().atZone(TaskAnswers.ZONE).toLocalDate();
    }

    // ---- driving a process --------------------------------------------------------------------------

    /** Completes the process's open tasks until it ends; returns the tasks done. */
    private int drive(DemoCase c, String caseId, Views.ProcessView process) {
        return drive(c, caseId, process, () -> false);
    }

    /**
     * Completes the process's open tasks until it ends or, with no task open, {@code reached} holds (a
     * published record waits on messages and timers, not on people); returns the tasks done.
     */
    private int drive(DemoCase c, String caseId, Views.ProcessView process, java.util.function.BooleanSupplier reached) {
        int done = 0;
        Instant quietSince = null;
        while (true) {
            List<Views.TaskView> open = service.tasks(new Requests.TaskQuery(null, null, caseId)).stream()
                    .filter(t -> process.id().equals(t.processInstanceId())).toList();
            if (open.isEmpty()) {
                if (ended(caseId, process.id()) || reached.getAsBoolean()) {
                    return done;
                }
                Instant now = Instant.now();
                if (quietSince == null) {
                    quietSince = now;
                } else if (Duration.between(quietSince, now).compareTo(SETTLE) > 0) {
                    throw new IllegalStateException(process.processKey() + " " + process.id() + " waits with no task open"
                            + " and has not reached what the step expects after " + SETTLE.toSeconds() + " s");
                }
                sleep();
                continue;
            }
            quietSince = null;
            if (done >= MAX_TASKS_PER_PROCESS) {
                throw new IllegalStateException(process.processKey() + " still has tasks after " + done + " completions");
            }
            Views.TaskView task = open.get(0);
            Views.TaskDetail detail = service.task(task.id());
            String stageCode = formValue(detail, SanxiangWorkflowModel.PROP_STAGE_CODE.toVariableName());
            boolean stageRecords = stageCode != null && service.records(caseId).stream()
                    .anyMatch(r -> stageCode.equals(r.properties().get(SanxiangModel.PROP_STAGE.toPrefixString())));
            TaskAnswers.Answer answer = answers.answer(detail, c, stageRecords, clock.instant());
            String by = complete(task, stageCode, answer);
            done++;
            if (taskLines) {
                progress.printf("        %s %s%s → %s (%s)%n", task.processKey(), task.key(),
                    stageCode == null ? "" : " [" + stageCode + "]", answer.outcome(), by);
            }
        }
    }

    /**
     * Completes a task as a sandbox user in its candidate groups, the answer's user first; returns who did.
     * A user a separation of duty bars leaves it to the next. When the engine's own jobs (timers, reminders)
     * changed the process in the same moment, the runtime answers CONFLICT "try again", and the demo does,
     * as a person clicking again would.
     */
    private String complete(Views.TaskView task, String stageCode, TaskAnswers.Answer answer) {
        List<String> users = DemoActors.candidates(task.candidateGroups(), answer.user());
        int next = 0;
        for (int attempt = 1; ; attempt++) {
            String user = users.get(next);
            try {
                as.apply(user).completeTask(task.id(), new Requests.CompleteTask(null, answer.outcome(), answer.values()));
                return user;
            } catch (ServiceException e) {
                if (DemoActors.separated(e) && next + 1 < users.size()) {
                    next++;
                    continue;
                }
                boolean retry = e.kind() == ServiceException.Kind.CONFLICT && e.getMessage().contains("try again")
                        && attempt < MAX_ATTEMPTS;
                if (!retry) {
                    throw new IllegalStateException("task " + task.key() + (stageCode == null ? "" : " (stage " + stageCode + ")")
                            + " → " + answer.outcome() + " refused: " + e.getMessage(), e);
                }
                sleep();
            }
        }
    }

    private boolean ended(String caseId, String processInstanceId) {
        return service.getCase(caseId).processes().stream()
                .anyMatch(p -> p.id().equals(processInstanceId) && p.endedAt() != null);
    }

    private Map<String, Object> decisions(String caseId, String processInstanceId) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (Views.Decision d : service.timeline(caseId).decisions()) {
            if (processInstanceId.equals(d.processInstanceId())) {
                result.put(d.name(), d.value());
            }
        }
        return result;
    }

    private Views.DisclosureView disclosureOf(String caseId, String processInstanceId) {
        return service.timeline(caseId).disclosures().stream()
                .filter(d -> processInstanceId.equals(d.processInstanceId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the timeline shows no disclosure of process " + processInstanceId));
    }

    private static String formValue(Views.TaskDetail detail, String name) {
        return detail.form().stream().filter(f -> f.name().equals(name) && f.value() != null)
                .map(f -> f.value().toString()).findFirst().orElse(null);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    // ---- bookkeeping --------------------------------------------------------------------------------

    private boolean step(DemoCase c, String name, Supplier<String> body) {
        Instant started = Instant.now();
        progress.printf("[%2d] %-14s %s  %s …%n", stepNumber + 1, c.profile(), c.caseNumber(), name);
        try {
            String detail = body.get();
            record(c, name, true, detail, Duration.between(started, Instant.now()));
            return true;
        } catch (RuntimeException e) {
            record(c, name, false, describe(e), Duration.between(started, Instant.now()));
            return false;
        }
    }

    private void skip(DemoCase c, String name, String why) {
        progress.printf("[%2d] %-14s %s  %s …%n", stepNumber + 1, c.profile(), c.caseNumber(), name);
        record(c, name, true, "not applicable: " + why, Duration.ZERO);
    }

    private void record(DemoCase c, String name, boolean ok, String detail, Duration took) {
        stepNumber++;
        steps.add(new Step(c.key(), c.caseNumber(), name, ok, detail, took));
        progress.printf("     %s %s (%d ms)%n", ok ? "ok  " : "FAIL", detail, took.toMillis());
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof ServiceException s) {
            return s.kind() + (s.field() == null ? "" : " (" + s.field() + ")") + ": " + message;
        }
        return message;
    }
}
