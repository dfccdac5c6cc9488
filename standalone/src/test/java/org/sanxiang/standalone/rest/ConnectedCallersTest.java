package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.apache.chemistry.opencmis.client.api.Folder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sanxiang.standalone.rest.Http.Answer;

/**
 * Connected mode: a caller acts in the repository through its own CMIS session, so the repository's own
 * permissions apply to what the caller does over REST (issue 12: "a CMIS session per user, so the repository's
 * permissions apply"); the processes' steps run as the runtime. The repository here is an external embedded
 * CMIS server in which {@code officer3} may read but not write, although the operator's users file puts
 * officer3 in the enforcement unit.
 */
class ConnectedCallersTest {

    @RegisterExtension
    static final ConnectedFixture.PerClass fixture = new ConnectedFixture.PerClass();

    private static Http as(String user) {
        return fixture.get().as(user);
    }

    @Test
    void aCaseCreatedOverRestIsCreatedInTheRepositoryByItsCaller() {
        CaseJourney journey = new CaseJourney(as("officer1"), "chongqing-2024");
        journey.createCase();
        Folder folder = (Folder) fixture.get().admin.getObject(journey.caseId);
        assertEquals("officer1", folder.getCreatedBy(), "the repository saw the caller, not the runtime's account");
    }

    @Test
    void theRepositorysPermissionsApply_aCallerItDoesNotLetWriteIsRefusedAndNothingIsCreated() {
        Answer created = as("officer3").post("/cases", Map.of("title", "只读用户的案件",
                "facts", Map.of("id", "只读-" + System.nanoTime(), "profile", "chongqing-2024", "action", "penalty",
                        "procedure", "general", "party", Map.of("kind", "organisation"), "fine", 500)));
        assertEquals(403, created.status(), created.toString());
        Folder cases = (Folder) fixture.get().admin.getObjectByPath("/sanxiang/cases");
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
