package org.sanxiang.standalone.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.math.BigInteger;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.OperationContext;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.ObjectInFolderData;
import org.apache.chemistry.opencmis.commons.data.ObjectInFolderList;
import org.apache.chemistry.opencmis.commons.enums.IncludeRelationships;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.sanxiang.workflow.port.CaseFolder;

/**
 * The case folders as CMIS objects: a case by id (or not found), the folders under the cases root and the
 * documents of one, read past the session's cache so that what another node wrote is seen.
 */
final class CaseFolders {

    private final Session session;
    private final ProtectedPropertyOverlay cases;
    private final ErrorTranslation errors;
    /** The id of a folder by path: the cases root does not move while the runtime runs. */
    private final Map<String, String> rootIds = new ConcurrentHashMap<>();

    CaseFolders(Session session, ProtectedPropertyOverlay cases, ErrorTranslation errors) {
        this.session = Objects.requireNonNull(session, "session");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    /** The case's facts; a bad request without an id, not found without a case. */
    CaseFolder facts(String caseId) {
        if (caseId == null || caseId.isBlank()) {
            throw ServiceException.badRequest("caseId", "is required");
        }
        return errors.repositoryCall(() -> {
            try {
                return cases.facts(caseId);
            } catch (IllegalArgumentException e) {
                throw ServiceException.notFound("caseId", "no case " + caseId);
            }
        });
    }

    /** The case's facts as CMIS holds them, without the protected properties (the state is not one); as {@link #facts}. */
    CaseFolder openFacts(String caseId) {
        if (caseId == null || caseId.isBlank()) {
            throw ServiceException.badRequest("caseId", "is required");
        }
        return errors.repositoryCall(() -> {
            try {
                return cases.cmis().facts(caseId);
            } catch (IllegalArgumentException e) {
                throw ServiceException.notFound("caseId", "no case " + caseId);
            }
        });
    }

    boolean exists(String path) {
        try {
            session.getObjectByPath(path);
            return true;
        } catch (CmisObjectNotFoundException e) {
            return false;
        }
    }

    /** The folders under {@code casesPath}, oldest first. */
    List<CmisObject> folders(String casesPath) {
        Folder root = (Folder) session.getObjectByPath(casesPath);
        List<CmisObject> folders = new ArrayList<>();
        for (CmisObject child : root.getChildren(uncached())) {
            if (child instanceof Folder) {
                folders.add(child);
            }
        }
        folders.sort(Comparator.comparing((CmisObject o) -> o.getCreationDate().getTimeInMillis())
                .thenComparing(CmisObject::getId));
        return folders;
    }

    /** A page of the folders under the cases root (as CMIS returns it: one getChildren call). */
    record FolderPage(List<Folder> folders, long totalNumItems, boolean hasMoreItems) {
    }

    /**
     * One page of the case folders under {@code casesPath}, oldest first, in one getChildren call (the
     * root's id is looked up once): the list never reads a folder on its own.
     */
    FolderPage page(String casesPath, int skipCount, int maxItems) {
        String rootId = rootIds.computeIfAbsent(casesPath, p -> session.getObjectByPath(p).getId());
        OperationContext context = uncached();
        context.setFilterString("*");
        ObjectInFolderList children = session.getBinding().getNavigationService().getChildren(
                session.getRepositoryInfo().getId(), rootId, "*",
                PropertyIds.CREATION_DATE + " ASC," + PropertyIds.OBJECT_ID + " ASC", false, IncludeRelationships.NONE,
                "cmis:none", false, BigInteger.valueOf(maxItems), BigInteger.valueOf(skipCount), null);
        List<Folder> folders = new ArrayList<>();
        for (ObjectInFolderData child : children.getObjects()) {
            if (session.getObjectFactory().convertObject(child.getObject(), context) instanceof Folder f) {
                folders.add(f);
            }
        }
        BigInteger total = children.getNumItems();
        return new FolderPage(folders, total == null ? -1 : total.longValue(), Boolean.TRUE.equals(children.hasMoreItems()));
    }

    /** The documents in the case folder, by id: the listing the step's record reads share. */
    Map<String, Document> documents(String caseId) {
        Map<String, Document> documents = new HashMap<>();
        for (Document d : cases.cmis().documents(caseId)) {
            documents.put(d.getId(), d);
        }
        return documents;
    }

    private OperationContext uncached() {
        OperationContext context = session.createOperationContext();
        context.setCacheEnabled(false);
        context.setIncludeAcls(false);
        context.setIncludePolicies(false);
        return context;
    }
}
