package org.sanxiang.alfresco.webscripts;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.springframework.extensions.webscripts.Cache;
import org.springframework.extensions.webscripts.DeclarativeWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;

import org.sanxiang.repo.webscripts.BadRequestException;
import org.sanxiang.repo.webscripts.EvaluateRequest;

/**
 * {@code POST /sanxiang/evaluate} (bean webscript.org.sanxiang.evaluate.post): the rules' verdict on
 * the cases in the JSON body, from {@link EvaluateRequest}.
 */
public class EvaluatePost extends DeclarativeWebScript
{
    private EvaluateRequest evaluate;

    public void setEvaluate(EvaluateRequest evaluate)
    {
        this.evaluate = evaluate;
    }

    @Override
    protected Map<String, Object> executeImpl(WebScriptRequest req, Status status, Cache cache)
    {
        String body;
        try
        {
            body = req.getContent() == null ? null : req.getContent().getContent();
        }
        catch (IOException e)
        {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, "body: cannot be read: " + e.getMessage());
        }
        Map<String, Object> model = new HashMap<>();
        try
        {
            model.put("json", evaluate.evaluate(body));
        }
        catch (BadRequestException e)
        {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, e.getMessage());
        }
        return model;
    }
}
