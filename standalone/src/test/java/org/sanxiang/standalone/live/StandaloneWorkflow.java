package org.sanxiang.standalone.live;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.sanxiang.standalone.rest.Http;
import org.sanxiang.workflow.WorkflowVariables;

/**
 * {@link Workflow} over the standalone runtime's REST API ({@code POST /api/processes/{key}}, {@code GET /api/tasks},
 * {@code POST /api/tasks/{id}/complete}), each call as the acting user (the sandbox's password is the user name),
 * so the journey client runs whole in the test suite.
 */
public final class StandaloneWorkflow implements Workflow {

    private final Http http;
    private final Map<String, String> caseOf = new HashMap<>();

    /** @param api the REST API's base URL, e.g. {@code http://127.0.0.1:8088/api} */
    public StandaloneWorkflow(String api) {
        this.http = new Http(api);
    }

    @Override
    public String start(String processKey, String caseFolderId, String user, Map<String, Object> variables) {
        Http.Answer started = http.as(user).post("/processes/" + processKey, Map.of("caseId", caseFolderId, "user", user,
                "variables", plain(variables)));
        if (started.status() != 201) {
            throw new AssertionError("start " + processKey + ": " + started);
        }
        String id = started.get("id").asText();
        caseOf.put(id, caseFolderId);
        return id;
    }

    @Override
    public List<OpenTask> openTasks(String processInstanceId) {
        List<OpenTask> open = new ArrayList<>();
        for (JsonNode t : http.as("admin").get("/tasks?caseId=" + Http.q(caseOf.get(processInstanceId))).json()) {
            if (t.get("processInstanceId").asText().equals(processInstanceId)) {
                List<String> groups = new ArrayList<>();
                t.get("candidateGroups").forEach(g -> groups.add(g.asText()));
                open.add(new OpenTask(t.get("id").asText(), t.get("key").asText(), groups));
            }
        }
        return open;
    }

    @Override
    public void complete(OpenTask task, String user, Map<String, Object> variables) {
        Map<String, Object> values = plain(variables);
        Object outcome = values.remove(WorkflowVariables.outcome(task.key()));
        Map<String, Object> body = new HashMap<>();
        body.put("user", user);
        body.put("outcome", outcome);
        body.put("values", values);
        Http.Answer done = http.as(user).post("/tasks/" + task.id() + "/complete", body);
        if (done.status() != 200) {
            throw new AssertionError("complete " + task.key() + " as " + user + ": " + done);
        }
    }

    @Override
    public boolean ended(String processInstanceId) {
        for (JsonNode p : http.as("admin").get("/cases/" + Http.q(caseOf.get(processInstanceId))).get("processes")) {
            if (p.get("id").asText().equals(processInstanceId)) {
                return !p.get("endedAt").isNull();
            }
        }
        throw new AssertionError("process " + processInstanceId + " is not on its case");
    }

    private static Map<String, Object> plain(Map<String, Object> variables) {
        Map<String, Object> out = new LinkedHashMap<>();
        variables.forEach((k, v) -> out.put(k, v instanceof LocalDate d ? d.toString() : v));
        return out;
    }
}
