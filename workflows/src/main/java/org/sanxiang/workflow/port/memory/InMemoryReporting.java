package org.sanxiang.workflow.port.memory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

import org.sanxiang.workflow.port.AnnualReporting;
import org.sanxiang.workflow.port.ReportFile;

/** Report folders in memory, with the statistics computed by the given function. Thread-safe. */
public final class InMemoryReporting implements AnnualReporting {

    private final BiFunction<String, Integer, List<ReportFile>> compiler;
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, String> folders = new LinkedHashMap<>();
    /** Documents by folder, then by name. */
    private final Map<String, Map<String, String>> names = new LinkedHashMap<>();
    private final Map<String, ReportFile> documents = new LinkedHashMap<>();

    public InMemoryReporting(BiFunction<String, Integer, List<ReportFile>> compiler) {
        this.compiler = compiler;
    }

    @Override
    public synchronized String folder(String profile, int year) {
        return folders.computeIfAbsent(profile + "/" + year, k -> {
            String id = "report-folder-" + ids.incrementAndGet();
            names.put(id, new LinkedHashMap<>());
            return id;
        });
    }

    @Override
    public List<ReportFile> compile(String profile, int year) {
        return compiler.apply(profile, year);
    }

    @Override
    public synchronized String writeOnce(String folderId, ReportFile file) {
        Map<String, String> in = folderOf(folderId);
        return in.computeIfAbsent(file.name(), n -> {
            String id = "report-document-" + ids.incrementAndGet();
            documents.put(id, file);
            return id;
        });
    }

    @Override
    public synchronized Optional<String> document(String folderId, String name) {
        return Optional.ofNullable(folderOf(folderId).get(name));
    }

    @Override
    public synchronized String text(String documentId) {
        ReportFile file = documents.get(documentId);
        if (file == null) {
            throw new IllegalArgumentException("documentId: no document " + documentId);
        }
        return new String(file.content(), StandardCharsets.UTF_8);
    }

    /** The names in a folder, in the order written. */
    public synchronized List<String> names(String folderId) {
        return new ArrayList<>(folderOf(folderId).keySet());
    }

    private Map<String, String> folderOf(String folderId) {
        Map<String, String> in = names.get(folderId);
        if (in == null) {
            throw new IllegalArgumentException("folderId: no report folder " + folderId);
        }
        return in;
    }
}
