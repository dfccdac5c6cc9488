package org.sanxiang.standalone.live;

import java.util.List;
import java.util.Map;

/**
 * The workflow side of a host, as {@link LegalReviewJourney} drives it: Alfresco's public workflow REST API
 * ({@link AlfrescoWorkflow}) or the standalone runtime's REST API ({@link StandaloneWorkflow}). The journey's
 * CMIS side is the same for both.
 */
public interface Workflow {

    /** An open task: its id, its task definition key (the BPMN's userTask id) and its candidate groups. */
    record OpenTask(String id, String key, List<String> candidateGroups) {
    }

    /** Starts process {@code processKey} (e.g. {@code sxLegalReview}) on the case folder; returns the instance id. */
    String start(String processKey, String caseFolderId, String user, Map<String, Object> variables);

    /** The open tasks of a process instance. */
    List<OpenTask> openTasks(String processInstanceId);

    /** Completes the task as {@code user}, with its variables (the outcome among them, by its task-model name). */
    void complete(OpenTask task, String user, Map<String, Object> variables);

    /** Whether the process instance has ended. */
    boolean ended(String processInstanceId);
}
