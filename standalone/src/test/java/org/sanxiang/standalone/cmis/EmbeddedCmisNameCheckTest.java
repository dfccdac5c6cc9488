package org.sanxiang.standalone.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.FileableCmisObject;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.ObjectInFolderData;
import org.apache.chemistry.opencmis.commons.data.ObjectInFolderList;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.enums.IncludeRelationships;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.apache.chemistry.opencmis.inmemory.storedobj.impl.DocumentImpl;
import org.apache.chemistry.opencmis.inmemory.storedobj.impl.ObjectStoreImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The embedded server's name check, folder listing and path lookup over HTTP, as a client sees them: a name is
 * unique within a folder whatever filed the object there, listings and their pages hold exactly what is filed,
 * and none of it looks at objects filed elsewhere.
 */
class EmbeddedCmisNameCheckTest extends EmbeddedServerTest {

    private static final AtomicInteger FOLDERS = new AtomicInteger();
    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    @DisplayName("a second document or folder of one name in a folder is refused; in another folder, or after a delete, it is allowed")
    void duplicateNamesRefusedInAFolder(BindingType binding) {
        Session session = CmisSessions.open(server, binding);
        Folder a = folder(session, session.getRootFolder());
        Folder b = folder(session, session.getRootFolder());
        Document first = document(session, a, "决定书.txt");

        assertThrows(CmisNameConstraintViolationException.class, () -> document(session, a, "决定书.txt"));
        assertThrows(CmisNameConstraintViolationException.class, () -> a.createFolder(folderProps("决定书.txt")));
        document(session, b, "决定书.txt");
        a.createFolder(folderProps("sub"));
        assertThrows(CmisNameConstraintViolationException.class, () -> a.createFolder(folderProps("sub")));
        assertThrows(CmisNameConstraintViolationException.class, () -> document(session, a, "sub"));

        first.delete(true);
        document(session, a, "决定书.txt");
        assertEquals(List.of("sub", "决定书.txt"), names(session, a));
        assertEquals(List.of("决定书.txt"), names(session, b));
    }

    @Test
    @DisplayName("a move or a rename onto a name taken in the target folder is refused (409) and changes nothing; once the name is free it goes through")
    void moveAndRenameKeepNamesUnique() {
        Session session = CmisSessions.open(server, BindingType.BROWSER);
        Folder a = folder(session, session.getRootFolder());
        Folder b = folder(session, session.getRootFolder());
        Document inA = document(session, a, "x.txt");
        Document inB = document(session, b, "x.txt");
        Document other = document(session, b, "y.txt");
        Folder sub = a.createFolder(folderProps("y.txt"));

        assertThrows(CmisNameConstraintViolationException.class, () -> inA.move(a, b));
        assertThrows(CmisNameConstraintViolationException.class, () -> sub.move(a, b));
        assertThrows(CmisNameConstraintViolationException.class, () -> other.rename("x.txt"));
        assertEquals(List.of("x.txt", "y.txt"), names(session, a));
        assertEquals(List.of("x.txt", "y.txt"), names(session, b));

        other.rename("z.txt");
        sub.move(a, b);
        inB.rename("w.txt");
        FileableCmisObject moved = inA.move(a, b);
        assertEquals(List.of(), names(session, a));
        assertEquals(List.of("w.txt", "x.txt", "y.txt", "z.txt"), names(session, b));
        assertEquals(moved.getId(), session.getObjectByPath(path(b) + "/x.txt").getId());

        // The old folder is free again, and the moved names are taken in the new one.
        document(session, a, "x.txt");
        a.createFolder(folderProps("y.txt"));
        assertThrows(CmisNameConstraintViolationException.class, () -> document(session, b, "y.txt"));
    }

    @Test
    @DisplayName("a document filed in a second folder takes its name there: refused (409) when taken, and checked in both on a rename")
    void multiFilingKeepsNamesUnique() {
        Session session = CmisSessions.open(server, BindingType.BROWSER);
        Folder a = folder(session, session.getRootFolder());
        Folder b = folder(session, session.getRootFolder());
        Document doc = document(session, a, "m.txt");
        document(session, b, "n.txt");

        Document taken = document(session, b, "m.txt");
        assertThrows(CmisNameConstraintViolationException.class, () -> doc.addToFolder(b, true));
        taken.delete(true);
        doc.addToFolder(b, true);
        assertEquals(List.of("m.txt", "n.txt"), names(session, b));
        assertThrows(CmisNameConstraintViolationException.class, () -> document(session, b, "m.txt"));
        assertThrows(CmisNameConstraintViolationException.class, () -> doc.rename("n.txt"));

        doc.removeFromFolder(b);
        assertEquals(List.of("n.txt"), names(session, b));
        assertEquals(List.of("m.txt"), names(session, a));
        document(session, b, "m.txt");
    }

    @Test
    @DisplayName("pages of a listing (skipCount, maxItems, numItems, hasMoreItems) hold what is filed, after moves and deletes")
    void pagesHoldWhatIsFiled() {
        Session session = CmisSessions.open(server, BindingType.BROWSER);
        Folder a = folder(session, session.getRootFolder());
        Folder b = folder(session, session.getRootFolder());
        TreeSet<String> expected = new TreeSet<>();
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            String name = String.format("d%02d.txt", i);
            docs.add(document(session, a, name));
            expected.add(name);
        }
        for (int i = 0; i < 4; i++) {
            a.createFolder(folderProps("f" + i));
            expected.add("f" + i);
        }
        assertPages(session, a, new ArrayList<>(expected));

        for (int i = 0; i < 23; i += 3) {
            docs.get(i).move(a, b);
            expected.remove(String.format("d%02d.txt", i));
        }
        for (int i : new int[] {1, 5, 10, 14, 19}) {
            docs.get(i).delete(true);
            expected.remove(String.format("d%02d.txt", i));
        }
        assertPages(session, a, new ArrayList<>(expected));
        assertEquals(8, page(session, b, 0, 100).getNumItems().intValue());
    }

    @Test
    @DisplayName("a path names what is filed there, after a rename and a move, and nothing once deleted")
    void pathLookup() {
        Session session = CmisSessions.open(server, BindingType.BROWSER);
        Folder top = folder(session, session.getRootFolder());
        Folder a = top.createFolder(folderProps("a"));
        Folder ab = a.createFolder(folderProps("b"));
        Document c = document(session, ab, "c.txt");
        String root = path(top);

        assertEquals(c.getId(), session.getObjectByPath(root + "/a/b/c.txt").getId());
        assertEquals(ab.getId(), session.getObjectByPath(root + "/a/b").getId());
        assertThrows(CmisObjectNotFoundException.class, () -> session.getObjectByPath(root + "/a/c.txt"));
        assertThrows(CmisObjectNotFoundException.class, () -> session.getObjectByPath(root + "/a/b/c.txt/d"));

        ab.rename("b2");
        assertThrows(CmisObjectNotFoundException.class, () -> fresh(session, root + "/a/b/c.txt"));
        assertEquals(c.getId(), fresh(session, root + "/a/b2/c.txt").getId());
        c.move(ab, a);
        assertEquals(c.getId(), fresh(session, root + "/a/c.txt").getId());
        c.delete(true);
        assertThrows(CmisObjectNotFoundException.class, () -> fresh(session, root + "/a/c.txt"));
    }

    @Test
    @DisplayName("writers racing to file one name in one folder: exactly one wins each round, the others are refused")
    void raceForOneName() throws Exception {
        Session session = CmisSessions.open(server, BindingType.BROWSER);
        Folder a = folder(session, session.getRootFolder());
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 15; round++) {
                String name = "race-" + round;
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<Boolean>> outcomes = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    boolean asFolder = t % 2 == 1;
                    Callable<Boolean> create = () -> {
                        start.await(10, TimeUnit.SECONDS);
                        try {
                            if (asFolder) {
                                a.createFolder(folderProps(name));
                            } else {
                                document(session, a, name);
                            }
                            return true;
                        } catch (CmisNameConstraintViolationException refused) {
                            return false;
                        }
                    };
                    outcomes.add(pool.submit(create));
                }
                int won = 0;
                for (Future<Boolean> outcome : outcomes) {
                    won += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertEquals(1, won, "round " + round + ": writers that filed " + name);
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> names = names(session, a);
        assertEquals(15, names.size(), names.toString());
        assertEquals(15, new TreeSet<>(names).size(), names.toString());
    }

    @Test
    @DisplayName("creates, listings, moves, renames, path lookups and deletes never look at an object filed in no folder they touch")
    void theIndexIsUsed() {
        ObjectStoreImpl store = (ObjectStoreImpl) server.objectStore();
        AtomicInteger looked = new AtomicInteger();
        DocumentImpl elsewhere = new DocumentImpl() {
            @Override
            public List<String> getParentIds() {
                looked.incrementAndGet();
                return super.getParentIds();
            }
        };
        elsewhere.setName("elsewhere.txt");
        elsewhere.setTypeId("cmis:document");
        elsewhere.setRepositoryId(EmbeddedCmisServer.REPOSITORY_ID);
        elsewhere.setId(store.storeObject(elsewhere));
        looked.set(0);
        try {
            touchOtherFolders();
            assertEquals(0, looked.get(), "an object filed in no folder these calls touch was looked at");
        } finally {
            store.deleteObject(elsewhere.getId(), true, CmisSessions.USER);
        }
    }

    private static void touchOtherFolders() {
        Session session = CmisSessions.open(server, BindingType.BROWSER);
        Folder a = folder(session, session.getRootFolder());
        Folder b = a.createFolder(folderProps("b"));
        Document d = document(session, a, "d.txt");
        assertThrows(CmisNameConstraintViolationException.class, () -> document(session, a, "d.txt"));
        d.rename("e.txt");
        d.move(a, b);
        assertEquals(List.of("e.txt"), names(session, b));
        assertEquals(d.getId(), fresh(session, path(a) + "/b/e.txt").getId());
        d.delete(true);
        b.delete();
    }

    private static void assertPages(Session session, Folder folder, List<String> expected) {
        for (int size : new int[] {1, 5, 7, 100}) {
            for (int skip = 0; skip <= expected.size() + 1; skip += size) {
                ObjectInFolderList page = page(session, folder, skip, size);
                List<String> want = expected.subList(Math.min(skip, expected.size()), Math.min(skip + size, expected.size()));
                List<String> got = page.getObjects().stream().map(EmbeddedCmisNameCheckTest::name).collect(Collectors.toList());
                assertEquals(want, got, "skip " + skip + ", max " + size);
                assertEquals(expected.size(), page.getNumItems().intValue());
                assertEquals(skip + size < expected.size(), page.hasMoreItems(), "skip " + skip + ", max " + size);
            }
        }
        assertFalse(expected.isEmpty());
    }

    private static ObjectInFolderList page(Session session, Folder folder, int skip, int max) {
        return session.getBinding().getNavigationService().getChildren(EmbeddedCmisServer.REPOSITORY_ID, folder.getId(),
                "cmis:name", "cmis:name", false, IncludeRelationships.NONE, "cmis:none", false,
                BigInteger.valueOf(max), BigInteger.valueOf(skip), null);
    }

    private static String name(ObjectInFolderData child) {
        return (String) child.getObject().getProperties().getProperties().get(PropertyIds.NAME).getFirstValue();
    }

    private static List<String> names(Session session, Folder folder) {
        ObjectInFolderList all = page(session, folder, 0, 10_000);
        return all.getObjects().stream().map(EmbeddedCmisNameCheckTest::name).collect(Collectors.toList());
    }

    private static CmisObject fresh(Session session, String path) {
        session.clear();
        return session.getObjectByPath(path);
    }

    private static String path(Folder folder) {
        return folder.getPaths().get(0);
    }

    private static Folder folder(Session session, Folder parent) {
        return parent.createFolder(folderProps("名称检查-" + FOLDERS.incrementAndGet()));
    }

    private static Map<String, Object> folderProps(String name) {
        Map<String, Object> props = new HashMap<>();
        props.put(PropertyIds.OBJECT_TYPE_ID, "cmis:folder");
        props.put(PropertyIds.NAME, name);
        return props;
    }

    private static Document document(Session session, Folder folder, String name) {
        Map<String, Object> props = new HashMap<>();
        props.put(PropertyIds.OBJECT_TYPE_ID, "cmis:document");
        props.put(PropertyIds.NAME, name);
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        return folder.createDocument(props, session.getObjectFactory().createContentStream(name, bytes.length,
                "text/plain", new ByteArrayInputStream(bytes)), VersioningState.NONE);
    }
}
