package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.standalone.auth.DemoUsers;
import org.sanxiang.standalone.auth.SxGroups;
import org.sanxiang.standalone.cmis.EmbeddedCmisServer;
import org.sanxiang.standalone.rest.Http.Answer;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.standalone.runtime.SanxiangRuntime;

/**
 * Connected mode: a caller acts in the repository through its own CMIS session, so the repository's own
 * permissions apply to what the caller does over REST (issue 12: "a CMIS session per user, so the repository's
 * permissions apply"); the processes' steps run as the runtime. The repository here is an external embedded
 * CMIS server in which {@code officer3} may read but not write, although the operator's users file puts
 * officer3 in the enforcement unit.
 */
class ConnectedCallersTest {

    @TempDir
    static Path dir;
    static EmbeddedCmisServer repository;
    static SanxiangRuntime runtime;
    static RestApi rest;
    static Session admin;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> people = new HashMap<>(Map.of("admin", "admin", "officer3", "officer3"));
        StringBuilder lines = new StringBuilder("officer3:-:" + SxGroups.ENFORCEMENT + "\n");
        DemoUsers.USERS.forEach((name, groups) -> {
            lines.append(name).append(":-:").append(String.join(",", groups)).append('\n');
            people.put(name, name);
        });
        Path users = Files.writeString(dir.resolve("users.txt"), lines);
        repository = new EmbeddedCmisServer(0, (user, password) -> password.equals(people.get(user)),
                user -> !user.equals("officer3")).start();
        RuntimeConfig config = new RuntimeConfig(RuntimeConfig.Mode.CONNECTED, 0, 0, repository.browserUrl(), "browser",
                "admin", "admin", EmbeddedCmisServer.REPOSITORY_ID, "/sanxiang",
                "jdbc:h2:file:" + dir.resolve("db/sanxiang").toAbsolutePath(), "sa", "", "chongqing-2024", dir,
                RuntimeConfig.DEFAULT_MAX_UPLOAD, null, ZoneId.of("Asia/Shanghai"), users);
        runtime = SanxiangRuntime.start(config, java.util.List.of());
        rest = RestApi.start(runtime.guard(), runtime.authenticator(), "127.0.0.1", 0, config.maxUploadBytes(),
                config.defaultProfile());
        admin = CaseJourneyIT.session(BindingType.BROWSER, repository.browserUrl());
    }

    @AfterAll
    static void stop() {
        if (rest != null) {
            rest.close();
        }
        if (runtime != null) {
            runtime.close();
        }
        if (repository != null) {
            repository.close();
        }
    }

    private static Http as(String user) {
        return new Http(rest.url()).as(user);
    }

    @Test
    void aCaseCreatedOverRestIsCreatedInTheRepositoryByItsCaller() {
        CaseJourney journey = new CaseJourney(as("officer1"), "chongqing-2024");
        journey.createCase();
        Folder folder = (Folder) admin.getObject(journey.caseId);
        assertEquals("officer1", folder.getCreatedBy(), "the repository saw the caller, not the runtime's account");
    }

    @Test
    void theRepositorysPermissionsApply_aCallerItDoesNotLetWriteIsRefusedAndNothingIsCreated() {
        Answer created = as("officer3").post("/cases", Map.of("title", "只读用户的案件",
                "facts", Map.of("id", "只读-" + System.nanoTime(), "profile", "chongqing-2024", "action", "penalty",
                        "procedure", "general", "party", Map.of("kind", "organisation"), "fine", 500)));
        assertEquals(403, created.status(), created.toString());
        Folder cases = (Folder) admin.getObjectByPath("/sanxiang/cases");
        Set<String> titles = new java.util.HashSet<>();
        cases.getChildren().forEach(c -> titles.add(c.getName()));
        assertTrue(titles.stream().noneMatch(t -> t.startsWith("只读-")), "nothing created: " + titles);
        // reading stays allowed: the repository lets officer3 read
        assertEquals(200, as("officer3").get("/cases").status());
    }

    @Test
    void aProcessStepRunsAsTheRuntime_evenWhenItsCallerMayNotWriteTheRepository() {
        CaseJourney journey = new CaseJourney(as("officer1"), "chongqing-2024");
        journey.createCase();
        // officer3 is in the unit (the users file), so the guard lets it start the review; the start marks the
        // case as a major decision in the repository, a write of the process, not of officer3
        Answer started = as("officer3").post("/processes/sxLegalReview", Map.of("caseId", journey.caseId,
                "variables", Map.of("sxwf_decisionName", "行政处罚决定", "sxwf_proposedDecision", "拟罚款")));
        assertEquals(201, started.status(), started.toString());
        // officer3's own write to the case is the repository's to refuse
        Answer patched = as("officer3").patch("/cases/" + Http.q(journey.caseId), Map.of("properties",
                Map.of("sx:matterName", "改名")));
        assertEquals(403, patched.status(), patched.toString());
    }
}
