package org.sanxiang.workflow;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.ExecutionListener;

/** The shape of an execution listener bean: {@link SxDelegate}'s, for {@code activiti:executionListener}. */
public abstract class SxExecutionListener implements ExecutionListener {

    private static final long serialVersionUID = 1L;

    @Override
    public final void notify(DelegateExecution execution) {
        notify(StepContext.of(execution));
    }

    protected abstract void notify(StepContext step);
}
