package org.sanxiang.standalone.cmis;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.chemistry.opencmis.commons.data.ObjectList;
import org.apache.chemistry.opencmis.commons.enums.IncludeRelationships;
import org.apache.chemistry.opencmis.commons.server.CallContext;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.ObjectStore;
import org.apache.chemistry.opencmis.inmemory.storedobj.impl.ObjectStoreImpl;
import org.apache.chemistry.opencmis.inmemory.storedobj.impl.StoreManagerImpl;

/**
 * The InMemory store manager with each repository's objects in an {@link IndexedObjectStore}. The factory
 * makes it by name ({@code ConfigConstants.REPOSITORY_CLASS}), hence public; the services, the validator and
 * the query processor reach the store through {@link #getObjectStore} and {@link #getStore}, which answer
 * with the indexed one. (The superclass still makes its own empty store per repository, which nothing reads
 * but its check that the repository exists.)
 */
public final class IndexedStoreManager extends StoreManagerImpl {

    private final Map<String, IndexedObjectStore> stores = new ConcurrentHashMap<>();

    @Override
    public void initRepository(String repositoryId) {
        super.initRepository(repositoryId);
        stores.put(repositoryId, new IndexedObjectStore(repositoryId));
    }

    @Override
    public void createAndInitRepository(String repositoryId, String typeCreatorClassName) {
        super.createAndInitRepository(repositoryId, typeCreatorClassName);
        stores.put(repositoryId, new IndexedObjectStore(repositoryId));
    }

    /** A query by name is offered only the objects that have had the name (see {@link NameQuery}). */
    @Override
    public ObjectList query(CallContext callContext, String user, String repositoryId, String statement,
            Boolean searchAllVersions, Boolean includeAllowableActions, IncludeRelationships includeRelationships,
            String renditionFilter, BigInteger maxItems, BigInteger skipCount) {
        Supplier<ObjectList> query = () -> super.query(callContext, user, repositoryId, statement, searchAllVersions,
                includeAllowableActions, includeRelationships, renditionFilter, maxItems, skipCount);
        IndexedObjectStore store = stores.get(repositoryId);
        Optional<Set<String>> names = NameQuery.requiredNames(statement);
        return store == null || names.isEmpty() ? query.get() : store.queryNamed(names.get(), query);
    }

    @Override
    public ObjectStore getObjectStore(String repositoryId) {
        return stores.get(repositoryId);
    }

    @Override
    public ObjectStoreImpl getStore(String repositoryId) {
        return stores.get(repositoryId);
    }
}
