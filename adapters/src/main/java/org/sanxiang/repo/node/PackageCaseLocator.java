package org.sanxiang.repo.node;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.activiti.engine.delegate.VariableScope;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.WorkflowVariables;

/**
 * Finds the case from Alfresco's workflow package ({@code bpm_package}): the package's items are the
 * case folder itself, or records in it (a user who starts a workflow on a document). Every item must
 * lead to the same case. {@code sx_caseId}, when a process sets it, wins, as in the standalone
 * {@link org.sanxiang.workflow.VariableCaseLocator}.
 */
public final class PackageCaseLocator implements CaseLocator {

    private final RepositoryNodes nodes;
    private final NodeCaseRepository cases;
    private final Function<Object, String> packageNode;

    /**
     * @param packageNode the node id of a {@code bpm_package} value (in Alfresco an ActivitiScriptNode);
     *                    null when the value is not a node
     */
    public PackageCaseLocator(RepositoryNodes nodes, NodeCaseRepository cases, Function<Object, String> packageNode) {
        this.nodes = Objects.requireNonNull(nodes, "nodes");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.packageNode = Objects.requireNonNull(packageNode, "packageNode");
    }

    @Override
    public String caseId(VariableScope scope) {
        Object caseId = scope.getVariable(WorkflowVariables.CASE_ID);
        if (caseId instanceof String s && !s.isBlank()) {
            return s;
        }
        Object pkg = scope.getVariable(WorkflowVariables.PACKAGE);
        if (pkg == null) {
            throw new IllegalStateException("no case: neither " + WorkflowVariables.CASE_ID + " nor " + WorkflowVariables.PACKAGE + " is set");
        }
        String packageId = pkg instanceof String s ? s : packageNode.apply(pkg);
        if (packageId == null || !nodes.exists(packageId)) {
            throw new IllegalStateException("no case: " + WorkflowVariables.PACKAGE + " (" + pkg + ") is not a node of this repository");
        }
        if (cases.isCase(packageId)) {
            return packageId;
        }
        Set<String> found = new LinkedHashSet<>();
        for (String item : nodes.allChildren(packageId)) {
            if (cases.isCase(item)) {
                found.add(item);
            } else {
                String parent = nodes.primaryParent(item);
                if (cases.isCase(parent)) {
                    found.add(parent);
                }
            }
        }
        if (found.size() != 1) {
            throw new IllegalStateException("no case: the items of " + WorkflowVariables.PACKAGE + " " + packageId
                    + (found.isEmpty() ? " are neither a case folder nor records in one" : " belong to several cases " + found));
        }
        return found.iterator().next();
    }
}
