package org.sanxiang.standalone.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.cmis.CmisCaseRepository;
import org.sanxiang.repo.cmis.CmisDisclosureChannel;
import org.sanxiang.repo.cmis.ExcludedCaseScreen;
import org.sanxiang.repo.cmis.PersonalDataScreen;
import org.sanxiang.repo.cmis.RefusedPublicationException;
import org.sanxiang.workflow.port.DisclosureChannel.State;
import org.sanxiang.workflow.port.Publication;

/** The CMIS disclosure channel against the real embedded server over HTTP, through both bindings. */
class CmisDisclosureChannelTest extends ChannelTest {


    private static String year() {
        return Integer.toString(Year.now(ZoneId.of("Asia/Shanghai")).getValue());
    }

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    @DisplayName("publish files a versioned sx:disclosureRecord by year and category; correct adds a version; withdraw and takeDown leave the public tree")
    void lifecycle(BindingType binding) throws Exception {
        ChannelFixture f = fixture(binding);
        try (CmisDisclosureChannel channel = f.channel()) {
            Publication p = f.publication("case-1", "人社监罚〔2026〕1号");
            String id = channel.publish(p);
            assertEquals(State.PUBLISHED, channel.state(id).orElseThrow());
            assertTrue(channel.pending().isEmpty());

            Session s = f.session();
            String publicPath = f.publicRoot + "/" + year() + "/penalty/" + id + ".txt";
            Document doc = (Document) s.getObjectByPath(publicPath);
            assertEquals("D:sx:disclosureRecord", doc.getType().getId());
            assertEquals("published", doc.getPropertyValue(SanxiangModel.PROP_DISCLOSURE_STATE.toPrefixString()));
            assertEquals("fullDocument", doc.getPropertyValue(SanxiangModel.PROP_DISCLOSURE_FORM.toPrefixString()));
            assertEquals("penalty", doc.getPropertyValue(SanxiangModel.PROP_DISCLOSED_CATEGORY.toPrefixString()));
            assertEquals(p.title(), doc.getPropertyValue(SanxiangModel.PROP_DISCLOSED_CASE_NAME.toPrefixString()));
            assertEquals(p.summary(), doc.getDescription());
            assertEquals(p.redactedText(), new String(doc.getContentStream().getStream().readAllBytes(), StandardCharsets.UTF_8));

            Publication corrected = new Publication(p.caseId(), p.kind(), p.title(), p.summary().replace("五千", "三千"),
                    p.redactedText().replace("五千", "三千"), p.displayUntil());
            channel.correct(id, corrected, "罚款金额笔误");
            Document latest = (Document) s.getObjectByPath(publicPath);
            List<Document> versions = latest.getAllVersions();
            assertEquals(2, versions.size(), "the corrected version and the original");
            assertEquals("corrected", latest.getPropertyValue(SanxiangModel.PROP_DISCLOSURE_STATE.toPrefixString()));
            assertEquals("罚款金额笔误", latest.getPropertyValue(SanxiangModel.PROP_CORRECTION_REASON.toPrefixString()));
            assertTrue(new String(latest.getContentStream().getStream().readAllBytes(), StandardCharsets.UTF_8).contains("三千"));
            Document original = versions.get(versions.size() - 1);
            assertTrue(new String(original.getContentStream().getStream().readAllBytes(), StandardCharsets.UTF_8).contains("五千"),
                    "the original version keeps its text");
            assertEquals(State.PUBLISHED, channel.state(id).orElseThrow());

            channel.withdraw(id, "行政复议撤销原决定");
            assertEquals(State.WITHDRAWN, channel.state(id).orElseThrow());
            assertThrows(CmisObjectNotFoundException.class, () -> f.session().getObjectByPath(publicPath));
            Document withdrawn = (Document) f.session().getObjectByPath(f.internalRoot + "/" + year() + "/penalty/" + id + ".txt");
            assertEquals("withdrawn", withdrawn.getPropertyValue(SanxiangModel.PROP_DISCLOSURE_STATE.toPrefixString()));
            assertEquals("行政复议撤销原决定", withdrawn.getPropertyValue(SanxiangModel.PROP_WITHDRAWAL_REASON.toPrefixString()));
            assertTrue(withdrawn.getAllVersions().size() >= 3, "published, corrected and withdrawn versions stay");
            // a withdrawal accepted already (the retry of a step) is accepted again and changes nothing
            int withdrawnVersions = withdrawn.getAllVersions().size();
            channel.withdraw(id, "again");
            assertEquals(State.WITHDRAWN, channel.state(id).orElseThrow());
            assertEquals(withdrawnVersions, ((Document) f.session().getObject(withdrawn.getId())).getAllVersions().size());
            assertThrows(IllegalStateException.class, () -> channel.takeDown(id), "a withdrawn record is not taken down");

            String second = channel.publish(f.publication("case-2", "人社监罚〔2026〕2号"));
            channel.takeDown(second);
            assertEquals(State.TAKEN_DOWN, channel.state(second).orElseThrow());
            Document expired = (Document) f.session().getObjectByPath(f.internalRoot + "/" + year() + "/penalty/" + second + ".txt");
            assertEquals("expired", expired.getPropertyValue(SanxiangModel.PROP_DISCLOSURE_STATE.toPrefixString()));
            assertFalse(f.session().getObjectByPath(f.publicRoot + "/" + year() + "/penalty") instanceof Document);
            assertEquals(0, ((org.apache.chemistry.opencmis.client.api.Folder) f.session()
                    .getObjectByPath(f.publicRoot + "/" + year() + "/penalty")).getChildren().getTotalNumItems());

            assertThrows(IllegalArgumentException.class, () -> channel.withdraw("sxpub-unknown", "x"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    @DisplayName("the same disclosure published twice, and again by a second channel instance, leaves one record")
    void duplicatePublishLeavesOneRecord(BindingType binding) {
        ChannelFixture f = fixture(binding);
        Publication p = f.publication("case-dup", "人社监罚〔2026〕9号");
        String id;
        try (CmisDisclosureChannel channel = f.channel()) {
            id = channel.publish(p);
            assertEquals(id, channel.publish(p));
        }
        try (CmisDisclosureChannel other = f.channel()) {
            assertEquals(id, other.publish(p));
        }
        // A channel with an outbox of its own (another node) does not know it was delivered: the name
        // already taken in the folder stops the duplicate, and its request is settled, not left pending.
        ChannelFixture otherNode = fixture(binding);
        try (CmisDisclosureChannel stranger = new CmisDisclosureChannel(f.endpoint(), f.publicRoot, f.internalRoot,
                otherNode.outbox(), new PersonalDataScreen(), org.sanxiang.repo.cmis.PublicTreeScreen.caseFree(), java.time.Clock.systemUTC(),
                java.time.Duration.ofMillis(50), java.time.Duration.ofMillis(400))) {
            assertEquals(id, stranger.publish(p));
            assertTrue(stranger.pending().isEmpty(), stranger.pending().toString());
        }
        assertEquals(1, f.recordsNamed(id).size());
    }

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    @DisplayName("a CMIS query built from user input is escaped: an injection attempt matches nothing")
    void queryInjectionFails(BindingType binding) {
        ChannelFixture f = fixture(binding);
        try (CmisDisclosureChannel channel = f.channel()) {
            String obrien = channel.publish(f.publication("case-q1", "O'Brien 劳动保障监察案 " + f.publicRoot));
            channel.publish(f.publication("case-q2", "普通案件 " + f.publicRoot));

            String attack = "' OR cmis:name LIKE '%";
            // The attack is real: spliced in raw, it turns the filter into "match everything".
            String raw = "SELECT cmis:name FROM " + SanxiangModel.TYPE_DISCLOSURE_RECORD.toPrefixString() + " WHERE "
                    + SanxiangModel.PROP_DISCLOSED_CASE_NAME.toPrefixString() + " LIKE '%" + attack + "%'";
            long rawHits = f.session().query(raw, false).getTotalNumItems();
            assertTrue(rawHits >= 2 || rawHits < 0, "the unescaped query matches everything (" + rawHits + ")");

            assertEquals(List.of(), channel.findByTitle(attack));
            assertEquals(List.of(), channel.findByTitle("%"));
            assertEquals(List.of(), channel.findByTitle("_"));
            assertEquals(List.of(obrien), channel.findByTitle("O'Brien 劳动保障监察案 " + f.publicRoot));
        }
    }

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    @DisplayName("the channel refuses unredacted text and excluded cases (chongqing-2024 公示 第十二条) before accepting them")
    void refusesUnredactedAndExcluded(BindingType binding) {
        ChannelFixture f = fixture(binding);
        Session s = f.session();
        CmisCaseRepository cases = new CmisCaseRepository(s);
        s.getRootFolder().createFolder(Map.of("cmis:objectTypeId", "cmis:folder", "cmis:name", "cases" + f.publicRoot.substring(1)));
        String caseId = cases.createCase("/cases" + f.publicRoot.substring(1), "案件-1", Map.of(
                SanxiangModel.PROP_CASE_NUMBER.toPrefixString(), "渝人社监罚〔2026〕7号",
                SanxiangModel.PROP_JURISDICTION_PROFILE.toPrefixString(), "chongqing-2024",
                SanxiangModel.PROP_ACTION_CATEGORY.toPrefixString(), "penalty"));
        try (CmisDisclosureChannel channel = f.channel(f.outbox(),
                new PersonalDataScreen().and(new ExcludedCaseScreen(cases)))) {
            Publication leaking = new Publication(caseId, "penalty", "人社监罚〔2026〕3号", "当事人张某",
                    "当事人张三，身份证号 11010519491231002X，电话 13812345678", null);
            RefusedPublicationException e = assertThrows(RefusedPublicationException.class, () -> channel.publish(leaking));
            assertTrue(e.getMessage().startsWith("redactedText:"), e.getMessage());
            assertTrue(channel.pending().isEmpty(), "a refused publication is not even queued");

            cases.addAspect(caseId, SanxiangModel.ASPECT_DISCLOSURE_EXCLUSION.toPrefixString(), Map.of(
                    SanxiangModel.PROP_EXCLUSION_REASONS.toPrefixString(), List.of("stateSecret")));
            Publication clean = new Publication(caseId, "penalty", "人社监罚〔2026〕4号", "当事人：某公司；罚款五千元。", null, null);
            RefusedPublicationException excluded = assertThrows(RefusedPublicationException.class, () -> channel.publish(clean));
            assertTrue(excluded.getMessage().contains("第十二条"), excluded.getMessage());
            assertEquals(0, f.recordsNamed(CmisDisclosureChannel.publicationId(clean)).size());
        }
    }
}
