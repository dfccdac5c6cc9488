package org.sanxiang.workflow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.VariableScope;
import org.sanxiang.model.QName;

/**
 * What a step sees of the engine: the execution (or task) it runs in, and the one typed reader of its
 * variables. A variable that carries a task property is named by the property's QName
 * ({@code sxwf:decisionName} is read as {@code sxwf_decisionName}); a process-internal one by its
 * {@link WorkflowVariables} name. Values are converted by {@link Values}; a bad value fails naming the
 * variable. A value the completing task handed off in this transaction ({@link HandOff}) is read first.
 */
public final class StepContext {

    private final VariableScope scope;
    private final DelegateExecution execution;
    private final DelegateTask task;

    private StepContext(VariableScope scope, DelegateExecution execution, DelegateTask task) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.execution = execution;
        this.task = task;
    }

    public static StepContext of(DelegateExecution execution) {
        return new StepContext(execution, execution, null);
    }

    public static StepContext of(DelegateTask task) {
        return new StepContext(task, task.getExecution(), task);
    }

    /** The execution the step runs in (a task's own execution, for a task listener). */
    public DelegateExecution execution() {
        return execution;
    }

    /** The task of a task listener; fails for a delegate or an execution listener. */
    public DelegateTask task() {
        if (task == null) {
            throw new IllegalStateException("not a task listener: no task here");
        }
        return task;
    }

    /** The variables the step reads and writes: the task's for a task listener, else the execution's. */
    public VariableScope scope() {
        return scope;
    }

    public String processInstanceId() {
        return execution.getProcessInstanceId();
    }

    // ---- reading

    public Object value(QName property) {
        return value(property.toVariableName());
    }

    /**
     * The value the completing task handed to this step ({@link HandOff}), else the variable: a handed-off value
     * is not on the process.
     */
    public Object value(String variable) {
        Object handed = execution == null ? null : HandOff.find(execution.getProcessInstanceId(), variable);
        return handed != null ? handed : scope.getVariable(variable);
    }

    /** The text as the form sent it; null when absent or blank. */
    public String string(QName property) {
        return string(property.toVariableName());
    }

    public String string(String variable) {
        return Values.string(value(variable));
    }

    /** The text without surrounding blanks (a code, a name); null when absent or blank. */
    public String trimmed(QName property) {
        return trimmed(property.toVariableName());
    }

    public String trimmed(String variable) {
        return Values.trimmed(value(variable));
    }

    public boolean flag(QName property) {
        return flag(property.toVariableName());
    }

    public boolean flag(String variable) {
        return Values.flag(value(variable));
    }

    /** A whole number; {@code otherwise} when absent or blank. */
    public int number(QName property, int otherwise) {
        return number(property.toVariableName(), otherwise);
    }

    public int number(String variable, int otherwise) {
        return Values.number(value(variable), variable, otherwise);
    }

    /** A whole number that must be there. */
    public int number(QName property) {
        return number(property.toVariableName());
    }

    public int number(String variable) {
        return Values.number(value(variable), variable);
    }

    /** A list, or comma-separated text; values trimmed, empty ones dropped. */
    public List<String> list(QName property) {
        return list(property.toVariableName());
    }

    public List<String> list(String variable) {
        return Values.list(value(variable));
    }

    /** A day (a Date, LocalDate or ISO text); null when absent or blank. */
    public LocalDate day(QName property, ZoneId zone) {
        return day(property.toVariableName(), zone);
    }

    public LocalDate day(String variable, ZoneId zone) {
        return Values.day(value(variable), zone, variable);
    }

    // ---- writing

    public void set(QName property, Object value) {
        set(property.toVariableName(), value);
    }

    public void set(String variable, Object value) {
        scope.setVariable(variable, value);
    }

    /**
     * Sets a flag whose absence reads as false ({@link #flag(String)}) only where that changes what it reads:
     * a false nobody set is not written (each write is a row, a history row and an update).
     */
    public void setFlag(String variable, boolean value) {
        if (flag(variable) != value) {
            set(variable, value);
        }
    }

    /** Sets the variable on this scope only (a sub-process instance keeps its own). */
    public void setLocal(QName property, Object value) {
        setLocal(property.toVariableName(), value);
    }

    public void setLocal(String variable, Object value) {
        scope.setVariableLocal(variable, value);
    }
}
