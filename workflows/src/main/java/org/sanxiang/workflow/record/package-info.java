/**
 * The Java behind {@code sxCaseRecord}: the case's full-process record from start to archive.
 *
 * <p>The stages are not drawn per category: {@link org.sanxiang.workflow.record.PlanStages} asks the
 * rules' stage catalogue for the case's profile, action category and procedure, and the BPMN walks
 * them in one loop ({@code sxp_stages}, {@code sxp_stageIndex}). {@link org.sanxiang.workflow.record.CheckStage}
 * decides, in the transaction that completes a stage task, whether the case holds the records the
 * stage requires. Deadlines (emergency completion, AV storage, archiving) come from
 * {@link org.sanxiang.rules.record.RecordDeadlines}; archiving seals the records into the case's
 * hash chain and then the case folder as its last link ({@link org.sanxiang.workflow.record.CaseSeal}, SXCHAIN2), sets retention from
 * {@link org.sanxiang.rules.record.RetentionPolicy} and starts {@code sxRetention}.
 */
package org.sanxiang.workflow.record;
