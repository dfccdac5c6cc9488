package org.sanxiang.workflow.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Objects;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.rules.disclosure.DueDate;
import org.sanxiang.rules.record.RecordDeadlines;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxDelegate;
import org.sanxiang.workflow.Values;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.ModelProperties;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Bean {@code sxRecordClose}: every stage is recorded, so the case is closed (its
 * {@code sx:closedDate}, if not set already) and archiving opens with the profile's deadline
 * counted from that day (chongqing-2024 全过程记录 第十二条: 20 working days; wuhan-2020 全过程记录
 * 第二十六条第二款 and ningxia-2019: 30 days; fushun-2026 细则 第二十一条: promptly, no timer).
 */
public final class CloseCase extends SxDelegate {


    private final CaseRepository cases;
    private final CaseLocator locator;
    private final CaseRecordRules rules;
    private final TaskDeadlines deadlines;

    public CloseCase(CaseRepository cases, CaseLocator locator, CaseRecordRules rules, TaskDeadlines deadlines) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    @Override
    protected void execute(StepContext step) {
        String caseId = locator.caseId(step.scope());
        CaseFolder facts = cases.facts(caseId);
        Instant now = EngineTime.now();
        LocalDate closed = Values.day(facts.property(SanxiangModel.PROP_CLOSED_DATE), deadlines.zone(), SanxiangModel.PROP_CLOSED_DATE.toPrefixString());
        if (closed == null) {
            closed = now.atZone(deadlines.zone()).toLocalDate();
            cases.setProperties(caseId, ModelProperties.of(SanxiangModel.PROP_CLOSED_DATE,
                    Date.from(closed.atStartOfDay(deadlines.zone()).toInstant()), SanxiangModel.PROP_CASE_STATE, "closed"));
        }
        DueDate due = new RecordDeadlines(rules.profile(facts), deadlines.calendar()).archiveDue(closed);
        if (due.deadline() != null) {
            deadlines.schedule(step.scope(), CaseRecordProcess.ARCHIVE_TASK, due.deadline(), now, String.valueOf(due.citation()));
        } else {
            TaskDeadlines.set(step.scope(), TaskDeadlines.none(CaseRecordProcess.ARCHIVE_TASK));
        }
    }
}
