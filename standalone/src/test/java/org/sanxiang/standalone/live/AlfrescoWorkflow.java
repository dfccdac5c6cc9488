package org.sanxiang.standalone.live;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sanxiang.standalone.auth.DemoUsers;

/**
 * {@link Workflow} over Alfresco's public workflow REST API
 * ({@code /alfresco/api/-default-/public/workflow/versions/1}: {@code processes}, {@code processes/{id}/tasks},
 * {@code tasks/{id}} and {@code tasks/{id}/candidates}). The module's processes are deployed by the repository
 * AMP under the keys Share shows as {@code activiti$sxLegalReview} …; the case folder is the process's package
 * item. {@link #ensureUsers} creates the sandbox's users (password = user name) in the groups the processes
 * name, so the separations of duty hold as in the standalone runtime.
 */
public final class AlfrescoWorkflow implements Workflow {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String alfresco;
    private final String adminPassword;

    /** @param alfresco the repository's base URL, e.g. {@code http://localhost:8080/alfresco} */
    public AlfrescoWorkflow(String alfresco, String adminPassword) {
        this.alfresco = alfresco.replaceAll("/+$", "");
        this.adminPassword = adminPassword;
    }

    private String workflow(String path) {
        return alfresco + "/api/-default-/public/workflow/versions/1" + path;
    }

    private String core(String path) {
        return alfresco + "/api/-default-/public/alfresco/versions/1" + path;
    }

    /** Creates the sandbox's users and their group memberships where they are missing (as admin). */
    public void ensureUsers() {
        for (Map.Entry<String, Set<String>> u : DemoUsers.USERS.entrySet()) {
            if (u.getKey().equals("admin")) {
                continue;
            }
            send("admin", adminPassword, "POST", core("/people"), Map.of("id", u.getKey(), "firstName", u.getKey(),
                    "email", u.getKey() + "@sanxiang.invalid", "password", u.getKey()), 201, 409);
            for (String group : u.getValue()) {
                String id = group.startsWith("GROUP_") ? group.substring("GROUP_".length()) : group;
                send("admin", adminPassword, "POST", core("/groups"), Map.of("id", id, "displayName", id), 201, 409);
                send("admin", adminPassword, "POST", core("/groups/" + group + "/members"),
                        Map.of("id", u.getKey(), "memberType", "PERSON"), 201, 409);
            }
        }
    }

    @Override
    public String start(String processKey, String caseFolderId, String user, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("processDefinitionKey", processKey);
        body.put("variables", plain(variables));
        body.put("items", List.of(nodeId(caseFolderId)));
        return send(user, user, "POST", workflow("/processes"), body, 201).path("entry").path("id").asText();
    }

    @Override
    public List<OpenTask> openTasks(String processInstanceId) {
        List<OpenTask> tasks = new ArrayList<>();
        for (JsonNode e : send("admin", adminPassword, "GET", workflow("/processes/" + processInstanceId + "/tasks?status=active"),
                null, 200).path("list").path("entries")) {
            String id = e.path("entry").path("id").asText();
            List<String> groups = new ArrayList<>();
            for (JsonNode c : send("admin", adminPassword, "GET", workflow("/tasks/" + id + "/candidates"), null, 200)
                    .path("list").path("entries")) {
                if ("group".equals(c.path("entry").path("candidateType").asText())) {
                    groups.add(c.path("entry").path("candidateId").asText());
                }
            }
            tasks.add(new OpenTask(id, e.path("entry").path("activityDefinitionId").asText(), groups));
        }
        return tasks;
    }

    @Override
    public void complete(OpenTask task, String user, Map<String, Object> variables) {
        send(user, user, "PUT", workflow("/tasks/" + task.id() + "?select=state"), Map.of("state", "claimed"), 200);
        List<Map<String, Object>> vars = new ArrayList<>();
        plain(variables).forEach((name, value) -> vars.add(Map.of("name", name, "value", value, "scope", "local")));
        send(user, user, "PUT", workflow("/tasks/" + task.id() + "?select=state,variables"),
                Map.of("state", "completed", "variables", vars), 200);
    }

    @Override
    public boolean ended(String processInstanceId) {
        return send("admin", adminPassword, "GET", workflow("/processes/" + processInstanceId), null, 200)
                .path("entry").path("completed").asBoolean(false);
    }

    /** Whether the repository answers (the recipe waits for it). */
    public boolean ready() {
        try {
            HttpRequest r = HttpRequest.newBuilder(URI.create(alfresco + "/api/-default-/public/alfresco/versions/1/probes/-ready-"))
                    .timeout(Duration.ofSeconds(10)).GET().build();
            return http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A CMIS object id as the workflow API names a node: the UUID, without store or version. */
    static String nodeId(String cmisId) {
        String id = cmisId.startsWith("workspace://SpacesStore/") ? cmisId.substring("workspace://SpacesStore/".length()) : cmisId;
        int semicolon = id.indexOf(';');
        return semicolon < 0 ? id : id.substring(0, semicolon);
    }

    private static Map<String, Object> plain(Map<String, Object> variables) {
        Map<String, Object> out = new LinkedHashMap<>();
        variables.forEach((k, v) -> out.put(k, v instanceof LocalDate d ? d.toString() : v));
        return out;
    }

    private JsonNode send(String user, String password, String method, String url, Object body, int... accepted) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/json");
            if (body == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                b.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
            }
            HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (int ok : accepted) {
                if (response.statusCode() == ok) {
                    return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
                }
            }
            throw new AssertionError(method + " " + url + " as " + user + ": " + response.statusCode() + " " + response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
