package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.standalone.cmis.EmbeddedCmisServer;
import org.sanxiang.standalone.live.LegalReviewJourney;
import org.sanxiang.standalone.live.StandaloneWorkflow;

/**
 * The live-Alfresco journey client ({@link LegalReviewJourney}) run whole against the standalone runtime: the case
 * folder created over CMIS, the legal review and the disclosure driven through the REST API (where Alfresco has its
 * public workflow REST API), the opinion and the publication checked over CMIS by the same code the recipe runs.
 */
class LegalReviewJourneyStandaloneTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("the live recipe's journey client runs against the standalone: opinion and publication (once, with its fields) over CMIS")
    void journeyClientRunsHere() {
        try (SandboxFixture sandbox = new SandboxFixture(dir, 10_000_000)) {
            Map<String, String> p = new HashMap<>();
            p.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
            p.put(SessionParameter.BROWSER_URL, sandbox.runtime.cmisBrowserUrl());
            p.put(SessionParameter.USER, sandbox.runtime.cmisEndpoint().user());
            p.put(SessionParameter.PASSWORD, sandbox.runtime.cmisEndpoint().password());
            p.put(SessionParameter.REPOSITORY_ID, EmbeddedCmisServer.REPOSITORY_ID);
            Session cmis = SessionFactoryImpl.newInstance().createSession(p);
            LegalReviewJourney journey = new LegalReviewJourney(cmis, new StandaloneWorkflow(sandbox.rest.url()), "/sanxiang/cases");
            String caseId = journey.run();
            assertTrue(journey.completed.stream().anyMatch(t -> t.startsWith("legalReview:agree")), journey.completed.toString());
            assertTrue(journey.completed.stream().anyMatch(t -> t.startsWith("approveDisclosure:approve")), journey.completed.toString());
            assertTrue(caseId != null);
        }
    }
}
