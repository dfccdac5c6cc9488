package org.sanxiang.workflow.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.impl.identity.Authentication;
import org.sanxiang.model.ModelResources;
import org.sanxiang.model.m2.M2Class;
import org.sanxiang.model.m2.M2Constraint;
import org.sanxiang.model.m2.M2Model;
import org.sanxiang.model.m2.M2ModelReader;
import org.sanxiang.model.m2.M2Property;
import org.sanxiang.workflow.HandOff;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxTaskListener;
import org.sanxiang.workflow.WorkflowVariables;

/**
 * {@code complete} listener (bean {@code sxTaskOutcome}): copies the task type's outcome property
 * {@code sxwf_<taskKey>Outcome} from the task to the process, as Alfresco's own processes do with
 * {@code execution.setVariable('wf_reviewOutcome', task.getVariableLocal('wf_reviewOutcome'))}, and
 * records who completed the task. A task without its outcome cannot complete. Only the task-local
 * value counts (Alfresco sets the outcome property on the task): a process-level value may be left
 * from an earlier pass through the same task and must not decide this one. The task's other form
 * fields ({@code sxwf_*} variables set on the task itself, as Alfresco does) are copied to the process
 * too, so the Java after the task reads what this task's form said. The outcome is copied once, not at all
 * where the model allows the task one outcome ({@link #SINGLE_OUTCOMES}), and a value the process already
 * holds is not written again. Who completed the task ({@code sxp_<taskKey>CompletedBy}) is written only for
 * the tasks a later step reads it of; the task's own history keeps its assignee for every task. A value whose every
 * reader runs in the completing transaction ({@code handedOff}) is handed to it ({@link HandOff}), not copied.
 */
public final class OutcomeTaskListener extends SxTaskListener {

    private static final long serialVersionUID = 1L;

    /**
     * The outcomes the task model allows one value for ({@code sxwf:fileDecisionOutcome}: filed): such an outcome says
     * nothing the task's completion does not, so no gateway or step reads it from the process; the task keeps it
     * (its form, its history).
     */
    static final Set<String> SINGLE_OUTCOMES = singleOutcomes(M2ModelReader.readResource(ModelResources.WORKFLOW_MODEL));

    private final transient CaseDeadlines caseDeadlines;
    private final Set<String> completersRead;
    private final Set<String> listsAsText;
    private final Set<String> handedOff;

    /**
     * @param completersRead the user task keys whose {@link WorkflowVariables#completedBy} a step reads: the
     *                       others are not written
     * @param listsAsText    the multi-valued form fields whose process copy is comma-separated text (what
     *                       {@code StepContext.list} reads as the list), not a serialized Java list: the task keeps
     *                       the list its form set
     * @param handedOff      the variables (form fields, completers) every reader of which is reached from the task
     *                       in the completing transaction: handed off, not copied to the process
     */
    public OutcomeTaskListener(CaseDeadlines caseDeadlines, Set<String> completersRead, Set<String> listsAsText,
            Set<String> handedOff) {
        this.caseDeadlines = Objects.requireNonNull(caseDeadlines, "caseDeadlines");
        this.completersRead = Set.copyOf(completersRead);
        this.listsAsText = Set.copyOf(listsAsText);
        this.handedOff = Set.copyOf(handedOff);
    }

    @Override
    protected void notify(StepContext step) {
        DelegateTask task = step.task();
        caseDeadlines.taskEnded(task); // its deadline leaves the case's
        String name = WorkflowVariables.outcome(task.getTaskDefinitionKey());
        Object outcome = task.getVariableLocal(name);
        if (outcome == null || outcome.toString().isBlank()) {
            throw new IllegalStateException("task " + task.getTaskDefinitionKey() + " completed without its outcome " + name
                    + " (set on the task itself)");
        }
        DelegateExecution execution = task.getExecution();
        task.getVariablesLocal().forEach((variable, value) -> {
            if (WorkflowVariables.isTaskProperty(variable) && !variable.equals(name)) {
                pass(execution, variable, listsAsText.contains(variable) && !handedOff.contains(variable) ? asText(value) : value);
            }
        });
        if (!SINGLE_OUTCOMES.contains(name)) {
            pass(execution, name, outcome.toString());
        }
        if (completersRead.contains(task.getTaskDefinitionKey())) {
            String by = task.getAssignee() != null ? task.getAssignee() : Authentication.getAuthenticatedUserId();
            pass(execution, WorkflowVariables.completedBy(task.getTaskDefinitionKey()), by);
        }
    }

    /** Hands the value to the step that reads it in this transaction, or copies it to the process for a later one. */
    private void pass(DelegateExecution execution, String variable, Object value) {
        if (handedOff.contains(variable)) {
            HandOff.give(execution.getProcessInstanceId(), variable, value);
        } else {
            copy(execution, variable, value);
        }
    }

    /** The variables of the outcome properties ({@code sxwf_<taskKey>Outcome}) whose LIST constraints allow one value. */
    static Set<String> singleOutcomes(M2Model model) {
        Set<String> single = new TreeSet<>();
        for (M2Class type : model.types()) {
            for (M2Property p : type.properties()) {
                List<String> values = new ArrayList<>();
                p.constraintRefs().forEach(ref -> model.findConstraint(ref).filter(M2Constraint::isList)
                        .ifPresent(c -> values.addAll(c.allowedValues())));
                p.inlineConstraints().stream().filter(M2Constraint::isList).forEach(c -> values.addAll(c.allowedValues()));
                if (p.name().endsWith("Outcome") && values.size() == 1) {
                    single.add(p.name().replace(':', '_'));
                }
            }
        }
        return Set.copyOf(single);
    }

    /**
     * A list of values without commas as comma-separated text (one text column, not a serialized list in
     * three byte-array rows); anything else as it is.
     */
    static Object asText(Object value) {
        if (value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String t && !t.contains(","))) {
            return String.join(",", list.stream().map(String.class::cast).toList());
        }
        return value;
    }

    /**
     * Sets the process's value unless it already holds it (a loop through the same task, the same user):
     * each write of a variable is an update and a history row, a write of the same value says nothing.
     */
    static void copy(DelegateExecution execution, String variable, Object value) {
        if (!execution.hasVariable(variable) || !Objects.equals(execution.getVariable(variable), value)) {
            execution.setVariable(variable, value);
        }
    }
}
