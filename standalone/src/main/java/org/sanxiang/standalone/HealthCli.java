package org.sanxiang.standalone;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code health}: asks a running runtime (GET /api/health) what is in flight — steps awaiting
 * reconciliation and pending publications, with their age. Exit code 0 when nothing waits longer than
 * {@code --stuck-after}, 1 otherwise, 2 when the runtime cannot be reached.
 */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = "Show what a running runtime has in flight: steps awaiting reconciliation, pending publications.")
public final class HealthCli implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--url", defaultValue = "${env:SANXIANG_URL:-http://127.0.0.1:8088/api}",
            description = "the REST API's base URL (default: ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--stuck-after", defaultValue = "300", description = "seconds after which a waiting item counts as stuck")
    long stuckAfter;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        JsonNode health;
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                    HttpRequest.newBuilder(URI.create(url + "/health")).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            health = new ObjectMapper().readTree(response.body());
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("health: " + url + " cannot be reached: " + e.getMessage());
            return 2;
        }
        boolean stuck = false;
        out.println("status " + health.path("status").asText() + ", " + health.path("mode").asText() + ", " + url);
        for (String kind : new String[] {"steps", "publications"}) {
            JsonNode items = health.path(kind);
            out.println((kind.equals("steps") ? "steps awaiting reconciliation: " : "pending publications: ") + items.size());
            for (JsonNode i : items) {
                long age = i.path("ageSeconds").asLong();
                stuck |= age > stuckAfter;
                out.println("  " + (age > stuckAfter ? "STUCK " : "") + age + " s  " + i.path("what").asText() + "  case "
                        + i.path("caseId").asText() + "  " + i.path("state").asText()
                        + (i.path("lastError").isNull() || i.path("lastError").isMissingNode() ? "" : "  " + i.path("lastError").asText()));
            }
        }
        return stuck ? 1 : 0;
    }
}
