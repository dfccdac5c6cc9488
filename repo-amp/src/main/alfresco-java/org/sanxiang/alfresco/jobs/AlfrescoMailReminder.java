package org.sanxiang.alfresco.jobs;

import java.util.ArrayList;
import java.util.Arrays;

import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.sanxiang.repo.jobs.Reminder;

/**
 * Sends a reminder with Alfresco's "mail" action (outbound mail must be configured: mail.host ...),
 * to the users and groups named, comma-separated (e.g. {@code GROUP_SX_DISCLOSURE}).
 */
public class AlfrescoMailReminder implements Reminder
{
    private ActionService actionService;

    public void setActionService(ActionService actionService)
    {
        this.actionService = actionService;
    }

    @Override
    public void send(String recipients, String subject, String text)
    {
        Action mail = actionService.createAction("mail");
        ArrayList<String> to = new ArrayList<>();
        Arrays.stream(recipients.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(to::add);
        mail.setParameterValue("to_many", to);
        mail.setParameterValue("subject", subject);
        mail.setParameterValue("text", text);
        actionService.executeAction(mail, null);
    }
}
