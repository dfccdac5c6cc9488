package org.sanxiang.repo.step;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.sanxiang.repo.step.StepJournal.Kind;
import org.sanxiang.workflow.port.CaseDocuments;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.DocumentDraft;

/**
 * The repository the delegates write through: every write is part of the step running on the thread.
 * Before a write it takes the step's case and journals what undoing the write needs — a document's name
 * (and when it is created; a name the repository refuses as taken is recorded as there before), the values a property update replaces, whether an aspect was there and
 * its values —; then it writes; then it journals the result. A record's destruction writes its trace now
 * and defers the deletion until the step has committed, so a destruction is never undone.
 *
 * <p>With the mechanism off ({@link Steps#enabled()} false) it passes every call through.
 */
public final class JournalingCaseRepository implements CaseRepository, CaseDocuments {

    private final Steps steps;
    private final CaseRepository cases;
    private final CaseDocuments documents;
    private final StepNodes nodes;

    public <R extends CaseRepository & CaseDocuments> JournalingCaseRepository(Steps steps, R repository) {
        this.steps = Objects.requireNonNull(steps, "steps");
        this.cases = Objects.requireNonNull(repository, "repository");
        this.documents = repository;
        this.nodes = steps.nodes();
    }

    // ---- reads

    @Override
    public CaseFolder facts(String caseId) {
        return cases.facts(caseId);
    }

    @Override
    public List<CaseRecord> records(String caseId) {
        return cases.records(caseId);
    }

    @Override
    public InputStream content(String recordId) {
        return cases.content(recordId);
    }

    @Override
    public String text(String nodeId) {
        return documents.text(nodeId);
    }

    // ---- writes

    @Override
    public CaseRecord createRecord(String caseId, String type, String name, Map<String, Object> properties) {
        CaseRecord[] made = new CaseRecord[1];
        create(caseId, name, properties, () -> {
            made[0] = cases.createRecord(caseId, type, name, properties);
            return made[0].id();
        });
        return made[0];
    }

    @Override
    public List<String> namesOf(DocumentDraft draft) {
        return documents.namesOf(draft);
    }

    /**
     * One repository call, journaled under every name it writes: the node it returns under the first, and a
     * document beside it (another format of the form) under each other name, with no result, so that undoing
     * the step deletes it by its name (see {@link #create}).
     */
    @Override
    public String write(String caseId, DocumentDraft draft) {
        if (!steps.enabled()) {
            return documents.write(caseId, draft);
        }
        List<String> names = documents.namesOf(draft);
        Steps.Step step = steps.requireStep();
        steps.lock(step, caseId);
        Map<String, Integer> seqs = new LinkedHashMap<>();
        for (String beside : names.subList(1, names.size())) {
            seqs.put(beside, steps.journal(step, Kind.CREATE, caseId, null, beside, null, steps.creating()));
        }
        return create(step, caseId, names.get(0), draft.properties(), seqs, () -> documents.write(caseId, draft));
    }

    /**
     * A journaled creation of a document named {@code name} in the case by {@code create} (which returns
     * its id): for what only the host's repository offers, such as an upload with its content. Nothing is read
     * before it: the journal dates the create, and a name taken before the step is the repository's refusal of
     * it, recorded as such before the failure goes on; undoing the step deletes only a document the step made.
     */
    public String create(String caseId, String name, Map<String, Object> properties, Supplier<String> create) {
        if (!steps.enabled()) {
            return create.get();
        }
        Steps.Step step = steps.requireStep();
        steps.lock(step, caseId);
        return create(step, caseId, name, properties, new LinkedHashMap<>(), create);
    }

    private String create(Steps.Step step, String caseId, String name, Map<String, Object> properties,
            Map<String, Integer> seqs, Supplier<String> create) {
        int seq = steps.journal(step, Kind.CREATE, caseId, null, name, null, steps.creating());
        seqs.put(name, seq);
        String id;
        try {
            id = create.get();
        } catch (RuntimeException e) {
            steps.refused(step, e, seqs);
            throw e;
        }
        steps.written(step, seq, Kind.CREATE, id, name, properties, true);
        return id;
    }

    @Override
    public void setProperties(String nodeId, Map<String, Object> properties) {
        if (!steps.enabled()) {
            cases.setProperties(nodeId, properties);
            return;
        }
        Steps.Step step = steps.requireStep();
        StepNodes.NodeState state = nodes.state(nodeId);
        String caseId = state.caseId();
        Map<String, Object> now = (steps.lock(step, caseId) ? state : nodes.state(nodeId)).properties();
        Map<String, Object> before = new LinkedHashMap<>();
        properties.keySet().forEach(k -> before.put(k, now.get(k)));
        int seq = steps.journal(step, Kind.UPDATE, caseId, nodeId, null, null, TypedValues.encode(before));
        cases.setProperties(nodeId, properties);
        steps.written(step, seq, Kind.UPDATE, nodeId, null, properties, false);
    }

    @Override
    public void addAspect(String nodeId, String aspect, Map<String, Object> properties) {
        if (!steps.enabled()) {
            cases.addAspect(nodeId, aspect, properties);
            return;
        }
        Steps.Step step = steps.requireStep();
        StepNodes.NodeState read = nodes.state(nodeId);
        String caseId = read.caseId();
        StepNodes.NodeState now = steps.lock(step, caseId) ? read : nodes.state(nodeId);
        Map<String, Object> before = new LinkedHashMap<>();
        boolean had = now.aspects().contains(aspect);
        before.put("@had", had);
        if (had) {
            properties.keySet().forEach(k -> before.put(k, now.properties().get(k)));
        }
        int seq = steps.journal(step, Kind.ADD_ASPECT, caseId, nodeId, null, aspect, TypedValues.encode(before));
        cases.addAspect(nodeId, aspect, properties);
        steps.written(step, seq, Kind.ADD_ASPECT, nodeId, aspect, properties, false);
    }

    @Override
    public void removeAspect(String nodeId, String aspect) {
        if (!steps.enabled()) {
            cases.removeAspect(nodeId, aspect);
            return;
        }
        Steps.Step step = steps.requireStep();
        StepNodes.NodeState read = nodes.state(nodeId);
        String caseId = read.caseId();
        StepNodes.NodeState now = steps.lock(step, caseId) ? read : nodes.state(nodeId);
        Map<String, Object> before = new LinkedHashMap<>();
        boolean had = now.aspects().contains(aspect);
        before.put("@had", had);
        if (had) {
            nodes.aspectProperties(aspect).forEach(k -> before.put(k, now.properties().get(k)));
        }
        int seq = steps.journal(step, Kind.REMOVE_ASPECT, caseId, nodeId, null, aspect, TypedValues.encode(before));
        cases.removeAspect(nodeId, aspect);
        steps.written(step, seq, Kind.REMOVE_ASPECT, nodeId, aspect, Map.of(), false);
    }

    @Override
    public String destroyRecord(String recordId, DocumentDraft trace) {
        if (!steps.enabled()) {
            return cases.destroyRecord(recordId, trace);
        }
        Steps.Step step = steps.requireStep();
        String caseId = nodes.state(recordId).caseId();
        String traceId = write(caseId, trace);
        int seq = steps.journal(step, Kind.DELETE, caseId, recordId, null, null, null);
        steps.written(step, seq, Kind.DELETE, recordId, null, Map.of(), false);
        return traceId;
    }
}
