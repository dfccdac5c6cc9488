package org.sanxiang.workflow.port;

/** The opinions, lists and slips the processes write into case folders. */
public interface CaseDocuments {

    /** Writes the document into the case folder; returns the new node id. */
    String write(String caseId, DocumentDraft draft);

    /** The text of a document written earlier. */
    String text(String nodeId);
}
