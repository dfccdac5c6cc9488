package org.sanxiang.alfresco.jobs;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.cmr.workflow.WorkflowDefinition;
import org.alfresco.service.cmr.workflow.WorkflowInstance;
import org.alfresco.service.cmr.workflow.WorkflowPath;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.namespace.QName;
import org.sanxiang.repo.jobs.RetentionSweep;

/**
 * The retention sweep's view of Alfresco: records with {@code sx:retention} found by search, their
 * case folders (primary parents of type {@code sx:caseFolder}), running processes by the workflow
 * service, a new process started with the case folder in its package (the case locator reads the
 * case from {@code bpm_package}).
 */
public class AlfrescoRetentionCases implements RetentionSweep.RetentionCases
{
    private static final String SX = "http://www.sanxiang.org/model/enforcement/1.0";
    private static final String BPM = "http://www.alfresco.org/model/bpm/1.0";
    private static final QName CASE_FOLDER = QName.createQName(SX, "caseFolder");
    private static final QName CASE_NUMBER = QName.createQName(SX, "caseNumber");
    private static final QName PACKAGE = QName.createQName(BPM, "package");
    private static final QName PACKAGE_CONTAINS = QName.createQName(BPM, "packageContains");
    private static final QName DESCRIPTION = QName.createQName(BPM, "workflowDescription");

    private static final int PAGE = 1000;

    private NodeService nodeService;
    private SearchService searchService;
    private WorkflowService workflowService;

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    public void setSearchService(SearchService searchService)
    {
        this.searchService = searchService;
    }

    public void setWorkflowService(WorkflowService workflowService)
    {
        this.workflowService = workflowService;
    }

    @Override
    public Set<String> casesWithRetainedRecords()
    {
        Set<String> cases = new LinkedHashSet<>();
        for (int skip = 0;; skip += PAGE)
        {
            SearchParameters search = new SearchParameters();
            search.addStore(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
            search.setLanguage(SearchService.LANGUAGE_FTS_ALFRESCO);
            search.setQuery("ASPECT:\"sx:retention\"");
            // an aspect query the database can answer: no wait for the search index
            search.setQueryConsistency(QueryConsistency.TRANSACTIONAL_IF_POSSIBLE);
            search.setSkipCount(skip);
            search.setMaxItems(PAGE);
            ResultSet results = searchService.query(search);
            try
            {
                for (NodeRef record : results.getNodeRefs())
                {
                    ChildAssociationRef parent = nodeService.getPrimaryParent(record);
                    if (parent != null && parent.getParentRef() != null
                            && CASE_FOLDER.equals(nodeService.getType(parent.getParentRef())))
                    {
                        cases.add(parent.getParentRef().toString());
                    }
                }
                if (!results.hasMore())
                {
                    return cases;
                }
            }
            finally
            {
                results.close();
            }
        }
    }

    @Override
    public boolean hasRunningProcess(String caseId, String processKey)
    {
        String name = "activiti$" + processKey;
        for (WorkflowInstance workflow : workflowService.getWorkflowsForContent(new NodeRef(caseId), true))
        {
            if (name.equals(workflow.getDefinition().getName()))
            {
                return true;
            }
        }
        return false;
    }

    @Override
    public String startProcess(String processKey, String caseId)
    {
        WorkflowDefinition definition = workflowService.getDefinitionByName("activiti$" + processKey);
        if (definition == null)
        {
            throw new IllegalStateException("process activiti$" + processKey + " is not deployed");
        }
        NodeRef caseFolder = new NodeRef(caseId);
        NodeRef workflowPackage = workflowService.createPackage(null);
        nodeService.addChild(workflowPackage, caseFolder, PACKAGE_CONTAINS,
                QName.createQName(SX, caseFolder.getId()));
        Map<QName, Serializable> parameters = new HashMap<>();
        parameters.put(PACKAGE, workflowPackage);
        Serializable caseNumber = nodeService.getProperty(caseFolder, CASE_NUMBER);
        parameters.put(DESCRIPTION, "保存与处置 / Retention: " + (caseNumber == null ? caseId : caseNumber));
        WorkflowPath path = workflowService.startWorkflow(definition.getId(), parameters);
        return path.getInstance().getId();
    }
}
