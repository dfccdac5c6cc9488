package org.sanxiang.workflow;

import org.activiti.engine.impl.context.Context;
import org.activiti.engine.impl.interceptor.CommandContext;

/**
 * A value a completing task's form set, handed to the step the completion reaches in the same transaction
 * (Activiti's command context, one per command: the {@code CompleteTaskCmd} that runs the task's {@code complete}
 * listeners and then every step up to the next wait state). Activiti 5 has no transient variables: a process variable
 * written only for that step costs a runtime row, a history row and a detail row, and at the end a delete and a
 * history lookup. Which values travel this way is decided at wiring ({@code SxWorkflowBeans.HANDED_OFF}) and proven
 * against every BPMN by {@code HandOffsTest}: each reader is reached from its task without a wait state or an
 * asynchronous continuation between them. Plain Activiti API, the same inside Alfresco.
 */
public final class HandOff {

    private static final String PREFIX = HandOff.class.getName() + "/";

    private HandOff() {
    }

    /** Hands the value to the steps of this command that read the variable in this process instance. */
    public static void give(String processInstanceId, String variable, Object value) {
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            throw new IllegalStateException("no command context: " + variable + " can only be handed off inside the engine");
        }
        command.addAttribute(key(processInstanceId, variable), value);
    }

    /** The value handed off in this command for the process instance; null when none was. */
    static Object find(String processInstanceId, String variable) {
        CommandContext command = Context.getCommandContext();
        return command == null || processInstanceId == null ? null : command.getAttribute(key(processInstanceId, variable));
    }

    private static String key(String processInstanceId, String variable) {
        return PREFIX + processInstanceId + "/" + variable;
    }
}
