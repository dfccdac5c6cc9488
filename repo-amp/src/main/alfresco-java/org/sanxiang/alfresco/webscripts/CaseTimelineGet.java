package org.sanxiang.alfresco.webscripts;

import java.util.HashMap;
import java.util.Map;

import org.springframework.extensions.webscripts.Cache;
import org.springframework.extensions.webscripts.DeclarativeWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.sanxiang.repo.webscripts.CaseTimeline;

/**
 * {@code GET /sanxiang/cases/{store_type}/{store_id}/{id}/timeline} (bean
 * webscript.org.sanxiang.case-timeline.get): the case's timeline JSON from {@link CaseTimeline}.
 */
public class CaseTimelineGet extends DeclarativeWebScript
{
    private CaseTimeline timeline;
    private NodeService nodeService;

    public void setTimeline(CaseTimeline timeline)
    {
        this.timeline = timeline;
    }

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    @Override
    protected Map<String, Object> executeImpl(WebScriptRequest req, Status status, Cache cache)
    {
        Map<String, String> vars = req.getServiceMatch().getTemplateVars();
        NodeRef caseFolder = new NodeRef(new StoreRef(vars.get("store_type"), vars.get("store_id")), vars.get("id"));
        if (!nodeService.exists(caseFolder))
        {
            throw new WebScriptException(Status.STATUS_NOT_FOUND, "no case folder " + caseFolder);
        }
        Map<String, Object> model = new HashMap<>();
        try
        {
            model.put("json", timeline.json(caseFolder.toString()));
        }
        catch (IllegalArgumentException e)
        {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, e.getMessage());
        }
        return model;
    }
}
