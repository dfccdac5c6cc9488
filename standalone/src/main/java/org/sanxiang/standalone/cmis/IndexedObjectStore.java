package org.sanxiang.standalone.cmis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.apache.chemistry.opencmis.commons.data.Acl;
import org.apache.chemistry.opencmis.commons.data.ObjectList;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.data.PropertyData;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.Document;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.DocumentVersion;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.Fileable;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.Filing;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.Folder;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.StoredObject;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.VersionedDocument;
import org.apache.chemistry.opencmis.inmemory.storedobj.impl.ObjectStoreImpl;

/**
 * The InMemory object store with an index from a folder's id to the ids of the objects filed in it, so that a
 * name check (on every create, move, rename and added parent) and a folder listing cost what the folder holds,
 * not what the repository holds, as in Alfresco.
 *
 * <p>The InMemory store finds a folder's children by walking {@link #getIds()} and keeping the objects whose
 * parent list names the folder. While one of this store's folder operations runs, {@link #getIds()} answers on
 * that thread with the ids indexed under the operation's folders only; the walk still tests every parent list,
 * so an index that holds more than the folder's children (an object since moved away or deleted) stays
 * correct, and the index is kept a superset of every live filing: an object is indexed under its parents when
 * it enters the store, on a move and on an added parent, and leaves a folder's entry only once it is deleted or
 * no longer filed there. Everyone else (the query processor) still gets every id.
 *
 * <p>Name checks and the filing they guard run under a lock per folder (striped), so two writers racing to
 * file one name in a folder cannot both pass the check: the InMemory store checks a create's name outside
 * any lock. A move or an added parent onto a taken name is refused with the CMIS name constraint violation.
 *
 * <p>A second index, from a name to the ids of the objects that have had it, serves queries by name
 * ({@link #queryNamed}): the query processor also walks {@link #getIds()}, and during such a query it is offered
 * those ids only. Stored and renamed ids are queued and their current names indexed when a query needs them;
 * a name keeps an id until it is deleted, so the index is a superset and the processor's own test decides.
 */
final class IndexedObjectStore extends ObjectStoreImpl {

    private static final int STRIPES = 64;

    /** Folder id to the ids filed in it; null only while the superclass's constructor stores the root. */
    private final Map<String, Set<String>> filed = new ConcurrentHashMap<>();
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
    /** The folders whose children {@link #getIds()} returns on this thread; null when not in a folder operation. */
    private final ThreadLocal<Collection<String>> scope = new ThreadLocal<>();
    /** Name to the ids of the objects that have had it (a superset: a renamed or deleted id stays until looked up). */
    private final Map<String, Set<String>> named = new ConcurrentHashMap<>();
    /** Ids stored or renamed whose name is not indexed yet: read once a query needs the index. */
    private final Set<String> unnamed = ConcurrentHashMap.newKeySet();
    /** The ids {@link #getIds()} returns on this thread during a name query; null otherwise. */
    private final ThreadLocal<Set<String>> candidates = new ThreadLocal<>();

    IndexedObjectStore(String repositoryId) {
        super(repositoryId);
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
        unnamed.addAll(super.getIds());
    }

    @Override
    public Set<String> getIds() {
        Collection<String> folders = scope.get();
        if (folders == null) {
            Set<String> ids = candidates.get();
            return ids == null ? super.getIds() : ids;
        }
        if (folders.size() == 1) {
            return indexed(folders.iterator().next());
        }
        Set<String> union = new HashSet<>();
        for (String folder : folders) {
            union.addAll(indexed(folder));
        }
        return union;
    }

    @Override
    public String storeObject(StoredObject so) {
        String id = super.storeObject(so);
        if (filed != null) {
            index(so, id);
            unnamed.add(id);
        }
        return id;
    }

    @Override
    public Document createDocument(Map<String, PropertyData<?>> propMap, String user, Folder folder,
            ContentStream contentStream, List<String> policies, Acl addACEs, Acl removeACEs) {
        return guarded(idsOf(folder),
                () -> super.createDocument(propMap, user, folder, contentStream, policies, addACEs, removeACEs));
    }

    @Override
    public StoredObject createItem(String name, Map<String, PropertyData<?>> propMap, String user, Folder folder,
            List<String> policies, Acl addACEs, Acl removeACEs) {
        return guarded(idsOf(folder),
                () -> super.createItem(name, propMap, user, folder, policies, addACEs, removeACEs));
    }

    @Override
    public DocumentVersion createVersionedDocument(String name, Map<String, PropertyData<?>> propMap, String user,
            Folder folder, List<String> policies, Acl addACEs, Acl removeACEs, ContentStream contentStream,
            VersioningState versioningState) {
        return guarded(idsOf(folder), () -> super.createVersionedDocument(name, propMap, user, folder, policies,
                addACEs, removeACEs, contentStream, versioningState));
    }

    @Override
    public Folder createFolder(String name, Map<String, PropertyData<?>> propMap, String user, Folder parent,
            List<String> policies, Acl addACEs, Acl removeACEs) {
        return guarded(idsOf(parent),
                () -> super.createFolder(name, propMap, user, parent, policies, addACEs, removeACEs));
    }

    @Override
    public void move(StoredObject so, Folder oldParent, Folder newParent, String user) {
        Set<String> both = new TreeSet<>(idsOf(oldParent));
        both.addAll(idsOf(newParent));
        locked(both, () -> scoped(idsOf(newParent), () -> {
            refuseTaken(newParent, so);
            super.move(so, oldParent, newParent, user);
            index(so, filedId(so));
            if (oldParent != null) {
                forgetUnlessFiled(so, oldParent.getId());
            }
            return null;
        }));
    }

    @Override
    public void rename(StoredObject so, String newName, String user) {
        // The parents are read before they are locked: read again under the locks until a move did not intervene.
        while (true) {
            List<String> parents = parentsOf(so);
            Boolean done = locked(parents, () -> {
                if (!parents.equals(parentsOf(so))) {
                    return false;
                }
                scoped(parents, () -> {
                    super.rename(so, newName, user);
                    return null;
                });
                // after the name is set: a query that indexed the old name meanwhile reads the id again
                unnamed.add(so.getId());
                return true;
            });
            if (done) {
                return;
            }
        }
    }

    @Override
    public void addParent(StoredObject so, Folder parent) {
        guarded(idsOf(parent), () -> {
            refuseTaken(parent, so);
            super.addParent(so, parent);
            index(so, filedId(so));
            return null;
        });
    }

    @Override
    public void removeParent(StoredObject so, Folder parent) {
        locked(idsOf(parent), () -> {
            super.removeParent(so, parent);
            if (parent != null) {
                forgetUnlessFiled(so, parent.getId());
            }
            return null;
        });
    }

    @Override
    public ChildrenResult getChildren(Folder folder, int maxItems, int skipCount, String user, boolean usePwc) {
        return scoped(idsOf(folder), () -> super.getChildren(folder, maxItems, skipCount, user, usePwc));
    }

    @Override
    public ChildrenResult getFolderChildren(Folder folder, int maxItems, int skipCount, String user) {
        return scoped(idsOf(folder), () -> super.getFolderChildren(folder, maxItems, skipCount, user));
    }

    /**
     * Follows the path one segment at a time through the index. As the InMemory store does, a versioned
     * document answers with its latest version, and only an absolute path names anything.
     */
    @Override
    public StoredObject getObjectByPath(String path, String user) {
        if (path == null || !path.startsWith(Filing.PATH_SEPARATOR)) {
            return null;
        }
        StoredObject current = getRootFolder();
        if (path.equals(Filing.PATH_SEPARATOR)) {
            return current;
        }
        for (String segment : path.substring(1).split(Filing.PATH_SEPARATOR, -1)) {
            if (!(current instanceof Folder)) {
                return null;
            }
            current = childNamed((Folder) current, segment);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    @Override
    public void deleteObject(String objectId, Boolean allVersions, String user) {
        StoredObject target = getObjectById(objectId);
        StoredObject holder = target == null ? null : filedObject(target);
        List<String> parents = holder == null ? List.of() : parentsOf(holder);
        List<StoredObject> named = holder == null ? List.of() : withVersions(holder);
        super.deleteObject(objectId, allVersions, user);
        if (holder != null && getObjectById(holder.getId()) == null) {
            for (String parent : parents) {
                forget(parent, holder.getId());
            }
        }
        if (target instanceof Folder && getObjectById(objectId) == null) {
            filed.remove(objectId);
        }
        for (StoredObject o : named) {
            Set<String> ids = o.getName() == null ? null : this.named.get(o.getName());
            if (ids != null && getObjectById(o.getId()) == null) {
                ids.remove(o.getId());
            }
        }
    }

    private static List<StoredObject> withVersions(StoredObject holder) {
        List<StoredObject> all = new ArrayList<>(List.of(holder));
        if (holder instanceof VersionedDocument) {
            all.addAll(((VersionedDocument) holder).getAllVersions());
        }
        return all;
    }

    @Override
    public void clear() {
        super.clear();
        filed.clear();
        named.clear();
        unnamed.clear();
    }

    /**
     * Runs a query that requires one of the names with {@link #getIds()} answering the ids that have had one
     * of them. The processor keeps its matches in the order it is offered the ids, so when more than one
     * object matches, the query runs again with the candidates in the order of the whole store's ids, and the
     * rows and pages are those of a query over every object.
     */
    ObjectList queryNamed(Set<String> names, Supplier<ObjectList> query) {
        Set<String> ids = candidatesNamed(names);
        ObjectList rows = offering(ids, query);
        if (ids.size() <= 1 || rows.getNumItems() == null || rows.getNumItems().intValue() <= 1) {
            return rows;
        }
        return offering(inStoreOrder(ids), query);
    }

    /** The live ids that have had one of the names: a superset of those that have one now. */
    Set<String> candidatesNamed(Set<String> names) {
        learnNames();
        Set<String> ids = new LinkedHashSet<>();
        for (String name : names) {
            Set<String> had = named.getOrDefault(name, Set.of());
            for (String id : had) {
                if (getObjectById(id) == null) {
                    had.remove(id);
                } else {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** Indexes the current names of the ids stored or renamed since the last query. */
    private void learnNames() {
        List<String> later = new ArrayList<>();
        for (String id : unnamed) {
            // removed before the name is read: a rename after this read marks the id again
            unnamed.remove(id);
            StoredObject o = getObjectById(id);
            String name = o == null ? null : o.getName();
            if (name != null) {
                named.computeIfAbsent(name, k -> ConcurrentHashMap.newKeySet()).add(id);
            } else if (o != null) {
                later.add(id);
            }
        }
        unnamed.addAll(later);
    }

    private Set<String> inStoreOrder(Set<String> ids) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String id : super.getIds()) {
            if (ids.contains(id)) {
                ordered.add(id);
                if (ordered.size() == ids.size()) {
                    break;
                }
            }
        }
        return ordered;
    }

    private ObjectList offering(Set<String> ids, Supplier<ObjectList> query) {
        Set<String> outer = candidates.get();
        candidates.set(ids);
        try {
            return query.get();
        } finally {
            if (outer == null) {
                candidates.remove();
            } else {
                candidates.set(outer);
            }
        }
    }

    /**
     * A taken name refused as such (409 over HTTP): the InMemory store refuses a move with an exception its own
     * lock handling turns into IllegalMonitorStateException, and an added parent with IllegalArgumentException,
     * both 500s.
     */
    private void refuseTaken(Folder folder, StoredObject so) {
        if (folder != null && childNamed(folder, so.getName()) != null) {
            throw new CmisNameConstraintViolationException("cmis:name: " + so.getName() + " is taken in folder "
                    + getFolderPath(folder.getId()));
        }
    }

    private StoredObject childNamed(Folder folder, String name) {
        for (String id : indexed(folder.getId())) {
            StoredObject o = getObjectById(id);
            if (o instanceof Fileable && !(o instanceof DocumentVersion)
                    && ((Fileable) o).getParentIds().contains(folder.getId())) {
                StoredObject shown = o instanceof VersionedDocument ? ((VersionedDocument) o).getLatestVersion(false) : o;
                if (shown != null && name.equals(shown.getName())) {
                    return shown;
                }
            }
        }
        return null;
    }

    private Set<String> indexed(String folderId) {
        return filed.getOrDefault(folderId, Set.of());
    }

    private void forget(String folderId, String id) {
        Set<String> ids = filed.get(folderId);
        if (ids != null) {
            ids.remove(id);
        }
    }

    private Set<String> filedIn(String folderId) {
        return filed.computeIfAbsent(folderId, k -> ConcurrentHashMap.newKeySet());
    }

    private void index(StoredObject so, String id) {
        StoredObject holder = filedObject(so);
        String holderId = holder == so ? id : holder.getId();
        if (holderId == null) {
            return;
        }
        for (String parent : parentsOf(holder)) {
            filedIn(parent).add(holderId);
        }
    }

    /** Called under the folder's lock, so no one files the object there again in between. */
    private void forgetUnlessFiled(StoredObject so, String folderId) {
        StoredObject holder = filedObject(so);
        if (!parentsOf(holder).contains(folderId)) {
            forget(folderId, holder.getId());
        }
    }

    private static String filedId(StoredObject so) {
        return filedObject(so).getId();
    }

    /** A version is filed through its versioned document, which is what the InMemory store's walk tests. */
    private static StoredObject filedObject(StoredObject so) {
        if (so instanceof DocumentVersion && ((DocumentVersion) so).getParentDocument() != null) {
            return ((DocumentVersion) so).getParentDocument();
        }
        return so;
    }

    private static List<String> parentsOf(StoredObject so) {
        if (so instanceof Fileable) {
            List<String> parents = ((Fileable) so).getParentIds();
            return parents == null ? List.of() : new ArrayList<>(parents);
        }
        return List.of();
    }

    private static List<String> idsOf(Folder folder) {
        return folder == null || folder.getId() == null ? List.of() : List.of(folder.getId());
    }

    private <T> T guarded(Collection<String> folders, Supplier<T> call) {
        return locked(folders, () -> scoped(folders, call));
    }

    private <T> T scoped(Collection<String> folders, Supplier<T> call) {
        if (folders.isEmpty()) {
            return call.get();
        }
        Collection<String> outer = scope.get();
        scope.set(folders);
        try {
            return call.get();
        } finally {
            if (outer == null) {
                scope.remove();
            } else {
                scope.set(outer);
            }
        }
    }

    /** Takes the folders' stripes in ascending order, so two operations never wait on each other in a cycle. */
    private <T> T locked(Collection<String> folders, Supplier<T> call) {
        TreeSet<Integer> order = new TreeSet<>();
        for (String folder : folders) {
            order.add(Math.floorMod(folder.hashCode(), STRIPES));
        }
        List<ReentrantLock> held = new ArrayList<>();
        try {
            for (int i : order) {
                stripes[i].lock();
                held.add(stripes[i]);
            }
            return call.get();
        } finally {
            for (int i = held.size() - 1; i >= 0; i--) {
                held.get(i).unlock();
            }
        }
    }
}
