package org.sanxiang.standalone.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.PropertyData;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisRuntimeException;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIdImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyStringImpl;
import org.apache.chemistry.opencmis.inmemory.ConfigConstants;
import org.apache.chemistry.opencmis.inmemory.ConfigurationSettings;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.DocumentVersion;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.Fileable;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.Folder;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.ObjectStore;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.StoredObject;
import org.apache.chemistry.opencmis.inmemory.storedobj.impl.ObjectStoreImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The indexed store and the InMemory store it replaces, driven by one random sequence of creates, moves,
 * renames, added and removed parents and deletes: each operation is accepted or refused alike, and every folder
 * lists, pages and resolves paths alike after each step.
 */
class IndexedObjectStoreModelTest {

    private static final String USER = "Admin";
    private static final String[] NAMES = {"a", "b", "c", "d", "决定书", "e.txt"};

    @BeforeAll
    static void settings() {
        try {
            ConfigurationSettings.getConfigurationValueAsString(ConfigConstants.MAX_CONTENT_SIZE_KB);
        } catch (CmisRuntimeException notInitialised) {
            ConfigurationSettings.init(new HashMap<>());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 17, 2026})
    @DisplayName("the same random operations give the same refusals, children, pages and paths as the InMemory store")
    void sameAsTheInMemoryStore(long seed) {
        World plain = new World(new ObjectStoreImpl("plain"));
        World indexed = new World(new IndexedObjectStore("indexed"));
        Random random = new Random(seed);
        int refusals = 0;
        for (int step = 0; step < 600; step++) {
            Op op = Op.random(random, plain);
            String a = op.apply(plain);
            String b = op.apply(indexed);
            assertEquals(a, b, "seed " + seed + ", step " + step + ": " + op);
            refusals += a.startsWith("refused") ? 1 : 0;
            if (step % 10 == 9) {
                long pages = random.nextLong();
                assertEquals(plain.view(pages), indexed.view(pages), "seed " + seed + ", step " + step);
                assertNamesIndexed((IndexedObjectStore) indexed.store, "seed " + seed + ", step " + step);
            }
        }
        assertTrue(refusals > 20, "the sequence must provoke refusals, made " + refusals);
        assertTrue(plain.handles.size() > 100, "the sequence must create objects, made " + plain.handles.size());
    }

    /** Every object, each version included, is among the candidates of a query by its current name. */
    private static void assertNamesIndexed(IndexedObjectStore store, String where) {
        for (String id : store.getIds()) {
            String name = store.getObjectById(id).getName();
            assertTrue(name != null, where + ": #" + id + " has no name");
            assertTrue(store.candidatesNamed(Set.of(name)).contains(id), where + ": " + name + " #" + id + " not indexed");
        }
    }

    /** One store and the objects created in it, by handle: the n-th object created in either store is handle n. */
    private static final class World {
        final ObjectStore store;
        final List<StoredObject> handles = new ArrayList<>();
        final Map<String, Integer> handleOfId = new HashMap<>();

        World(ObjectStore store) {
            this.store = store;
            add(store.getRootFolder());
        }

        void add(StoredObject so) {
            handleOfId.put(so.getId(), handles.size());
            if (so instanceof DocumentVersion) {
                handleOfId.put(((DocumentVersion) so).getParentDocument().getId(), handles.size());
            }
            handles.add(so);
        }

        boolean alive(int handle) {
            return store.getObjectById(handles.get(handle).getId()) != null;
        }

        Folder folder(int handle) {
            return (Folder) handles.get(handle);
        }

        String describe(StoredObject so) {
            return so == null ? "nothing" : so.getName() + "#" + handleOfId.get(so.getId());
        }

        /** Every live folder's children, a page of them, its subfolders and every live object's path. */
        String view(long pageSeed) {
            Random random = new Random(pageSeed);
            StringBuilder out = new StringBuilder();
            for (int h = 0; h < handles.size(); h++) {
                if (!alive(h)) {
                    continue;
                }
                StoredObject so = handles.get(h);
                if (so instanceof Folder) {
                    Folder f = (Folder) so;
                    out.append(h).append(" children ").append(list(store.getChildren(f, -1, -1, USER, false)));
                    int skip = random.nextInt(5);
                    int max = 1 + random.nextInt(4);
                    out.append(" page ").append(list(store.getChildren(f, max, skip, null, true)));
                    out.append(" folders ").append(list(store.getFolderChildren(f, 100, 0, USER))).append('\n');
                }
                if (so instanceof Fileable) {
                    for (String path : paths(so)) {
                        out.append(h).append(' ').append(path).append(" -> ")
                                .append(describe(store.getObjectByPath(path, USER))).append('\n');
                    }
                }
            }
            for (String path : new String[] {"", "/", "a", "/a/", "/a//b", "/nowhere", "/a/b/c"}) {
                out.append(path).append(" -> ").append(describe(store.getObjectByPath(path, USER))).append('\n');
            }
            return out.toString();
        }

        private String list(ObjectStore.ChildrenResult result) {
            StringBuilder s = new StringBuilder().append(result.getNoItems()).append(':');
            for (Fileable child : result.getChildren()) {
                s.append(describe(child)).append(',');
            }
            return s.toString();
        }

        private List<String> paths(StoredObject so) {
            List<String> paths = new ArrayList<>();
            for (String parent : ((Fileable) so).getParentIds()) {
                String folderPath = store.getFolderPath(parent);
                paths.add((folderPath.endsWith("/") ? folderPath : folderPath + "/") + so.getName());
            }
            return paths;
        }
    }

    /** One operation on handles, so that it applies to either world. */
    private record Op(String kind, int target, int folder, int other, String name) {

        static Op random(Random random, World world) {
            String[] kinds = {"document", "document", "folder", "folder", "versioned", "item", "move", "move",
                "rename", "rename", "addParent", "removeParent", "delete"};
            String kind = kinds[random.nextInt(kinds.length)];
            int size = world.handles.size();
            return new Op(kind, random.nextInt(size), pickFolder(random, world), pickFolder(random, world),
                    NAMES[random.nextInt(NAMES.length)]);
        }

        private static int pickFolder(Random random, World world) {
            for (int tries = 0; tries < 20; tries++) {
                int h = random.nextInt(world.handles.size());
                if (world.handles.get(h) instanceof Folder && world.alive(h)) {
                    return h;
                }
            }
            return 0;
        }

        /** Applies the operation and says what came of it: the object made, done, refused (and why) or skipped. */
        String apply(World w) {
            ObjectStore store = w.store;
            Folder in = w.folder(folder);
            StoredObject so = w.handles.get(target);
            try {
                switch (kind) {
                    case "document":
                        return made(w, store.createDocument(props(name), USER, in, null, null, null, null));
                    case "folder":
                        return made(w, store.createFolder(name, null, USER, in, null, null, null));
                    case "versioned":
                        return made(w, store.createVersionedDocument(name, props(name), USER, in, null, null, null,
                                null, VersioningState.MAJOR));
                    case "item":
                        return made(w, store.createItem(name, props(name), USER, in, null, null, null));
                    case "move":
                        return move(w, so, in);
                    case "rename":
                        if (!w.alive(target) || target == 0) {
                            return "skipped";
                        }
                        store.rename(so, name, USER);
                        return "done";
                    case "addParent":
                        if (!w.alive(target) || so instanceof Folder || !(so instanceof Fileable)) {
                            return "skipped";
                        }
                        store.addParent(so, in);
                        return "done";
                    case "removeParent":
                        return removeParent(w, so);
                    case "delete":
                        if (!w.alive(target) || target == 0) {
                            return "skipped";
                        }
                        store.deleteObject(so.getId(), true, USER);
                        return "done";
                    default:
                        throw new IllegalStateException(kind);
                }
            } catch (RuntimeException refused) {
                return "refused " + (takenName(refused) ? "name" : refused.getClass().getSimpleName());
            }
        }

        /**
         * The InMemory store refuses a taken name on a move with IllegalMonitorStateException (its unlock of a lock
         * it did not take) and on an added parent with IllegalArgumentException; the indexed store with the CMIS
         * name constraint violation.
         */
        private boolean takenName(RuntimeException refused) {
            return refused instanceof CmisNameConstraintViolationException
                    || kind.equals("move") && refused instanceof IllegalMonitorStateException
                    || kind.equals("addParent") && refused instanceof IllegalArgumentException;
        }

        private String move(World w, StoredObject so, Folder to) {
            if (!w.alive(target) || target == 0 || !(so instanceof Fileable)) {
                return "skipped";
            }
            List<String> parents = ((Fileable) so).getParentIds();
            if (parents.isEmpty() || (so instanceof Folder && below(w, to, so.getId()))) {
                return "skipped"; // the service refuses these before the store sees them
            }
            Folder from = (Folder) w.store.getObjectById(parents.get(Math.floorMod(other, parents.size())));
            w.store.move(so, from, to, USER);
            return "done";
        }

        private String removeParent(World w, StoredObject so) {
            if (!w.alive(target) || so instanceof Folder || !(so instanceof Fileable)) {
                return "skipped";
            }
            List<String> parents = ((Fileable) so).getParentIds();
            if (parents.size() < 2) {
                return "skipped";
            }
            w.store.removeParent(so, (Folder) w.store.getObjectById(parents.get(Math.floorMod(other, parents.size()))));
            return "done";
        }

        private static boolean below(World w, Folder folder, String ancestorId) {
            for (Folder f = folder; f != null; f = f.getParentId() == null ? null : (Folder) w.store.getObjectById(f.getParentId())) {
                if (f.getId().equals(ancestorId)) {
                    return true;
                }
            }
            return false;
        }

        private static String made(World w, StoredObject so) {
            w.add(so);
            return "made " + so.getName();
        }

        private static Map<String, PropertyData<?>> props(String name) {
            Map<String, PropertyData<?>> props = new HashMap<>();
            props.put(PropertyIds.NAME, new PropertyStringImpl(PropertyIds.NAME, name));
            props.put(PropertyIds.OBJECT_TYPE_ID, new PropertyIdImpl(PropertyIds.OBJECT_TYPE_ID, "cmis:document"));
            return props;
        }
    }
}
