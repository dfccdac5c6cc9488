package org.sanxiang.standalone.live;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The live-Alfresco proof (the {@code alfresco-it} profile and {@code .github/workflows/alfresco-it.yml}): against
 * the stack of {@code docker/} with both AMPs applied, the journey client starts a legal review on a case folder
 * through Alfresco's public workflow REST API, completes its tasks and the disclosure's, and checks over
 * Alfresco's CMIS the opinion document, the publication and the seal (sealed on add by the repository module).
 * Runs only when {@code sanxiang.alfresco.url} is set; the normal build never reaches for Alfresco.
 */
@EnabledIfSystemProperty(named = "sanxiang.alfresco.url", matches = ".+")
class AlfrescoJourneyIT {

    @Test
    @DisplayName("live Alfresco: legal review and disclosure over the public workflow API; opinion, publication and seal over CMIS")
    void journey() throws InterruptedException {
        String alfresco = System.getProperty("sanxiang.alfresco.url");
        String password = System.getProperty("sanxiang.alfresco.password", "admin");
        AlfrescoWorkflow workflow = new AlfrescoWorkflow(alfresco, password);
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (!workflow.ready()) {
            assertTrue(System.nanoTime() < deadline, "Alfresco at " + alfresco + " did not become ready in 10 minutes");
            Thread.sleep(5_000);
        }
        workflow.ensureUsers();
        Map<String, String> p = new HashMap<>();
        p.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
        p.put(SessionParameter.BROWSER_URL, alfresco.replaceAll("/+$", "") + "/api/-default-/public/cmis/versions/1.1/browser");
        p.put(SessionParameter.USER, "admin");
        p.put(SessionParameter.PASSWORD, password);
        p.put(SessionParameter.REPOSITORY_ID, "-default-");
        Session cmis = SessionFactoryImpl.newInstance().createSession(p);
        LegalReviewJourney journey = new LegalReviewJourney(cmis, workflow, "/sanxiang/cases");
        String caseId = journey.run();
        // in Alfresco the repository module seals each record as it is added (SealOnAddBehaviours)
        JourneyChecks.seal(cmis, caseId);
    }
}
