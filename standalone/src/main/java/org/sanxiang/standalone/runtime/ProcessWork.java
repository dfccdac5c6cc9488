package org.sanxiang.standalone.runtime;

import static org.sanxiang.standalone.runtime.EngineValues.processKey;
import static org.sanxiang.standalone.runtime.RequestChecks.require;
import static org.sanxiang.standalone.runtime.RequestChecks.requireText;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.history.HistoricProcessInstance;
import org.activiti.engine.repository.ProcessDefinition;
import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.runtime.ProcessInstanceQuery;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.repo.step.Steps;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.standalone.runtime.Views.ProcessView;
import org.sanxiang.standalone.runtime.Views.TaskView;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.disclosure.DisclosureEvents;
import org.sanxiang.workflow.disclosure.DisclosureProcess;
import org.sanxiang.workflow.engine.SxProcessDefinitions;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.report.AnnualReportProcess;

/** Processes on a case: started with their start form, and the events a published disclosure waits for. */
final class ProcessWork {

    /** The process-internal variable with the case number, for the deadlines board. */
    static final String CASE_NUMBER = WorkflowVariables.INTERNAL + "caseNumber";
    /** The process-internal variable with the start's trigger: one running instance per process, case and trigger. */
    static final String START_TRIGGER = WorkflowVariables.INTERNAL + "startTrigger";

    private final ProcessEngine engine;
    private final OperationReads reads;
    /** The start form key by process definition: fixed once deployed. */
    private final Map<String, String> startFormKeys = new java.util.concurrent.ConcurrentHashMap<>();
    private final CaseFolders folders;
    private final ModelFields taskForms;
    private final TaskViews taskViews;
    private final ErrorTranslation errors;
    private final CaseSteps steps;
    private final CatalogueMatters matters;

    ProcessWork(ProcessEngine engine, OperationReads reads, CaseFolders folders, ModelFields taskForms, TaskViews taskViews,
            ErrorTranslation errors, CaseSteps steps, CatalogueMatters matters) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.reads = Objects.requireNonNull(reads, "reads");
        this.folders = Objects.requireNonNull(folders, "folders");
        this.taskForms = Objects.requireNonNull(taskForms, "taskForms");
        this.taskViews = Objects.requireNonNull(taskViews, "taskViews");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.steps = Objects.requireNonNull(steps, "steps");
        this.matters = Objects.requireNonNull(matters, "matters");
    }

    ProcessView start(String processKey, Requests.StartProcess request) {
        require(request, "body");
        if (!SxProcessDefinitions.PROCESS_KEYS.contains(processKey)) {
            throw ServiceException.badRequest("processKey", "'" + processKey + "' is not one of "
                    + SxProcessDefinitions.PROCESS_KEYS);
        }
        if (AnnualReportProcess.KEY.equals(processKey)) {
            throw ServiceException.badRequest("processKey", processKey + " works on no case: start it with"
                    + " POST /api/reports/annual/{year}/process?profile=");
        }
        requireText(request.caseId(), "caseId");
        requireText(request.user(), "user");
        CaseFolder folder = folders.facts(request.caseId());
        requireCataloguedMatter(folder);
        ProcessDefinition definition = reads.latestDefinition(processKey); // the guard's, when it checked the starters
        String formKey = startFormKeys.computeIfAbsent(definition.getId(), engine.getFormService()::getStartFormKey);
        Map<String, Object> variables = new HashMap<>(taskForms.convert(taskForms.fields(formKey), request.variables(),
                "variables."));
        variables.values().removeIf(Objects::isNull);
        // the case travels in sx_caseId (and the business key): bpm_package is Alfresco's package node, which here
        // would only repeat the case id in one more variable (issue 17, lean process state)
        variables.put(WorkflowVariables.CASE_ID, folder.caseId());
        if (folder.caseNumber() != null) {
            variables.put(CASE_NUMBER, folder.caseNumber());
        }
        String trigger = request.trigger() == null ? "" : request.trigger().strip();
        if (!trigger.isEmpty()) {
            variables.put(START_TRIGGER, trigger); // absent means no trigger (as an empty one did before)
        }
        // the case is the business key: every case-scoped query finds the process by it (indexed)
        ProcessInstance instance = steps.engine(folder.caseId(), "start " + processKey + " for case " + folder.caseId()
                + " by " + request.user(), () -> {
                    refuseRunning(processKey, folder.caseId(), trigger);
                    try {
                        return errors.engineCall(request.user(), "the process did not start",
                                // the definition whose starters were checked, by id: by key the engine asks for the
                                // latest version again
                                () -> engine.getRuntimeService().startProcessInstanceById(definition.getId(), folder.caseId(),
                                        variables));
                    } catch (ServiceException e) {
                        throw namingTheStartVariable(e);
                    }
                });
        // started with the case as its business key: its tasks' case is known
        List<TaskView> open = taskViews.openTasks(instance.getId(), folder.caseId());
        return new ProcessView(instance.getId(), processKey, folder.caseId(), taskViews.ended(instance.getId(), open), open);
    }

    private static final java.util.regex.Pattern START_VARIABLE = java.util.regex.Pattern.compile(
            "^(" + java.util.regex.Pattern.quote(SanxiangWorkflowModel.PREFIX) + "_[A-Za-z]+)(:| is required)");

    /** A start refused for one of its start form's variables (e.g. sxwf_disclosureEventDate) names it as the field. */
    private static ServiceException namingTheStartVariable(ServiceException e) {
        if (e.kind() != ServiceException.Kind.BAD_REQUEST || e.field() != null) {
            return e;
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        java.util.regex.Matcher m = START_VARIABLE.matcher(String.valueOf(root.getMessage()));
        return m.find() ? new ServiceException(e.kind(), "variables." + m.group(1), e.getMessage(), e) : e;
    }

    /**
     * tianjin-2019 实施方案 附件: no process runs on a case that names no catalogued matter (or one the catalogue does
     * not list for its action), refused naming {@code facts.matter}; other profiles pass.
     */
    private void requireCataloguedMatter(CaseFolder folder) {
        Object matter = folder.property(SanxiangModel.PROP_CATALOGUE_MATTER);
        Object action = folder.property(SanxiangModel.PROP_ACTION_CATEGORY);
        ActionCategory category;
        try {
            category = action == null ? null : ActionCategory.fromCode(action.toString());
        } catch (IllegalArgumentException e) {
            category = null;
        }
        matters.check(CatalogueMatters.FACT, folder.profileId(), category, matter == null ? null : matter.toString());
    }

    /**
     * One running instance of a process per case and trigger: a second start (a retry, a race) is a conflict naming the first.
     * An instance without a trigger has no {@link #START_TRIGGER} (or, started before, an empty one).
     */
    private void refuseRunning(String processKey, String caseId, String trigger) {
        if (Steps.switchedOff("no-start-refusal")) {
            return; // the tests' switch: parallel starts both start
        }
        for (ProcessInstance running : running(processKey, caseId, trigger)) {
            HistoricProcessInstance h = engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processInstanceId(running.getId()).singleResult();
            throw ServiceException.conflict("processKey", processKey + " runs for case " + caseId
                    + (trigger.isEmpty() ? "" : " and trigger '" + trigger + "'") + " already: instance " + running.getId()
                    + (h == null ? "" : ", started at " + h.getStartTime().toInstant()
                            + (h.getStartUserId() == null ? "" : " by " + h.getStartUserId())));
        }
    }

    /** The running instances of the process on the case with this trigger ("" for none: absent or empty). */
    private List<ProcessInstance> running(String processKey, String caseId, String trigger) {
        if (!trigger.isEmpty()) {
            return runningOn(processKey, caseId).variableValueEquals(START_TRIGGER, trigger).list();
        }
        List<ProcessInstance> onTheCase = runningOn(processKey, caseId).list();
        if (onTheCase.isEmpty()) {
            return onTheCase;
        }
        Set<String> triggered = new HashSet<>();
        runningOn(processKey, caseId).variableValueNotEquals(START_TRIGGER, "").list().forEach(p -> triggered.add(p.getId()));
        return onTheCase.stream().filter(p -> !triggered.contains(p.getId())).toList();
    }

    private ProcessInstanceQuery runningOn(String processKey, String caseId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(caseId);
    }

    ProcessView disclosureEvent(String processInstanceId, Requests.DisclosureEvent request) {
        require(request, "body");
        requireText(processInstanceId, "processInstanceId");
        HistoricProcessInstance process = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (process == null) {
            throw ServiceException.notFound("processInstanceId", "no process " + processInstanceId);
        }
        if (!processKey(process.getProcessDefinitionId()).equals("sxDisclosure")) {
            throw ServiceException.badRequest("processInstanceId", "process " + processInstanceId + " is "
                    + processKey(process.getProcessDefinitionId()) + ", not sxDisclosure");
        }
        String event = request.event();
        String message = switch (event == null ? "" : event) {
            case "revoked" -> DisclosureProcess.MESSAGE_REVOKED;
            case "errorFound", "correctionRequested" -> DisclosureProcess.MESSAGE_CORRECTION;
            default -> throw ServiceException.badRequest("event", "'" + event
                    + "' is not one of revoked, errorFound, correctionRequested");
        };
        require(request.on(), "on");
        requireText(request.reason(), "reason");
        CmisLimits.text("reason", request.reason());
        requireText(request.user(), "user");
        if (engine.getRuntimeService().createExecutionQuery().processInstanceId(processInstanceId)
                .messageEventSubscriptionName(message).count() == 0) {
            throw ServiceException.conflict("processInstanceId", "process " + processInstanceId
                    + " has no published record waiting for " + event);
        }
        Object eventCase = engine.getRuntimeService().getVariable(processInstanceId, WorkflowVariables.CASE_ID);
        steps.engine(eventCase == null ? null : eventCase.toString(), event + " of process " + processInstanceId + " by "
                + request.user(), () -> errors.engineCall(request.user(), "the process refused the event", () -> {
            if (event.equals("revoked")) {
                DisclosureEvents.revoked(engine.getRuntimeService(), processInstanceId, request.on(), request.reason());
            } else {
                DisclosureEvents.correction(engine.getRuntimeService(), processInstanceId, event.equals("errorFound")
                        ? DisclosureEvents.CorrectionSource.ERROR_FOUND : DisclosureEvents.CorrectionSource.REQUESTED,
                        request.on(), request.reason());
            }
            return null;
        }));
        Object caseId = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(WorkflowVariables.CASE_ID).singleResult().getValue();
        return new ProcessView(processInstanceId, "sxDisclosure", caseId == null ? null : caseId.toString(),
                taskViews.ended(processInstanceId), taskViews.openTasks(processInstanceId));
    }
}
