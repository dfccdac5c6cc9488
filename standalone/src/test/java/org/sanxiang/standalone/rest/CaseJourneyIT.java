package org.sanxiang.standalone.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.api.SessionFactory;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the shaded jar started with {@code java -jar … serve} (sandbox) as a separate process; a case
 * of each jurisdiction profile driven over the REST API alone through legal review, decision, disclosure,
 * withdrawal, archiving and an access request ({@link CaseJourney}); the results read back with a plain
 * OpenCMIS client over HTTP (browser binding and AtomPub); the process stopped with SIGTERM.
 */
class CaseJourneyIT {

    @TempDir
    Path dir;

    @Test
    void aCaseOfEachProfileRunsThroughTheThreeSystemsAndIsReadBackOverCmis() throws Exception {
        try (JarProcess jar = JarProcess.serve(dir, "--mode", "sandbox", "--rest-port", "0", "--cmis-port", "0",
                "--no-dataset", "--data-dir", dir.toString())) {
            assertEquals("sandbox", jar.http().get("/health").get("mode").asText());
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Future<CaseJourney>> running = new ArrayList<>();
            for (String profile : CaseJourney.PROFILES) {
                running.add(pool.submit(() -> new CaseJourney(jar.http(), profile).run()));
            }
            Map<String, CaseJourney> done = new HashMap<>();
            for (Future<CaseJourney> f : running) {
                CaseJourney j = f.get();
                done.put(j.profile, j);
            }
            pool.shutdown();

            Session browser = session(BindingType.BROWSER, jar.browserUrl);
            for (CaseJourney j : done.values()) {
                readBack(browser, j);
            }
            Session atom = session(BindingType.ATOMPUB, jar.atomPubUrl);
            CaseJourney chongqing = done.get("chongqing-2024");
            Folder folder = (Folder) atom.getObject(chongqing.caseId);
            assertEquals("F:sx:caseFolder", folder.getType().getId(), "AtomPub shows the same type id");
            assertEquals(chongqing.caseNumber, folder.getPropertyValue("sx:caseNumber"));

            assertEquals(143, jar.stop(), "SIGTERM (128 + 15) stops it through the shutdown hook: " + jar.output());
            assertTrue(jar.output().contains("sanxiang: stopping ..."));
        }
    }

    private static void readBack(Session cmis, CaseJourney j) {
        String p = j.profile;
        CmisObject object = cmis.getObject(j.caseId);
        assertEquals("F:sx:caseFolder", object.getType().getId(), p);
        Folder folder = (Folder) object;
        assertEquals(p, folder.getPropertyValue("sx:jurisdictionProfile"));
        assertEquals(j.caseNumber.replace("罚", "罚决"), folder.getPropertyValue("sx:caseDecisionNumber"), p);
        Map<String, List<Document>> byType = new HashMap<>();
        for (CmisObject child : folder.getChildren()) {
            if (child instanceof Document d) {
                byType.computeIfAbsent(d.getType().getId(), k -> new ArrayList<>()).add(d);
            }
        }
        assertTrue(byType.containsKey("D:sx:decisionDocument"), p + ": the uploaded decision: " + byType.keySet());
        if (!p.equals("tianjin-2019")) {
            assertTrue(byType.containsKey("D:sx:accessRequest"), p + ": the access grant slip (" + j.accessDecision + "): "
                    + byType.keySet());
        }
        if (List.of("chongqing-2024", "wuhan-2020", "ningxia-2019").contains(p)) {
            assertTrue(byType.containsKey("D:sx:reviewOpinion"), p + ": the review opinion: " + byType.keySet());
            List<QueryResult> records = new ArrayList<>();
            cmis.query("SELECT cmis:objectId, sx:disclosureState FROM sx:disclosureRecord WHERE cmis:name = '"
                    + j.publicationId + ".txt'", false).forEach(records::add);
            assertEquals(1, records.size(), p + ": one disclosure record for " + j.publicationId);
            assertEquals("withdrawn", records.get(0).getPropertyValueByQueryName("sx:disclosureState"), p);
            Document record = (Document) cmis.getObject((String) records.get(0).getPropertyValueByQueryName("cmis:objectId"));
            assertTrue(record.getPaths().get(0).startsWith("/sanxiang/internal/"), p + ": moved out of the public tree: "
                    + record.getPaths());
        }
        if (!p.equals("tianjin-2019")) {
            List<Document> stageRecords = new ArrayList<>();
            byType.forEach((type, docs) -> {
                if (type.equals("D:sx:textRecord") || type.equals("D:sx:avRecord")) {
                    stageRecords.addAll(docs);
                }
            });
            assertFalse(stageRecords.isEmpty(), p + ": stage records");
            for (Document d : stageRecords) {
                assertTrue(d.getSecondaryTypes().stream().anyMatch(t -> t.getId().equals("P:sx:sealed")),
                        p + ": " + d.getName() + " is sealed");
            }
            assertTrue(byType.getOrDefault("cmis:document", List.of()).stream()
                    .anyMatch(d -> "SXCHAIN1 seal manifest".equals(d.getPropertyValue("cm:description"))), p + ": the seal manifest");
            assertEquals("archived", folder.getPropertyValue("sx:caseState"), p);
        }
    }

    static Session session(BindingType binding, String url) {
        Map<String, String> p = new HashMap<>();
        p.put(SessionParameter.USER, "admin");
        p.put(SessionParameter.PASSWORD, "admin");
        p.put(SessionParameter.BINDING_TYPE, binding.value());
        p.put(binding == BindingType.BROWSER ? SessionParameter.BROWSER_URL : SessionParameter.ATOMPUB_URL, url);
        p.put(SessionParameter.REPOSITORY_ID, "sanxiang");
        SessionFactory factory = SessionFactoryImpl.newInstance();
        Session s = factory.createSession(p);
        s.getDefaultContext().setCacheEnabled(false);
        return s;
    }
}
