package org.sanxiang.standalone.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.standalone.auth.DemoUsers;
import org.sanxiang.standalone.auth.SxGroups;
import org.sanxiang.standalone.auth.UserDirectory;
import org.sanxiang.standalone.rest.RestApi;
import org.sanxiang.standalone.runtime.Requests;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.standalone.runtime.SanxiangRuntime;

/**
 * The console has no rules of its own: it logs people in through the runtime's authenticator and acts
 * through the REST API's guard, so a separation of duty and the sealed-case refusal stop a click as they
 * stop a REST call, and the login page lists the demo users only where their passwords are the published ones.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleGuardTest {

    private SanxiangRuntime runtime;
    private RestApi rest;

    @BeforeAll
    void start(@TempDir Path dir) {
        RuntimeConfig config = RuntimeConfig.sandbox(dir);
        runtime = SanxiangRuntime.start(config, List.of());
        // one person in the unit, the archive and the leadership: the groups would let him approve, the duty does not
        UserDirectory users = UserDirectory.of(List.of(
                UserDirectory.hashed("dual5", "dual5", Set.of(SxGroups.ENFORCEMENT, SxGroups.ARCHIVISTS, SxGroups.LEADERS)),
                UserDirectory.hashed("officer1", "officer1", Set.of(SxGroups.ENFORCEMENT)),
                UserDirectory.hashed("integrator1", "integrator1", Set.of(SxGroups.INTEGRATORS))));
        rest = RestApi.start(runtime.guard(), users, "127.0.0.1", 0, config.maxUploadBytes(), config.defaultProfile());
    }

    @AfterAll
    void stop() {
        rest.close();
        runtime.close();
    }

    private ConsoleClient client() {
        return new ConsoleClient(rest.consoleUrl());
    }

    private String createCase(ConsoleClient c, String number) {
        ConsoleClient.Page form = c.get("/cases/new");
        ConsoleClient.Page created = c.post("/cases", "_csrf", form.csrf(), "sx_caseNumber", number, "sx_caseName", "守卫",
                "sx_jurisdictionProfile", "chongqing-2024", "sx_actionCategory", "penalty", "sx_procedure", "general",
                "sx_enforcementUnit", "单位");
        assertEquals(303, created.status(), created.body());
        return created.location();
    }

    @Test
    @org.junit.jupiter.api.DisplayName("tianjin-2019 实施方案 附件, ningxia-2019 附件6: the console's create form refuses a Tianjin case without its catalogued matter, and carries the matter and the licence type onto the case")
    void theCreateFormCarriesTheMatterAndTheLicenceType() {
        ConsoleClient c = client().login("officer1");
        ConsoleClient.Page form = c.get("/cases/new");
        assertTrue(form.body().contains("sx_catalogueMatter") && form.body().contains("sx_licenceType"), "both fields on the form");
        ConsoleClient.Page refused = c.post("/cases", "_csrf", form.csrf(), "sx_caseNumber", "TJ-CONSOLE-1", "sx_caseName", "天津",
                "sx_jurisdictionProfile", "tianjin-2019", "sx_actionCategory", "licence", "sx_procedure", "general");
        assertEquals(400, refused.status(), "the form again, with the problem");
        assertTrue(refused.body().contains("facts.matter") || refused.body().contains("catalogued matter"), refused.body());

        form = c.get("/cases/new");
        ConsoleClient.Page created = c.post("/cases", "_csrf", form.csrf(), "sx_caseNumber", "TJ-CONSOLE-2", "sx_caseName", "天津",
                "sx_jurisdictionProfile", "tianjin-2019", "sx_actionCategory", "licence", "sx_procedure", "general",
                "sx_catalogueMatter", "licence-1", "sx_licenceType", "labour-dispatch");
        assertEquals(303, created.status(), created.body());
        Map<String, Object> properties = runtime.service().getCase(caseId(created.location())).properties();
        assertEquals("licence-1", properties.get("sx:catalogueMatter"));
        assertEquals("labour-dispatch", properties.get("sx:licenceType"));
    }

    @Test
    void theRequesterDoesNotApproveHisAccessRequestInTheConsoleEither() {
        ConsoleClient dual = client().login("dual5");
        String path = createCase(dual, "GUARD-1");
        runtime.service().updateCase(caseId(path), new Requests.CaseUpdate(
                Map.of(SanxiangModel.PROP_PARTY_NAME.toPrefixString(), "张三"), "system"));
        ConsoleClient.Page start = dual.get(path + "/start/sxAccess");
        assertEquals(200, start.status(), start.body());
        ConsoleClient.Page started = dual.post(path + "/start/sxAccess", "_csrf", start.csrf(), "sxwf_requesterKind", "party",
                "sxwf_requesterName", "dual5", "sxwf_requesterOrganisation", "张三", "sxwf_requesterPartyId", "张三", "sxwf_accessReason", "行政诉讼举证",
                "sxwf_periodWorkingDays", "5");
        assertEquals(303, started.status(), started.body());
        assertEquals("张三", runtime.service().getCase(caseId(path)).properties().get(SanxiangModel.PROP_PARTY_NAME.toPrefixString()));
        String casePage = dual.get(path).body();
        Matcher task = Pattern.compile("href=\"(/tasks/[^\"]+)\" data-task-key=\"approveAccess\"").matcher(casePage);
        assertTrue(task.find(), "the approval is open: " + casePage);

        ConsoleClient.Page page = dual.get(task.group(1));
        assertEquals(403, page.status(), "the guard's separation of duty, not the groups, refuses the form");
        assertTrue(page.body().contains("wuhan-2020 全过程记录 第二十七条"), page.body());
        ConsoleClient.Page claimed = dual.post(task.group(1) + "/claim", "_csrf", dual.get("/work").csrf());
        assertEquals(303, claimed.status(), "his groups make him a candidate: the guard lets him claim, as REST does");
        ConsoleClient.Page refused = dual.post(task.group(1), "_csrf", dual.get("/work").csrf(), "outcome", "approve",
                "sxwf_grantUntil", "2099-01-01T10:00", "sxwf_copiesAllowed", "false");
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.body().contains("wuhan-2020 全过程记录 第二十七条"), refused.body());
        assertTrue(runtime.service().tasks(new Requests.TaskQuery(null, null, caseId(path))).stream()
                .anyMatch(t -> t.key().equals("approveAccess")), "still open");
    }

    @Test
    void aSealedCaseRefusesAnUploadFromTheConsole() {
        ConsoleClient officer = client().login("officer1");
        String path = createCase(officer, "GUARD-2");
        String caseId = caseId(path);
        runtime.service().updateCase(caseId, new Requests.CaseUpdate(
                Map.of(SanxiangModel.PROP_CASE_STATE.toPrefixString(), "archived"), "system"));
        assertEquals("archived", runtime.service().getCase(caseId).state(), "archived by the processes' own service");
        assertTrue(runtime.guard().sealed(caseId), "sealed");
        int records = runtime.service().records(caseId).size();
        ConsoleClient.Page casePage = officer.get(path);
        ConsoleClient.Page up = officer.upload(path + "/records", Map.of("_csrf", casePage.csrf(), "type",
                SanxiangModel.TYPE_EVIDENCE.toPrefixString(), "stage", ""), "b.txt", "补".getBytes(StandardCharsets.UTF_8));
        assertEquals(303, up.status(), "back to the case page, which says why");
        String said = officer.get(path).body();
        assertTrue(said.contains("wuhan-2020 全过程记录 第二十八条"), said);
        assertEquals(records, runtime.service().records(caseId).size(), "nothing stored");
    }

    @Test
    void theLoginPageListsTheDemoUsersOnlyWhereTheirPasswordsArePublished() {
        String login = client().get("/login").body();
        assertFalse(login.contains("leader1"), "a users file's people are not listed");
        assertTrue(new RuntimeConsoleUsers(DemoUsers.published()).listed().stream().anyMatch(u -> u.name().equals("leader1")));
        assertTrue(new RuntimeConsoleUsers(DemoUsers.directory()).listed().isEmpty(), "the same users, unpublished");
        assertTrue(new RuntimeConsoleUsers(runtime.authenticator()).listed().size() == DemoUsers.USERS.size(),
                "the sandbox's demo users");
        ConsoleClient c = client();
        ConsoleClient.Page wrong = c.post("/login", "_csrf", c.get("/login").csrf(), "user", "leader1", "password", "leader1");
        assertEquals(401, wrong.status(), "no one outside the runtime's authenticator logs in");
    }

    @Test
    void aGranteeViewsARecordButCopiesOnlyWhenTheGrantAllowsIt_wuhan2020_全过程记录_第二十七条第三款() {
        ConsoleClient officer = client().login("officer1");
        String path = createCase(officer, "GUARD-COPY");
        String caseId = caseId(path);
        ConsoleClient.Page casePage = officer.get(path);
        assertEquals(303, officer.upload(path + "/records", Map.of("_csrf", casePage.csrf(), "type", "sx:evidence", "stage", ""),
                "笔录.txt", "询问笔录".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(303, officer.upload(path + "/records", Map.of("_csrf", officer.get(path).csrf(), "type", "sx:evidence",
                "stage", ""), "录像.bin", new byte[] {0, 1, 2, 3, (byte) 0xff}).status());
        List<String> ids = runtime.service().records(caseId).stream().map(r -> r.id()).toList();
        String text = path + "/records/" + ids.get(0);
        String binary = path + "/records/" + ids.get(1);
        String page = officer.get(path).body();
        assertTrue(page.contains("href=\"" + text + "?copy\" class=\"record-copy"), page);

        org.sanxiang.standalone.runtime.JdbcAccessGrants grants = new org.sanxiang.standalone.runtime.JdbcAccessGrants(runtime.database());
        String readOnly = grants.grant(caseId, "integrator1", ids, java.time.Instant.now().plusSeconds(3600), false);
        ConsoleClient grantee = client().login("integrator1");
        ConsoleClient.Page viewed = grantee.get(text);
        assertEquals(200, viewed.status(), viewed.body());
        assertTrue(viewed.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"), "shown, a read");
        assertEquals("no-store", viewed.headers().firstValue("Cache-Control").orElse(""));
        ConsoleClient.Page copy = grantee.get(text + "?copy");
        assertEquals(403, copy.status(), "a copy needs a grant that allows copies");
        assertTrue(copy.body().contains("wuhan-2020 全过程记录 第二十七条第三款"), copy.body());
        assertEquals(403, grantee.get(binary).status(), "a download is a copy");
        assertEquals(0, grants.copiesTaken(readOnly));

        grants.revoke(readOnly, "returned");
        String copies = grants.grant(caseId, "integrator1", ids, java.time.Instant.now().plusSeconds(3600), true);
        ConsoleClient.Page taken = grantee.get(text + "?copy");
        assertEquals(200, taken.status(), taken.body());
        assertTrue(taken.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals(200, grantee.get(binary).status());
        assertEquals(200, grantee.get(text).status(), "viewing stays a read");
        assertEquals(2, grants.copiesTaken(copies), "the copy and the download counted, the view not");
    }

    private String caseId(String path) {
        return java.net.URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
    }
}
