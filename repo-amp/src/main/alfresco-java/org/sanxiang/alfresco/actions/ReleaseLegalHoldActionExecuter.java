package org.sanxiang.alfresco.actions;

import java.io.Serializable;
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
 * Repository action {@code sx-release-legal-hold}: ends a long-term hold (fushun-2026 第二十三条) with
 * the mandatory parameter holdReleaseReason. The work is {@link LegalHolds#release}.
 */
public class ReleaseLegalHoldActionExecuter extends ActionExecuterAbstractBase
{
    public static final String NAME = "sx-release-legal-hold";
    public static final String PARAM_REASON = "holdReleaseReason";

    private LegalHolds legalHolds;

    public void setLegalHolds(LegalHolds legalHolds)
    {
        this.legalHolds = legalHolds;
    }

    @Override
    protected void executeImpl(Action action, NodeRef actionedUponNodeRef)
    {
        Serializable reason = action.getParameterValue(PARAM_REASON);
        legalHolds.release(actionedUponNodeRef.toString(), reason == null ? null : reason.toString(),
                AuthenticationUtil.getFullyAuthenticatedUser());
    }

    @Override
    protected void addParameterDefinitions(List<ParameterDefinition> paramList)
    {
        paramList.add(new ParameterDefinitionImpl(PARAM_REASON, DataTypeDefinition.TEXT, true,
                getParamDisplayLabel(PARAM_REASON)));
    }
}
