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
import java.util.function.Supplier;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.OperationContext;
import org.apache.chemistry.opencmis.client.api.Property;
import org.apache.chemistry.opencmis.client.api.SecondaryType;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.data.ObjectData;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisContentAlreadyExistsException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.documents.DocumentFormats;
import org.sanxiang.repo.documents.OfficialDocuments;
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
    /** Renders the drafts' forms; null: documents are written as their text. */
    private final OfficialDocuments renderer;
    private final OperationContext fresh;
    /** What the running step (this thread) read: each object at most once per step; null outside a step. */
    private final ThreadLocal<StepReads> step = new ThreadLocal<>();
    /** Folder ids by path: the folders a runtime keeps its cases in do not move. */
    private final Map<String, String> folderIds = new java.util.concurrent.ConcurrentHashMap<>();

    /** The objects and folder listings one step read, dropped by every write that touches them. */
    private static final class StepReads {
        final Map<String, CmisObject> objects = new HashMap<>();
        final Map<String, List<Document>> documents = new HashMap<>();
        /** A document's folder, where the step learnt it (a listing, a create): no getObjectParents for it. */
        final Map<String, String> parents = new HashMap<>();
        /** Whether the step wrote through this repository (an enclosing step's reads may then be stale). */
        boolean wrote;
        /** The step this one runs {@link #apart} from, or null. */
        final StepReads enclosing;

        StepReads(StepReads enclosing) {
            this.enclosing = enclosing;
        }

        void clear() {
            objects.clear();
            documents.clear();
            parents.clear();
        }
    }

    /** A repository that writes every document as its text (for reading a repository: the chain report). */
    public CmisCaseRepository(Session session) {
        this(session, null);
    }

    /**
     * @param renderer renders a draft's form in the formats of {@value DocumentFormats#SETTING}; null writes every
     *                 document as its text
     */
    public CmisCaseRepository(Session session, OfficialDocuments renderer) {
        this.session = Objects.requireNonNull(session, "session");
        this.renderer = renderer;
        this.fresh = session.createOperationContext();
        fresh.setCacheEnabled(false);
        fresh.setFilterString("*");
        fresh.setIncludeAcls(false);
        fresh.setIncludePolicies(false);
        // nothing here asks what the user may do with an object: a listing without them is a quarter shorter
        fresh.setIncludeAllowableActions(false);
        fresh.setIncludePathSegments(false);
    }

    /**
     * Runs {@code work} as one step: an object it reads is fetched from the repository once, later reads
     * in the step get the same object until a write through this repository changes it. Nested steps join
     * the outer one. Outside a step every read goes to the repository.
     */
    public <T> T inStep(Supplier<T> work) {
        // (the step journal's operation opens it: Steps.operation; its reads are this step's)
        if (step.get() != null) {
            return work.get();
        }
        step.set(new StepReads(null));
        try {
            return work.get();
        } finally {
            step.remove();
        }
    }

    /**
     * Runs {@code work} as a step apart from the running one, with reads of its own: what it reads through
     * another account (the runtime's, for a process step run inside a caller's request) is not mixed with
     * what the caller read. If it writes, the running step's reads are dropped.
     */
    public <T> T apart(Supplier<T> work) {
        StepReads outer = step.get();
        if (outer == null) {
            return work.get();
        }
        StepReads inner = new StepReads(outer);
        step.set(inner);
        try {
            return work.get();
        } finally {
            step.set(outer);
            if (inner.wrote) {
                outer.clear();
                outer.wrote = true;
            }
        }
    }

    /**
     * Creates a case folder under the parent folder path; returns its id. One call: the parent's id is
     * looked up once, and the name check is the server's (a taken name fails the create).
     */
    public String createCase(String parentPath, String name, Map<String, Object> properties) {
        String parentId = folderIds.computeIfAbsent(parentPath, p -> session.getObjectByPath(p).getId());
        Map<String, Object> props = cmisProperties(properties);
        props.put(PropertyIds.OBJECT_TYPE_ID, CASE_FOLDER);
        props.put(PropertyIds.NAME, name);
        return session.createFolder(props, session.createObjectId(parentId)).getId();
    }

    @Override
    public CaseFolder facts(String caseId) {
        return facts(caseFolder(caseId));
    }

    /** The facts of a case folder already read (e.g. a child in a page of the cases root): no further call. */
    public CaseFolder facts(Folder folder) {
        return CaseFolder.of(folder.getId(), folder.getName(), sxProperties(folder), aspects(folder));
    }

    @Override
    public List<CaseRecord> records(String caseId) {
        Folder folder = caseFolder(caseId);
        return documents(folder).stream().map(d -> record(d, folder.getId())).toList();
    }

    /** The documents of a case folder, oldest first: one getChildren per step. */
    public List<Document> documents(String caseId) {
        return documents(caseFolder(caseId));
    }

    private List<Document> documents(Folder folder) {
        StepReads reads = step.get();
        List<Document> cached = reads == null ? null : reads.documents.get(folder.getId());
        if (cached != null) {
            return cached;
        }
        List<Document> docs = new ArrayList<>();
        for (CmisObject child : folder.getChildren(fresh)) {
            if (child instanceof Document d) {
                docs.add(d);
                if (reads != null) {
                    reads.objects.put(d.getId(), d);
                    reads.parents.put(d.getId(), folder.getId());
                }
            }
        }
        docs.sort(Comparator.comparing((Document d) -> d.getCreationDate().getTimeInMillis()).thenComparing(Document::getId));
        docs = List.copyOf(docs);
        if (reads != null) {
            reads.documents.put(folder.getId(), docs);
        }
        return docs;
    }

    @Override
    public CaseRecord createRecord(String caseId, String type, String name, Map<String, Object> properties) {
        Folder folder = caseFolder(caseId);
        return record((Document) object(createDocument(folder, type, name, properties, (String) null)), folder.getId());
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
        update(object(nodeId), cmisProperties(properties));
    }

    /** One call: the object is not read back; the step reads it again if it needs it. */
    private void update(CmisObject o, Map<String, Object> props) {
        forget(o.getId());
        o.updateProperties(props, false);
    }

    /**
     * Drops everything the running step read (the step journal calls it when the step takes a case another
     * step wrote to since the reads were made); no-op outside a step.
     */
    public void forgetReads() {
        for (StepReads reads = step.get(); reads != null; reads = reads.enclosing) {
            reads.clear();
        }
    }

    /** When a document was created (read once per step, as every object). */
    public java.time.Instant createdAt(String documentId) {
        java.util.GregorianCalendar c = object(documentId).getCreationDate();
        return c == null ? null : c.toInstant();
    }

    /** Drops what the step read of an object that changes (and the listings that hold it). */
    private void forget(String id) {
        StepReads reads = step.get();
        if (reads != null) {
            reads.objects.remove(id);
            reads.documents.clear();
            reads.wrote = true;
        }
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
        update(o, props);
    }

    @Override
    public void removeAspect(String nodeId, String aspect) {
        CmisObject o = object(nodeId);
        List<String> ids = secondaryIds(o);
        if (ids.remove("P:" + requirePrefixed("aspect", aspect))) {
            update(o, new HashMap<>(Map.of(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, ids)));
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
        String traceId = createDocument(parents.get(0), trace.type(), trace.name(), trace.properties(), trace.text());
        forget(recordId);
        d.delete(true);
        return traceId;
    }

    /**
     * A form is written in the formats of {@value DocumentFormats#SETTING}: the first is the content of the node
     * that has the draft's type and properties ({@code 审核意见书.pdf}); each other is a plain {@code cm:content}
     * document beside it with the same title ({@code 审核意见书.ofd}), written first, so that the node a step
     * finds by its name is there only with its companions. A draft without a form is written as its text.
     */
    @Override
    public String write(String caseId, DocumentDraft draft) {
        Folder folder = caseFolder(caseId);
        if (renderer == null || draft.document() == null) {
            return createDocument(folder, draft.type(), draft.name(), draft.properties(), draft.text());
        }
        List<OfficialDocuments.Rendered> rendered = renderer.render(draft.document());
        for (OfficialDocuments.Rendered beside : rendered.subList(1, rendered.size())) {
            createDocumentId(folder, CM_CONTENT, beside.fileName(draft.baseName()), OfficialDocuments.besideProperties(draft, beside),
                    stream(beside, draft));
        }
        OfficialDocuments.Rendered primary = rendered.get(0);
        return createDocumentId(folder, draft.type(), primary.fileName(draft.baseName()), draft.properties(),
                stream(primary, draft));
    }

    @Override
    public List<String> namesOf(DocumentDraft draft) {
        if (renderer == null || draft.document() == null) {
            return List.of(draft.name());
        }
        return renderer.formats().stream().map(f -> draft.baseName() + f.extension()).toList();
    }

    private ContentStream stream(OfficialDocuments.Rendered rendered, DocumentDraft draft) {
        byte[] bytes = rendered.content();
        return session.getObjectFactory().createContentStream(rendered.fileName(draft.baseName()), bytes.length,
                rendered.format().mimeType(), new ByteArrayInputStream(bytes));
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
        forget(documentId);
        try {
            d.delete(true);
        } catch (CmisObjectNotFoundException gone) {
            // gone already (the step's read of it was older): what a delete wants
        }
    }

    /**
     * A node as it is now (a case folder or a record): its model properties and aspects; the record's
     * {@code caseId} is the folder it is filed in, a folder's its own id.
     */
    public CaseRecord node(String nodeId) {
        CmisObject o = object(nodeId);
        StepReads reads = step.get();
        String caseId = o instanceof Document d ? (reads != null && reads.parents.containsKey(nodeId) ? reads.parents.get(nodeId)
                : d.getParents(fresh).stream().findFirst().map(Folder::getId).orElse(null)) : o.getId();
        if (reads != null && o instanceof Document && caseId != null) {
            reads.parents.put(nodeId, caseId);
        }
        String type = o.getType().getId();
        String portType = CMIS_DOCUMENT.equals(type) ? CM_CONTENT : type.substring(type.indexOf(':') + 1);
        return new CaseRecord(o.getId(), caseId, portType, o.getName(), sxProperties(o), aspects(o));
    }

    /** The id of the document named {@code name} in the case folder, if there is one: one read by its path. */
    public java.util.Optional<String> documentNamed(String caseId, String name) {
        Folder folder = caseFolder(caseId);
        try {
            CmisObject o = session.getObjectByPath(folder.getPath() + "/" + name, fresh);
            return o instanceof Document ? java.util.Optional.of(o.getId()) : java.util.Optional.empty();
        } catch (CmisObjectNotFoundException e) {
            return java.util.Optional.empty();
        }
    }

    /** The text of a document: a rendered form's extracted from its PDF or OFD, any other's content as UTF-8. */
    @Override
    public String text(String nodeId) {
        CmisObject o = object(nodeId);
        if (!(o instanceof Document d)) {
            throw new IllegalArgumentException("nodeId: " + nodeId + " is not a document");
        }
        String mime = d.getContentStreamMimeType();
        ContentStream stream = d.getContentStream();
        try (InputStream in = stream == null ? InputStream.nullInputStream() : stream.getStream()) {
            return OfficialDocuments.text(mime, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("nodeId: cannot read " + nodeId, e);
        }
    }

    // ---- helpers

    private String createDocument(Folder folder, String type, String name, Map<String, Object> properties, String text) {
        ContentStream stream = null;
        if (text != null) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            stream = session.getObjectFactory().createContentStream(name, bytes.length, "text/plain; charset=UTF-8",
                    new ByteArrayInputStream(bytes));
        }
        return createDocumentId(folder, type, name, properties, stream);
    }

    /** Creates a document in one call: the object the server answered with, read again only if it gave none. */
    private Document createDocument(Folder folder, String type, String name, Map<String, Object> properties,
            ContentStream stream) {
        Created created = create(folder, type, name, properties, stream);
        return (Document) (created.answer() != null ? created.answer() : object(created.id()));
    }

    /** Creates a document in one call (its id back, not the object). */
    private String createDocumentId(Folder folder, String type, String name, Map<String, Object> properties,
            ContentStream stream) {
        return create(folder, type, name, properties, stream).id();
    }

    /**
     * The server refused a create because the case folder has a document of that name: Alfresco answers a taken
     * name with contentAlreadyExists, other servers with nameConstraintViolation; this says which name either way.
     */
    public static final class NameTaken extends CmisNameConstraintViolationException {
        private static final long serialVersionUID = 1L;
        private final String name;

        NameTaken(String folderName, String name, Exception cause) {
            super("name: the case folder " + folderName + " has a document named " + name + " already", cause);
            this.name = name;
        }

        /** The name that was taken. */
        public String name() {
            return name;
        }

        /** The taken name, if {@code failure} or one of its causes is this refusal. */
        public static java.util.Optional<String> in(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof NameTaken taken) {
                    return java.util.Optional.of(taken.name);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** A new document's id, and the object the create answered with (null where the binding gives none). */
    private record Created(String id, CmisObject answer) {
    }

    private Created create(Folder folder, String type, String name, Map<String, Object> properties,
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
        StepReads reads = step.get();
        if (reads != null) {
            reads.documents.remove(folder.getId());
            reads.wrote = true;
        }
        try {
            String[] id = new String[1];
            ObjectData answer = CreatedObjects.capture(session, () -> id[0] = session.createDocument(props, folder, stream,
                    versionable ? VersioningState.MAJOR : VersioningState.NONE).getId());
            CmisObject created = answer == null ? null : session.getObjectFactory().convertObject(answer, fresh);
            if (reads != null) {
                reads.parents.put(id[0], folder.getId());
                if (created != null) {
                    reads.objects.put(id[0], created);
                }
            }
            return new Created(id[0], created);
        } catch (CmisNameConstraintViolationException | CmisContentAlreadyExistsException e) {
            // Alfresco answers a taken name with contentAlreadyExists, other servers with nameConstraintViolation;
            // either way the caller needs the document's name, which not every server's message gives.
            throw new NameTaken(folder.getName(), name, e);
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
        StepReads reads = step.get();
        if (reads != null && reads.objects.containsKey(id)) {
            return reads.objects.get(id);
        }
        try {
            CmisObject o = session.getObject(id, fresh);
            if (reads != null) {
                reads.objects.put(id, o);
            }
            return o;
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

    /**
     * The object's model properties by prefix:name, single values unwrapped. cmis: properties are left out
     * but {@code cmis:description}, which a user edits (Alfresco maps it to cm:description; the embedded server
     * keeps it apart), so the seal commits to it.
     */
    private static Map<String, Object> sxProperties(CmisObject o) {
        Map<String, Object> result = new HashMap<>();
        for (Property<?> p : o.getProperties()) {
            if (p.getId().startsWith("cmis:") && !PropertyIds.DESCRIPTION.equals(p.getId()) || p.getValues().isEmpty()) {
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
