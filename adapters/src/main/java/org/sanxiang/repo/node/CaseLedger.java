package org.sanxiang.repo.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The case's ledger folder ({@code 借阅登记}, a {@code cm:folder} inside the case folder): the borrowing
 * register's entries and the access grants, one JSON document each ({@code cm:content}, text/plain
 * UTF-8), titled for people who browse the case. Folders are not records, so the workflows' record
 * lists and the seal never see the ledger.
 */
final class CaseLedger {

    static final String FOLDER_NAME = "借阅登记";
    static final String FOLDER_TYPE = "cm:folder";
    static final String ENTRY_TYPE = "cm:content";
    static final String KIND = "kind";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RepositoryNodes nodes;
    private final NodeCaseRepository cases;

    CaseLedger(RepositoryNodes nodes, NodeCaseRepository cases) {
        this.nodes = Objects.requireNonNull(nodes, "nodes");
        this.cases = Objects.requireNonNull(cases, "cases");
    }

    /** Adds a document of the kind; returns its node id. */
    String add(String caseId, String kind, String name, String title, ObjectNode json) {
        String folder = folder(caseId, true);
        json.put(KIND, kind);
        String id = nodes.create(folder, ENTRY_TYPE, name, Map.of("cm:title", title, "cm:description", "sanxiang " + kind));
        nodes.writeText(id, write(json));
        return id;
    }

    void replace(String entryId, String kind, ObjectNode json) {
        json.put(KIND, kind);
        nodes.writeText(entryId, write(json));
    }

    /** The document if the id names one of this kind in a case's ledger. */
    ObjectNode read(String entryId, String kind) {
        if (entryId == null || !nodes.exists(entryId)) {
            return null;
        }
        String folder = nodes.primaryParent(entryId);
        if (folder == null || !FOLDER_NAME.equals(nodes.name(folder)) || !cases.isCase(nodes.primaryParent(folder))) {
            return null;
        }
        try (InputStream in = nodes.content(entryId)) {
            JsonNode node = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return node instanceof ObjectNode o && kind.equals(o.path(KIND).asText()) ? o : null;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ledger entry " + entryId + " is not readable JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("ledger entry " + entryId + " cannot be read", e);
        }
    }

    /** Every document of the kind in the case's ledger, in the order they were added. */
    List<String> ids(String caseId, String kind) {
        String folder = folder(caseId, false);
        List<String> ids = new ArrayList<>();
        if (folder != null) {
            for (String child : nodes.children(folder)) {
                if (read(child, kind) != null) {
                    ids.add(child);
                }
            }
        }
        return ids;
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    private String folder(String caseId, boolean create) {
        if (!cases.isCase(caseId)) {
            throw new IllegalArgumentException("caseId: no case " + caseId);
        }
        for (String child : nodes.children(caseId)) {
            if (FOLDER_NAME.equals(nodes.name(child)) && nodes.isA(child, FOLDER_TYPE)) {
                return child;
            }
        }
        return create ? nodes.create(caseId, FOLDER_TYPE, FOLDER_NAME, Map.of("cm:title", "借阅登记 / Borrowing register")) : null;
    }

    private static String write(ObjectNode json) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
