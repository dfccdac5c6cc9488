package org.sanxiang.workflow.task;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.delegate.Expression;
import org.activiti.engine.impl.RepositoryServiceImpl;
import org.activiti.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.activiti.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.activiti.engine.impl.pvm.process.ActivityImpl;
import org.activiti.engine.impl.task.TaskDefinition;
import org.activiti.engine.task.IdentityLink;
import org.activiti.engine.task.IdentityLinkType;

/**
 * Who may act, as the deployed BPMN says: a task's candidate users and groups (its identity links,
 * which the engine made from {@code activiti:candidateGroups}, expressions evaluated), and a process's
 * starter groups ({@code activiti:candidateStarterGroups}). Nothing is copied into a table here: the
 * BPMN stays the one source.
 */
public final class TaskCandidates {

    /** Candidate users and groups. */
    public record Candidates(Set<String> users, Set<String> groups) {
        public Candidates {
            users = Set.copyOf(users);
            groups = Set.copyOf(groups);
        }

        /** Whether a person with these groups is a candidate. */
        public boolean admits(String user, Set<String> userGroups) {
            return users.contains(user) || userGroups.stream().anyMatch(groups::contains);
        }
    }

    private TaskCandidates() {
    }

    /** An open task's candidates, from its identity links; {@code ActivitiObjectNotFoundException} when it is no longer open. */
    public static Candidates ofTask(ProcessEngine engine, String taskId) {
        Set<String> users = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        java.util.List<IdentityLink> links;
        try {
            links = engine.getTaskService().getIdentityLinksForTask(taskId);
        } catch (NullPointerException e) {
            // Activiti 5.23's GetIdentityLinksForTaskCmd dereferences the task without a check: completed meanwhile
            throw new org.activiti.engine.ActivitiObjectNotFoundException("task " + taskId + " is no longer open",
                    org.activiti.engine.task.Task.class);
        }
        for (IdentityLink link : links) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
            if (link.getUserId() != null) {
                users.add(link.getUserId());
            }
        }
        return new Candidates(users, groups);
    }

    /** Who may start a process definition: its starter users and groups. */
    public static Candidates ofStart(ProcessEngine engine, String processDefinitionId) {
        ProcessDefinitionEntity definition = deployed(engine, processDefinitionId);
        return new Candidates(texts(definition.getCandidateStarterUserIdExpressions()),
                texts(definition.getCandidateStarterGroupIdExpressions()));
    }

    /**
     * Every user task of a deployed definition with its declared candidate groups (expressions as
     * written, e.g. {@code ${sxp_accessApproverGroup}} where the process decides at run time).
     */
    public static Map<String, Set<String>> declaredTaskGroups(ProcessEngine engine, String processDefinitionId) {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        for (ActivityImpl activity : deployed(engine, processDefinitionId).getActivities()) {
            collect(activity, result);
        }
        return result;
    }

    private static void collect(ActivityImpl activity, Map<String, Set<String>> result) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
            TaskDefinition definition = userTask.getTaskDefinition();
            result.put(definition.getKey(), texts(definition.getCandidateGroupIdExpressions()));
        }
        for (ActivityImpl child : activity.getActivities()) {
            collect(child, result);
        }
    }

    private static ProcessDefinitionEntity deployed(ProcessEngine engine, String processDefinitionId) {
        return (ProcessDefinitionEntity) ((RepositoryServiceImpl) engine.getRepositoryService())
                .getDeployedProcessDefinition(processDefinitionId);
    }

    private static Set<String> texts(Set<Expression> expressions) {
        Set<String> texts = new LinkedHashSet<>();
        if (expressions != null) {
            for (Expression e : expressions) {
                texts.add(e.getExpressionText());
            }
        }
        return texts;
    }
}
