package org.sanxiang.repo.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.sanxiang.model.QName;
import org.sanxiang.repo.node.RepositoryNodes;

/**
 * {@link ReportSearch} inside a repository: the query finds the nodes ({@link NodeQueries}, in Alfresco its
 * SearchService with the same CMIS-QL), and their values are read from the nodes ({@link RepositoryNodes}, in
 * Alfresco NodeService), the CMIS columns as Alfresco's CMIS binding maps them: {@code cmis:objectId} the node id,
 * {@code cmis:objectTypeId} {@code D:}/{@code F:} and the type ({@code cmis:document}, {@code cmis:folder} for
 * cm:content and cm:folder), {@code cmis:secondaryObjectTypeIds} the aspects as {@code P:} ids,
 * {@code cmis:creationDate} cm:created, {@code cmis:lastModificationDate} cm:modified, {@code cmis:name} cm:name.
 */
public final class NodeReportSearch implements ReportSearch {

    private static final String CONTENT = "cm:content";
    private static final String FOLDER = "cm:folder";
    private static final Map<String, String> CMIS_PROPERTIES = Map.of(AnnualData.CREATION_DATE, "cm:created",
            AnnualData.LAST_MODIFICATION_DATE, "cm:modified", "cmis:name", "cm:name");

    private final RepositoryNodes nodes;
    private final NodeQueries queries;

    public NodeReportSearch(RepositoryNodes nodes, NodeQueries queries) {
        this.nodes = Objects.requireNonNull(nodes, "nodes");
        this.queries = Objects.requireNonNull(queries, "queries");
    }

    /** Walks the path's names down from the root folder. */
    @Override
    public String folder(String path) {
        String id = queries.rootFolder();
        for (String name : path.split("/")) {
            if (name.isEmpty()) {
                continue;
            }
            String parent = id;
            id = child(parent, name);
            if (id == null) {
                throw new IllegalArgumentException("path: no folder " + path);
            }
        }
        return id;
    }

    /** The primary child of the folder named {@code name}, or null. */
    String child(String folderId, String name) {
        for (String child : nodes.children(folderId)) {
            if (name.equals(nodes.name(child))) {
                return child;
            }
        }
        return null;
    }

    @Override
    public Page page(Query query, long skip, int maxItems) {
        NodeQueries.IdPage ids = queries.ids("SELECT " + AnnualData.OBJECT_ID + " " + query.from(), skip, maxItems);
        List<Map<String, Object>> rows = new ArrayList<>(ids.ids().size());
        for (String id : ids.ids()) {
            Map<String, Object> properties = nodes.properties(id);
            Map<String, Object> row = new HashMap<>();
            for (String column : query.columns()) {
                row.put(column, value(id, properties, column));
            }
            rows.add(row);
        }
        return new Page(rows, ids.hasMore());
    }

    @Override
    public Map<String, Map<String, Object>> aspectValues(Collection<String> ids, QName aspect, List<QName> properties) {
        Map<String, Map<String, Object>> values = new HashMap<>();
        for (String id : ids) {
            Map<String, Object> all = nodes.properties(id);
            Map<String, Object> v = new HashMap<>();
            properties.forEach(p -> v.put(AnnualData.col(p), all.get(AnnualData.col(p))));
            values.put(id, v);
        }
        return values;
    }

    private Object value(String id, Map<String, Object> properties, String column) {
        return switch (column) {
            case AnnualData.OBJECT_ID -> id;
            case AnnualData.OBJECT_TYPE_ID -> typeId(id);
            case AnnualData.SECONDARY_TYPES -> secondaryTypes(nodes.aspects(id));
            default -> properties.get(CMIS_PROPERTIES.getOrDefault(column, column));
        };
    }

    private String typeId(String id) {
        String type = nodes.type(id);
        if (nodes.isA(id, FOLDER)) {
            return FOLDER.equals(type) ? "cmis:folder" : "F:" + type;
        }
        return CONTENT.equals(type) ? "cmis:document" : "D:" + type;
    }

    private static List<String> secondaryTypes(Set<String> aspects) {
        return aspects.stream().map(a -> "P:" + a).toList();
    }
}
