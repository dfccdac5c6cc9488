package org.sanxiang.alfresco.webscripts;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.extensions.webscripts.Cache;
import org.springframework.extensions.webscripts.DeclarativeWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.sanxiang.repo.webscripts.BadRequestException;
import org.sanxiang.repo.webscripts.DeadlinesBoard;
import org.sanxiang.repo.webscripts.FolderDeadlines;

/**
 * {@code GET /sanxiang/deadlines} (bean webscript.org.sanxiang.deadlines.get, deadlines.get.desc.xml):
 * the case folders the user can read with a deadline up to the horizon, handed to
 * {@link DeadlinesBoard} for the model of deadlines.get.json.ftl.
 */
public class DeadlinesGet extends DeclarativeWebScript
{
    private static final String SX = "http://www.sanxiang.org/model/enforcement/1.0";
    private static final QName CASE_NUMBER = QName.createQName(SX, "caseNumber");
    private static final QName RUNNING = QName.createQName(SX, "runningDeadlines");
    private static final QName PROVISIONAL = QName.createQName(SX, "deadlinesProvisional");
    private static final QName TITLE = QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "title");
    private static final QName NAME = QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "name");
    /** Candidate case folders read per request; the board keeps at most its max rows of them. */
    private static final int MAX_CASES = 1000;

    private DeadlinesBoard board;
    private SearchService searchService;
    private NodeService nodeService;
    private SiteService siteService;
    private Clock clock = Clock.systemUTC();

    public void setBoard(DeadlinesBoard board)
    {
        this.board = board;
    }

    public void setSearchService(SearchService searchService)
    {
        this.searchService = searchService;
    }

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setSiteService(SiteService siteService)
    {
        this.siteService = siteService;
    }

    @Override
    protected Map<String, Object> executeImpl(WebScriptRequest req, Status status, Cache cache)
    {
        DeadlinesBoard.Query query;
        try
        {
            query = DeadlinesBoard.Query.of(req.getParameter("site"), req.getParameter("days"), req.getParameter("max"));
        }
        catch (BadRequestException e)
        {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, e.getMessage());
        }
        Instant now = clock.instant();
        SearchParameters search = new SearchParameters();
        search.addStore(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
        search.setLanguage(SearchService.LANGUAGE_FTS_ALFRESCO);
        search.setQuery(board.searchQuery(query, now));
        search.setMaxItems(MAX_CASES);
        List<FolderDeadlines> cases = new ArrayList<>();
        ResultSet results = searchService.query(search);
        try
        {
            for (NodeRef node : results.getNodeRefs())
            {
                cases.add(folderDeadlines(node));
            }
        }
        finally
        {
            results.close();
        }
        return new HashMap<>(board.model(cases, query, now));
    }

    private FolderDeadlines folderDeadlines(NodeRef node)
    {
        Map<QName, Serializable> p = nodeService.getProperties(node);
        List<String> running = new ArrayList<>();
        Serializable value = p.get(RUNNING);
        if (value instanceof Collection)
        {
            ((Collection<?>) value).forEach(v -> running.add(String.valueOf(v)));
        }
        Serializable title = p.get(TITLE);
        String name = title == null || title.toString().isBlank() ? String.valueOf(p.get(NAME)) : title.toString();
        Serializable caseNumber = p.get(CASE_NUMBER);
        return new FolderDeadlines(node.toString(), caseNumber == null ? null : caseNumber.toString(), name,
                siteService.getSiteShortName(node), running, Boolean.TRUE.equals(p.get(PROVISIONAL)));
    }
}
