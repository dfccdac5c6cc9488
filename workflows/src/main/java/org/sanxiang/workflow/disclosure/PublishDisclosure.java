package org.sanxiang.workflow.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.disclosure.DisplayPeriod;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.WorkflowPorts;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.Publication;
import org.sanxiang.workflow.task.TaskDeadlines;

/**
 * Bean {@code sxDisclosurePublish}: publishes the reviewed and approved record through the
 * disclosure channel, or, on the correction path, replaces the published one with its corrected
 * version. One matter, one review (ningxia-2019 附件1 第十二条; wuhan-2020 公示 第三条第二款): nothing
 * is published unless this pass was reviewed and approved. The display period (ningxia-2019 附件2)
 * sets when the record is taken down; permanent or unset, it stays.
 *
 * <p>One publication, one object that says {@code published}: the public copy the channel writes. The draft
 * in the case folder is the internal original (内部留存原件): it stays {@code approved}, with when it was
 * published, corrected or withdrawn, so a query for published disclosures finds each publication once. The
 * public copy carries the draft's structured fields ({@link #PUBLIC_FIELDS}, redacted as drafted: wuhan-2020
 * 公示 第九条).
 */
public final class PublishDisclosure extends DisclosureStep {

    /** The draft's structured fields the public copy carries. */
    public static final List<String> PUBLIC_FIELDS = java.util.stream.Stream.of(SanxiangModel.PROP_DISCLOSURE_CASE_NUMBER,
            SanxiangModel.PROP_DISCLOSED_DOCUMENT_NUMBER, SanxiangModel.PROP_DISCLOSED_PARTY_NAME, SanxiangModel.PROP_DISCLOSED_PARTY_CODE,
            SanxiangModel.PROP_DISCLOSED_LEGAL_REPRESENTATIVE, SanxiangModel.PROP_DISCLOSED_MATTER_NAME, SanxiangModel.PROP_DISCLOSED_CAUSE,
            SanxiangModel.PROP_DISCLOSED_MAIN_FACTS, SanxiangModel.PROP_DISCLOSED_BASIS, SanxiangModel.PROP_DISCLOSED_RESULT,
            SanxiangModel.PROP_DISCLOSED_SEIZURE_LIST, SanxiangModel.PROP_DISCLOSED_AUTHORITY, SanxiangModel.PROP_DISCLOSED_APPROVAL_CATEGORY)
            .map(q -> q.toPrefixString()).toList();

    public PublishDisclosure(WorkflowPorts ports, CaseLocator locator, TaskDeadlines deadlines, DisclosureRulebook rules) {
        super(ports, locator, deadlines, rules);
    }

    @Override
    protected void execute(StepContext step) {
        // each outcome by its constant, so that HandOffsTest sees which outcomes this step reads
        requireApproved(step, WorkflowVariables.outcome(DisclosureProcess.REVIEW));
        requireApproved(step, WorkflowVariables.outcome(DisclosureProcess.APPROVE));
        DisclosureCase c = disclosureCase(step);
        Instant now = EngineTime.now();
        LocalDate today = now.atZone(deadlines.zone()).toLocalDate();
        String recordId = required(step, WorkflowVariables.DISCLOSURE_RECORD_ID);
        String publicationId = step.string(WorkflowVariables.DISCLOSURE_PUBLICATION_ID);
        Map<String, Object> properties = new HashMap<>();
        properties.put(SanxiangModel.PROP_DISCLOSURE_APPROVED_BY.toPrefixString(), step.string(WorkflowVariables.completedBy(DisclosureProcess.APPROVE)));
        properties.put(SanxiangModel.PROP_DISCLOSURE_APPROVED_AT.toPrefixString(), Date.from(now));

        if (publicationId != null && step.flag(WorkflowVariables.DISCLOSURE_CORRECTING)) {
            String reason = required(step, SanxiangWorkflowModel.PROP_CORRECTION_REASON.toVariableName());
            LocalDate until = displayUntil(step);
            ports.disclosure().correct(publicationId, publication(step, c, until, fields(c, recordId)), reason);
            properties.put(SanxiangModel.PROP_CORRECTED_AT.toPrefixString(), Date.from(now));
            properties.put(SanxiangModel.PROP_CORRECTION_REASON.toPrefixString(), reason);
            step.set(WorkflowVariables.DISCLOSURE_CORRECTING, false);
        } else if (publicationId == null) {
            // a disclosure kind stays up for its own period (ningxia-2019 附件2 第19项: 3 years; 第24项: permanently)
            Optional<DisplayPeriod> period = c.kind() != null
                    ? Optional.ofNullable(c.kindDecision(rules.decider(c.profileId())).displayPeriod())
                    : rules.decider(c.profileId()).displayPeriod(c.action(), c.major());
            LocalDate until = period.flatMap(DisplayPeriod::period).map(p -> lastDay(today, p)).orElse(null);
            publicationId = ports.disclosure().publish(publication(step, c, until, fields(c, recordId)));
            step.set(WorkflowVariables.DISCLOSURE_PUBLICATION_ID, publicationId);
            step.set(WorkflowVariables.DISCLOSURE_DISPLAY_END_AT, until == null ? null
                    : Date.from(until.plusDays(1).atStartOfDay(deadlines.zone()).toInstant()));
            properties.put(SanxiangModel.PROP_DISCLOSURE_STATE.toPrefixString(), "approved"); // the public copy says published
            properties.put(SanxiangModel.PROP_PUBLISHED_AT.toPrefixString(), Date.from(now));
            properties.put(SanxiangModel.PROP_DISPLAY_UNTIL.toPrefixString(), until == null ? null : Date.from(until.atStartOfDay(deadlines.zone()).toInstant()));
        } else {
            throw new IllegalStateException("record " + recordId + " is published already as " + publicationId
                    + "; a change goes through the correction path");
        }
        ports.cases().setProperties(recordId, properties);
    }

    /** The last day of a display period that starts on the day of publication. */
    static LocalDate lastDay(LocalDate published, Period period) {
        return published.plus(period).minusDays(1);
    }

    private LocalDate displayUntil(StepContext step) {
        Object end = step.value(WorkflowVariables.DISCLOSURE_DISPLAY_END_AT);
        return end instanceof Date d ? d.toInstant().atZone(deadlines.zone()).toLocalDate().minusDays(1) : null;
    }

    /** The draft's structured fields, as the public copy carries them; the case number from the case if the draft has none. */
    private Map<String, String> fields(DisclosureCase c, String recordId) {
        Map<String, String> fields = new HashMap<>();
        ports.cases().records(c.folder.caseId()).stream().filter(r -> r.id().equals(recordId)).findFirst().ifPresent(draft -> {
            for (String name : PUBLIC_FIELDS) {
                if (draft.properties().get(name) instanceof String v) {
                    fields.put(name, v);
                }
            }
        });
        if (c.folder.caseNumber() != null) {
            fields.putIfAbsent(SanxiangModel.PROP_DISCLOSURE_CASE_NUMBER.toPrefixString(), c.folder.caseNumber());
        }
        return fields;
    }

    private static Publication publication(StepContext step, DisclosureCase c, LocalDate until, Map<String, String> fields) {
        String title = c.action().code() + " " + (c.folder.caseNumber() == null ? c.folder.caseId() : c.folder.caseNumber());
        return new Publication(c.folder.caseId(), c.action().code(), title, required(step, SanxiangWorkflowModel.PROP_DISCLOSURE_SUMMARY.toVariableName()),
                step.string(SanxiangWorkflowModel.PROP_DISCLOSURE_FULL_TEXT), until, fields);
    }

    private static void requireApproved(StepContext step, String outcomeVariable) {
        if (!"approve".equals(step.value(outcomeVariable))) {
            throw new IllegalStateException("nothing unreviewed is published: " + outcomeVariable + " is " + step.value(outcomeVariable));
        }
    }
}
