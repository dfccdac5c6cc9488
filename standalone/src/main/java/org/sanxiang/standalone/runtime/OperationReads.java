package org.sanxiang.standalone.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.history.HistoricVariableInstance;
import org.activiti.engine.repository.ProcessDefinition;
import org.activiti.engine.task.Task;
import org.sanxiang.workflow.WorkflowVariables;

/**
 * What one operation read of the engine (issue 17, "Few round trips"): a task by id, the case of a process, the
 * latest definition of a process key, each read at most once, so that the access guard's checks and the work
 * behind them share one read. Scoped to the outermost operation of the service ({@link StepScope}); outside an
 * operation nothing is kept. A task read here is what the operation saw: the completion checks it again inside its
 * engine transaction ({@link TaskWork}), and a change of the task drops it ({@link #forget}). Thread-safe: each
 * thread has its own operation.
 */
public final class OperationReads {

    private final ProcessEngine engine;
    private final ThreadLocal<Reads> current = new ThreadLocal<>();

    public OperationReads(ProcessEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    private static final class Reads {
        final Map<String, Optional<Task>> tasks = new HashMap<>();
        final Map<String, Optional<String>> cases = new HashMap<>();
        final Map<String, ProcessDefinition> definitions = new HashMap<>();
    }

    /** Runs {@code operation} with its own reads, or within the operation already running on this thread. */
    <T> T within(Supplier<T> operation) {
        if (current.get() != null) {
            return operation.get();
        }
        current.set(new Reads());
        try {
            return operation.get();
        } finally {
            current.remove();
        }
    }

    /** The open task, null when there is none. */
    public Task task(String taskId) {
        if (taskId == null) {
            return null;
        }
        Reads reads = current.get();
        if (reads == null) {
            return readTask(taskId);
        }
        return reads.tasks.computeIfAbsent(taskId, id -> Optional.ofNullable(readTask(id))).orElse(null);
    }

    /**
     * The case of a process (its {@link WorkflowVariables#CASE_ID}), from the history: a parallel completion may be
     * deleting the running variables. Null for a process of no case.
     */
    public String caseOf(String processInstanceId) {
        Reads reads = current.get();
        if (reads == null) {
            return readCase(processInstanceId);
        }
        return reads.cases.computeIfAbsent(processInstanceId, id -> Optional.ofNullable(readCase(id))).orElse(null);
    }

    /** The latest deployed definition of {@code processKey}, null when none is deployed. */
    public ProcessDefinition latestDefinition(String processKey) {
        Reads reads = current.get();
        if (reads == null) {
            return readDefinition(processKey);
        }
        ProcessDefinition known = reads.definitions.get(processKey);
        if (known == null) {
            known = readDefinition(processKey);
            if (known != null) {
                reads.definitions.put(processKey, known);
            }
        }
        return known;
    }

    /** The task changed (claimed, completed): the next read goes to the engine. */
    void forget(String taskId) {
        Reads reads = current.get();
        if (reads != null) {
            reads.tasks.remove(taskId);
        }
    }

    private Task readTask(String taskId) {
        return engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    }

    private String readCase(String processInstanceId) {
        HistoricVariableInstance v = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName(WorkflowVariables.CASE_ID).singleResult();
        return v == null || v.getValue() == null ? null : v.getValue().toString();
    }

    private ProcessDefinition readDefinition(String processKey) {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
    }
}
