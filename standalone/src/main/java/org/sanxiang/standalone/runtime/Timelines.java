package org.sanxiang.standalone.runtime;

import static org.sanxiang.standalone.runtime.EngineValues.instant;
import static org.sanxiang.standalone.runtime.EngineValues.plain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.history.HistoricActivityInstance;
import org.activiti.engine.history.HistoricTaskInstance;
import org.activiti.engine.history.HistoricVariableInstance;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.repo.cmis.CmisDisclosureChannel;
import org.sanxiang.repo.cmis.PendingRequest;
import org.sanxiang.rules.chain.VerificationResult;
import org.sanxiang.standalone.runtime.Views.CaseView;
import org.sanxiang.standalone.runtime.Views.ChainView;
import org.sanxiang.standalone.runtime.Views.Decision;
import org.sanxiang.standalone.runtime.Views.DisclosureView;
import org.sanxiang.standalone.runtime.Views.ProcessSummary;
import org.sanxiang.standalone.runtime.Views.RecordView;
import org.sanxiang.standalone.runtime.Views.Stage;
import org.sanxiang.standalone.runtime.Views.Timeline;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.record.CaseSeal;

/**
 * A case's timeline: the stages of its processes from the engine's history, the decisions they recorded,
 * the state of each disclosure, its records and deadlines, and the verification of its hash chain.
 */
final class Timelines {

    /** Process variables that record a decision, shown on the timeline (besides every task outcome). */
    private static final Set<String> DECISIONS = Set.of(WorkflowVariables.MAJOR, WorkflowVariables.REVIEW_REQUIRED, WorkflowVariables.OPINION_TYPE,
            WorkflowVariables.REVIEW_ROUTE, WorkflowVariables.DECISION_BLOCKED, WorkflowVariables.LEGALITY_PROBLEM,
            SanxiangWorkflowModel.PROP_DECISION_DOCUMENT_NUMBER.toVariableName(),
            WorkflowVariables.ACCESS_DECISION, WorkflowVariables.ACCESS_REFUSAL, WorkflowVariables.ACCESS_WITHHELD_KINDS, WorkflowVariables.ACCESS_GRANT_ID,
            WorkflowVariables.DISCLOSURE_WITHHOLD, SanxiangWorkflowModel.PROP_EXCLUSION_REASONS.toVariableName(),
            WorkflowVariables.DISCLOSURE_PUBLICATION_ID, SanxiangWorkflowModel.PROP_WITHDRAWAL_REASON.toVariableName(),
            SanxiangWorkflowModel.PROP_CORRECTION_REASON.toVariableName(),
            SanxiangWorkflowModel.PROP_ARCHIVE_REFERENCE.toVariableName(), WorkflowVariables.SEAL_MANIFEST_ID);
    /** The start of every task property's variable name ({@code sxwf_}), as {@link WorkflowVariables#outcome} spells it. */
    private static final String TASK_PROPERTY_VARIABLE = SanxiangWorkflowModel.PREFIX + "_";
    private static final Set<String> STAGE_ACTIVITIES = Set.of("userTask", "startEvent", "endEvent", "noneEndEvent",
            "terminateEndEvent", "errorEndEvent");

    private final ProcessEngine engine;
    private final ProtectedPropertyOverlay cases;
    private final CmisDisclosureChannel channel;
    private final CaseWork caseWork;
    private final RecordWork recordWork;
    private final DeadlineBoard deadlineBoard;

    Timelines(ProcessEngine engine, ProtectedPropertyOverlay cases, CmisDisclosureChannel channel, CaseWork caseWork,
            RecordWork recordWork, DeadlineBoard deadlineBoard) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.caseWork = Objects.requireNonNull(caseWork, "caseWork");
        this.recordWork = Objects.requireNonNull(recordWork, "recordWork");
        this.deadlineBoard = Objects.requireNonNull(deadlineBoard, "deadlineBoard");
    }

    Timeline timeline(String caseId) {
        CaseView caseView = caseWork.get(caseId);
        List<Stage> stages = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        List<DisclosureView> disclosures = new ArrayList<>();
        List<PendingRequest> pending = channel.pending();
        // the tasks of all the case's processes in one query: the processes are those of the case's business key
        Map<String, HistoricTaskInstance> tasks = new HashMap<>();
        if (!caseView.processes().isEmpty()) {
            for (HistoricTaskInstance t : engine.getHistoryService().createHistoricTaskInstanceQuery()
                    .processInstanceBusinessKey(caseView.id()).list()) {
                tasks.put(t.getId(), t);
            }
        }
        for (ProcessSummary p : caseView.processes()) {
            List<HistoricVariableInstance> variables = engine.getHistoryService().createHistoricVariableInstanceQuery()
                    .processInstanceId(p.id()).list();
            stages.addAll(stages(p, variables, tasks));
            Map<String, Object> latest = new LinkedHashMap<>();
            for (HistoricVariableInstance v : variables) {
                String name = v.getVariableName();
                if (DECISIONS.contains(name) || (name.startsWith(TASK_PROPERTY_VARIABLE) && name.endsWith("Outcome"))) {
                    latest.put(name, plain(v.getValue()));
                }
            }
            new TreeMap<>(latest).forEach((name, value) ->
                    decisions.add(new Decision(p.processKey(), p.id(), name, value)));
            if (p.processKey().equals("sxDisclosure")) {
                Object publicationId = latest.get(WorkflowVariables.DISCLOSURE_PUBLICATION_ID);
                disclosures.add(disclosure(p.id(), publicationId == null ? null : publicationId.toString(), pending));
            }
        }
        stages.sort(Comparator.comparing(Stage::startedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        List<RecordView> records = recordWork.list(caseId);
        return new Timeline(caseView, stages, records, deadlineBoard.deadlines(new Requests.DeadlineQuery(null, null, caseId)),
                decisions, disclosures, chain(caseId, records));
    }

    /**
     * The stages of a process; a task's outcome is its task-local variable, found among the process's historic
     * variables (which hold its tasks' too), so the tasks are read without their variables; {@code tasks} are the
     * case's tasks by id.
     */
    private List<Stage> stages(ProcessSummary p, List<HistoricVariableInstance> variables,
            Map<String, HistoricTaskInstance> tasks) {
        Map<String, Map<String, Object>> taskLocal = new HashMap<>();
        for (HistoricVariableInstance v : variables) {
            if (v.getTaskId() != null) {
                taskLocal.computeIfAbsent(v.getTaskId(), id -> new HashMap<>()).put(v.getVariableName(), v.getValue());
            }
        }
        List<Stage> stages = new ArrayList<>();
        for (HistoricActivityInstance a : engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(p.id()).orderByHistoricActivityInstanceStartTime().asc().list()) {
            if (!STAGE_ACTIVITIES.contains(a.getActivityType())) {
                continue;
            }
            String outcome = null;
            String by = a.getAssignee();
            HistoricTaskInstance t = a.getTaskId() == null ? null : tasks.get(a.getTaskId());
            if (t != null) {
                Object o = taskLocal.getOrDefault(t.getId(), Map.of()).get(WorkflowVariables.outcome(a.getActivityId()));
                outcome = o == null ? null : o.toString();
                by = t.getAssignee();
            }
            stages.add(new Stage(p.processKey(), p.id(), a.getActivityId(), a.getActivityName(), instant(a.getStartTime()),
                    instant(a.getEndTime()), outcome, by));
        }
        return stages;
    }

    private DisclosureView disclosure(String processInstanceId, String publicationId, List<PendingRequest> pending) {
        if (publicationId == null) {
            return new DisclosureView(processInstanceId, null, "NONE", 0);
        }
        int waiting = (int) pending.stream().filter(r -> r.publicationId().equals(publicationId)).count();
        String state;
        try {
            state = channel.state(publicationId).map(Enum::name).orElse(waiting > 0 ? "PENDING" : "NONE");
        } catch (RuntimeException e) {
            state = waiting > 0 ? "PENDING" : "UNKNOWN";
        }
        if (waiting > 0 && !"PENDING".equals(state)) {
            state = "PENDING"; // accepted as state, not yet in the repository
        }
        return new DisclosureView(processInstanceId, publicationId, state, waiting);
    }

    private ChainView chain(String caseId, List<RecordView> records) {
        if (records.stream().noneMatch(r -> r.aspects().contains(CaseSeal.SEALED))) {
            return new ChainView(false, null, null, "not sealed: the case's records are sealed when it is archived");
        }
        try {
            CaseSeal.Verification v = new CaseSeal(cases, cases).verify(caseId);
            VerificationResult result = v.result();
            return new ChainView(true, v.intact(), v.brokenRecordId(), result.linksVerified() + " links verified"
                    + result.firstBreak().map(b -> "; first break: " + b).orElse(""));
        } catch (RuntimeException e) {
            return new ChainView(true, false, null, "cannot verify: " + e.getMessage());
        }
    }
}
