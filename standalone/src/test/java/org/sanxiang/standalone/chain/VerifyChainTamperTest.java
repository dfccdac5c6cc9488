package org.sanxiang.standalone.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.repo.cmis.CmisCaseRepository;
import org.sanxiang.repo.cmis.CmisEndpoint;
import org.sanxiang.standalone.SanxiangCli;
import org.sanxiang.standalone.cmis.EmbeddedCmisServer;
import org.sanxiang.workflow.port.DocumentDraft;
import org.sanxiang.workflow.record.CaseSeal;
import picocli.CommandLine;

/**
 * Tampering that goes through CMIS itself is named, never a 500 and never "never sealed": a sealed record
 * replaced by a new version ("content changed in version 1.1"), the seal manifest deleted (tampering with
 * the manifest). chongqing-2024 全过程记录 第十四条, wuhan-2020 全过程记录 第二十八条 (不得篡改).
 */
class VerifyChainTamperTest {

    static final String USER = "admin";
    static final String PASSWORD = "tamper-secret";
    static EmbeddedCmisServer server;
    static Session session;
    static CmisCaseRepository cases;

    @BeforeAll
    static void start() {
        server = new EmbeddedCmisServer(0, Map.of(USER, PASSWORD)).start();
        session = new CmisEndpoint(server.browserUrl(), "browser", USER, PASSWORD, null).open();
        cases = new CmisCaseRepository(session);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> sealedCase(String caseNumber) {
        String parent = "cases-" + UUID.randomUUID().toString().substring(0, 8);
        session.getRootFolder().createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", parent));
        String caseId = cases.createCase("/" + parent, caseNumber, Map.of("sx:caseNumber", caseNumber,
                "sx:jurisdictionProfile", "chongqing-2024", "sx:actionCategory", "penalty"));
        List<String> ids = new ArrayList<>(List.of(caseId));
        ids.add(cases.write(caseId, new DocumentDraft("sx:textRecord", "立案审批表.txt", Map.of("sx:stage", "filing"), "立案。")));
        ids.add(cases.write(caseId, new DocumentDraft("sx:textRecord", "询问笔录.txt", Map.of("sx:stage", "investigation"),
                "答：十二名。")));
        ids.add(cases.write(caseId, new DocumentDraft("sx:textRecord", "决定书.txt", Map.of("sx:stage", "decision"), "责令支付。")));
        ids.add(new CaseSeal(cases, cases).seal(caseId, "archivist", Instant.parse("2026-11-20T08:00:00Z")));
        return ids;
    }

    private static String[] run(String caseId) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new SanxiangCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("verify-chain", "--url", server.browserUrl(), "--user", USER, "--password", PASSWORD,
                "--case", caseId);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    @DisplayName("check-out, new content, check-in of a sealed record: 'content changed in version 1.1' (exit 1); the case still reads")
    void newVersionIsNamed() {
        List<String> ids = sealedCase("渝人社监罚〔2026〕41号");
        Document record = (Document) session.getObject(ids.get(2));
        String sealedLabel = record.getVersionLabel();
        Document pwc = (Document) session.getObject(record.checkOut());
        byte[] forged = "答：两名。".getBytes(StandardCharsets.UTF_8);
        pwc.checkIn(false, Map.of(), session.getObjectFactory().createContentStream("询问笔录.txt", forged.length,
                "text/plain", new ByteArrayInputStream(forged)), "edited");
        assertEquals(5, cases.records(ids.get(0)).size(), "the case's records, the manifest and its printed copy still read (no 500)");

        String[] r = run(ids.get(0));
        assertEquals("1", r[0], r[1] + r[2]);
        assertTrue(r[1].contains("记录被替换为新版本 / content changed in a new version"), r[1]);
        assertTrue(r[1].contains("content changed in version 1.1"), r[1]);
        assertTrue(r[1].contains("sealed as version " + sealedLabel), r[1]);
    }

    @Test
    @DisplayName("the seal manifest deleted: tampering with the manifest (exit 1), not 'never sealed'")
    void deletedManifestIsTampering() {
        List<String> ids = sealedCase("渝人社监罚〔2026〕42号");
        session.getObject(ids.get(4)).delete();
        String[] r = run(ids.get(0));
        assertEquals("1", r[0], r[1] + r[2]);
        assertTrue(r[1].contains("封存清单被删除 / seal manifest removed"), r[1]);
        assertTrue(!r[2].contains("never sealed"), r[2]);
    }

    @Test
    @DisplayName("an untouched sealed case on a repository that shows the seal verifies intact")
    void untouchedIsIntact() {
        List<String> ids = sealedCase("渝人社监罚〔2026〕43号");
        assertEquals("0", run(ids.get(0))[0]);
        Folder folder = (Folder) session.getObject(ids.get(0));
        for (CmisObject child : folder.getChildren()) {
            if (child.getId().equals(ids.get(4)) && CaseSeal.MANIFEST_MARKER.equals(child.getPropertyValue("cm:description"))) {
                return;
            }
        }
        throw new AssertionError("no manifest in the case");
    }
}
