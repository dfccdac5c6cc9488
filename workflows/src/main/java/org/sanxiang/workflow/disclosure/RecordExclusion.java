package org.sanxiang.workflow.disclosure;

import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.activiti.engine.delegate.DelegateExecution;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Bean {@code sxDisclosureRecordExclusion}: after the legal office confirmed them, the exclusions
 * are recorded on the case (aspect {@code sx:disclosureExclusion}) with their articles and who
 * confirmed them (chongqing-2024 公示 第十二条; wuhan-2020 公示 第十条).
 */
public final class RecordExclusion extends DisclosureStep {

    public RecordExclusion(WorkflowPorts ports, CaseLocator locator, TaskDeadlines deadlines, DisclosureRulebook rules) {
        super(ports, locator, deadlines, rules);
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object reasons = execution.getVariable(DisclosureVariables.EXCLUSION_REASONS);
        List<String> values = reasons instanceof Collection<?> c ? c.stream().map(Object::toString).toList()
                : reasons == null ? List.of() : List.of(reasons.toString().split(","));
        if (values.isEmpty()) {
            throw new IllegalStateException(DisclosureVariables.EXCLUSION_REASONS + ": a confirmed exclusion needs its reasons");
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("sx:exclusionReasons", values);
        properties.put("sx:exclusionNote", text(execution, DisclosureVariables.EXCLUSION_NOTE));
        properties.put("sx:exclusionConfirmedBy",
                text(execution, WorkflowVariables.completedBy(DisclosureVariables.CONFIRM_EXCLUSION)));
        properties.put("sx:exclusionConfirmedAt", Date.from(EngineTime.now()));
        ports.cases().addAspect(locator.caseId(execution), DisclosureVariables.EXCLUSION_ASPECT, properties);
    }
}
