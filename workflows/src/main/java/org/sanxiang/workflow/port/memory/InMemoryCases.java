package org.sanxiang.workflow.port.memory;

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
import org.sanxiang.workflow.port.CaseFacts;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.DocumentDraft;

/** Case folders, records and written documents in memory. Thread-safe (one lock). */
public final class InMemoryCases implements CaseRepository, CaseDocuments {

    private final AtomicLong ids = new AtomicLong();
    private final Map<String, CaseFacts> cases = new LinkedHashMap<>();
    private final Map<String, CaseRecord> records = new LinkedHashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, List<String>> recordsByCase = new HashMap<>();

    public synchronized void addCase(CaseFacts facts) {
        cases.put(facts.caseId(), facts);
    }

    @Override
    public synchronized CaseFacts facts(String caseId) {
        CaseFacts facts = cases.get(caseId);
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
        CaseFacts facts = cases.get(nodeId);
        if (facts != null) {
            cases.put(nodeId, new CaseFacts(facts.caseId(), facts.profileId(), facts.caseNumber(), facts.title(),
                    facts.partyIds(), facts.archived(), merge(facts.properties(), properties)));
            return;
        }
        CaseRecord r = record(nodeId);
        records.put(nodeId, new CaseRecord(r.id(), r.caseId(), r.type(), r.name(), merge(r.properties(), properties), r.aspects()));
    }

    @Override
    public synchronized void addAspect(String nodeId, String aspect, Map<String, Object> properties) {
        Objects.requireNonNull(aspect, "aspect");
        CaseRecord r = record(nodeId);
        HashSet<String> aspects = new HashSet<>(r.aspects());
        aspects.add(aspect);
        records.put(nodeId, new CaseRecord(r.id(), r.caseId(), r.type(), r.name(), merge(r.properties(), properties), aspects));
    }

    @Override
    public synchronized String write(String caseId, DocumentDraft draft) {
        CaseRecord record = createRecord(caseId, draft.type(), draft.name(), draft.properties());
        texts.put(record.id(), draft.text());
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
