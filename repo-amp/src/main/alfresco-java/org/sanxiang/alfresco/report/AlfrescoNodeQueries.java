package org.sanxiang.alfresco.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.sanxiang.repo.report.NodeQueries;

/**
 * {@link NodeQueries} over Alfresco's {@code SearchService}: the annual account's CMIS-QL with the language
 * {@code cmis-alfresco}, paged with skipCount and maxItems, in the workspace store. It runs as the system: the
 * account counts every case of the bureau, whoever's step compiles it. IN_TREE is answered by the search index
 * (Search Services), not by the database's transactional metadata queries. The root of the paths is Company Home,
 * as in Alfresco's CMIS binding.
 */
public final class AlfrescoNodeQueries implements NodeQueries {

    private static final QName COMPANY_HOME = QName.createQName(NamespaceService.APP_MODEL_1_0_URI, "company_home");

    private final SearchService searchService;
    private final NodeService nodeService;

    public AlfrescoNodeQueries(SearchService searchService, NodeService nodeService) {
        this.searchService = Objects.requireNonNull(searchService, "searchService");
        this.nodeService = Objects.requireNonNull(nodeService, "nodeService");
    }

    @Override
    public IdPage ids(String statement, long skip, int maxItems) {
        SearchParameters parameters = new SearchParameters();
        parameters.setLanguage(SearchService.LANGUAGE_CMIS_ALFRESCO);
        parameters.addStore(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
        parameters.setQuery(statement);
        parameters.setSkipCount(Math.toIntExact(skip));
        parameters.setMaxItems(maxItems);
        return AuthenticationUtil.runAsSystem(() -> {
            ResultSet results = searchService.query(parameters);
            try {
                List<String> ids = new ArrayList<>();
                for (NodeRef ref : results.getNodeRefs()) {
                    ids.add(ref.toString());
                }
                return new IdPage(ids, results.hasMore());
            } finally {
                results.close();
            }
        });
    }

    @Override
    public String rootFolder() {
        NodeRef root = nodeService.getRootNode(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
        List<ChildAssociationRef> home = nodeService.getChildAssocs(root, ContentModel.ASSOC_CHILDREN, COMPANY_HOME);
        if (home.isEmpty()) {
            throw new IllegalStateException("the workspace store has no app:company_home");
        }
        return home.get(0).getChildRef().toString();
    }
}
