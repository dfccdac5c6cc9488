package org.sanxiang.workflow.report;

import java.util.Map;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.disclosure.DisclosureRulebook;
import org.sanxiang.workflow.port.Publication;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Bean {@code sxAnnualReportPublish}: publishes the approved year's data through the disclosure channel, as
 * any disclosure (chongqing-2024 公示 第十四条 公开本单位上年度行政执法总体情况相关数据; tianjin-2019 实施方案
 * 三（一）3（3） 通过局官网公开). Nothing unreviewed or unapproved goes out. Exactly once: the publication's
 * key is the report's key, its kind and its title, all fixed by profile and year, so a retried step, or a
 * second pass, is answered with the publication id of the first.
 */
public final class PublishAnnualReport extends ReportStep {

    private final ProfileRegistry profiles;

    public PublishAnnualReport(WorkflowPorts ports, DisclosureRulebook rules, TaskDeadlines deadlines, ProfileRegistry profiles) {
        super(ports, rules, deadlines);
        this.profiles = profiles;
    }

    @Override
    protected void execute(StepContext step) {
        // each outcome by its constant, so that HandOffsTest sees which outcomes this step reads
        requireApproved(step, WorkflowVariables.outcome(AnnualReportProcess.REVIEW));
        requireApproved(step, WorkflowVariables.outcome(AnnualReportProcess.APPROVE));
        String profile = profile(step);
        int year = year(step);
        String data = ports.reports().text(required(step, WorkflowVariables.REPORT_DATA_DOCUMENT));
        String bureau = profiles.get(profile).jurisdictionName("zh_CN");
        Publication publication = new Publication(AnnualReportProcess.businessKey(profile, year),
                AnnualReportProcess.PUBLICATION_KIND, title(bureau, year),
                bureau + year + "年度行政执法总体情况和有关数据 / Enforcement data of " + year + " (" + duty(step).citation() + ")",
                data, null, Map.of(SanxiangModel.PROP_DISCLOSURE_CASE_NUMBER.toPrefixString(),
                        AnnualReportProcess.businessKey(profile, year))); // marks it: next year's account does not count it
        step.set(WorkflowVariables.REPORT_PUBLICATION_ID, ports.disclosure().publish(publication));
    }

    private static void requireApproved(StepContext step, String outcomeVariable) {
        if (!AnnualReportProcess.APPROVED.equals(step.value(outcomeVariable))) {
            throw new IllegalStateException("nothing unreviewed is published: " + outcomeVariable + " is " + step.value(outcomeVariable));
        }
    }

    /** The public copy's title: one per bureau and year, whatever round was approved. */
    static String title(String bureau, int year) {
        return bureau + year + "年度行政执法数据";
    }
}
