package org.sanxiang.standalone.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ContentStreamImpl;
import org.apache.chemistry.opencmis.inmemory.server.InMemoryServiceFactoryImpl;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.Content;
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
 * {@code verify-chain} against a real embedded CMIS server over HTTP: a sealed case verifies intact
 * (exit 0); after one record's content is replaced it is broken at that record (exit 1); bad usage
 * exits 2. The chain is the one records must keep: chongqing-2024 全过程记录 第十四条,
 * wuhan-2020 全过程记录 第二十八条, fushun-2026 全过程记录 第二十一条 (不得篡改).
 */
class VerifyChainCliTest {

    static final String USER = "admin";
    static final String PASSWORD = "chain-secret";
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

    /** The InMemory repository's own object, reached past the HTTP bindings. */
    private static Content storedContent(String objectId) throws ReflectiveOperationException {
        Field factoryField = EmbeddedCmisServer.class.getDeclaredField("factory");
        factoryField.setAccessible(true);
        InMemoryServiceFactoryImpl factory = (InMemoryServiceFactoryImpl) factoryField.get(server);
        return (Content) factory.getStoreManger().getObjectStore(EmbeddedCmisServer.REPOSITORY_ID).getObjectById(objectId);
    }

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new SanxiangCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** A sealed case of three stage records; returns the case id and the record ids in chain order. */
    private static List<String> sealedCase(String parent, String caseNumber) {
        session.getRootFolder().createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", parent));
        String caseId = cases.createCase("/" + parent, caseNumber, Map.of(
                "sx:caseNumber", caseNumber,
                "sx:caseName", "某建筑劳务有限公司拖欠劳动者工资案",
                "sx:jurisdictionProfile", "chongqing-2024",
                "sx:actionCategory", "penalty"));
        List<String> ids = new ArrayList<>();
        ids.add(caseId);
        ids.add(cases.write(caseId, new DocumentDraft("sx:textRecord", "立案审批表.txt",
                Map.of("sx:stage", "filing"), "立案审批：拖欠工资线索，拟立案调查。")));
        ids.add(cases.write(caseId, new DocumentDraft("sx:textRecord", "调查询问笔录.txt",
                Map.of("sx:stage", "investigation"), "问：公司拖欠几名劳动者工资？答：十二名。")));
        ids.add(cases.write(caseId, new DocumentDraft("sx:textRecord", "行政处理决定书.txt",
                Map.of("sx:stage", "decision"), "责令支付拖欠工资。")));
        new CaseSeal(cases, cases).seal(caseId, "archivist", Instant.parse("2026-11-20T08:00:00Z"));
        return ids;
    }

    @Test
    @DisplayName("A sealed case verifies intact, found by id or by folder path (exit 0)")
    void intact() {
        String parent = "cases-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = sealedCase(parent, "渝人社监罚〔2026〕31号");
        Run byId = run("verify-chain", "--url", server.browserUrl(), "--user", USER, "--password", PASSWORD,
                "--case", ids.get(0));
        assertEquals(0, byId.code(), byId.out() + byId.err());
        assertTrue(byId.out().contains("links verified 已核验链接: 4"), byId.out()); // three records and the case folder
        assertTrue(byId.out().contains("result 结果: intact"), byId.out());
        assertTrue(byId.out().contains("渝人社监罚〔2026〕31号"), byId.out());

        Run byPath = run("verify-chain", "--url", server.atomPubUrl(), "--binding", "atompub", "--user", USER,
                "--password", PASSWORD, "--path", "/" + parent + "/渝人社监罚〔2026〕31号");
        assertEquals(0, byPath.code(), byPath.out() + byPath.err());
    }

    @Test
    @DisplayName("Content replaced after sealing: broken at that record, content digest mismatch (exit 1)")
    void tamperedContent() throws Exception {
        String parent = "cases-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = sealedCase(parent, "渝人社监罚〔2026〕32号");
        // Tampering below CMIS, as someone with access to the repository's storage would: the
        // record's bytes change, its id, version and properties do not.
        byte[] forged = "问：公司拖欠几名劳动者工资？答：两名。".getBytes(StandardCharsets.UTF_8);
        storedContent(ids.get(2)).setContent(new ContentStreamImpl("调查询问笔录.txt", BigInteger.valueOf(forged.length),
                "text/plain; charset=UTF-8", new ByteArrayInputStream(forged)));

        Run result = run("verify-chain", "--url", server.browserUrl(), "--user", USER, "--password", PASSWORD,
                "--case", ids.get(0));
        assertEquals(1, result.code(), result.out() + result.err());
        assertTrue(result.out().contains("result 结果: BROKEN"), result.out());
        assertTrue(result.out().contains("links verified 已核验链接: 1"), result.out());
        assertTrue(result.out().contains("first broken link 首个断裂链接: position 1, sequence 1"), result.out());
        assertTrue(result.out().contains("record 记录: 调查询问笔录.txt (" + ids.get(2)), result.out());
        assertTrue(result.out().contains("内容被改动 / content digest mismatch"), result.out());
    }

    @Test
    @DisplayName("A record's sealed metadata changed: broken at that record (exit 1)")
    void tamperedMetadata() {
        String parent = "cases-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = sealedCase(parent, "渝人社监罚〔2026〕33号");
        cases.setProperties(ids.get(3), Map.of("sx:stage", "service"));
        Run result = run("verify-chain", "--url", server.browserUrl(), "--user", USER, "--password", PASSWORD,
                "--case", ids.get(0));
        assertEquals(1, result.code(), result.out() + result.err());
        assertTrue(result.out().contains("position 2, sequence 2"), result.out());
        assertTrue(result.out().contains("元数据被改动 / metadata changed"), result.out());
        assertTrue(result.out().contains("changed properties 被改动的属性: sx:stage"), result.out());
    }

    @Test
    @DisplayName("A record's description or the case folder's own property changed over CMIS: broken and named (exit 1)")
    void tamperedDescriptionAndFolder() {
        String parent = "cases-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = sealedCase(parent, "渝人社监罚〔2026〕34号");
        session.getObject(ids.get(2)).updateProperties(Map.of("cmis:description", "补充说明"));
        Run record = run("verify-chain", "--url", server.browserUrl(), "--user", USER, "--password", PASSWORD,
                "--case", ids.get(0));
        assertEquals(1, record.code(), record.out() + record.err());
        assertTrue(record.out().contains("changed properties 被改动的属性: cmis:description"), record.out());

        ids = sealedCase(parent + "-f", "渝人社监罚〔2026〕35号");
        session.getObject(ids.get(0)).updateProperties(Map.of("sx:caseName", "某公司案"));
        Run folder = run("verify-chain", "--url", server.browserUrl(), "--user", USER, "--password", PASSWORD,
                "--case", ids.get(0));
        assertEquals(1, folder.code(), folder.out() + folder.err());
        assertTrue(folder.out().contains("the case folder itself 案卷本身"), folder.out());
        assertTrue(folder.out().contains("changed properties 被改动的属性: sx:caseName"), folder.out());
    }

    @Test
    @DisplayName("Bad usage exits 2: no URL, no case, both --case and --path, an unknown case, a case never sealed")
    void usage() {
        assertEquals(2, run("verify-chain", "--case", "x").code());
        assertEquals(2, run("verify-chain", "--url", server.browserUrl(), "--password", PASSWORD).code());
        assertEquals(2, run("verify-chain", "--url", server.browserUrl(), "--password", PASSWORD,
                "--case", "a", "--path", "/b").code());
        Run unknown = run("verify-chain", "--url", server.browserUrl(), "--user", USER, "--password", PASSWORD,
                "--case", "no-such-object");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("caseId: no case no-such-object"), unknown.err());
        Run badPath = run("verify-chain", "--url", server.browserUrl(), "--user", USER, "--password", PASSWORD,
                "--path", "/no/such/folder");
        assertEquals(2, badPath.code());
        assertTrue(badPath.err().contains("path: no folder at /no/such/folder"), badPath.err());

        String parent = "cases-" + UUID.randomUUID().toString().substring(0, 8);
        session.getRootFolder().createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", parent));
        String open = cases.createCase("/" + parent, "津人社罚〔2026〕1号", Map.of("sx:caseNumber", "津人社罚〔2026〕1号",
                "sx:jurisdictionProfile", "tianjin-2019", "sx:actionCategory", "penalty"));
        Run unsealed = run("verify-chain", "--url", server.browserUrl(), "--user", USER, "--password", PASSWORD,
                "--case", open);
        assertEquals(2, unsealed.code());
        assertTrue(unsealed.err().contains("never sealed"), unsealed.err());

        Run wrongPassword = run("verify-chain", "--url", server.browserUrl(), "--user", USER, "--password", "nope",
                "--case", open);
        assertEquals(2, wrongPassword.code());
        assertTrue(wrongPassword.err().contains("cannot verify"), wrongPassword.err());
    }
}
