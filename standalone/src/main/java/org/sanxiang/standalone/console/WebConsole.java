package org.sanxiang.standalone.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.servlet.MultipartConfigElement;
import javax.servlet.ServletException;
import javax.servlet.http.HttpSession;

import io.javalin.Javalin;
import io.javalin.core.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.MultiParts;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.session.SessionHandler;
import org.sanxiang.rules.calendar.CalendarRepository;
import org.sanxiang.standalone.auth.AccessGuard;
import org.sanxiang.standalone.auth.Authenticator;
import org.sanxiang.standalone.runtime.CallerSessions;
import org.sanxiang.standalone.runtime.SanxiangService;
import org.sanxiang.standalone.runtime.ServiceException;

/**
 * The web console at {@code /}: pages for people, beside the REST API at {@code /api} on the same Javalin
 * server. A login form starts a server-side session (cookie HttpOnly, SameSite=Strict); every page but the
 * login and the public page wants one. Every POST carries the session's CSRF token (403 without it). Pages
 * act through {@link SanxiangService} as the logged-in user.
 */
public final class WebConsole {

    static final String SESSION_COOKIE = "SANXIANG_CONSOLE";
    static final String CSRF_FIELD = "_csrf";
    private static final String PRINCIPAL = "sanxiang.console.principal";
    /** Connected mode: the user's own repository session, kept server-side for the HTTP session's life (no password is kept). */
    private static final String CALLER = "sanxiang.console.caller";
    private static final String CSRF = "sanxiang.console.csrf";
    private static final String LANG = "sanxiang.console.lang";
    private static final String FLASH = "sanxiang.console.flash";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** What a form may carry beside its file (token, type, stage). */
    private static final long FORM_FIELDS_BYTES = 64 * 1024;
    /** Parts smaller than this stay in memory; larger ones (files) are spooled to disk while read. */
    private static final int SPOOL_THRESHOLD = 64 * 1024;
    /** Strict: no inline script or style, nothing from elsewhere; a value that escaped escaping still cannot run. */
    private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private final ConsoleAccess access;
    private final ConsoleUsers users;
    private final Templates templates;
    private final ConsoleMessages messages;
    private final ConsoleForms forms;
    private final CalendarRepository calendars;
    private final ZoneId zone;
    private final Clock clock;
    private final long maxUploadBytes;

    /**
     * @param access    the service as a logged-in user may use it: the REST API's guard
     * @param users     who may log in
     * @param calendars the working-day calendar in force
     * @param maxUploadBytes the largest file a form may upload (the REST API's limit)
     */
    public WebConsole(ConsoleAccess access, ConsoleUsers users,
            CalendarRepository calendars, ZoneId zone, Clock clock, long maxUploadBytes) {
        if (maxUploadBytes <= 0) {
            throw new IllegalArgumentException("maxUploadBytes must be positive: " + maxUploadBytes);
        }
        this.maxUploadBytes = maxUploadBytes;
        this.access = Objects.requireNonNull(access, "access");
        this.users = Objects.requireNonNull(users, "users");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.messages = new ConsoleMessages();
        this.templates = new Templates(messages);
        this.forms = new ConsoleForms(ShareFormConfig.load(), new ModelCatalog(), messages, zone);
    }

    /** The runtime's guarded service: each page acts as its logged-in user; a visitor reads the public tree alone. */
    public static WebConsole over(AccessGuard guard, Authenticator authenticator, long maxUploadBytes) {
        return new WebConsole(ConsoleAccess.of(guard), new RuntimeConsoleUsers(authenticator), new CalendarRepository((java.nio.file.Path) null),
                ZoneId.of("Asia/Shanghai"), Clock.systemUTC(), maxUploadBytes);
    }

    ConsoleAccess access() {
        return access;
    }

    ConsoleForms forms() {
        return forms;
    }

    ConsoleMessages messages() {
        return messages;
    }

    CalendarRepository calendars() {
        return calendars;
    }

    ZoneId zone() {
        return zone;
    }

    Clock clock() {
        return clock;
    }

    /** Sessions: Jetty's, with an HttpOnly, SameSite=Strict cookie of the console's own name. */
    public void configure(JavalinConfig config) {
        config.sessionHandler(() -> {
            SessionHandler sessions = new SessionHandler();
            sessions.setSessionCookie(SESSION_COOKIE);
            sessions.setHttpOnly(true);
            sessions.setSameSite(HttpCookie.SameSite.STRICT);
            sessions.setMaxInactiveInterval(8 * 3600);
            sessions.getSessionCookieConfig().setPath("/");
            return sessions;
        });
    }

    public void routes(Javalin app) {
        app.get("/", ctx -> ctx.redirect("/work"));
        app.get("/console.css", ctx -> resource(ctx, "static/console.css", "text/css; charset=UTF-8"));
        app.get("/login", page(false, p -> p.render("login", Map.of("users", users.listed(),
                "next", safeNext(p.ctx().queryParam("next")), "failed", false))));
        app.post("/login", form(false, this::login));
        app.post("/logout", form(true, p -> {
            p.ctx().req.getSession().invalidate();
            p.ctx().redirect("/login");
        }));
        app.get("/lang", page(false, p -> {
            String to = "en".equals(p.ctx().queryParam("to")) ? "en" : "zh_CN";
            p.session().setAttribute(LANG, to);
            p.ctx().redirect(safeNext(p.ctx().queryParam("back")));
        }));
        new WorkPages(this).routes(app);
        new CasePages(this).routes(app);
        new OverviewPages(this).routes(app);
    }

    private void login(Page p) {
        String user = p.ctx().formParam("user");
        String password = p.ctx().formParam("password");
        Optional<ConsolePrincipal> principal = users.authenticate(user == null ? "" : user.strip(),
                password == null ? "" : password);
        String next = safeNext(p.ctx().formParam("next"));
        if (principal.isEmpty()) {
            p.ctx().status(401);
            p.render("login", Map.of("users", users.listed(), "next", next, "failed", true));
            return;
        }
        CallerSessions.Caller caller = access.caller(principal.get().name(), password);
        // a new session id at login: a session fixed before cannot be taken over
        HttpSession old = p.ctx().req.getSession();
        Object lang = old.getAttribute(LANG);
        old.invalidate();
        HttpSession fresh = p.ctx().req.getSession(true);
        fresh.setAttribute(PRINCIPAL, principal.get());
        if (caller != null) {
            fresh.setAttribute(CALLER, caller);
        }
        fresh.setAttribute(CSRF, token());
        if (lang != null) {
            fresh.setAttribute(LANG, lang);
        }
        p.ctx().redirect(next);
    }

    /** A relative path of this site to go back to; anything else is the start page. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.contains("\r") || next.contains("\n")) {
            return "/work";
        }
        return next;
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void resource(Context ctx, String name, String type) throws IOException {
        try (InputStream in = WebConsole.class.getResourceAsStream(Templates.ROOT + name)) {
            if (in == null) {
                ctx.status(404);
                return;
            }
            ctx.header("Cache-Control", "max-age=3600");
            ctx.contentType(type).result(in.readAllBytes());
        }
    }

    // ---- request handling

    /** What a page handler does with its request. */
    @FunctionalInterface
    interface PageHandler {
        void handle(Page page) throws Exception;
    }

    /** A GET page; {@code login}: only for a logged-in user (else to the login form). */
    Handler page(boolean login, PageHandler handler) {
        return ctx -> run(ctx, login, false, handler);
    }

    /** A POST form: checks the session's CSRF token first (403 without it, nothing done). */
    Handler form(boolean login, PageHandler handler) {
        return ctx -> run(ctx, login, true, handler);
    }

    private void run(Context ctx, boolean login, boolean post, PageHandler handler) {
        headers(ctx);
        Page page = new Page(ctx);
        try {
            if (post && ctx.isMultipartFormData() && !readMultipart(ctx, page, login)) {
                return;
            }
            if (post && !page.csrfOk()) {
                page.error(403, messages.get("error.csrf", page.chinese()));
                return;
            }
            if (login && page.principal() == null) {
                if (post) {
                    page.error(401, messages.get("error.login", page.chinese()));
                } else {
                    String here = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
                    ctx.redirect("/login?next=" + java.net.URLEncoder.encode(here, StandardCharsets.UTF_8));
                }
                return;
            }
            access.acting(page.caller(), () -> {
                handler.handle(page);
                return null;
            });
        } catch (ServiceException e) {
            page.error(e.kind().status(), page.describe(e));
        } catch (Forbidden e) {
            page.error(403, e.getMessage());
        } catch (org.apache.chemistry.opencmis.commons.exceptions.CmisPermissionDeniedException e) {
            page.error(403, e.getMessage()); // connected mode: the repository's own permissions
        } catch (Exception e) {
            System.err.println("sanxiang console: " + ctx.method() + " " + ctx.path() + " failed");
            e.printStackTrace();
            page.error(500, messages.get("error.internal", page.chinese()));
        } finally {
            deleteSpooledParts(ctx);
        }
    }

    /**
     * Reads a multipart form under the upload limit, for a logged-in user only: Jetty spools the body to disk as it
     * parses it, so an anonymous or oversized body must be refused before it is read. False when refused (answered).
     */
    private boolean readMultipart(Context ctx, Page page, boolean login) {
        if (login && page.principal() == null) {
            page.error(401, messages.get("error.login", page.chinese()));
            return false;
        }
        ctx.req.setAttribute(Request.MULTIPART_CONFIG_ELEMENT, new MultipartConfigElement(
                System.getProperty("java.io.tmpdir"), maxUploadBytes, maxUploadBytes + FORM_FIELDS_BYTES, SPOOL_THRESHOLD));
        try {
            ctx.req.getParts();
            return true;
        } catch (IllegalStateException e) { // Jetty's answer to a part or body over its limit
            page.error(413, messages.format("error.tooLarge", page.chinese(), maxUploadBytes));
        } catch (IOException | ServletException e) {
            page.error(400, messages.format("error.form", page.chinese(), String.valueOf(e.getMessage())));
        }
        return false;
    }

    /**
     * Jetty spools the fields and files of a multipart form to the temp directory, and Javalin's servlet context
     * never runs the request listener that would delete them: without this each upload's content (evidence, names,
     * identity numbers) stayed there for good. Also deletes what a refused, half-read body left.
     */
    private static void deleteSpooledParts(Context ctx) {
        if (ctx.req.getAttribute(Request.MULTIPARTS) instanceof MultiParts parts) {
            try {
                parts.close();
            } catch (IOException | RuntimeException e) {
                System.err.println("sanxiang console: the spooled parts of " + ctx.path() + " could not be deleted: " + e);
            }
        }
    }

    private static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }

    /** A refusal of the console's own (a task not offered to the user, a page for another group): 403. */
    static final class Forbidden extends RuntimeException {
        Forbidden(String message) {
            super(message);
        }
    }

    /** One request of the console: its session, user, language and token, and how it answers. */
    final class Page {
        private final Context ctx;

        Page(Context ctx) {
            this.ctx = ctx;
        }

        Context ctx() {
            return ctx;
        }

        HttpSession session() {
            HttpSession session = ctx.req.getSession(true);
            if (session.getAttribute(CSRF) == null) {
                session.setAttribute(CSRF, token());
            }
            return session;
        }

        ConsolePrincipal principal() {
            HttpSession session = ctx.req.getSession(false);
            return session == null ? null : (ConsolePrincipal) session.getAttribute(PRINCIPAL);
        }

        /** The user's own repository session (connected mode), or null. */
        CallerSessions.Caller caller() {
            HttpSession session = ctx.req.getSession(false);
            return session == null ? null : (CallerSessions.Caller) session.getAttribute(CALLER);
        }

        /** The service as this page's user. */
        SanxiangService service() {
            return access.service(principal());
        }

        boolean chinese() {
            HttpSession session = ctx.req.getSession(false);
            return session == null || !"en".equals(session.getAttribute(LANG));
        }

        String csrf() {
            return (String) session().getAttribute(CSRF);
        }

        boolean csrfOk() {
            HttpSession session = ctx.req.getSession(false);
            String expected = session == null ? null : (String) session.getAttribute(CSRF);
            String given = ctx.formParam(CSRF_FIELD);
            return expected != null && given != null
                    && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
        }

        String t(String key, Object... args) {
            return messages.format(key, chinese(), args);
        }

        void flash(String message) {
            session().setAttribute(FLASH, message);
        }

        /** After a POST: to the page that shows its result. */
        void seeOther(String path) {
            ctx.status(303).header("Location", path);
        }

        void render(String template, Map<String, ?> model) {
            Map<String, Object> all = new HashMap<>(model);
            ConsolePrincipal principal = principal();
            all.put("user", principal);
            all.put("csrf", csrf());
            all.put("lang", chinese() ? "zh_CN" : "en");
            all.put("here", ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()));
            Object flash = session().getAttribute(FLASH);
            session().removeAttribute(FLASH);
            all.put("flash", flash == null ? "" : flash);
            all.putIfAbsent("nav", "");
            ctx.contentType("text/html; charset=UTF-8").result(templates.render(template, all, chinese()));
        }

        void error(int status, String message) {
            ctx.status(status);
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("status", status);
            model.put("message", message);
            render("error", model);
        }

        /** A service refusal in words: the field named by its label where the console knows it. */
        String describe(ServiceException e) {
            String field = e.field();
            if (field == null) {
                return e.getMessage();
            }
            String input = field.replaceFirst("^(values|variables|properties|facts)\\.", "").replaceAll("\\[\\d+]$", "");
            String label = forms.model().property(input.replaceFirst("_", ":")).map(p -> forms.model().label(p, chinese()))
                    .orElse(null);
            return label == null ? t("error.field", field, e.getMessage()) : t("error.field", label, e.getMessage());
        }
    }

    /** The parameters of a submitted form (URL-encoded or multipart). */
    static Map<String, List<String>> params(Context ctx) {
        return ctx.formParamMap();
    }
}
