package org.sanxiang.repo.report;

import java.util.List;

/**
 * The repository's own CMIS-QL search, answering node ids a page at a time: inside Alfresco
 * ({@code org.sanxiang.alfresco.report.AlfrescoNodeQueries}) {@code SearchService.query} with the language
 * {@code cmis-alfresco}, paged with skipCount and maxItems. {@link NodeReportSearch} reads the nodes it finds.
 */
public interface NodeQueries {

    /** One page of ids and whether there are more. */
    record IdPage(List<String> ids, boolean hasMore) {

        public IdPage {
            ids = List.copyOf(ids);
        }
    }

    /** The ids of the results {@code skip} to {@code skip + maxItems - 1} of a {@code SELECT cmis:objectId …} statement. */
    IdPage ids(String statement, long skip, int maxItems);

    /** The root of the repository's paths (Alfresco: Company Home, the root folder of its CMIS binding). */
    String rootFolder();
}
