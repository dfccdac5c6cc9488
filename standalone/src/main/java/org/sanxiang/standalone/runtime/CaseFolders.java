package org.sanxiang.standalone.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.OperationContext;
import org.apache.chemistry.opencmis.client.api.Session;
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

    /** The documents in the case folder, by id. */
    Map<String, Document> documents(String caseId) {
        Map<String, Document> documents = new HashMap<>();
        Folder folder = (Folder) session.getObject(caseId, uncached());
        for (CmisObject child : folder.getChildren(uncached())) {
            if (child instanceof Document d) {
                documents.put(d.getId(), d);
            }
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
