package org.sanxiang.standalone.runtime;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.sanxiang.model.ModelResources;
import org.sanxiang.model.m2.M2Class;
import org.sanxiang.model.m2.M2Model;
import org.sanxiang.model.m2.M2ModelReader;
import org.sanxiang.model.m2.M2Property;
import org.sanxiang.repo.cmis.CmisCaseRepository;
import org.sanxiang.workflow.port.CaseDocuments;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.DocumentDraft;

/**
 * The case repository the standalone processes use: case folders over CMIS, with the model's protected
 * properties (the seal of {@code sx:sealed}, the findings of {@code sx:inspected}) kept in the runtime's
 * database, table {@code sx_protected_property}.
 *
 * <p>Why: a protected property is read-only over CMIS, in Alfresco as on the embedded server, so no CMIS
 * client may write it (the OpenCMIS client drops it silently). Inside Alfresco the module writes them with
 * the NodeService; outside, the runtime keeps them here and overlays them on what it reads, so the seal
 * and the hash chain verify the same way. The aspect itself (the secondary type) is still set over CMIS.
 */
public final class ProtectedPropertyOverlay implements CaseRepository, CaseDocuments {

    static final String TABLE = "sx_protected_property";

    private final CmisCaseRepository cmis;
    private final Database db;
    private final ZoneId zone;
    private final ObjectMapper json = Json.mapper();
    /** Protected property name to its data type (d:text, d:long, d:datetime, ...). */
    private final Map<String, String> protectedTypes = new HashMap<>();
    /** Aspect to the protected properties it defines. */
    private final Map<String, List<String>> aspectProperties = new HashMap<>();

    public ProtectedPropertyOverlay(CmisCaseRepository cmis, Database db, ZoneId zone) {
        this.cmis = Objects.requireNonNull(cmis, "cmis");
        this.db = Objects.requireNonNull(db, "db");
        this.zone = Objects.requireNonNull(zone, "zone");
        M2Model model = M2ModelReader.readResource(ModelResources.CONTENT_MODEL);
        for (M2Class c : model.classes()) {
            for (M2Property p : c.properties()) {
                if (p.protectedValue()) {
                    protectedTypes.put(p.name(), p.type());
                    aspectProperties.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(p.name());
                }
            }
        }
        db.ddl("CREATE TABLE IF NOT EXISTS " + TABLE + " (node_id VARCHAR(400) NOT NULL, name VARCHAR(200) NOT NULL, "
                + "val VARCHAR(100000) NOT NULL, PRIMARY KEY (node_id, name))");
    }

    /** The CMIS repository underneath (for what only CMIS offers: creating case folders, uploads with content). */
    public CmisCaseRepository cmis() {
        return cmis;
    }

    public boolean isProtected(String property) {
        return protectedTypes.containsKey(property);
    }

    @Override
    public CaseFolder facts(String caseId) {
        return withProtected(List.of(cmis.facts(caseId))).get(0);
    }

    /** Facts read over CMIS with their protected properties laid over: one statement for all of them. */
    public List<CaseFolder> withProtected(List<CaseFolder> read) {
        Map<String, Map<String, Object>> stored = stored(read.stream().map(CaseFolder::caseId).toList());
        if (stored.isEmpty()) {
            return read;
        }
        List<CaseFolder> result = new ArrayList<>(read.size());
        for (CaseFolder f : read) {
            Map<String, Object> extra = stored.get(f.caseId());
            if (extra == null) {
                result.add(f);
            } else {
                Map<String, Object> properties = new HashMap<>(f.properties());
                properties.putAll(extra);
                result.add(new CaseFolder(f.caseId(), f.profileId(), f.caseNumber(), f.title(), f.partyIds(), f.archived(),
                        properties, f.aspects()));
            }
        }
        return result;
    }

    @Override
    public List<CaseRecord> records(String caseId) {
        List<CaseRecord> records = cmis.records(caseId);
        Map<String, Map<String, Object>> stored = stored(records.stream().map(CaseRecord::id).toList());
        if (stored.isEmpty()) {
            return records;
        }
        List<CaseRecord> result = new ArrayList<>(records.size());
        for (CaseRecord r : records) {
            Map<String, Object> extra = stored.get(r.id());
            if (extra == null) {
                result.add(r);
            } else {
                Map<String, Object> properties = new HashMap<>(r.properties());
                properties.putAll(extra);
                result.add(new CaseRecord(r.id(), r.caseId(), r.type(), r.name(), properties, r.aspects()));
            }
        }
        return result;
    }

    @Override
    public CaseRecord createRecord(String caseId, String type, String name, Map<String, Object> properties) {
        Split split = split(properties);
        CaseRecord r = cmis.createRecord(caseId, type, name, split.open());
        store(r.id(), split.closed());
        return records(caseId).stream().filter(x -> x.id().equals(r.id())).findFirst().orElse(r);
    }

    /**
     * Creates an uploaded record with its aspect already applied, in one create: the aspect's open
     * properties go with it over CMIS, its protected ones here. The record as the repository stored it.
     */
    public CaseRecord createRecord(String caseId, String type, String name, Map<String, Object> properties,
            String aspect, Map<String, Object> aspectProperties, InputStream content, long length, String mediaType) {
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.putAll(aspectProperties);
        Split split = split(all);
        Map<String, Object> open = new LinkedHashMap<>(split.open());
        open.put(org.apache.chemistry.opencmis.commons.PropertyIds.SECONDARY_OBJECT_TYPE_IDS, List.of("P:" + aspect));
        CaseRecord r = cmis.createRecord(caseId, type, name, open, content, length, mediaType);
        store(r.id(), split.closed()); // (undone by the step journal: the caller creates it through JournalingCaseRepository.create)
        Map<String, Object> withClosed = new HashMap<>(r.properties());
        split.closed().forEach((k, v) -> {
            if (v != null) {
                withClosed.put(k, v);
            }
        });
        return new CaseRecord(r.id(), r.caseId(), r.type(), r.name(), withClosed, r.aspects());
    }

    @Override
    public void setProperties(String nodeId, Map<String, Object> properties) {
        Split split = split(properties);
        if (!split.open().isEmpty()) {
            cmis.setProperties(nodeId, split.open());
        }
        store(nodeId, split.closed());
    }

    @Override
    public void addAspect(String nodeId, String aspect, Map<String, Object> properties) {
        Split split = split(properties);
        cmis.addAspect(nodeId, aspect, split.open());
        store(nodeId, split.closed());
    }

    @Override
    public void removeAspect(String nodeId, String aspect) {
        cmis.removeAspect(nodeId, aspect);
        for (String property : aspectProperties.getOrDefault(aspect, List.of())) {
            db.update("DELETE FROM " + TABLE + " WHERE node_id = ? AND name = ?", nodeId, property);
        }
    }

    @Override
    public InputStream content(String recordId) {
        return cmis.content(recordId);
    }

    @Override
    public String destroyRecord(String recordId, DocumentDraft trace) {
        Split split = split(trace.properties());
        String traceId = cmis.destroyRecord(recordId, trace.withProperties(split.open()));
        store(traceId, split.closed());
        db.update("DELETE FROM " + TABLE + " WHERE node_id = ?", recordId);
        return traceId;
    }

    @Override
    public String write(String caseId, DocumentDraft draft) {
        Split split = split(draft.properties());
        String id = cmis.write(caseId, draft.withProperties(split.open()));
        store(id, split.closed());
        return id;
    }

    @Override
    public String text(String nodeId) {
        return cmis.text(nodeId);
    }

    @Override
    public List<String> namesOf(DocumentDraft draft) {
        return cmis.namesOf(draft);
    }

    /** The protected values kept for a node (for the step journal's before-values). */
    public Map<String, Object> protectedValues(String nodeId) {
        return stored(List.of(nodeId)).getOrDefault(nodeId, Map.of());
    }

    /** Deletes a document and the protected values kept for it; a document already gone is no error. */
    public void deleteDocument(String documentId) {
        cmis.deleteDocument(documentId);
        db.update("DELETE FROM " + TABLE + " WHERE node_id = ?", documentId);
    }

    // ---- storage

    private record Split(Map<String, Object> open, Map<String, Object> closed) {
    }

    private Split split(Map<String, Object> properties) {
        Map<String, Object> open = new LinkedHashMap<>();
        Map<String, Object> closed = new LinkedHashMap<>();
        properties.forEach((k, v) -> (protectedTypes.containsKey(k) ? closed : open).put(k, v));
        return new Split(open, closed);
    }

    private void store(String nodeId, Map<String, Object> values) {
        values.forEach((name, value) -> {
            db.update("DELETE FROM " + TABLE + " WHERE node_id = ? AND name = ?", nodeId, name);
            if (value != null) {
                db.update("INSERT INTO " + TABLE + " (node_id, name, val) VALUES (?, ?, ?)", nodeId, name, encode(value));
            }
        });
    }

    private Map<String, Map<String, Object>> stored(List<String> nodeIds) {
        Map<String, Map<String, Object>> result = new HashMap<>();
        if (nodeIds.isEmpty()) {
            return result;
        }
        for (int from = 0; from < nodeIds.size(); from += 500) {
            List<String> chunk = nodeIds.subList(from, Math.min(nodeIds.size(), from + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            db.query("SELECT node_id, name, val FROM " + TABLE + " WHERE node_id IN (" + marks + ")", rs -> {
                result.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                        .put(rs.getString(2), decode(rs.getString(2), rs.getString(3)));
                return null;
            }, chunk.toArray());
        }
        return result;
    }

    private String encode(Object value) {
        try {
            return json.writeValueAsString(plain(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + value, e);
        }
    }

    /** Dates as epoch milliseconds, numbers and booleans as they are, anything else as text. */
    private Object plain(Object value) {
        if (value instanceof Date d) {
            return d.getTime();
        }
        if (value instanceof Instant i) {
            return i.toEpochMilli();
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay(zone).toInstant().toEpochMilli();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(this::plain).toList();
        }
        return value.toString();
    }

    /** Back to the types CMIS gives (as Alfresco's NodeService does): Date, Long, Double, Boolean, String. */
    private Object decode(String name, String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("protected property " + name + " cannot be read", e);
        }
        String type = protectedTypes.getOrDefault(name, "d:text");
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(n -> list.add(typed(type, n)));
            return list;
        }
        return typed(type, node);
    }

    private static Object typed(String type, JsonNode n) {
        return switch (type) {
            case "d:date", "d:datetime" -> new Date(n.asLong());
            case "d:int", "d:long" -> n.asLong();
            case "d:double", "d:float" -> n.asDouble();
            case "d:boolean" -> n.asBoolean();
            default -> n.asText();
        };
    }

    /** The protected properties this overlay keeps (for the docs and tests). */
    public Set<String> protectedProperties() {
        return Set.copyOf(protectedTypes.keySet());
    }
}
