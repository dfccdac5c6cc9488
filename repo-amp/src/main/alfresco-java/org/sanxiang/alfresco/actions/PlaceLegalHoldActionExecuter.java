package org.sanxiang.alfresco.actions;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.alfresco.repo.action.ParameterDefinitionImpl;
import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.sanxiang.repo.actions.LegalHolds;

/**
 * Repository action {@code sx-place-legal-hold} (Share doclib action of the same id): puts a record or
 * case under a long-term hold, fushun-2026 第二十三条. Parameters: holdReasons (text, multiple,
 * mandatory, values of sx:holdReasonOptions through the constraint sx-hold-reasons) and holdNote (text). The work is {@link LegalHolds#place}.
 */
public class PlaceLegalHoldActionExecuter extends ActionExecuterAbstractBase
{
    public static final String NAME = "sx-place-legal-hold";
    public static final String PARAM_REASONS = "holdReasons";
    public static final String PARAM_NOTE = "holdNote";

    private LegalHolds legalHolds;

    public void setLegalHolds(LegalHolds legalHolds)
    {
        this.legalHolds = legalHolds;
    }

    @Override
    protected void executeImpl(Action action, NodeRef actionedUponNodeRef)
    {
        Serializable reasons = action.getParameterValue(PARAM_REASONS);
        List<String> list = new ArrayList<>();
        if (reasons instanceof Collection)
        {
            ((Collection<?>) reasons).forEach(r -> list.add(String.valueOf(r)));
        }
        else if (reasons != null)
        {
            for (String r : reasons.toString().split(","))
            {
                list.add(r);
            }
        }
        Serializable note = action.getParameterValue(PARAM_NOTE);
        legalHolds.place(actionedUponNodeRef.toString(), list, note == null ? null : note.toString(),
                AuthenticationUtil.getFullyAuthenticatedUser());
    }

    @Override
    protected void addParameterDefinitions(List<ParameterDefinition> paramList)
    {
        paramList.add(new ParameterDefinitionImpl(PARAM_REASONS, DataTypeDefinition.TEXT, true,
                getParamDisplayLabel(PARAM_REASONS), true, HoldReasonsConstraint.NAME));
        paramList.add(new ParameterDefinitionImpl(PARAM_NOTE, DataTypeDefinition.TEXT, false,
                getParamDisplayLabel(PARAM_NOTE)));
    }
}
