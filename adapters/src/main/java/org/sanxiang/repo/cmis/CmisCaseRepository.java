package org.sanxiang.repo.cmis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.OperationContext;
import org.apache.chemistry.opencmis.client.api.Property;
import org.apache.chemistry.opencmis.client.api.SecondaryType;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisContentAlreadyExistsException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.workflow.port.CaseDocuments;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.DocumentDraft;

/**
 * Case folders over CMIS: the workflows' repository port against any CMIS 1.1 server with the sx
 * types under Alfresco's ids — Alfresco's own endpoint or the standalone runtime's embedded server.
 * Case facts come from {@code F:sx:caseFolder} properties; records are {@code D:sx:...} documents in
 * the folder; aspects are secondary types ({@code cmis:secondaryObjectTypeIds}). Names in the port
 * are {@code prefix:name} ({@code sx:textRecord}); CMIS ids add {@code D:}/{@code F:}/{@code P:}. As in
 * Alfresco's CMIS mapping, {@code cm:content} is {@code cmis:document}, and {@code cm:title} /
 * {@code cm:description} live on the secondary type {@code P:cm:titled}, added when a document has them.
 */
public final class CmisCaseRepository implements CaseRepository, CaseDocuments {

    static final String CASE_FOLDER = "F:" + SanxiangModel.TYPE_CASE_FOLDER.toPrefixString();
    private static final String CM_CONTENT = "cm:content";
    private static final String CMIS_DOCUMENT = "cmis:document";
    private static final String TITLE = "cm:title";
    private static final String DESCRIPTION = "cm:description";
    private static final String TITLED = "P:cm:titled";

    private final Session session;
    private final OperationContext fresh;

    public CmisCaseRepository(Session session) {
        this.session = Objects.requireNonNull(session, "session");
        this.fresh = session.createOperationContext();
        fresh.setCacheEnabled(false);
        fresh.setFilterString("*");
        fresh.setIncludeAcls(false);
        fresh.setIncludePolicies(false);
    }

    /** Creates a case folder under the parent folder path; returns its id. */
    public String createCase(String parentPath, String name, Map<String, Object> properties) {
        Folder parent = (Folder) session.getObjectByPath(parentPath);
        Map<String, Object> props = cmisProperties(properties);
        props.put(PropertyIds.OBJECT_TYPE_ID, CASE_FOLDER);
        props.put(PropertyIds.NAME, name);
        return parent.createFolder(props).getId();
    }

    @Override
    public CaseFolder facts(String caseId) {
        Folder folder = caseFolder(caseId);
        return CaseFolder.of(folder.getId(), folder.getName(), sxProperties(folder), aspects(folder));
    }

    @Override
    public List<CaseRecord> records(String caseId) {
        Folder folder = caseFolder(caseId);
        List<Document> docs = new ArrayList<>();
        for (CmisObject child : folder.getChildren(fresh)) {
            if (child instanceof Document d) {
                docs.add(d);
            }
        }
        docs.sort(Comparator.comparing((Document d) -> d.getCreationDate().getTimeInMillis()).thenComparing(Document::getId));
        return docs.stream().map(d -> record(d, folder.getId())).toList();
    }

    @Override
    public CaseRecord createRecord(String caseId, String type, String name, Map<String, Object> properties) {
        Folder folder = caseFolder(caseId);
        Document d = createDocument(folder, type, name, properties, (String) null);
        return record(d, folder.getId());
    }

    /**
     * Creates a record with its content (an uploaded file): the stream is read once and not closed here.
     *
     * @param mediaType the content's media type, as detected by the intake
     */
    public CaseRecord createRecord(String caseId, String type, String name, Map<String, Object> properties,
            InputStream content, long length, String mediaType) {
        Folder folder = caseFolder(caseId);
        ContentStream stream = session.getObjectFactory().createContentStream(name, length, mediaType, content);
        return record(createDocument(folder, type, name, properties, stream), folder.getId());
    }

    @Override
    public void setProperties(String nodeId, Map<String, Object> properties) {
        object(nodeId).updateProperties(cmisProperties(properties));
    }

    @Override
    public void addAspect(String nodeId, String aspect, Map<String, Object> properties) {
        CmisObject o = object(nodeId);
        List<String> ids = secondaryIds(o);
        String id = "P:" + requirePrefixed("aspect", aspect);
        if (!ids.contains(id)) {
            ids.add(id);
        }
        Map<String, Object> props = cmisProperties(properties);
        props.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, ids);
        o.updateProperties(props);
    }

    @Override
    public void removeAspect(String nodeId, String aspect) {
        CmisObject o = object(nodeId);
        List<String> ids = secondaryIds(o);
        if (ids.remove("P:" + requirePrefixed("aspect", aspect))) {
            o.updateProperties(Map.of(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, ids));
        }
    }

    @Override
    public InputStream content(String recordId) {
        CmisObject o = object(recordId);
        if (!(o instanceof Document d)) {
            throw new IllegalArgumentException("recordId: " + recordId + " is not a document");
        }
        ContentStream stream = d.getContentStream();
        return stream == null ? InputStream.nullInputStream() : stream.getStream();
    }

    @Override
    public String destroyRecord(String recordId, DocumentDraft trace) {
        CmisObject o = object(recordId);
        if (!(o instanceof Document d)) {
            throw new IllegalArgumentException("recordId: " + recordId + " is not a document");
        }
        List<Folder> parents = d.getParents();
        if (parents.isEmpty()) {
            throw new IllegalArgumentException("recordId: " + recordId + " is in no case folder");
        }
        // The trace first: if the deletion then fails the record is still there, never gone without a trace.
        String traceId = createDocument(parents.get(0), trace.type(), trace.name(), trace.properties(), trace.text()).getId();
        d.delete(true);
        return traceId;
    }

    @Override
    public String write(String caseId, DocumentDraft draft) {
        return createDocument(caseFolder(caseId), draft.type(), draft.name(), draft.properties(), draft.text()).getId();
    }

    /**
     * Deletes a document this repository created (all its versions): the undo of a create whose command
     * then failed. A document already gone is no error.
     */
    public void deleteDocument(String documentId) {
        CmisObject o;
        try {
            o = object(documentId);
        } catch (IllegalArgumentException gone) {
            return;
        }
        if (!(o instanceof Document d)) {
            throw new IllegalArgumentException("documentId: " + documentId + " is not a document");
        }
        d.delete(true);
    }

    /**
     * A node as it is now (a case folder or a record): its model properties and aspects; the record's
     * {@code caseId} is the folder it is filed in, a folder's its own id.
     */
    public CaseRecord node(String nodeId) {
        CmisObject o = object(nodeId);
        String caseId = o instanceof Document d ? d.getParents(fresh).stream().findFirst().map(Folder::getId).orElse(null)
                : o.getId();
        String type = o.getType().getId();
        String portType = CMIS_DOCUMENT.equals(type) ? CM_CONTENT : type.substring(type.indexOf(':') + 1);
        return new CaseRecord(o.getId(), caseId, portType, o.getName(), sxProperties(o), aspects(o));
    }

    /** The id of the document named {@code name} in the case folder, if there is one. */
    public java.util.Optional<String> documentNamed(String caseId, String name) {
        Folder folder = caseFolder(caseId);
        try {
            CmisObject o = session.getObjectByPath(folder.getPath() + "/" + name, fresh);
            return o instanceof Document ? java.util.Optional.of(o.getId()) : java.util.Optional.empty();
        } catch (CmisObjectNotFoundException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String text(String nodeId) {
        try (InputStream in = content(nodeId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("nodeId: cannot read " + nodeId, e);
        }
    }

    // ---- helpers

    private Document createDocument(Folder folder, String type, String name, Map<String, Object> properties, String text) {
        ContentStream stream = null;
        if (text != null) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            stream = session.getObjectFactory().createContentStream(name, bytes.length, "text/plain; charset=UTF-8",
                    new ByteArrayInputStream(bytes));
        }
        return createDocument(folder, type, name, properties, stream);
    }

    private Document createDocument(Folder folder, String type, String name, Map<String, Object> properties,
            ContentStream stream) {
        Map<String, Object> props = cmisProperties(properties);
        props.put(PropertyIds.OBJECT_TYPE_ID, documentTypeId(type));
        props.put(PropertyIds.NAME, name);
        if (props.containsKey(TITLE) || props.containsKey(DESCRIPTION)) {
            // Alfresco's CMIS carries cm:title and cm:description on the secondary type P:cm:titled
            List<Object> secondary = new ArrayList<>();
            Object given = props.get(PropertyIds.SECONDARY_OBJECT_TYPE_IDS);
            if (given instanceof List<?> l) {
                secondary.addAll(l);
            }
            if (!secondary.contains(TITLED)) {
                secondary.add(TITLED);
            }
            props.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, secondary);
        }
        boolean versionable = Boolean.TRUE.equals(
                ((org.apache.chemistry.opencmis.client.api.DocumentType) session.getTypeDefinition(documentTypeId(type)))
                        .isVersionable());
        try {
            return folder.createDocument(props, stream, versionable ? VersioningState.MAJOR : VersioningState.NONE, null,
                    null, null, fresh);
        } catch (CmisNameConstraintViolationException | CmisContentAlreadyExistsException e) {
            // Alfresco answers a taken name with contentAlreadyExists, other servers with nameConstraintViolation;
            // either way the caller needs the document's name, which not every server's message gives.
            throw new CmisNameConstraintViolationException("name: the case folder " + folder.getName()
                    + " has a document named " + name + " already", e);
        }
    }

    private Folder caseFolder(String caseId) {
        CmisObject o;
        try {
            o = object(caseId);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("caseId: no case " + caseId, e);
        }
        if (!(o instanceof Folder f) || !isCaseFolder(f)) {
            throw new IllegalArgumentException("caseId: " + caseId + " is not a " + CASE_FOLDER);
        }
        return f;
    }

    private boolean isCaseFolder(Folder f) {
        var type = f.getType();
        while (type != null) {
            if (CASE_FOLDER.equals(type.getId())) {
                return true;
            }
            type = type.getParentType();
        }
        return false;
    }

    private CmisObject object(String id) {
        Objects.requireNonNull(id, "nodeId");
        try {
            return session.getObject(id, fresh);
        } catch (CmisObjectNotFoundException e) {
            throw new IllegalArgumentException("nodeId: no object " + id, e);
        }
    }

    private CaseRecord record(Document d, String caseId) {
        String type = d.getType().getId();
        String portType = CMIS_DOCUMENT.equals(type) ? CM_CONTENT : type.substring(type.indexOf(':') + 1);
        return new CaseRecord(d.getId(), caseId, portType, d.getName(), sxProperties(d), aspects(d));
    }

    /** The CMIS id of a document type: {@code D:sx:x}, and cm:content is cmis:document (as Alfresco maps it). */
    private static String documentTypeId(String type) {
        return CM_CONTENT.equals(type) ? CMIS_DOCUMENT : "D:" + requirePrefixed("type", type);
    }

    /** The object's model properties by prefix:name (cmis: properties left out); single values unwrapped. */
    private static Map<String, Object> sxProperties(CmisObject o) {
        Map<String, Object> result = new HashMap<>();
        for (Property<?> p : o.getProperties()) {
            if (p.getId().startsWith("cmis:") || p.getValues().isEmpty()) {
                continue;
            }
            Object value = p.getDefinition() != null && p.getDefinition().getCardinality()
                    == org.apache.chemistry.opencmis.commons.enums.Cardinality.MULTI ? p.getValues() : p.getFirstValue();
            result.put(p.getId(), CmisValues.fromCmis(value));
        }
        return result;
    }

    private static Set<String> aspects(CmisObject o) {
        Set<String> result = new LinkedHashSet<>();
        List<SecondaryType> types = o.getSecondaryTypes();
        if (types != null) {
            for (SecondaryType t : types) {
                String id = t.getId();
                result.add(id.startsWith("P:") ? id.substring(2) : id);
            }
        }
        return result;
    }

    private static List<String> secondaryIds(CmisObject o) {
        List<String> ids = new ArrayList<>();
        List<SecondaryType> types = o.getSecondaryTypes();
        if (types != null) {
            types.forEach(t -> ids.add(t.getId()));
        }
        return ids;
    }

    private static Map<String, Object> cmisProperties(Map<String, Object> properties) {
        Map<String, Object> props = new HashMap<>();
        properties.forEach((k, v) -> props.put(requirePrefixed("property", k), CmisValues.toCmis(v)));
        return props;
    }

    private static String requirePrefixed(String field, String name) {
        if (name == null || name.indexOf(':') <= 0) {
            throw new IllegalArgumentException(field + ": '" + name + "' is not a prefix:name");
        }
        return name;
    }

}
