package org.sanxiang.repo.report;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.sanxiang.model.QName;

/**
 * What the annual account needs of a repository: CMIS-QL queries read a page at a time, and the properties of an
 * aspect on the nodes a page found. The query text is {@link AnnualData}'s, the same everywhere; a CMIS 1.1
 * repository runs it over its query service ({@link CmisReportSearch}), Alfresco inside itself over
 * {@code SearchService} with the language {@code cmis-alfresco} ({@link NodeReportSearch}).
 */
public interface ReportSearch {

    /**
     * A CMIS-QL query: the columns it selects, by query name ({@code cmis:objectId} first), and the rest of the
     * statement ({@code FROM … WHERE …}).
     */
    record Query(List<String> columns, String from) {

        public Query {
            columns = List.copyOf(columns);
            Objects.requireNonNull(from, "from");
        }

        public String statement() {
            return "SELECT " + String.join(", ", columns) + " " + from;
        }
    }

    /**
     * One page of a query's rows: each the values of the query's columns by query name ({@code null} where the node
     * has none): dates as a {@link java.util.Calendar} or a {@link java.util.Date}, multi-valued columns as lists.
     */
    record Page(List<Map<String, Object>> rows, boolean hasMore) {

        public Page {
            rows = List.copyOf(rows);
        }
    }

    /** The node id of the folder at a path of names from the repository's root ({@code /Sanxiang/cases}). */
    String folder(String path);

    /** The rows {@code skip} to {@code skip + maxItems - 1} of the query, and whether there are more. */
    Page page(Query query, long skip, int maxItems);

    /** The aspect's properties (by {@code prefix:name}) of the nodes, which all carry it. */
    Map<String, Map<String, Object>> aspectValues(Collection<String> ids, QName aspect, List<QName> properties);
}
