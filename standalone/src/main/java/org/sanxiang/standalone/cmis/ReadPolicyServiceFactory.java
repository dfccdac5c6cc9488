package org.sanxiang.standalone.cmis;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.MutableProperties;
import org.apache.chemistry.opencmis.commons.data.ObjectData;
import org.apache.chemistry.opencmis.commons.data.ObjectInFolderContainer;
import org.apache.chemistry.opencmis.commons.data.ObjectInFolderData;
import org.apache.chemistry.opencmis.commons.data.ObjectInFolderList;
import org.apache.chemistry.opencmis.commons.data.ObjectList;
import org.apache.chemistry.opencmis.commons.data.ObjectParentData;
import org.apache.chemistry.opencmis.commons.data.Properties;
import org.apache.chemistry.opencmis.commons.data.PropertyData;
import org.apache.chemistry.opencmis.commons.enums.IncludeRelationships;
import org.apache.chemistry.opencmis.commons.exceptions.CmisPermissionDeniedException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisRuntimeException;
import org.apache.chemistry.opencmis.commons.server.CallContext;
import org.apache.chemistry.opencmis.commons.server.CmisService;
import org.apache.chemistry.opencmis.commons.server.CmisServiceFactory;

/**
 * Applies a {@link CmisReadPolicy} to every reader who is not a writer, in every binding: the hidden
 * properties leave every answer that carries objects (objects, children, descendants, parents, versions,
 * query rows, changes); a query naming one is refused, so a WHERE clause cannot find them out; and the
 * content of a document outside the folders the policy allows is refused with {@code permissionDenied}.
 * An answer whose properties cannot be changed is refused rather than shown whole.
 */
final class ReadPolicyServiceFactory extends ForwardingServiceFactory {

    private final Predicate<String> writers;
    private final CmisReadPolicy policy;

    ReadPolicyServiceFactory(CmisServiceFactory repository, Predicate<String> writers, CmisReadPolicy policy) {
        super(repository);
        this.writers = writers;
        this.policy = policy;
    }

    @Override
    public CmisService getService(CallContext context) {
        CmisService service = repository.getService(context);
        String user = context.getUsername();
        if (writers.test(user) || policy == CmisReadPolicy.EVERYTHING) {
            return service;
        }
        String password = context.getPassword();
        Set<String> hidden = policy.hiddenProperties(user, password);
        InvocationHandler filtered = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("query") && !hidden.isEmpty()) {
                String statement = String.valueOf(args[1]).toLowerCase(Locale.ROOT);
                for (String property : hidden) {
                    if (statement.contains(property.toLowerCase(Locale.ROOT))) {
                        throw new CmisPermissionDeniedException(user + " may not query " + property
                                + ": it is personal information shown to the case's staff alone (wuhan-2020 全过程记录 第二十九条)");
                    }
                }
            }
            if (name.equals("getContentStream") && !policy.readsContentIn(user, password, folders(service, (String) args[0],
                    (String) args[1]))) {
                throw new CmisPermissionDeniedException(user + " may not read the content of " + args[1]
                        + ": a case's records are read through an approved access request (wuhan-2020 全过程记录 第二十九条)");
            }
            Object result;
            try {
                result = method.invoke(service, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            strip(result, hidden);
            return result;
        };
        return (CmisService) Proxy.newProxyInstance(CmisService.class.getClassLoader(), new Class<?>[] {CmisService.class},
                filtered);
    }

    /** The paths of the folders a document is filed in. */
    private static List<String> folders(CmisService service, String repositoryId, String objectId) {
        List<String> paths = new ArrayList<>();
        for (ObjectParentData parent : service.getObjectParents(repositoryId, objectId, PropertyIds.PATH, false,
                IncludeRelationships.NONE, "cmis:none", false, null)) {
            PropertyData<?> path = parent.getObject().getProperties().getProperties().get(PropertyIds.PATH);
            if (path != null && path.getFirstValue() != null) {
                paths.add(path.getFirstValue().toString());
            }
        }
        return paths;
    }

    static void strip(Object result, Set<String> hidden) {
        if (result == null || hidden.isEmpty()) {
            return;
        }
        if (result instanceof ObjectData o) {
            strip(o.getProperties(), hidden);
            if (o.getRelationships() != null) {
                o.getRelationships().forEach(r -> strip(r, hidden));
            }
        } else if (result instanceof Properties p) {
            Map<String, PropertyData<?>> present = p.getProperties();
            for (String id : hidden) {
                if (present != null && present.containsKey(id)) {
                    if (!(p instanceof MutableProperties m)) {
                        throw new CmisRuntimeException("an answer holding " + id + " cannot be filtered");
                    }
                    m.removeProperty(id);
                }
            }
        } else if (result instanceof ObjectList l) {
            strip(l.getObjects(), hidden);
        } else if (result instanceof ObjectInFolderList l) {
            strip(l.getObjects(), hidden);
        } else if (result instanceof ObjectInFolderData d) {
            strip(d.getObject(), hidden);
        } else if (result instanceof ObjectInFolderContainer c) {
            strip(c.getObject(), hidden);
            strip(c.getChildren(), hidden);
        } else if (result instanceof ObjectParentData p) {
            strip(p.getObject(), hidden);
        } else if (result instanceof List<?> list) {
            list.forEach(item -> strip(item, hidden));
        }
    }
}
