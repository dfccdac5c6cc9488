/**
 * The Java behind the Sanxiang processes, free of Alfresco. This package holds what every step
 * shares: the one shape of a delegate or listener ({@link org.sanxiang.workflow.SxDelegate},
 * {@link org.sanxiang.workflow.SxTaskListener}, {@link org.sanxiang.workflow.SxExecutionListener}) with
 * the one variable reader ({@link org.sanxiang.workflow.StepContext}), the variable names no model
 * spells ({@link org.sanxiang.workflow.WorkflowVariables}), the case locator and the engine's time.
 * The process packages ({@code access}, {@code disclosure}, {@code record}, {@code retention},
 * {@code review}) build on it and on {@code task} (deadlines, reminders) and {@code port}; the wiring
 * ({@code wiring}) sits on top and passes down what a step needs. {@code WorkflowPackagesTest} keeps
 * the packages free of import circles.
 *
 * <p>Conventions every BPMN file keeps, so the same file deploys into Alfresco and standalone:
 * <ul>
 * <li>{@code activiti:formKey} names an {@code sxwf} task type; the case travels in
 * {@code bpm_package} and is resolved only through {@link org.sanxiang.workflow.CaseLocator};</li>
 * <li>people are in {@code bpm_assignee} or candidate groups ({@code GROUP_SX_ENFORCEMENT},
 * {@code GROUP_SX_LEGAL_OFFICE}, {@code GROUP_SX_LEADERS}, {@code GROUP_SX_DISCLOSURE},
 * {@code GROUP_SX_ARCHIVISTS});</li>
 * <li>Java runs only through {@code activiti:delegateExpression="${bean}"} with the beans of
 * {@link org.sanxiang.workflow.wiring.SxWorkflowBeans} (Alfresco: {@code activitiBeanRegistry}); never
 * script tasks;</li>
 * <li>a user task {@code K} has the listeners {@code ${sxTaskDueDate}} (create) and
 * {@code ${sxTaskOutcome}} (complete, copies {@code sxwf_KOutcome}), its deadline is scheduled by
 * {@link org.sanxiang.workflow.task.TaskDeadlines} before it is entered, and boundary timers on
 * {@code ${sxp_KRemindAt}} / {@code ${sxp_KDueAt}} lead to service tasks {@code KRemind}
 * ({@code ${sxRemindAssignee}}) and {@code KEscalate} ({@code ${sxEscalateToHead}}); a task whose
 * limit the profile sets as "promptly" or not at all has both variables null (no timer) and says why
 * in the task's description;</li>
 * <li>a variable a form supplies or a task shows is a property of that task type ({@code sxwf:x}
 * is {@code sxwf_x}); a variable only the process keeps takes the prefix {@code sxp_}
 * ({@link org.sanxiang.workflow.WorkflowVariables#INTERNAL});</li>
 * <li>deadlines are counted by the rules' working-day calendar and recounted by
 * {@link org.sanxiang.workflow.task.RecomputeDeadlines} when its data changes.</li>
 * </ul>
 * {@code BpmnFilesTest} checks these conventions on every file; {@code BpmnModelCrossReferenceTest}
 * checks every form key, variable, constant and outcome value against the task model.
 */
package org.sanxiang.workflow;
