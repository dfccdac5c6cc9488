package org.sanxiang.workflow.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.sanxiang.workflow.engine.EngineHarness;
import org.sanxiang.workflow.engine.H2TestDatabase;
import org.sanxiang.workflow.engine.SxProcessDefinitions;

/**
 * Who may act comes from the deployed BPMN: every user task of the five processes names candidate groups,
 * every process its starter groups, and a user in none of them is not a candidate.
 */
class TaskCandidatesTest {

    @Test
    void everyUserTaskAndEveryStartHasGroupsAndRefusesAnOutsider() {
        try (EngineHarness harness = new EngineHarness(new H2TestDatabase(), Map.of())) {
            ProcessEngine engine = harness.engine();
            SxProcessDefinitions.deployAll(engine);
            Set<String> tasks = new TreeSet<>();
            for (String key : SxProcessDefinitions.PROCESS_KEYS) {
                ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionKey(key).latestVersion().singleResult();
                TaskCandidates.Candidates starters = TaskCandidates.ofStart(engine, definition.getId());
                assertFalse(starters.groups().isEmpty(), key + " names its starter groups");
                assertFalse(starters.admits("integrator1", Set.of("GROUP_SX_INTEGRATORS")), key + ": an integrator starts nothing");
                Map<String, Set<String>> declared = TaskCandidates.declaredTaskGroups(engine, definition.getId());
                assertFalse(declared.isEmpty(), key + " has user tasks");
                declared.forEach((task, groups) -> {
                    assertFalse(groups.isEmpty(), key + "/" + task + " names candidate groups");
                    TaskCandidates.Candidates c = new TaskCandidates.Candidates(Set.of(), groups);
                    assertFalse(c.admits("outsider", Set.of("GROUP_SX_INTEGRATORS", "GROUP_ALFRESCO_ADMINISTRATORS")),
                            key + "/" + task + " refuses an outsider");
                    tasks.add(key + "/" + task);
                });
            }
            assertTrue(tasks.contains("sxLegalReview/legalReview") && tasks.contains("sxRetention/dispositionReview")
                    && tasks.contains("sxAccess/approveAccess"), tasks.toString());
            assertEquals(Set.of("GROUP_SX_ENFORCEMENT"), TaskCandidates.ofStart(engine, engine.getRepositoryService()
                    .createProcessDefinitionQuery().processDefinitionKey("sxLegalReview").latestVersion().singleResult()
                    .getId()).groups());
        }
    }
}
