package org.sanxiang.standalone.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.ObjectId;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.ObjectData;
import org.apache.chemistry.opencmis.commons.data.ObjectList;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.enums.IncludeRelationships;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.inmemory.storedobj.impl.DocumentImpl;
import org.apache.chemistry.opencmis.inmemory.storedobj.impl.ObjectStoreImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.SanxiangModel;

/**
 * Queries by name over HTTP answer what a query over every object answers: each statement is compared, row by
 * row and page by page, with the same statement plus a conjunct the store does not recognise
 * ({@code AND NOT (cmis:objectId = 'none')}), which the InMemory processor runs over every object.
 */
class EmbeddedCmisNameQueryTest extends EmbeddedServerTest {

    private static final String EVIDENCE = "D:" + SanxiangModel.TYPE_EVIDENCE.toPrefixString();
    private static final String EVIDENCE_QUERY_NAME = SanxiangModel.TYPE_EVIDENCE.toPrefixString();
    private static final AtomicInteger FOLDERS = new AtomicInteger();
    @Test
    @DisplayName("a name query answers the rows and pages of an unscoped run after create, rename, move, delete and new versions")
    void sameAnswersAsUnscoped() {
        Session session = CmisSessions.open(server, BindingType.BROWSER);
        Folder a = folder(session, session.getRootFolder());
        Folder b = folder(session, session.getRootFolder());
        List<Document> same = new ArrayList<>();
        for (Folder f : List.of(a, b, folder(session, a), folder(session, b))) {
            same.add(document(session, f, "cmis:document", "决定书.txt"));
        }
        assertSame(session, "决定书.txt", 4);
        same.get(0).rename("决定书-撤销.txt");
        assertSame(session, "决定书.txt", 3);
        assertSame(session, "决定书-撤销.txt", 1);
        same.get(1).move(b, a);
        assertSame(session, "决定书.txt", 3);
        same.get(2).delete(true);
        assertSame(session, "决定书.txt", 2);

        // many rows of one name: the index holds them in an order of its own, the rows come in the store's
        for (int i = 0; i < 40; i++) {
            document(session, folder(session, b), "cmis:document", "送达回证.txt");
        }
        assertSame(session, "送达回证.txt", 40);

        Document record = document(session, a, EVIDENCE, "证据-1.txt");
        ObjectId pwc = record.checkOut();
        assertPagesEqual(session, byName(EVIDENCE_QUERY_NAME, "证据-1.txt"));
        ObjectId v2 = ((Document) session.getObject(pwc)).checkIn(false, Map.of(), null, "v2");
        assertPagesEqual(session, byName(EVIDENCE_QUERY_NAME, "证据-1.txt"));
        ObjectId pwc2 = ((Document) session.getObject(v2)).checkOut();
        ((Document) session.getObject(pwc2)).checkIn(false, Map.of(PropertyIds.NAME, "证据-2.txt"), null, "renamed");
        assertPagesEqual(session, byName(EVIDENCE_QUERY_NAME, "证据-1.txt"));
        assertPagesEqual(session, byName(EVIDENCE_QUERY_NAME, "证据-2.txt"));
        assertEquals(1, rows(session, byName(EVIDENCE_QUERY_NAME, "证据-2.txt"), false, null, null).getNumItems().intValue());
        assertEquals(2, rows(session, "SELECT cmis:objectId FROM " + EVIDENCE_QUERY_NAME
                + " WHERE cmis:name = '证据-1.txt'", true, null, null).getNumItems().intValue(), "versions 1.0 and 1.1 keep the old name");
    }

    @Test
    @DisplayName("names with quotes and backslashes, IN_FOLDER conjuncts and unrecognised statements answer as unscoped")
    void escapesAndShapes() {
        Session session = CmisSessions.open(server, BindingType.BROWSER);
        Folder a = folder(session, session.getRootFolder());
        document(session, a, "cmis:document", "O'Brien 决定.txt");
        document(session, a, "cmis:document", "O''Brien.txt");
        for (String literal : List.of("'O\\'Brien 决定.txt'", "'O''Brien 决定.txt'", "'O\\'\\'Brien.txt'",
                "'O\\\\Brien.txt'", "'O''''Brien.txt'")) {
            String statement = "SELECT cmis:objectId, cmis:name FROM cmis:document WHERE cmis:name = " + literal;
            assertPagesEqual(session, statement);
        }
        String inFolder = "SELECT cmis:objectId FROM cmis:document WHERE IN_FOLDER('" + a.getId()
                + "') AND cmis:name = 'O\\'Brien 决定.txt'";
        assertPagesEqual(session, inFolder);
        assertEquals(1, rows(session, inFolder, false, null, null).getNumItems().intValue(), inFolder);
        // not recognised (OR, lower-case column handled by the processor): run over every object
        assertEquals(2, rows(session, "SELECT cmis:objectId FROM cmis:document WHERE cmis:name = 'O\\'Brien 决定.txt'"
                + " OR cmis:name = 'O\\'\\'Brien.txt'", false, null, null).getNumItems().intValue());
    }

    @Test
    @DisplayName("a name query never looks at an object of another name (an unscoped run does)")
    void theIndexIsUsed() {
        Session session = CmisSessions.open(server, BindingType.BROWSER);
        Folder a = folder(session, session.getRootFolder());
        document(session, a, "cmis:document", "looked-for.txt");
        ObjectStoreImpl store = (ObjectStoreImpl) server.objectStore();
        AtomicInteger looked = new AtomicInteger();
        DocumentImpl elsewhere = new DocumentImpl() {
            @Override
            public String getTypeId() {
                looked.incrementAndGet();
                return super.getTypeId();
            }
        };
        elsewhere.setName("elsewhere.txt");
        elsewhere.setTypeId("cmis:document");
        elsewhere.setRepositoryId(EmbeddedCmisServer.REPOSITORY_ID);
        elsewhere.setId(store.storeObject(elsewhere));
        try {
            String statement = "SELECT cmis:objectId FROM cmis:document WHERE cmis:name = 'looked-for.txt'";
            looked.set(0);
            assertEquals(1, rows(session, statement, false, null, null).getNumItems().intValue());
            assertEquals(0, looked.get(), "a name query looked at an object of another name");
            assertEquals(1, rows(session, unscoped(statement), false, null, null).getNumItems().intValue());
            assertTrue(looked.get() > 0, "the unscoped run reads every object's type");
        } finally {
            store.deleteObject(elsewhere.getId(), true, CmisSessions.USER);
        }
    }

    private static String byName(String type, String name) {
        return "SELECT cmis:objectId FROM " + type + " WHERE cmis:name = '" + name + "'";
    }

    private static void assertSame(Session session, String name, int expected) {
        String statement = byName("cmis:document", name);
        assertPagesEqual(session, statement);
        assertEquals(expected, rows(session, statement, false, null, null).getNumItems().intValue(), statement);
    }

    private static void assertPagesEqual(Session session, String statement) {
        for (boolean allVersions : new boolean[] {false, true}) {
            assertEquals(answer(session, unscoped(statement), allVersions, null, null),
                    answer(session, statement, allVersions, null, null), statement);
            for (int max : new int[] {1, 3, 7}) {
                for (int skip : new int[] {0, 1, 2, 5, 38, 41}) {
                    BigInteger m = BigInteger.valueOf(max);
                    BigInteger s = BigInteger.valueOf(skip);
                    assertEquals(answer(session, unscoped(statement), allVersions, m, s),
                            answer(session, statement, allVersions, m, s), statement + " max " + max + " skip " + skip);
                }
            }
        }
    }

    private static String unscoped(String statement) {
        return statement + " AND NOT (cmis:objectId = 'none')";
    }

    /** The rows' ids in order, the total and whether more follow. */
    private static List<Object> answer(Session session, String statement, boolean allVersions, BigInteger max,
            BigInteger skip) {
        ObjectList list = rows(session, statement, allVersions, max, skip);
        List<Object> ids = new ArrayList<>();
        for (ObjectData o : list.getObjects()) {
            ids.add(o.getProperties().getProperties().get(PropertyIds.OBJECT_ID).getFirstValue());
        }
        return List.of(ids, list.getNumItems(), list.hasMoreItems());
    }

    private static ObjectList rows(Session session, String statement, boolean allVersions, BigInteger max, BigInteger skip) {
        return session.getBinding().getDiscoveryService().query(EmbeddedCmisServer.REPOSITORY_ID, statement, allVersions,
                false, IncludeRelationships.NONE, "cmis:none", max, skip, null);
    }

    private static Folder folder(Session session, Folder parent) {
        Map<String, Object> props = new HashMap<>();
        props.put(PropertyIds.OBJECT_TYPE_ID, "cmis:folder");
        props.put(PropertyIds.NAME, "名称查询-" + FOLDERS.incrementAndGet());
        return parent.createFolder(props);
    }

    private static Document document(Session session, Folder folder, String type, String name) {
        Map<String, Object> props = new HashMap<>();
        props.put(PropertyIds.OBJECT_TYPE_ID, type);
        props.put(PropertyIds.NAME, name);
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        return folder.createDocument(props, session.getObjectFactory().createContentStream(name, bytes.length,
                "text/plain", new ByteArrayInputStream(bytes)), type.equals(EVIDENCE) ? VersioningState.MAJOR
                        : VersioningState.NONE);
    }
}
