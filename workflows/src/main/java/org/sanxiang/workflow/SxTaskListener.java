package org.sanxiang.workflow;

import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;

/** The shape of a task listener bean: {@link SxDelegate}'s, for {@code activiti:taskListener}. */
public abstract class SxTaskListener implements TaskListener {

    private static final long serialVersionUID = 1L;

    @Override
    public final void notify(DelegateTask task) {
        notify(StepContext.of(task));
    }

    protected abstract void notify(StepContext step);
}
