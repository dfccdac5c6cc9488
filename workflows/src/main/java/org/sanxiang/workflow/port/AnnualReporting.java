package org.sanxiang.workflow.port;

import java.util.List;
import java.util.Optional;

/**
 * The annual report's statistics, documents and folder (chongqing-2024 公示 第十四条; tianjin-2019 实施方案
 * 三（一）3（3））: the first work not filed in a case. Each report has a folder of its own, one per profile and
 * year, made where missing; what is written there is written once per name, so a retried step finds what
 * an earlier attempt left instead of writing it again.
 */
public interface AnnualReporting {

    /** The report folder of {@code profile} for {@code year}, created where missing (idempotent); its node id. */
    String folder(String profile, int year);

    /**
     * The year's statistics as the report's files (PDF/A, OFD, CSV, XLSX), computed now from the repository,
     * read page by page; nothing is written.
     */
    List<ReportFile> compile(String profile, int year);

    /** Writes the file into the folder unless a document of that name is there; the document's node id either way. */
    String writeOnce(String folderId, ReportFile file);

    /** The node id of the document named {@code name} in the folder, if there is one. */
    Optional<String> document(String folderId, String name);

    /** A document's content as UTF-8 text (the CSV that is published). */
    String text(String documentId);

    /** Where a runtime has no report folders: every call fails saying so. */
    AnnualReporting NONE = new AnnualReporting() {
        @Override
        public String folder(String profile, int year) {
            throw unavailable();
        }

        @Override
        public List<ReportFile> compile(String profile, int year) {
            throw unavailable();
        }

        @Override
        public String writeOnce(String folderId, ReportFile file) {
            throw unavailable();
        }

        @Override
        public Optional<String> document(String folderId, String name) {
            throw unavailable();
        }

        @Override
        public String text(String documentId) {
            throw unavailable();
        }

        private IllegalStateException unavailable() {
            return new IllegalStateException("this runtime has no annual report folders (WorkflowPorts.reports)");
        }
    };
}
