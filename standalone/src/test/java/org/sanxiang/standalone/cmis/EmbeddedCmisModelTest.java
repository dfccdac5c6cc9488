package org.sanxiang.standalone.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.ObjectId;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanxiang.model.SanxiangModel;

/** The embedded server holds sx objects to the model, exposes its defaults, keeps aspects across versions, is honest. */
class EmbeddedCmisModelTest {

    private static final String CASE_FOLDER = "F:" + SanxiangModel.TYPE_CASE_FOLDER.toPrefixString();
    private static final String REVIEW_OPINION = "D:" + SanxiangModel.TYPE_REVIEW_OPINION.toPrefixString();
    private static final String DISCLOSURE = "D:" + SanxiangModel.TYPE_DISCLOSURE_RECORD.toPrefixString();
    private static final String EVIDENCE = "D:" + SanxiangModel.TYPE_EVIDENCE.toPrefixString();
    private static final String STAGE = SanxiangModel.PROP_STAGE.toPrefixString();

    private static EmbeddedCmisServer strict;
    private static EmbeddedCmisServer off;

    @BeforeAll
    static void start() {
        strict = new EmbeddedCmisServer(0, CmisSessions.USERS, ModelEnforcement.STRICT).start();
        off = new EmbeddedCmisServer(0, CmisSessions.USERS, ModelEnforcement.OFF).start();
    }

    @AfterAll
    static void close() {
        strict.close();
        off.close();
    }

    private static Folder folder(Session session, String name) {
        return session.getRootFolder().createFolder(Map.of(PropertyIds.OBJECT_TYPE_ID, "cmis:folder", PropertyIds.NAME, name));
    }

    private static ContentStream text(Session session, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        return session.getObjectFactory().createContentStream("x.txt", bytes.length, "text/plain", new ByteArrayInputStream(bytes));
    }

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    @DisplayName("a case folder without its mandatory case number, profile and category is refused (constraint), naming them")
    void caseFolderWithoutMandatoryRefused(BindingType binding) {
        Session session = CmisSessions.open(strict, binding);
        Folder parent = folder(session, "mandatory-" + binding);
        CmisConstraintException e = assertThrows(CmisConstraintException.class, () -> parent.createFolder(
                Map.of(PropertyIds.OBJECT_TYPE_ID, CASE_FOLDER, PropertyIds.NAME, "no-number")));
        assertTrue(e.getMessage().contains(SanxiangModel.PROP_CASE_NUMBER.toPrefixString()), e.getMessage());

        Map<String, Object> ok = new HashMap<>();
        ok.put(PropertyIds.OBJECT_TYPE_ID, CASE_FOLDER);
        ok.put(PropertyIds.NAME, "渝人社监罚〔2026〕1号");
        ok.put(SanxiangModel.PROP_CASE_NUMBER.toPrefixString(), "渝人社监罚〔2026〕1号");
        ok.put(SanxiangModel.PROP_JURISDICTION_PROFILE.toPrefixString(), "chongqing-2024");
        ok.put(SanxiangModel.PROP_ACTION_CATEGORY.toPrefixString(), "penalty");
        Folder created = parent.createFolder(ok);
        assertEquals("open", created.getPropertyValue(SanxiangModel.PROP_CASE_STATE.toPrefixString()), "the model's default");

        Map<String, Object> cleared = new HashMap<>();
        cleared.put(SanxiangModel.PROP_CASE_NUMBER.toPrefixString(), null);
        CmisConstraintException unset = assertThrows(CmisConstraintException.class, () -> created.updateProperties(cleared));
        assertTrue(unset.getMessage().contains(SanxiangModel.PROP_CASE_NUMBER.toPrefixString()), unset.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    @DisplayName("a value outside a LIST constraint is refused; with enforcement off a case folder without its number passes")
    void listConstraintEnforcedAndSwitchable(BindingType binding) {
        Map<String, Object> props = new HashMap<>();
        props.put(PropertyIds.OBJECT_TYPE_ID, DISCLOSURE);
        props.put(PropertyIds.NAME, "公示-" + binding + ".txt");
        props.put(SanxiangModel.PROP_DISCLOSURE_STATE.toPrefixString(), "leaked");
        Session session = CmisSessions.open(strict, binding);
        Folder parent = folder(session, "list-" + binding);
        CmisConstraintException e = assertThrows(CmisConstraintException.class,
                () -> parent.createDocument(props, text(session, "x"), VersioningState.MAJOR));
        assertTrue(e.getMessage().contains(SanxiangModel.PROP_DISCLOSURE_STATE.toPrefixString()), e.getMessage());

        Session lenient = CmisSessions.open(off, binding);
        Folder accepted = folder(lenient, "off-" + binding).createFolder(
                Map.of(PropertyIds.OBJECT_TYPE_ID, CASE_FOLDER, PropertyIds.NAME, "no-number"));
        assertNull(accepted.getPropertyValue(SanxiangModel.PROP_CASE_NUMBER.toPrefixString()));
    }

    @Test
    @DisplayName("a subtype's overridden default is in its CMIS type definition and applied on create (sx:stage of a review opinion)")
    void overriddenDefaultsExposedAndApplied() {
        Session session = CmisSessions.open(strict, BindingType.BROWSER);
        var stage = session.getTypeDefinition(REVIEW_OPINION).getPropertyDefinitions().get(STAGE);
        assertEquals(List.of("legalReview"), stage.getDefaultValue());
        assertEquals(List.of("decision"), session.getTypeDefinition("D:" + SanxiangModel.TYPE_DECISION_DOCUMENT.toPrefixString())
                .getPropertyDefinitions().get(STAGE).getDefaultValue());

        Map<String, Object> props = new HashMap<>();
        props.put(PropertyIds.OBJECT_TYPE_ID, REVIEW_OPINION);
        props.put(PropertyIds.NAME, "法制审核意见书.txt");
        props.put(SanxiangModel.PROP_OPINION_TYPE.toPrefixString(), "agree");
        Document d = folder(session, "defaults").createDocument(props, text(session, "同意"), VersioningState.MAJOR);
        assertEquals("legalReview", d.getPropertyValue(STAGE));
    }

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    @DisplayName("check-out, new content, check-in keeps the document's aspects: version 1.1 reads, with its aspect properties")
    void newVersionKeepsAspects(BindingType binding) {
        Session session = CmisSessions.open(strict, binding);
        Map<String, Object> props = new HashMap<>();
        props.put(PropertyIds.OBJECT_TYPE_ID, EVIDENCE);
        props.put(PropertyIds.NAME, "证据-" + binding + ".txt");
        props.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, List.of("P:cm:titled"));
        props.put("cm:title", "现场照片");
        Document d = folder(session, "versions-" + binding).createDocument(props, text(session, "v1"), VersioningState.MINOR);
        ObjectId pwc = d.checkOut();
        Document working = (Document) session.getObject(pwc);
        ObjectId v2 = working.checkIn(false, Map.of(), text(session, "v2"), "new content");
        Document latest = (Document) session.getObject(v2);
        assertEquals("0.2", latest.getVersionLabel());
        assertTrue(latest.getSecondaryTypes().stream().anyMatch(t -> t.getId().equals("P:cm:titled")), "aspect kept");
        assertEquals("现场照片", latest.getPropertyValue("cm:title"));
    }

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    @DisplayName("a JOIN (an aspect join as Alfresco writes it) is refused with invalidArgument, never silently ignored")
    void joinRefused(BindingType binding) {
        Session session = CmisSessions.open(strict, binding);
        String join = "SELECT d.cmis:objectId FROM sx:stageRecord d JOIN sx:sealed s ON d.cmis:objectId = s.cmis:objectId";
        CmisInvalidArgumentException e = assertThrows(CmisInvalidArgumentException.class,
                () -> session.query(join, false).iterator().hasNext());
        assertTrue(e.getMessage().contains("JOIN is not supported"), e.getMessage());
        // the word inside a literal is not a join
        assertEquals(0, session.query("SELECT cmis:objectId FROM cmis:document WHERE cmis:name = 'a JOIN b'", false)
                .getPageNumItems());
    }

    @Test
    @DisplayName("the repository says what it is: Sanxiang's embedded OpenCMIS InMemory, with InMemory's version")
    void productIsTruthful() {
        var info = SessionFactoryImpl.newInstance().createSession(
                CmisSessions.parameters(strict, BindingType.BROWSER, CmisSessions.USER, CmisSessions.PASSWORD)).getRepositoryInfo();
        assertEquals("Sanxiang embedded CMIS (OpenCMIS InMemory 1.1.0)", info.getProductName());
        assertEquals("1.1.0", info.getProductVersion());
    }
}
