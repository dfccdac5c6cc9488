package org.sanxiang.repo.node;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.documents.DocumentFormats;
import org.sanxiang.repo.documents.OfficialDocuments;
import org.sanxiang.repo.guard.DisclosureGuard;
import org.sanxiang.repo.guard.SystemSteps;
import org.sanxiang.workflow.port.CaseDocuments;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.DocumentDraft;

/**
 * The workflows' case folders over {@link RepositoryNodes} (in Alfresco: NodeService and
 * ContentService). A case is an {@code sx:caseFolder}; its records are the content nodes directly in
 * it, in the order they were created ({@code cm:created}); folders inside it (the borrowing register)
 * are not records. Destroying a record at the end of its retention is one of the system's own steps
 * ({@link SystemSteps}), the only way a sealed record may be deleted. A form a process writes is rendered in the
 * formats of {@value DocumentFormats#SETTING}, as over CMIS: the first is the content of the node that carries the
 * draft's type and properties, each other a plain {@code cm:content} node beside it.
 */
public final class NodeCaseRepository implements CaseRepository, CaseDocuments {

    static final String CONTENT = "cm:content";
    static final String CREATED = "cm:created";
    private static final String CASE_FOLDER = SanxiangModel.TYPE_CASE_FOLDER.toPrefixString();

    private final RepositoryNodes nodes;
    private final NodeValues values;
    /** Renders the drafts' forms; null: documents are written as their text. */
    private final OfficialDocuments renderer;

    /** A repository that writes every document as its text (for reading a repository: the chain check, the jobs). */
    public NodeCaseRepository(RepositoryNodes nodes, NodeValues values) {
        this(nodes, values, null);
    }

    /**
     * @param renderer renders a draft's form in the formats of {@value DocumentFormats#SETTING}; null writes every
     *                 document as its text
     */
    public NodeCaseRepository(RepositoryNodes nodes, NodeValues values, OfficialDocuments renderer) {
        this.nodes = Objects.requireNonNull(nodes, "nodes");
        this.values = Objects.requireNonNull(values, "values");
        this.renderer = renderer;
    }

    /** Whether the node is a case folder. */
    public boolean isCase(String nodeId) {
        return nodeId != null && nodes.exists(nodeId) && nodes.isA(nodeId, CASE_FOLDER);
    }

    @Override
    public CaseFolder facts(String caseId) {
        requireCase(caseId);
        return CaseFolder.of(caseId, nodes.name(caseId), nodes.properties(caseId), nodes.aspects(caseId));
    }

    @Override
    public List<CaseRecord> records(String caseId) {
        requireCase(caseId);
        List<String> ids = new ArrayList<>();
        for (String child : nodes.children(caseId)) {
            if (nodes.isA(child, CONTENT)) {
                ids.add(child);
            }
        }
        List<CaseRecord> records = new ArrayList<>(ids.size());
        for (String id : ids) {
            records.add(record(id, caseId));
        }
        // stable: records created in the same millisecond keep the order the folder lists them in
        records.sort(Comparator.comparing(r -> created(r.properties())));
        return records;
    }

    /** The record as the workflows see it. */
    public CaseRecord record(String recordId, String caseId) {
        return new CaseRecord(recordId, caseId, nodes.type(recordId), nodes.name(recordId), withoutNulls(nodes.properties(recordId)),
                nodes.aspects(recordId));
    }

    @Override
    public CaseRecord createRecord(String caseId, String type, String name, Map<String, Object> properties) {
        requireCase(caseId);
        String id = nodes.create(caseId, requireContentType(type), name, values.toRepository(properties));
        return record(id, caseId);
    }

    @Override
    public void setProperties(String nodeId, Map<String, Object> properties) {
        requireNode(nodeId);
        asProcess(DisclosureGuard.processWrite(null, properties),
                () -> nodes.setProperties(nodeId, values.toRepository(properties)));
    }

    @Override
    public void addAspect(String nodeId, String aspect, Map<String, Object> properties) {
        requireNode(nodeId);
        nodes.addAspect(nodeId, NodeValues.requirePrefixed(aspect), values.toRepository(properties));
    }

    @Override
    public void removeAspect(String nodeId, String aspect) {
        requireNode(nodeId);
        if (nodes.aspects(nodeId).contains(aspect)) {
            nodes.removeAspect(nodeId, aspect);
        }
    }

    @Override
    public InputStream content(String recordId) {
        requireNode(recordId);
        return nodes.content(recordId);
    }

    @Override
    public String destroyRecord(String recordId, DocumentDraft trace) {
        requireNode(recordId);
        String caseId = nodes.primaryParent(recordId);
        if (!isCase(caseId)) {
            throw new IllegalArgumentException("recordId: " + recordId + " is in no case folder");
        }
        // The trace first: if the deletion then fails, the record is still there, never gone without a trace.
        String traceId = write(caseId, trace);
        SystemSteps.run(SystemSteps.Step.DISPOSITION, () -> nodes.delete(recordId));
        return traceId;
    }

    /**
     * A form is rendered before anything is written (a missing font writes nothing); the formats other than the
     * first are written first, so that the node a step finds by its name is there only with its companions. A draft
     * without a form is written as its text.
     */
    @Override
    public String write(String caseId, DocumentDraft draft) {
        requireCase(caseId);
        List<OfficialDocuments.Rendered> rendered = renderer == null || draft.document() == null ? null
                : renderer.render(draft.document());
        String[] id = new String[1];
        asProcess(DisclosureGuard.processWrite(draft.type(), draft.properties()), () -> {
            if (rendered == null) {
                id[0] = nodes.create(caseId, requireContentType(draft.type()), draft.name(), values.toRepository(draft.properties()));
                nodes.writeText(id[0], draft.text());
                return;
            }
            for (OfficialDocuments.Rendered beside : rendered.subList(1, rendered.size())) {
                writeRendered(nodes.create(caseId, CONTENT, beside.fileName(draft.baseName()),
                        values.toRepository(OfficialDocuments.besideProperties(draft, beside))), beside);
            }
            OfficialDocuments.Rendered primary = rendered.get(0);
            id[0] = nodes.create(caseId, requireContentType(draft.type()), primary.fileName(draft.baseName()),
                    values.toRepository(draft.properties()));
            writeRendered(id[0], primary);
        });
        return id[0];
    }

    @Override
    public List<String> namesOf(DocumentDraft draft) {
        if (renderer == null || draft.document() == null) {
            return List.of(draft.name());
        }
        return renderer.formats().stream().map(f -> draft.baseName() + f.extension()).toList();
    }

    private void writeRendered(String nodeId, OfficialDocuments.Rendered rendered) {
        nodes.writeContent(nodeId, new ByteArrayInputStream(rendered.content()), rendered.format().mimeType(), null);
    }

    /** The processes write disclosure records through this port: their writes are the disclosure process's. */
    private static void asProcess(boolean disclosure, Runnable write) {
        if (disclosure) {
            SystemSteps.run(SystemSteps.Step.DISCLOSURE, write);
        } else {
            write.run();
        }
    }

    /** The text of a document: a rendered form's extracted from its PDF or OFD, any other's content as UTF-8. */
    @Override
    public String text(String nodeId) {
        requireNode(nodeId);
        String mimetype = nodes.mimetype(nodeId);
        try (InputStream in = nodes.content(nodeId)) {
            return OfficialDocuments.text(mimetype, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("nodeId: cannot read " + nodeId, e);
        }
    }

    private void requireCase(String caseId) {
        Objects.requireNonNull(caseId, "caseId");
        if (!nodes.exists(caseId)) {
            throw new IllegalArgumentException("caseId: no case " + caseId);
        }
        if (!nodes.isA(caseId, CASE_FOLDER)) {
            throw new IllegalArgumentException("caseId: " + caseId + " is a " + nodes.type(caseId) + ", not a " + CASE_FOLDER);
        }
    }

    private void requireNode(String nodeId) {
        Objects.requireNonNull(nodeId, "nodeId");
        if (!nodes.exists(nodeId)) {
            throw new IllegalArgumentException("nodeId: no node " + nodeId);
        }
    }

    private static String requireContentType(String type) {
        return NodeValues.requirePrefixed(type);
    }

    private static Date created(Map<String, Object> properties) {
        return properties.get(CREATED) instanceof Date d ? d : new Date(Long.MAX_VALUE);
    }

    static Map<String, Object> withoutNulls(Map<String, Object> properties) {
        Map<String, Object> out = new java.util.HashMap<>();
        properties.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }
}
