package org.sanxiang.alfresco.actions;

import java.util.List;

import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.sanxiang.repo.actions.ChainCheck;

/**
 * Repository action {@code sx-verify-chain}: verifies the seal chain of the case folder it is run on,
 * or of the case folder holding the record it is run on. A broken chain fails the action (Share shows
 * its failure message); every verification is audited. The work is {@link ChainCheck#verify}.
 */
public class VerifyChainActionExecuter extends ActionExecuterAbstractBase
{
    public static final String NAME = "sx-verify-chain";
    private static final QName CASE_FOLDER = QName.createQName("http://www.sanxiang.org/model/enforcement/1.0", "caseFolder");

    private ChainCheck chainCheck;
    private NodeService nodeService;

    public void setChainCheck(ChainCheck chainCheck)
    {
        this.chainCheck = chainCheck;
    }

    public void setNodeService(NodeService nodeService)
    {
        this.nodeService = nodeService;
    }

    @Override
    protected void executeImpl(Action action, NodeRef actionedUponNodeRef)
    {
        NodeRef caseFolder = actionedUponNodeRef;
        if (!CASE_FOLDER.equals(nodeService.getType(caseFolder)))
        {
            ChildAssociationRef parent = nodeService.getPrimaryParent(actionedUponNodeRef);
            caseFolder = parent == null ? null : parent.getParentRef();
            if (caseFolder == null || !CASE_FOLDER.equals(nodeService.getType(caseFolder)))
            {
                throw new IllegalArgumentException("node " + actionedUponNodeRef + " is neither a case folder nor in one");
            }
        }
        chainCheck.verify(caseFolder.toString());
    }

    @Override
    protected void addParameterDefinitions(List<ParameterDefinition> paramList)
    {
        // no parameters
    }
}
