package org.sanxiang.workflow;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;

/**
 * The one shape of a Sanxiang service task's Java (bean in {@code activiti:delegateExpression}), as
 * Alfresco's {@code BaseJavaDelegate} is for its own: Activiti calls {@link #execute(DelegateExecution)},
 * the step implements {@link #execute(StepContext)} and reads its variables through the context.
 * Beans are stateless singletons shared by every process instance.
 */
public abstract class SxDelegate implements JavaDelegate {

    @Override
    public final void execute(DelegateExecution execution) {
        execute(StepContext.of(execution));
    }

    protected abstract void execute(StepContext step);
}
