package org.sanxiang.workflow.disclosure;

import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.activiti.engine.delegate.DelegateExecution;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
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
        Object reasons = execution.getVariable(SanxiangWorkflowModel.PROP_EXCLUSION_REASONS.toVariableName());
        List<String> values = reasons instanceof Collection<?> c ? c.stream().map(Object::toString).toList()
                : reasons == null ? List.of() : List.of(reasons.toString().split(","));
        if (values.isEmpty()) {
            throw new IllegalStateException(SanxiangWorkflowModel.PROP_EXCLUSION_REASONS.toVariableName() + ": a confirmed exclusion needs its reasons");
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put(SanxiangModel.PROP_EXCLUSION_REASONS.toPrefixString(), values);
        properties.put(SanxiangModel.PROP_EXCLUSION_NOTE.toPrefixString(), text(execution, SanxiangWorkflowModel.PROP_EXCLUSION_NOTE.toVariableName()));
        properties.put(SanxiangModel.PROP_EXCLUSION_CONFIRMED_BY.toPrefixString(),
                text(execution, WorkflowVariables.completedBy(DisclosureProcess.CONFIRM_EXCLUSION)));
        properties.put(SanxiangModel.PROP_EXCLUSION_CONFIRMED_AT.toPrefixString(), Date.from(EngineTime.now()));
        ports.cases().addAspect(locator.caseId(execution), SanxiangModel.ASPECT_DISCLOSURE_EXCLUSION.toPrefixString(), properties);
    }
}
