package org.sanxiang.workflow.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A task whose deadline approaches or has passed.
 *
 * @param caseId            the case
 * @param processInstanceId the process instance
 * @param taskId            the task
 * @param taskKey           the task's definition key in the BPMN file
 * @param taskName          the task's name
 * @param assignee          the assignee, or null while the task sits with candidate groups
 * @param candidateGroups   the candidate groups
 * @param dueAt             the task's deadline
 */
public record TaskNotice(String caseId, String processInstanceId, String taskId, String taskKey, String taskName,
        String assignee, Set<String> candidateGroups, Instant dueAt) {

    public TaskNotice {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(taskKey, "taskKey");
        candidateGroups = Set.copyOf(candidateGroups);
    }
}
