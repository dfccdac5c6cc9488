package org.sanxiang.workflow.port;

import java.util.List;

/** The opinions, lists and slips the processes write into case folders. */
public interface CaseDocuments {

    /** Writes the document into the case folder; returns the new node id (of {@link #namesOf its first name}). */
    String write(String caseId, DocumentDraft draft);

    /** The text of a document written earlier. */
    String text(String nodeId);

    /**
     * The names {@link #write} gives the draft's documents in the case folder, the node it returns first, then
     * any written beside it (another format of the same form). Deterministic: a retried step finds its documents.
     */
    default List<String> namesOf(DocumentDraft draft) {
        return List.of(draft.name());
    }
}
