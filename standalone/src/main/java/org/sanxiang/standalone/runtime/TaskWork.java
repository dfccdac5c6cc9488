package org.sanxiang.standalone.runtime;

import static org.sanxiang.standalone.runtime.EngineValues.plain;
import static org.sanxiang.standalone.runtime.RequestChecks.blank;
import static org.sanxiang.standalone.runtime.RequestChecks.require;
import static org.sanxiang.standalone.runtime.RequestChecks.requireText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.activiti.engine.ActivitiTaskAlreadyClaimedException;
import org.activiti.engine.ProcessEngine;
import org.activiti.engine.history.HistoricTaskInstance;
import org.activiti.engine.impl.cmd.ClaimTaskCmd;
import org.activiti.engine.impl.cmd.CompleteTaskCmd;
import org.activiti.engine.impl.interceptor.Command;
import org.activiti.engine.impl.persistence.entity.TaskEntity;
import org.activiti.engine.task.Task;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.profile.JurisdictionProfile;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.review.Item;
import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.standalone.runtime.Views.CompletedTask;
import org.sanxiang.standalone.runtime.Views.FormField;
import org.sanxiang.standalone.runtime.Views.Listing;
import org.sanxiang.standalone.runtime.Views.TaskDetail;
import org.sanxiang.standalone.runtime.Views.TaskView;
import org.sanxiang.workflow.WorkflowVariables;

/** Open tasks: found by person, group or case, shown with their form, completed with its values. */
final class TaskWork {

    private static final String TRANSFERRED_MATERIALS = SanxiangWorkflowModel.PROP_TRANSFERRED_MATERIALS.toVariableName();

    private final ProcessEngine engine;
    private final OperationReads reads;
    private final ProtectedPropertyOverlay cases;
    private final ModelFields taskForms;
    private final ProfileRegistry profiles;
    private final TaskViews taskViews;
    private final ErrorTranslation errors;
    private final CaseSteps steps;

    TaskWork(ProcessEngine engine, OperationReads reads, ProtectedPropertyOverlay cases, ModelFields taskForms, ProfileRegistry profiles,
            TaskViews taskViews, ErrorTranslation errors, CaseSteps steps) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.reads = Objects.requireNonNull(reads, "reads");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.taskForms = Objects.requireNonNull(taskForms, "taskForms");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.taskViews = Objects.requireNonNull(taskViews, "taskViews");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    List<TaskView> find(Requests.TaskQuery query) {
        return find(query, Requests.Page.FIRST).items();
    }

    /**
     * A page of open tasks, oldest first. A case's tasks are found by the process's business key (the case
     * id), never by scanning process variables; a page costs a count, the task query and the two lookups
     * of {@link TaskViews#views}.
     */
    Listing<TaskView> find(Requests.TaskQuery query, Requests.Page page) {
        require(query, "query");
        require(page, "page");
        if (blank(query.assignee()) && blank(query.candidateGroup()) && blank(query.caseId())) {
            throw ServiceException.badRequest(null, "give assignee, candidateGroup or caseId");
        }
        var q = engine.getTaskService().createTaskQuery();
        if (!blank(query.assignee())) {
            q.taskAssignee(query.assignee());
        }
        if (!blank(query.candidateGroup())) {
            q.taskCandidateGroup(query.candidateGroup());
        }
        if (!blank(query.caseId())) {
            q.processInstanceBusinessKey(query.caseId());
        }
        Listing<Task> tasks = page.read(q::count, (first, max) -> q.orderByTaskCreateTime().asc().orderByTaskId().asc()
                .listPage(first, max));
        return new Listing<>(taskViews.views(tasks.items()), tasks.totalNumItems(), tasks.hasMoreItems());
    }

    TaskDetail detail(String taskId) {
        Task task = openTask(taskId);
        TaskView view = taskViews.view(task);
        String outcomeField = WorkflowVariables.outcome(task.getTaskDefinitionKey());
        Map<String, ModelFields.Field> fields = taskForms.fields(view.formKey());
        ModelFields.Field outcome = fields.get(outcomeField);
        // the values the form shows, not every variable of the process (some are large, serialized)
        Map<String, Object> values = engine.getTaskService().getVariables(taskId, fields.keySet());
        List<FormField> form = new ArrayList<>();
        fields.forEach((name, field) -> {
            if (!name.equals(outcomeField)) {
                List<String> allowed = name.equals(TRANSFERRED_MATERIALS) ? transferMaterials(view.caseId())
                        : field.allowedValues();
                form.add(new FormField(name, field.property().type(), field.property().mandatory(),
                        field.property().multiple(), allowed, field.labels(), plain(values.get(name))));
            }
        });
        return new TaskDetail(view, outcomeField, outcome == null ? List.of() : outcome.allowedValues(), form);
    }

    /** The materials the case's profile asks to transfer for legal review (its 法制审核 materials list), by id. */
    private List<String> transferMaterials(String caseId) {
        try {
            JurisdictionProfile profile = profiles.get(cases.facts(caseId).profileId());
            if (!profile.covers(JurisdictionProfile.LEGAL_REVIEW)) {
                return List.of();
            }
            return profile.bind(JurisdictionProfile.LEGAL_REVIEW, LegalReviewRules.class).materials().stream()
                    .map(Item::id).toList();
        } catch (RuntimeException e) {
            return List.of(); // the form still works; the process checks the list when the task completes
        }
    }

    /** The open task (as this operation read it), or 409 when it was completed already, or 404. */
    private Task openTask(String taskId) {
        requireText(taskId, "taskId");
        Task task = reads.task(taskId);
        if (task != null) {
            return task;
        }
        throw notOpen(taskId);
    }

    /** Why a task is not open: 409 when it was completed, naming when and by whom, else 404. */
    private ServiceException notOpen(String taskId) {
        HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId)
                .singleResult();
        if (done != null && done.getEndTime() != null) {
            return ServiceException.conflict("taskId", "task " + taskId + " (" + done.getTaskDefinitionKey()
                    + ") was completed already, at " + done.getEndTime().toInstant()
                    + (done.getAssignee() == null ? "" : " by " + done.getAssignee()));
        }
        return ServiceException.notFound("taskId", "no open task " + taskId);
    }

    TaskView claim(String taskId, String user) {
        Task task = openTask(taskId);
        requireText(user, "user");
        if (task.getAssignee() != null) {
            if (!task.getAssignee().equals(user)) {
                throw ServiceException.conflict("user", "task " + taskId + " is assigned to " + task.getAssignee());
            }
            return taskViews.view(task);
        }
        errors.engineCall(user, "the task could not be claimed", () -> {
            engine.getTaskService().claim(taskId, user);
            return null;
        });
        reads.forget(taskId);
        return taskViews.view(openTask(taskId));
    }

    CompletedTask complete(String taskId, Requests.CompleteTask request) {
        require(request, "body");
        requireText(taskId, "taskId");
        Task found = reads.task(taskId);
        // everything from here holds the case: of parallel completions one runs, the others find it completed
        return steps.engine(caseOfTask(taskId, found), "complete task " + taskId + " ("
                + (found == null ? "?" : found.getTaskDefinitionKey()) + ") by " + request.user(),
                () -> completeHoldingTheCase(taskId, request));
    }

    /**
     * The case of a task, read without the process's variables: a query that includes them can meet a
     * completion deleting them (the engine then fails on a missing byte array), so this read comes first
     * and the full one under the case.
     */
    private String caseOfTask(String taskId, Task found) {
        String processInstanceId = found != null ? found.getProcessInstanceId() : null;
        if (processInstanceId == null) {
            HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId)
                    .singleResult();
            if (done == null) {
                return null; // openTask answers 404
            }
            processInstanceId = done.getProcessInstanceId();
        }
        return reads.caseOf(processInstanceId);
    }

    private CompletedTask completeHoldingTheCase(String taskId, Requests.CompleteTask request) {
        Task task = openTask(taskId);
        requireText(request.user(), "user");
        if (task.getAssignee() != null && !task.getAssignee().equals(request.user())) {
            throw ServiceException.conflict("user", "task " + taskId + " is assigned to " + task.getAssignee());
        }
        String formKey = taskViews.formKey(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
        Map<String, ModelFields.Field> fields = taskForms.fields(formKey);
        String outcomeField = WorkflowVariables.outcome(task.getTaskDefinitionKey());
        ModelFields.Field outcome = fields.get(outcomeField);
        if (request.values().containsKey(outcomeField)) {
            throw ServiceException.badRequest("values." + outcomeField, "give the outcome as \"outcome\"");
        }
        Map<String, Object> values = new HashMap<>(taskForms.convert(fields, request.values(), "values."));
        if (outcome != null) {
            requireText(request.outcome(), "outcome");
            values.put(outcomeField, taskForms.convert(outcome, request.outcome(), "outcome"));
        } else if (!blank(request.outcome())) {
            throw ServiceException.badRequest("outcome", "task " + task.getTaskDefinitionKey() + " has no outcome field");
        }
        values.values().removeIf(Objects::isNull);
        String user = request.user();
        // claim and complete in one engine transaction: a failed completion leaves the task unclaimed. The task was
        // read once for the operation (the guard's checks used it); the engine's own read, in this transaction, must
        // still show it open and assigned as checked, or to the user
        Command<Void> complete = commandContext -> {
            TaskEntity now = commandContext.getTaskEntityManager().findTaskById(taskId);
            if (now == null) {
                throw new NotAsChecked(taskId, null, this::notOpen); // answered from the history, after the transaction
            }
            if (now.getAssignee() != null && !now.getAssignee().equals(user)) {
                throw new NotAsChecked(taskId, now.getAssignee(), id -> ServiceException.conflict("user", "task " + id
                        + " is assigned to " + now.getAssignee()));
            }
            if (now.getAssignee() == null && task.getAssignee() != null) {
                throw new NotAsChecked(taskId, null, id -> ServiceException.conflict("user", "task " + id
                        + " was released meanwhile; claim it again"));
            }
            if (now.getAssignee() == null) {
                new ClaimTaskCmd(taskId, user).execute(commandContext);
            }
            new CompleteTaskCmd(taskId, values, true).execute(commandContext);
            return null;
        };
        try {
            errors.engineCall(user, "the process refused the completion", () -> {
                try {
                    return engine.getManagementService().executeCommand(complete);
                } catch (NotAsChecked e) {
                    throw e.answer.apply(taskId);
                }
            });
        } finally {
            reads.forget(taskId);
        }
        String processInstanceId = task.getProcessInstanceId();
        List<TaskView> open = taskViews.openTasks(processInstanceId, reads.caseOf(processInstanceId));
        return new CompletedTask(taskId, processInstanceId, taskViews.ended(processInstanceId, open), open);
    }

    /**
     * The task is not as the operation's checks saw it (completed, or claimed or released since): a 409. An
     * {@link ActivitiTaskAlreadyClaimedException}, which the engine logs as information, not as a fault.
     */
    private static final class NotAsChecked extends ActivitiTaskAlreadyClaimedException {
        private static final long serialVersionUID = 1L;
        final transient java.util.function.Function<String, ServiceException> answer;

        /** @param answer the 409 for the task id, made after the transaction */
        NotAsChecked(String taskId, String assignee, java.util.function.Function<String, ServiceException> answer) {
            super(taskId, assignee);
            this.answer = answer;
        }
    }
}
