package org.sanxiang.standalone.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.cmis.CmisCaseRepository;
import org.sanxiang.repo.cmis.CmisEndpoint;
import org.sanxiang.repo.documents.DocumentFontException;
import org.sanxiang.repo.documents.OfficialDocuments;
import org.sanxiang.workflow.document.OfficialDocument;
import org.sanxiang.workflow.document.TransferListForm;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.DocumentDraft;
import org.sanxiang.workflow.task.CaseDeadlines;

/** Case folders over CMIS, round trip against the embedded server through both bindings. */
class CmisCaseRepositoryTest extends EmbeddedServerTest {

    private static String p(org.sanxiang.model.QName q) {
        return q.toPrefixString();
    }

    private static String newCase(Session session, CmisCaseRepository cases) {
        String parent = "cases-" + UUID.randomUUID().toString().substring(0, 8);
        session.getRootFolder().createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", parent));
        return cases.createCase("/" + parent, "渝人社监罚〔2026〕13号", Map.of(p(SanxiangModel.PROP_CASE_NUMBER), "渝人社监罚〔2026〕13号",
                p(SanxiangModel.PROP_JURISDICTION_PROFILE), "chongqing-2024", p(SanxiangModel.PROP_ACTION_CATEGORY), "penalty"));
    }

    private static DocumentDraft transferList() {
        OfficialDocument form = TransferListForm.build(new TransferListForm.Input("法审登〔2026〕第9号", "渝人社监罚〔2026〕13号",
                new TransferListForm.Handover("officer1", "lawyer1", java.time.LocalDateTime.of(2026, 3, 12, 9, 30), "法制科"),
                null, List.of("调查终结报告", "行政处罚事先告知书")));
        return DocumentDraft.form(p(SanxiangModel.TYPE_TRANSFER_LIST), "案卷移交清单.txt",
                Map.of(p(SanxiangModel.PROP_PRE_REVIEW_PLACE), "法制科"), form);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("sanxiang.documents.formats: the first format is the node's content, the others beside it; names as namesOf says")
    void formsInTheChosenFormats() {
        Session session = CmisSessions.open(server, BindingType.BROWSER);
        CmisCaseRepository ofdFirst = new CmisCaseRepository(session, new OfficialDocuments("ofd", "", java.time.Clock.systemUTC()));
        String caseId = newCase(session, ofdFirst);
        DocumentDraft draft = transferList();
        assertEquals(List.of("案卷移交清单.ofd"), ofdFirst.namesOf(draft));
        String id = ofdFirst.write(caseId, draft);
        CaseRecord node = ofdFirst.node(id);
        assertEquals("案卷移交清单.ofd", node.name());
        assertEquals(p(SanxiangModel.TYPE_TRANSFER_LIST), node.type());
        assertEquals("法制科", node.properties().get(p(SanxiangModel.PROP_PRE_REVIEW_PLACE)), "the properties stay on the node");
        assertEquals(List.of("案卷移交清单.ofd"), ofdFirst.records(caseId).stream().map(CaseRecord::name).toList(), "OFD alone");
        assertTrue(ofdFirst.text(id).contains("行政处罚事先告知书"), "the OFD's text: " + ofdFirst.text(id));

        CmisCaseRepository both = new CmisCaseRepository(session, new OfficialDocuments("pdf,ofd", "", java.time.Clock.systemUTC()));
        String other = newCase(session, both);
        assertEquals(List.of("案卷移交清单.pdf", "案卷移交清单.ofd"), both.namesOf(draft));
        String pdf = both.write(other, draft);
        assertEquals("案卷移交清单.pdf", both.node(pdf).name());
        assertTrue(both.text(pdf).contains("法审登〔2026〕第9号"), "the PDF's text: " + both.text(pdf));
        CaseRecord ofd = both.records(other).stream().filter(r -> r.name().equals("案卷移交清单.ofd")).findFirst().orElseThrow();
        assertEquals("cm:content", ofd.type(), "the OFD beside the node is plain content, not a second transfer list");

        CmisCaseRepository text = new CmisCaseRepository(session);
        assertEquals(List.of("案卷移交清单.txt"), text.namesOf(draft), "no renderer: the text");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a missing font is an error naming sanxiang.documents.font, and nothing is written")
    void missingFontNamesTheSetting() {
        Session session = CmisSessions.open(server, BindingType.BROWSER);
        CmisCaseRepository cases = new CmisCaseRepository(session,
                new OfficialDocuments("pdf,ofd", "/no/such/font.ttf", java.time.Clock.systemUTC()));
        String caseId = newCase(session, cases);
        DocumentFontException e = assertThrows(DocumentFontException.class, () -> cases.write(caseId, transferList()));
        assertTrue(e.getMessage().contains("sanxiang.documents.font"), e.getMessage());
        assertEquals(List.of(), cases.records(caseId), "no document, not even the OFD beside it");
    }

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    @DisplayName("case facts from F:sx:caseFolder, records as D:sx documents, aspects as secondary types, destruction leaves a trace")
    void roundTrip(BindingType binding) throws Exception {
        Session session = CmisSessions.open(server, binding);
        String parent = "cases-" + UUID.randomUUID().toString().substring(0, 8);
        session.getRootFolder().createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", parent));
        CmisCaseRepository cases = new CmisCaseRepository(session);

        String caseId = cases.createCase("/" + parent, "渝人社监罚〔2026〕12号", Map.of(
                p(SanxiangModel.PROP_CASE_NUMBER), "渝人社监罚〔2026〕12号",
                p(SanxiangModel.PROP_CASE_NAME), "某公司未按规定缴纳社会保险费案",
                p(SanxiangModel.PROP_JURISDICTION_PROFILE), "chongqing-2024",
                p(SanxiangModel.PROP_ACTION_CATEGORY), "penalty",
                p(SanxiangModel.PROP_PARTY_NAME), "某公司",
                p(SanxiangModel.PROP_FILED_AT), LocalDate.of(2026, 3, 2)));
        CaseFolder facts = cases.facts(caseId);
        assertEquals("chongqing-2024", facts.profileId());
        assertEquals("渝人社监罚〔2026〕12号", facts.caseNumber());
        assertEquals("某公司未按规定缴纳社会保险费案", facts.title());
        assertEquals(java.util.Set.of("某公司"), facts.partyIds());
        assertFalse(facts.archived());
        assertEquals("penalty", facts.properties().get(p(SanxiangModel.PROP_ACTION_CATEGORY)));
        assertTrue(facts.properties().get(p(SanxiangModel.PROP_FILED_AT)) instanceof java.util.Date, "a Date, as Alfresco's NodeService gives it");

        CaseRecord first = cases.createRecord(caseId, p(SanxiangModel.TYPE_TEXT_RECORD), "立案审批表.pdf",
                Map.of(p(SanxiangModel.PROP_DOCUMENT_NUMBER), "渝人社立〔2026〕1号", p(SanxiangModel.PROP_STAGE), "filing"));
        String opinionId = cases.write(caseId, new DocumentDraft(p(SanxiangModel.TYPE_TEXT_RECORD), "调查终结报告.txt",
                Map.of(p(SanxiangModel.PROP_STAGE), "investigation"), "调查终结，建议罚款五千元。"));
        assertEquals("调查终结，建议罚款五千元。", cases.text(opinionId));
        List<CaseRecord> records = cases.records(caseId);
        assertEquals(List.of(first.id(), opinionId), records.stream().map(CaseRecord::id).toList(), "in creation order");
        assertEquals("sx:textRecord", records.get(0).type());
        assertEquals("渝人社立〔2026〕1号", records.get(0).properties().get(p(SanxiangModel.PROP_DOCUMENT_NUMBER)));

        cases.setProperties(caseId, Map.of(p(SanxiangModel.PROP_CASE_STATE), "archived"));
        assertTrue(cases.facts(caseId).archived());

        String hold = p(SanxiangModel.ASPECT_DISCLOSURE_EXCLUSION);
        cases.addAspect(first.id(), hold, Map.of(p(SanxiangModel.PROP_EXCLUSION_REASONS), List.of("stateSecret")));
        CmisObject raw = CmisSessions.open(server, BindingType.BROWSER).getObject(first.id());
        List<String> secondary = raw.getPropertyValue("cmis:secondaryObjectTypeIds");
        assertEquals(List.of("P:" + hold), secondary);
        CaseRecord withAspect = cases.records(caseId).get(0);
        assertEquals(java.util.Set.of(hold), withAspect.aspects());
        assertEquals(List.of("stateSecret"), withAspect.properties().get(p(SanxiangModel.PROP_EXCLUSION_REASONS)));
        cases.removeAspect(first.id(), hold);
        assertTrue(cases.records(caseId).get(0).aspects().isEmpty());

        String traceId = cases.destroyRecord(opinionId, new DocumentDraft(p(SanxiangModel.TYPE_TEXT_RECORD),
                "销毁记录-调查终结报告.txt", Map.of(p(SanxiangModel.PROP_STAGE), "investigation"), "已销毁：调查终结报告.txt，批准人：档案员"));
        List<String> after = cases.records(caseId).stream().map(CaseRecord::id).toList();
        assertFalse(after.contains(opinionId));
        assertTrue(after.contains(traceId));
        try (InputStream in = cases.content(traceId)) {
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).startsWith("已销毁"));
        }

        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> cases.facts("no-such-id"));
        assertTrue(unknown.getMessage().startsWith("caseId:"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> cases.facts(first.id()), "a record is not a case");
    }

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    @DisplayName("the case folder's running deadlines (CaseDeadlines: chongqing-2024 法制审核 第十一条) are written and cleared over CMIS")
    void runningDeadlines(BindingType binding) {
        Session session = CmisSessions.open(server, binding);
        String parent = "deadlines-" + UUID.randomUUID().toString().substring(0, 8);
        session.getRootFolder().createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", parent));
        CmisCaseRepository cases = new CmisCaseRepository(session);
        String caseId = cases.createCase("/" + parent, "渝人社监罚〔2026〕13号", Map.of(
                p(SanxiangModel.PROP_CASE_NUMBER), "渝人社监罚〔2026〕13号",
                p(SanxiangModel.PROP_JURISDICTION_PROFILE), "chongqing-2024",
                p(SanxiangModel.PROP_ACTION_CATEGORY), "penalty"));
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        Instant review = Instant.parse("2026-03-09T15:59:59Z");
        Instant filing = Instant.parse("2026-03-16T15:59:59Z");
        cases.setProperties(caseId, CaseDeadlines.properties(List.of(
                new CaseDeadlines.Entry("legalReview", java.util.Date.from(review), "chongqing-2024 法制审核 第十一条", false),
                new CaseDeadlines.Entry("decisionFiling", java.util.Date.from(filing), "chongqing-2024 法制审核 第十七条", true)), zone));

        Map<String, Object> folder = cases.facts(caseId).properties();
        assertEquals(List.of("legalReview|2026-03-09T23:59:59+08:00|chongqing-2024 法制审核 第十一条",
                "decisionFiling|2026-03-16T23:59:59+08:00|chongqing-2024 法制审核 第十七条"),
                folder.get(p(SanxiangModel.PROP_RUNNING_DEADLINES)));
        assertEquals(review, instant(folder.get(p(SanxiangModel.PROP_NEXT_DEADLINE))));
        assertEquals("legalReview", folder.get(p(SanxiangModel.PROP_NEXT_DEADLINE_KIND)));
        assertEquals(true, folder.get(p(SanxiangModel.PROP_DEADLINES_PROVISIONAL)));

        cases.setProperties(caseId, CaseDeadlines.properties(List.of(), zone));
        Map<String, Object> cleared = cases.facts(caseId).properties();
        Object running = cleared.get(p(SanxiangModel.PROP_RUNNING_DEADLINES));
        assertTrue(running == null || ((List<?>) running).isEmpty(), String.valueOf(running));
        assertEquals(null, cleared.get(p(SanxiangModel.PROP_NEXT_DEADLINE)));
        assertEquals(null, cleared.get(p(SanxiangModel.PROP_NEXT_DEADLINE_KIND)));
        assertEquals(false, cleared.get(p(SanxiangModel.PROP_DEADLINES_PROVISIONAL)));
    }

    private static Instant instant(Object value) {
        if (value instanceof java.util.Date d) {
            return d.toInstant();
        }
        if (value instanceof java.util.Calendar c) {
            return c.toInstant();
        }
        return (Instant) value;
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a record created over the browser binding is the create's answer (CreatedObjects): one POST, no read after it")
    void aCreatedRecordIsTheCreatesAnswer() {
        Session session = new CmisEndpoint(server.browserUrl(), "browser", CmisSessions.USER, CmisSessions.PASSWORD,
                EmbeddedCmisServer.REPOSITORY_ID).open();
        CmisCaseRepository cases = new CmisCaseRepository(session);
        String caseId = newCase(session, cases);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(SanxiangModel.PROP_STAGE.toPrefixString(), "investigation");
        properties.put(SanxiangModel.PROP_RECORDED_BY.toPrefixString(), "officer1");
        properties.put("cm:title", "询问笔录（张某）");
        byte[] content = "询问笔录".getBytes(StandardCharsets.UTF_8);

        Map<String, Long> before = new LinkedHashMap<>();
        Map<String, Long> after = new LinkedHashMap<>();
        // in one step, as the runtime uploads: the case folder is read once, before the create
        CaseRecord created = cases.inStep(() -> {
            cases.node(caseId);
            before.putAll(server.calls().byKind());
            CaseRecord r = cases.createRecord(caseId, SanxiangModel.TYPE_TEXT_RECORD.toPrefixString(), "询问笔录.txt",
                    properties, new ByteArrayInputStream(content), content.length, "text/plain");
            cases.createdAt(r.id());
            after.putAll(server.calls().byKind());
            return r;
        });

        assertEquals(before.getOrDefault("POST", 0L) + 1, after.getOrDefault("POST", 0L), after.toString());
        assertEquals(before.getOrDefault("GET object", 0L), after.getOrDefault("GET object", 0L),
                "the new record is not read back: " + before + " → " + after);
        CaseRecord read = cases.node(created.id());
        assertNotNull(read);
        assertEquals(read.name(), created.name());
        assertEquals(read.type(), created.type());
        assertEquals(read.aspects(), created.aspects());
        assertEquals(read.properties(), created.properties());
        assertEquals("investigation", created.properties().get(SanxiangModel.PROP_STAGE.toPrefixString()));
        assertEquals(cases.createdAt(created.id()), cases.createdAt(read.id()));
    }
}
