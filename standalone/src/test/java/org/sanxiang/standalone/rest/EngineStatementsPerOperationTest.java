package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;


import org.junit.jupiter.api.Test;
import org.sanxiang.standalone.rest.Http.Answer;

/**
 * Engine SQL statements per REST operation (issue 17, "Few round trips"), counted by H2's QUERY_STATISTICS: an
 * operation queries its task once, a task's form reads only the variables it shows, and an upload asks nothing of
 * the engine and reads no record's protected properties to learn whether the case is sealed. Counted on the
 * {@code ACT_} tables, the most seen over three cases after a warm-up case; the table this test prints is in
 * docs/benchmarks.md.
 *
 * <p>Before the cuts, the same journey: complete 51 statements (the task queried by id 4 times, the case's variable
 * 3 times, the finished tasks once per process of the case); task detail 9 (every variable of the task and its
 * executions: 3 unnamed reads); upload 1 (the case's processes, for the seal check), and 4 reads of protected
 * properties; start sxLegalReview 24 (the latest definition twice). After: {@link #TARGETS}.
 */
class EngineStatementsPerOperationTest extends SandboxClassTest {

    /** Activiti's query of one task by its id (TaskQuery.taskId). */
    private static final String TASK_BY_ID = "from ACT_RU_TASK RES WHERE RES.ID_ = ?";

    /** The most engine statements each operation may run. */
    static final Map<String, Integer> TARGETS = new LinkedHashMap<>();
    static {
        // the task, its case, the case's starts and finished duties, the candidates, the completion (the engine's
        // own reads and writes), the open tasks after it with their groups
        TARGETS.put("POST /tasks/{id}/complete", 44);
        // the task with its view's groups and process, the form's variables by name in the task's scopes
        TARGETS.put("GET /tasks/{id}", 9);
        TARGETS.put("POST /cases/{id}/records", 0);
        // the starters' definition, the case's duties, the running check, the start (by that definition's id: by key the
        // engine queries the latest version again), the open tasks
        TARGETS.put("POST /processes/sxLegalReview", 20);
        // the case's processes, their tasks in one query by the case (not one per process), per process its variables
        // (and a serialized value's bytes) and its activities, the case's open tasks with a due date (without counting them)
        TARGETS.put("GET /cases/{id}/timeline", 6);
    }
    /** The most times each operation may query its task by id. */
    static final Map<String, Integer> TASK_READS = Map.of("POST /tasks/{id}/complete", 1, "GET /tasks/{id}", 1);
    /** The most reads of every variable of a scope: a form shows its own fields. */
    static final Map<String, Integer> ALL_VARIABLES = Map.of("GET /tasks/{id}", 0);
    /** The most reads of protected properties: the upload's own check of the folder (the seal check reads none). */
    static final Map<String, Integer> OVERLAY_READS = Map.of("POST /cases/{id}/records", 1);

    private final Map<String, Long> most = new LinkedHashMap<>();
    private final Map<String, Long> taskReads = new LinkedHashMap<>();
    /** Reads of every variable of a scope (no names). */
    private final Map<String, Long> allVariables = new LinkedHashMap<>();
    /** Reads of the protected properties the runtime keeps beside CMIS (ProtectedPropertyOverlay). */
    private final Map<String, Long> overlayReads = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> seen = new LinkedHashMap<>();
    private boolean recording;

    @Test
    void eachOperationReadsItsTaskOnce() {
        // a first case warms the runtime: deployed definitions and form keys are read once per runtime
        journey("粤人社罚〔2026〕299号");
        recording = true;
        for (int i = 0; i < 3; i++) {
            journey("粤人社罚〔2026〕" + (300 + i) + "号");
        }
        List<String> over = new ArrayList<>();
        StringBuilder table = new StringBuilder("| operation | target | engine statements (most seen) | task by id"
                + " | all variables of a scope | protected-property reads |\n|---|---:|---:|---:|---:|---:|\n");
        TARGETS.forEach((op, target) -> {
            long n = most.getOrDefault(op, -1L);
            table.append("| `").append(op).append("` | ").append(target).append(" | ").append(n).append(" | ")
                    .append(taskReads.getOrDefault(op, 0L)).append(" | ").append(allVariables.getOrDefault(op, 0L))
                    .append(" | ").append(overlayReads.getOrDefault(op, 0L)).append(" |\n");
            if (n > target) {
                over.add(op + ": " + n + " > " + target + " " + seen.get(op));
            }
            Integer reads = TASK_READS.get(op);
            if (reads != null && taskReads.getOrDefault(op, 0L) > reads) {
                over.add(op + " queries its task " + taskReads.get(op) + " times, not " + reads);
            }
            Integer unnamed = ALL_VARIABLES.get(op);
            if (unnamed != null && allVariables.getOrDefault(op, 0L) > unnamed) {
                over.add(op + " reads every variable of a scope " + allVariables.get(op) + " times");
            }
            Integer overlay = OVERLAY_READS.get(op);
            if (overlay != null && overlayReads.getOrDefault(op, 0L) > overlay) {
                over.add(op + " reads protected properties " + overlayReads.get(op) + " times, not " + overlay);
            }
        });
        System.out.println(table);
        seen.forEach((op, statements) -> {
            System.out.println("== " + op);
            statements.forEach((s, n) -> System.out.println(n + "\t" + s));
        });
        assertEquals(List.of(), over, "engine statements per operation over their targets");
    }

    private void journey(String caseNumber) {
        OperationJourney.run(http, caseNumber, this::measure);
    }

    private Answer measure(String op, Supplier<Answer> call) {
        fixture.takeStatements();
        Answer answer = call.get();
        Map<String, Long> all = fixture.takeStatements();
        Map<String, Long> statements = new LinkedHashMap<>();
        all.forEach((statement, times) -> {
            // the id generator's block (ACT_GE_PROPERTY: a read and an update every idBlockSize ids) falls on
            // whichever operation runs out of ids: amortized, not any operation's own
            if (statement.contains("ACT_") && !statement.contains("ACT_GE_PROPERTY")) {
                statements.put(statement, times);
            }
        });
        long n = statements.values().stream().mapToLong(Long::longValue).sum();
        if (recording) {
            taskReads.merge(op, count(statements, s -> s.contains(TASK_BY_ID)), Math::max);
            allVariables.merge(op, count(statements, s -> s.startsWith("select * from ACT_RU_VARIABLE where")
                    && !s.contains("NAME_=")), Math::max);
            overlayReads.merge(op, count(all, s -> s.startsWith("SELECT node_id, name, val FROM sx_protected_property")),
                    Math::max);
            if (n > most.getOrDefault(op, -1L)) {
                most.put(op, n);
                seen.put(op, statements);
            }
        }
        return answer;
    }

    private static long count(Map<String, Long> statements, java.util.function.Predicate<String> which) {
        return statements.entrySet().stream().filter(e -> which.test(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }
}
