package org.sanxiang.workflow.report;

import java.time.Instant;
import java.util.Objects;

import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.disclosure.DisclosureDecider;
import org.sanxiang.rules.disclosure.DisclosureRules;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.disclosure.DisclosureRulebook;
import org.sanxiang.workflow.port.ReportFile;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Bean {@code sxAnnualReportSent}: records the report sent to each recipient the profile names, one record
 * per recipient in the report folder (chongqing-2024 公示 第十四条 报本级人民政府和上级主管部门; tianjin-2019
 * 实施方案 三（一）3（3） 报送局法规处汇总 … 向市政府报送). The bureau hands the report over by its own means; the
 * record says what went, to whom, when, on whose approval. Written once per recipient: a retry finds it.
 */
public final class RecordReportSent extends ReportStep {

    public RecordReportSent(WorkflowPorts ports, DisclosureRulebook rules, TaskDeadlines deadlines) {
        super(ports, rules, deadlines);
    }

    @Override
    protected void execute(StepContext step) {
        DisclosureDecider.AnnualReportDuty duty = duty(step);
        String folder = required(step, SanxiangWorkflowModel.PROP_REPORT_FOLDER_ID.toVariableName());
        Instant now = EngineTime.now();
        for (DisclosureRules.Recipient recipient : duty.recipients()) {
            ports.reports().writeOnce(folder, ReportFile.text(fileName(duty.reportYear(), recipient), text(step, duty, recipient, now)));
        }
    }

    /** The record's name: one per year and recipient. */
    public static String fileName(int year, DisclosureRules.Recipient recipient) {
        return year + "-报送记录-" + recipient.code() + ".txt";
    }

    private static String text(StepContext step, DisclosureDecider.AnnualReportDuty duty, DisclosureRules.Recipient recipient,
            Instant now) {
        return "年度行政执法报告报送记录 / Annual enforcement report sent\n"
                + "报告年度 Year: " + duty.reportYear() + "\n"
                + "报送对象 Recipient: " + recipient.zhCN() + " / " + recipient.en() + " (" + recipient.code() + ")\n"
                + "依据 Basis: " + duty.citation().profile() + " " + recipient.citation() + "\n"
                + "期限 Due: " + duty.due() + "\n"
                + "报送时间 Sent at: " + now + "\n"
                + "报告文件 Documents: " + Objects.toString(step.string(SanxiangWorkflowModel.PROP_REPORT_DOCUMENTS), "") + "\n"
                + "审核 Reviewed by: " + Objects.toString(step.string(WorkflowVariables.completedBy(AnnualReportProcess.REVIEW)), "") + "\n"
                + "审批 Approved by: " + Objects.toString(step.string(WorkflowVariables.completedBy(AnnualReportProcess.APPROVE)), "") + "\n"
                + (duty.review() == null ? "" : "审议 Reviewed before sending: " + duty.review().zhCN() + " / " + duty.review().en()
                        + " (" + duty.citation().profile() + " " + duty.review().citation() + ")\n")
                + "公开 Published as: " + Objects.toString(step.string(WorkflowVariables.REPORT_PUBLICATION_ID), "") + "\n";
    }
}
