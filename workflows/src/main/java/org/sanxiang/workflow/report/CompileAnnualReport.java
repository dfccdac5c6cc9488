package org.sanxiang.workflow.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.disclosure.DisclosureDecider;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.disclosure.DisclosureRulebook;
import org.sanxiang.workflow.port.ReportFile;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Bean {@code sxAnnualReportCompile}: computes the year's statistics and writes the report's files (PDF/A,
 * OFD, CSV, XLSX) into the report's folder, made where missing. Each compilation is a round: its files
 * carry {@code -r<n>}, so a report sent back and compiled again keeps what was reviewed before. A retried
 * step (the round did not commit) writes the same names and finds them written. The review and the
 * approval are due on the profile's date (chongqing-2024 公示 第十四条: 1月31日前; tianjin-2019 实施方案
 * 三（一）3（3）: 1月15日前), a date the document sets, not a count.
 */
public final class CompileAnnualReport extends ReportStep {

    public CompileAnnualReport(WorkflowPorts ports, DisclosureRulebook rules, TaskDeadlines deadlines) {
        super(ports, rules, deadlines);
    }

    /**
     * One report per profile and year: a second process for the same key (running or finished) is refused,
     * naming the first. Hosts that start with a business key refuse it before the start as well (409).
     */
    static void refuseSecond(StepContext step, String key) {
        var engine = step.execution().getEngineServices();
        String self = step.processInstanceId();
        for (var running : engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AnnualReportProcess.KEY)
                .variableValueEquals(WorkflowVariables.REPORT_KEY, key).list()) {
            if (!running.getId().equals(self)) {
                throw new IllegalStateException(SanxiangWorkflowModel.PROP_REPORT_YEAR.toVariableName() + ": the annual report "
                        + key + " is under way already: process " + running.getId());
            }
        }
        for (var done : engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(AnnualReportProcess.KEY)
                .finished().variableValueEquals(WorkflowVariables.REPORT_KEY, key).list()) {
            throw new IllegalStateException(SanxiangWorkflowModel.PROP_REPORT_YEAR.toVariableName() + ": the annual report "
                    + key + " was made already: process " + done.getId() + ", ended " + done.getEndTime().toInstant());
        }
    }

    @Override
    protected void execute(StepContext step) {
        DisclosureDecider.AnnualReportDuty duty = duty(step);
        String profile = profile(step);
        int year = year(step);
        String key = AnnualReportProcess.businessKey(profile, year);
        int round = step.number(WorkflowVariables.REPORT_ROUND, 0) + 1;
        if (round == 1) {
            refuseSecond(step, key);
        }
        step.set(WorkflowVariables.REPORT_KEY, key);
        String folder = ports.reports().folder(profile, year);
        List<String> names = new ArrayList<>();
        String data = null;
        for (ReportFile file : ports.reports().compile(profile, year)) {
            ReportFile named = file.named(AnnualReportProcess.roundName(file.name(), round));
            String id = ports.reports().writeOnce(folder, named);
            names.add(named.name());
            if ("csv".equals(named.extension())) {
                data = id;
            }
        }
        if (data == null) {
            throw new IllegalStateException("the compiled report has no CSV to publish (" + names + ")");
        }
        step.set(SanxiangWorkflowModel.PROP_REPORT_FOLDER_ID, folder);
        step.set(SanxiangWorkflowModel.PROP_REPORT_DOCUMENTS, String.join(", ", names));
        step.set(WorkflowVariables.REPORT_DATA_DOCUMENT, data);
        step.set(WorkflowVariables.REPORT_ROUND, round);
        Instant now = EngineTime.now();
        for (String task : new String[] {AnnualReportProcess.REVIEW, AnnualReportProcess.APPROVE}) {
            deadlines.scheduleDate(step.scope(), task, duty.due(), now, String.valueOf(duty.citation()));
        }
    }
}
