package org.sanxiang.standalone.cmis;

import java.io.File;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.chemistry.opencmis.commons.exceptions.CmisPermissionDeniedException;
import org.apache.chemistry.opencmis.commons.server.CallContext;
import org.apache.chemistry.opencmis.commons.server.CmisService;
import org.apache.chemistry.opencmis.commons.server.CmisServiceFactory;
import org.apache.chemistry.opencmis.commons.server.TempStoreOutputStream;

/**
 * The repository read-only to everyone but its writers: every CMIS operation that changes something
 * (create, update, delete, move, content, check-out/in, filing, ACL, policy, type) is refused with
 * {@code cmis:permissionDenied} for any other user, in every binding. In the sandbox the one writer is the
 * runtime's own account: people change cases through the REST API, where the rules apply, and only the
 * disclosure process writes the public tree (chongqing-2024 公示 第六条: 未经审核不得发布).
 */
final class WritersOnlyServiceFactory implements CmisServiceFactory {

    static final Set<String> WRITES = Set.of("create", "createDocument", "createDocumentFromSource", "createFolder",
            "createRelationship", "createPolicy", "createItem", "updateProperties", "bulkUpdateProperties", "moveObject",
            "deleteObject", "deleteObjectOrCancelCheckOut", "deleteTree", "setContentStream", "deleteContentStream",
            "appendContentStream", "checkOut", "cancelCheckOut", "checkIn", "addObjectToFolder", "removeObjectFromFolder",
            "applyPolicy", "removePolicy", "applyAcl", "createType", "updateType", "deleteType");

    private final CmisServiceFactory repository;
    private final Predicate<String> writers;

    WritersOnlyServiceFactory(CmisServiceFactory repository, Predicate<String> writers) {
        this.repository = repository;
        this.writers = writers;
    }

    @Override
    public CmisService getService(CallContext context) {
        CmisService service = repository.getService(context);
        String user = context.getUsername();
        if (writers.test(user)) {
            return service;
        }
        InvocationHandler readOnly = (proxy, method, args) -> {
            if (WRITES.contains(method.getName())) {
                throw new CmisPermissionDeniedException(user + " may read this repository but not change it: changes go"
                        + " through the Sanxiang REST API, and only the disclosure process publishes");
            }
            try {
                return method.invoke(service, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (CmisService) Proxy.newProxyInstance(CmisService.class.getClassLoader(), new Class<?>[] {CmisService.class},
                readOnly);
    }

    @Override
    public void init(Map<String, String> parameters) {
        repository.init(parameters);
    }

    @Override
    public void destroy() {
        repository.destroy();
    }

    @Override
    public File getTempDirectory() {
        return repository.getTempDirectory();
    }

    @Override
    public boolean encryptTempFiles() {
        return repository.encryptTempFiles();
    }

    @Override
    public int getMemoryThreshold() {
        return repository.getMemoryThreshold();
    }

    @Override
    public long getMaxContentSize() {
        return repository.getMaxContentSize();
    }

    @Override
    public TempStoreOutputStream getTempFileOutputStream(String repositoryId) {
        return repository.getTempFileOutputStream(repositoryId);
    }
}
