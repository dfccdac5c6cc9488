package org.sanxiang.workflow.port.memory;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.sanxiang.workflow.port.CaseDocuments;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.DocumentDraft;

/** Case folders, records and written documents in memory. Thread-safe (one lock). */
public final class InMemoryCases implements CaseRepository, CaseDocuments {

    private final AtomicLong ids = new AtomicLong();
    private final Map<String, CaseFolder> cases = new LinkedHashMap<>();
    private final Map<String, CaseRecord> records = new LinkedHashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, byte[]> contents = new HashMap<>();
    private final Map<String, List<String>> recordsByCase = new HashMap<>();

    public synchronized void addCase(CaseFolder facts) {
        cases.put(facts.caseId(), facts);
    }

    @Override
    public synchronized CaseFolder facts(String caseId) {
        CaseFolder facts = cases.get(caseId);
        if (facts == null) {
            throw new IllegalArgumentException("caseId: no case " + caseId);
        }
        return facts;
    }

    @Override
    public synchronized List<CaseRecord> records(String caseId) {
        facts(caseId);
        List<CaseRecord> result = new ArrayList<>();
        for (String id : recordsByCase.getOrDefault(caseId, List.of())) {
            result.add(records.get(id));
        }
        return result;
    }

    @Override
    public synchronized CaseRecord createRecord(String caseId, String type, String name, Map<String, Object> properties) {
        facts(caseId);
        CaseRecord record = new CaseRecord("record-" + ids.incrementAndGet(), caseId, type, name, properties, Set.of());
        records.put(record.id(), record);
        recordsByCase.computeIfAbsent(caseId, c -> new ArrayList<>()).add(record.id());
        return record;
    }

    @Override
    public synchronized void setProperties(String nodeId, Map<String, Object> properties) {
        CaseFolder facts = cases.get(nodeId);
        if (facts != null) {
            cases.put(nodeId, caseWith(facts, merge(facts.properties(), properties), facts.aspects()));
            return;
        }
        CaseRecord r = record(nodeId);
        records.put(nodeId, new CaseRecord(r.id(), r.caseId(), r.type(), r.name(), merge(r.properties(), properties), r.aspects()));
    }

    @Override
    public synchronized void addAspect(String nodeId, String aspect, Map<String, Object> properties) {
        Objects.requireNonNull(aspect, "aspect");
        CaseFolder facts = cases.get(nodeId);
        if (facts != null) {
            HashSet<String> aspects = new HashSet<>(facts.aspects());
            aspects.add(aspect);
            cases.put(nodeId, caseWith(facts, merge(facts.properties(), properties), aspects));
            return;
        }
        CaseRecord r = record(nodeId);
        HashSet<String> aspects = new HashSet<>(r.aspects());
        aspects.add(aspect);
        records.put(nodeId, new CaseRecord(r.id(), r.caseId(), r.type(), r.name(), merge(r.properties(), properties), aspects));
    }

    @Override
    public synchronized void removeAspect(String nodeId, String aspect) {
        CaseFolder facts = cases.get(nodeId);
        if (facts != null) {
            HashSet<String> aspects = new HashSet<>(facts.aspects());
            if (!aspects.remove(aspect)) {
                throw new IllegalArgumentException("aspect: " + nodeId + " has no aspect " + aspect);
            }
            cases.put(nodeId, caseWith(facts, facts.properties(), aspects));
            return;
        }
        CaseRecord r = record(nodeId);
        HashSet<String> aspects = new HashSet<>(r.aspects());
        if (!aspects.remove(aspect)) {
            throw new IllegalArgumentException("aspect: " + nodeId + " has no aspect " + aspect);
        }
        records.put(nodeId, new CaseRecord(r.id(), r.caseId(), r.type(), r.name(), r.properties(), aspects));
    }

    /** Sets a record's content (tests put the bytes a real repository would hold). */
    public synchronized void putContent(String recordId, byte[] content) {
        record(recordId);
        contents.put(recordId, content.clone());
    }

    @Override
    public synchronized InputStream content(String recordId) {
        record(recordId);
        byte[] bytes = contents.get(recordId);
        if (bytes == null) {
            throw new IllegalArgumentException("recordId: record " + recordId + " has no content");
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public synchronized String destroyRecord(String recordId, DocumentDraft trace) {
        CaseRecord r = record(recordId);
        String traceId = write(r.caseId(), trace);
        records.remove(recordId);
        contents.remove(recordId);
        texts.remove(recordId);
        recordsByCase.get(r.caseId()).remove(recordId);
        return traceId;
    }

    @Override
    public synchronized String write(String caseId, DocumentDraft draft) {
        CaseRecord record = createRecord(caseId, draft.type(), draft.name(), draft.properties());
        texts.put(record.id(), draft.text());
        contents.put(record.id(), draft.text().getBytes(StandardCharsets.UTF_8));
        return record.id();
    }

    @Override
    public synchronized String text(String nodeId) {
        String text = texts.get(nodeId);
        if (text == null) {
            throw new IllegalArgumentException("nodeId: no document " + nodeId);
        }
        return text;
    }

    private CaseRecord record(String nodeId) {
        CaseRecord r = records.get(nodeId);
        if (r == null) {
            throw new IllegalArgumentException("nodeId: no case or record " + nodeId);
        }
        return r;
    }

    private static CaseFolder caseWith(CaseFolder f, Map<String, Object> properties, Set<String> aspects) {
        return new CaseFolder(f.caseId(), f.profileId(), f.caseNumber(), f.title(), f.partyIds(), f.archived(), properties,
                aspects);
    }

    private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> changes) {
        Map<String, Object> merged = new HashMap<>(base);
        changes.forEach((k, v) -> {
            if (v == null) {
                merged.remove(k);
            } else {
                merged.put(k, v);
            }
        });
        return merged;
    }

}
