package org.sanxiang.standalone.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.plugin.json.JavalinJackson;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.rules.evaluate.CaseFactsJson;
import org.sanxiang.standalone.console.WebConsole;
import org.sanxiang.standalone.auth.AccessGuard;
import org.sanxiang.standalone.auth.Authenticator;
import org.sanxiang.standalone.auth.BasicAuthentication;
import org.sanxiang.standalone.auth.Principal;
import org.sanxiang.rules.evaluate.InvalidInputException;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.standalone.runtime.Json;
import org.sanxiang.standalone.runtime.Requests;
import org.sanxiang.standalone.runtime.SanxiangService;
import org.sanxiang.standalone.runtime.ServiceException;
import org.sanxiang.standalone.runtime.Views;
import org.sanxiang.standalone.runtime.Views.AnnualReportFile;

/**
 * The REST API ({@code docs/rest-api.md}): a thin JSON adapter over {@link SanxiangService} on Javalin 4
 * (Jetty 9.4), listening on 127.0.0.1 only, beside the web console at {@code /} ({@link WebConsole}), which
 * authenticates with its own login form and session. Every endpoint but {@code /health} wants HTTP Basic
 * credentials (401 without them); the service is called as the authenticated user through the
 * {@link AccessGuard}, which refuses what the user's groups do not allow (403). It parses and checks
 * requests (unknown fields and wrong types are a 400 naming the field), calls the service, and writes
 * its answer or its refusal as JSON.
 */
public final class RestApi implements AutoCloseable {

    public static final String BASE = "/api";
    private static final String NDJSON = "application/x-ndjson";
    /** The size of the whole list a page was cut from. */
    public static final String TOTAL_COUNT = "X-Total-Count";
    /** Whether items follow the page. */
    public static final String HAS_MORE_ITEMS = "X-Has-More-Items";

    private static final String PRINCIPAL = "sanxiang.principal";

    private final AccessGuard guard;
    private final Authenticator authenticator;
    private final ObjectMapper json = Json.mapper();
    private final long maxUploadBytes;
    private final String defaultProfile;
    private final WebConsole console;
    private final Javalin app;

    private RestApi(AccessGuard guard, Authenticator authenticator, long maxUploadBytes, String defaultProfile) {
        this.guard = Objects.requireNonNull(guard, "guard");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.maxUploadBytes = maxUploadBytes;
        this.defaultProfile = defaultProfile;
        this.console = WebConsole.over(guard, authenticator, maxUploadBytes);
        this.app = Javalin.create(config -> {
            console.configure(config);
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json));
            config.maxRequestSize = 16L * 1024 * 1024; // JSON bodies; uploads are streamed
            config.accessManager((handler, ctx, roles) -> {
                // the console's pages authenticate with their own login form and session
                if (ctx.path().equals(BASE + "/health") || !ctx.path().startsWith(BASE + "/")) {
                    handler.handle(ctx);
                    return;
                }
                java.util.Optional<BasicAuthentication.Credentials> credentials =
                        BasicAuthentication.credentials(ctx.header("Authorization"));
                java.util.Optional<Principal> principal = credentials.flatMap(
                        c -> this.authenticator.authenticate(c.user(), c.password()));
                if (principal.isEmpty()) {
                    ctx.header("WWW-Authenticate", BasicAuthentication.CHALLENGE);
                    error(ctx, 401, "authentication required: HTTP Basic with a user of this runtime"
                            + " (the start banner and README list the sandbox's users)", null);
                    return;
                }
                ctx.attribute(PRINCIPAL, principal.get());
                // connected mode: the request acts in the repository through the caller's own session
                AccessGuard.acting(this.guard.caller(credentials.get().user(), credentials.get().password()), () -> {
                    handler.handle(ctx);
                    return null;
                });
            });
        });
        routes();
        console.routes(app);
    }

    /**
     * Starts listening on {@code host:port} (0: a free port).
     *
     * @param guard          the service as each authenticated user may use it
     * @param authenticator  checks the Basic credentials of each request
     * @param defaultProfile the profile a new case gets when its facts name none
     */
    public static RestApi start(AccessGuard guard, Authenticator authenticator, String host, int port, long maxUploadBytes,
            String defaultProfile) {
        RestApi api = new RestApi(guard, authenticator, maxUploadBytes, defaultProfile);
        api.app.start(host, port);
        return api;
    }

    public int port() {
        return app.port();
    }

    /** The web console's address, e.g. {@code http://127.0.0.1:8088/}. */
    public String consoleUrl() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** The API's base URL, e.g. {@code http://127.0.0.1:8088/api}. */
    public String url() {
        return "http://127.0.0.1:" + port() + BASE;
    }

    @Override
    public void close() {
        app.stop();
    }

    private Principal principal(Context ctx) {
        return Objects.requireNonNull(ctx.attribute(PRINCIPAL), "the access manager sets the principal");
    }

    /** The service as the request's authenticated user may use it. */
    private SanxiangService service(Context ctx) {
        return guard.as(principal(ctx));
    }

    private void routes() {
        app.get(BASE + "/health", ctx -> ctx.json(guard.health()));

        app.post(BASE + "/cases", ctx -> ctx.status(201).json(service(ctx).createCase(newCase(body(ctx)))));
        app.get(BASE + "/cases", ctx -> {
            onlyParams(ctx, "skipCount", "maxItems", "includeTotal");
            ctx.json(listing(ctx, service(ctx).cases(page(ctx))));
        });
        app.get(BASE + "/cases/{caseId}", ctx -> ctx.json(service(ctx).getCase(ctx.pathParam("caseId"))));
        app.patch(BASE + "/cases/{caseId}", ctx -> ctx.json(service(ctx).updateCase(ctx.pathParam("caseId"),
                bind(ctx, Requests.CaseUpdate.class))));
        app.get(BASE + "/cases/{caseId}/records", ctx -> ctx.json(service(ctx).records(ctx.pathParam("caseId"))));
        app.post(BASE + "/cases/{caseId}/records", this::upload);
        app.get(BASE + "/cases/{caseId}/records/{recordId}/content", this::content);
        app.post(BASE + "/cases/{caseId}/corrections", ctx -> {
            JsonNode body = body(ctx);
            onlyFields(body, Set.of("properties", "reason", "user"), "");
            if (body.hasNonNull("user") && !body.get("user").asText().equals(principal(ctx).name())) {
                throw ServiceException.forbidden("user", "the acting user is the authenticated user " + principal(ctx).name());
            }
            JsonNode props = body.get("properties");
            if (props == null || !props.isObject()) {
                throw ServiceException.badRequest("properties", "expected an object of the case folder's properties");
            }
            ctx.status(201).json(guard.correct(principal(ctx), ctx.pathParam("caseId"),
                    json.convertValue(props, new TypeReference<LinkedHashMap<String, Object>>() { }),
                    body.hasNonNull("reason") ? body.get("reason").asText() : null));
        });
        app.get(BASE + "/cases/{caseId}/reads", ctx -> ctx.json(guard.reads(principal(ctx), ctx.pathParam("caseId"))));
        app.get(BASE + "/cases/{caseId}/timeline", ctx -> ctx.json(service(ctx).timeline(ctx.pathParam("caseId"))));

        app.post(BASE + "/processes/{processKey}", ctx -> ctx.status(201).json(service(ctx).startProcess(
                ctx.pathParam("processKey"), bind(ctx, Requests.StartProcess.class))));

        app.post(BASE + "/processes/{processInstanceId}/disclosure-events", ctx -> ctx.json(service(ctx).disclosureEvent(
                ctx.pathParam("processInstanceId"), bind(ctx, Requests.DisclosureEvent.class))));

        app.get(BASE + "/tasks", ctx -> {
            onlyParams(ctx, "assignee", "candidateGroup", "caseId", "skipCount", "maxItems", "includeTotal");
            ctx.json(listing(ctx, service(ctx).tasks(new Requests.TaskQuery(ctx.queryParam("assignee"),
                    ctx.queryParam("candidateGroup"), ctx.queryParam("caseId")), page(ctx))));
        });
        app.get(BASE + "/tasks/{taskId}", ctx -> ctx.json(service(ctx).task(ctx.pathParam("taskId"))));
        app.post(BASE + "/tasks/{taskId}/complete", ctx -> ctx.json(service(ctx).completeTask(ctx.pathParam("taskId"),
                bind(ctx, Requests.CompleteTask.class))));

        app.get(BASE + "/deadlines", ctx -> {
            onlyParams(ctx, "status", "withinDays", "caseId", "skipCount", "maxItems", "includeTotal");
            ctx.json(listing(ctx, service(ctx).deadlines(new Requests.DeadlineQuery(ctx.queryParam("status"),
                    integer(ctx.queryParam("withinDays"), "withinDays"), ctx.queryParam("caseId")), page(ctx))));
        });
        app.post(BASE + "/evaluate", this::evaluate);
        app.get(BASE + "/publications/pending", ctx -> ctx.json(service(ctx).pendingPublications()));

        app.get(BASE + "/reports/annual/{year}", ctx -> {
            onlyParams(ctx, "profile", "language", "format");
            int year = year(ctx);
            String format = ctx.queryParam("format");
            if (format == null || format.equals("json")) {
                ctx.json(service(ctx).annualReport(year, bureauProfile(ctx), ctx.queryParam("language")));
                return;
            }
            AnnualReportFile file = service(ctx).annualReportFile(year, bureauProfile(ctx), ctx.queryParam("language"), format);
            ctx.contentType(file.mediaType())
                    .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                    .result(file.bytes());
        });
        app.post(BASE + "/reports/annual/{year}/process", ctx -> {
            onlyParams(ctx, "profile");
            ctx.status(201).json(service(ctx).startAnnualReport(year(ctx), bureauProfile(ctx), null));
        });
        app.get(BASE + "/reports/annual/{year}/figures/{code}", ctx -> {
            onlyParams(ctx, "profile", "skipCount", "maxItems", "includeTotal");
            // the body stays an object (as before paging): the page's ids, its place in the figure in headers
            ctx.json(java.util.Map.of("figure", ctx.pathParam("code"), "ids", listing(ctx,
                    service(ctx).annualReportDrillDown(year(ctx), bureauProfile(ctx), ctx.pathParam("code"), page(ctx)))));
        });

        app.exception(ServiceException.class, (e, ctx) -> error(ctx, e.kind().status(), e.getMessage(), e.field()));
        // connected mode: a read through the caller's own session that the repository's permissions refuse
        app.exception(org.apache.chemistry.opencmis.commons.exceptions.CmisPermissionDeniedException.class,
                (e, ctx) -> error(ctx, 403, "the repository does not permit this to the caller: " + e.getMessage(), null));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("sanxiang REST: " + ctx.method() + " " + ctx.path() + " failed");
            e.printStackTrace();
            error(ctx, 500, "internal error: " + e, null);
        });
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                e.getStatus() == 404 ? "no such endpoint: " + ctx.method() + " " + ctx.path() + " (see docs/rest-api.md)"
                        : e.getMessage(), null));
    }

    // ---- request reading

    private static Requests.Page page(Context ctx) {
        return Requests.Page.of(integer(ctx.queryParam("skipCount"), "skipCount"),
                integer(ctx.queryParam("maxItems"), "maxItems"), bool(ctx.queryParam("includeTotal"), "includeTotal"));
    }

    /** A page stays a JSON array (as before paging); its place in the whole list goes in headers. */
    private static List<?> listing(Context ctx, Views.Listing<?> listing) {
        if (listing.totalNumItems() >= 0) {
            ctx.header(TOTAL_COUNT, Long.toString(listing.totalNumItems()));
        }
        ctx.header(HAS_MORE_ITEMS, Boolean.toString(listing.hasMoreItems()));
        return listing.items();
    }

    private Requests.NewCase newCase(JsonNode body) {
        if (!body.isObject()) {
            throw ServiceException.badRequest(null, "expected a JSON object");
        }
        onlyFields(body, Set.of("title", "facts", "properties"), "");
        JsonNode title = body.get("title");
        if (title != null && !title.isNull() && !title.isTextual()) {
            throw ServiceException.badRequest("title", "expected a string, got " + title.getNodeType().name().toLowerCase());
        }
        JsonNode factsNode = body.get("facts");
        if (factsNode == null || !factsNode.isObject()) {
            throw ServiceException.badRequest("facts", "an object with the case facts (as evaluate reads them) is required");
        }
        ObjectNode facts = ((ObjectNode) factsNode).deepCopy();
        if ((!facts.has("profile") || facts.get("profile").isNull()) && defaultProfile != null) {
            facts.put("profile", defaultProfile);
        }
        CaseFacts read;
        try {
            read = CaseFactsJson.read(facts);
        } catch (InvalidInputException e) {
            throw ServiceException.badRequest(e.field().isEmpty() ? "facts" : "facts." + e.field(),
                    e.getMessage());
        }
        Map<String, Object> properties = Map.of();
        JsonNode props = body.get("properties");
        if (props != null && !props.isNull()) {
            if (!props.isObject()) {
                throw ServiceException.badRequest("properties", "expected an object of "
                        + SanxiangModel.TYPE_CASE_FOLDER.toPrefixString() + " properties");
            }
            properties = json.convertValue(props, new TypeReference<LinkedHashMap<String, Object>>() { });
        }
        return new Requests.NewCase(title == null || title.isNull() ? null : title.asText(), read, properties);
    }

    private void upload(Context ctx) throws IOException {
        onlyParams(ctx, "type", "name", "properties");
        String caseId = ctx.pathParam("caseId");
        long declared = ctx.req.getContentLengthLong();
        if (declared > maxUploadBytes) {
            // refuse before reading: nothing is stored
            throw new ServiceException(ServiceException.Kind.TOO_LARGE, "content", "the upload (" + declared
                    + " bytes) is larger than the limit of " + maxUploadBytes + " bytes");
        }
        Map<String, Object> properties = Map.of();
        String propertiesText = ctx.queryParam("properties");
        if (propertiesText != null && !propertiesText.isBlank()) {
            JsonNode node = parse(propertiesText, "properties");
            if (!node.isObject()) {
                throw ServiceException.badRequest("properties", "expected a JSON object of properties");
            }
            properties = json.convertValue(node, new TypeReference<LinkedHashMap<String, Object>>() { });
        }
        Requests.NewRecord request = new Requests.NewRecord(ctx.queryParam("type"), ctx.queryParam("name"), properties,
                maxUploadBytes);
        try (InputStream content = ctx.req.getInputStream()) {
            ctx.status(201).json(service(ctx).addRecord(caseId, request, content));
        }
    }

    /** A read by default; {@code ?copy=true} takes a copy, which a grant must allow and which is counted and audited. */
    private void content(Context ctx) throws IOException {
        onlyParams(ctx, "copy");
        String copyText = ctx.queryParam("copy");
        if (copyText != null && !copyText.equals("true") && !copyText.equals("false")) {
            throw ServiceException.badRequest("copy", "expected true or false, got \"" + copyText + "\"");
        }
        boolean copy = "true".equals(copyText);
        String caseId = ctx.pathParam("caseId");
        String recordId = ctx.pathParam("recordId");
        Views.RecordContent content = copy ? service(ctx).recordCopy(caseId, recordId) : service(ctx).recordContent(caseId, recordId);
        try (InputStream in = content.stream()) {
            String encoded = java.net.URLEncoder.encode(content.name(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
            ctx.header("Content-Disposition", (copy ? "attachment" : "inline") + "; filename*=UTF-8''" + encoded);
            ctx.header("Cache-Control", "no-store"); // a read leaves no copy behind in a cache
            // a stored file is never a page of this site, even opened in a browser
            ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.contentType(content.mediaType() == null ? "application/octet-stream" : content.mediaType());
            ctx.result(in.readAllBytes());
        }
    }

    private void evaluate(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
        String body = ctx.body();
        if (type.contains("ndjson") || type.contains("jsonl") || type.contains("json-lines")) {
            ctx.contentType(NDJSON).result(service(ctx).evaluate(body));
            return;
        }
        JsonNode cases = parse(body, null);
        if (!cases.isArray()) {
            throw ServiceException.badRequest(null, "expected a JSON array of cases (or send JSON Lines as " + NDJSON + ")");
        }
        StringBuilder lines = new StringBuilder();
        for (JsonNode c : cases) {
            lines.append(c.toString()).append('\n');
        }
        ArrayNode results = json.createArrayNode();
        for (String line : service(ctx).evaluate(lines.toString()).split("\n")) {
            if (!line.isBlank()) {
                results.add(parse(line, null));
            }
        }
        ctx.json(results);
    }

    private JsonNode body(Context ctx) {
        String text = ctx.body();
        if (text == null || text.isBlank()) {
            throw ServiceException.badRequest(null, "a JSON body is required");
        }
        return parse(text, null);
    }

    private JsonNode parse(String text, String field) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw ServiceException.badRequest(field, "not JSON: " + e.getOriginalMessage());
        }
    }

    /** Binds the body to a request record: unknown fields and wrong types are a 400 naming the field. */
    private <T> T bind(Context ctx, Class<T> type) {
        String text = ctx.body();
        if (text == null || text.isBlank()) {
            throw ServiceException.badRequest(null, "a JSON body is required");
        }
        try {
            return json.readValue(text, type);
        } catch (UnrecognizedPropertyException e) {
            throw ServiceException.badRequest(path(e), "unknown field; known: " + e.getKnownPropertyIds());
        } catch (JsonParseException e) {
            throw ServiceException.badRequest(null, "not JSON: " + e.getOriginalMessage());
        } catch (MismatchedInputException e) {
            throw ServiceException.badRequest(path(e), "wrong type: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw ServiceException.badRequest(e instanceof JsonMappingException m ? path(m) : null,
                    e.getOriginalMessage());
        } catch (NumberFormatException e) {
            // a number beyond a double (1e400) cannot be held by the repository either: name it
            String field = null;
            try {
                field = outOfRange(json.reader().with(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                        .readTree(text), "");
            } catch (JsonProcessingException ignored) {
                // parsed once already
            }
            throw ServiceException.badRequest(field, "is not a finite number a repository can hold");
        }
    }

    /** The path of the first number in the tree that a double cannot hold, or null. */
    private static String outOfRange(JsonNode node, String path) {
        if (node.isNumber()) {
            double d = node.doubleValue();
            return Double.isInfinite(d) || Double.isNaN(d) ? path : null;
        }
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                String found = outOfRange(node.get(name), path.isEmpty() ? name : path + "." + name);
                if (found != null) {
                    return found;
                }
            }
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = outOfRange(node.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : path.toString();
    }

    private static void onlyFields(JsonNode node, Set<String> known, String prefix) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw ServiceException.badRequest(prefix + name, "unknown field; known: " + known);
            }
        }
    }

    /** The bureau's profile (its name and rules): the query's, else the runtime's default. */
    private String bureauProfile(Context ctx) {
        String profile = ctx.queryParam("profile");
        return profile == null ? defaultProfile : profile;
    }

    private static int year(Context ctx) {
        Integer year = integer(ctx.pathParam("year"), "year");
        return year == null ? 0 : year;
    }

    private static void onlyParams(Context ctx, String... known) {
        List<String> allowed = List.of(known);
        for (String name : ctx.queryParamMap().keySet()) {
            if (!allowed.contains(name)) {
                throw ServiceException.badRequest(name, "unknown query parameter; known: " + allowed);
            }
        }
    }

    private static Integer integer(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw ServiceException.badRequest(field, "expected a whole number, got \"" + text + "\"");
        }
    }

    private static Boolean bool(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ServiceException.badRequest(field, "expected true or false, got \"" + text + "\"");
        };
    }

    private void error(Context ctx, int status, String message, String field) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error", message);
        error.put("field", field);
        error.put("status", status);
        ctx.status(status).json(error);
    }
}
