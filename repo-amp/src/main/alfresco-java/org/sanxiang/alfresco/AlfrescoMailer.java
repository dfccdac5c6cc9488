package org.sanxiang.alfresco;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.alfresco.repo.action.executer.MailActionExecuter;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PersonService;
import org.sanxiang.repo.notify.Mailer;

/**
 * {@link Mailer} over Alfresco's {@code mail} action, which resolves a user or group to the e-mail
 * addresses of its people (outbound mail as configured by the installation's {@code mail.*} keys).
 */
public final class AlfrescoMailer implements Mailer {

    private static final String GROUP_PREFIX = "GROUP_";

    private final ActionService actionService;
    private final PersonService personService;
    private final AuthorityService authorityService;

    public AlfrescoMailer(ActionService actionService, PersonService personService, AuthorityService authorityService) {
        this.actionService = Objects.requireNonNull(actionService, "actionService");
        this.personService = Objects.requireNonNull(personService, "personService");
        this.authorityService = Objects.requireNonNull(authorityService, "authorityService");
    }

    @Override
    public boolean reachable(String recipient) {
        if (recipient == null || recipient.isBlank()) {
            return false;
        }
        return recipient.startsWith(GROUP_PREFIX) ? authorityService.authorityExists(recipient) : personService.personExists(recipient);
    }

    @Override
    public void send(String recipient, String subject, String body) {
        Action mail = actionService.createAction(MailActionExecuter.NAME);
        List<String> to = new ArrayList<>(List.of(recipient));
        mail.setParameterValue(MailActionExecuter.PARAM_TO_MANY, new ArrayList<>(to));
        mail.setParameterValue(MailActionExecuter.PARAM_SUBJECT, subject);
        mail.setParameterValue(MailActionExecuter.PARAM_TEXT, body);
        actionService.executeAction(mail, null);
    }
}
