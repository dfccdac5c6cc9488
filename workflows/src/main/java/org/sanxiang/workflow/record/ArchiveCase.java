package org.sanxiang.workflow.record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.profile.JurisdictionProfile;
import org.sanxiang.rules.record.LongTermReason;
import org.sanxiang.rules.record.Retention;
import org.sanxiang.rules.record.RetentionPolicy;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxDelegate;
import org.sanxiang.workflow.Values;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;

/**
 * Bean {@code sxRecordArchive}, after the archive task: marks the case archived, seals every record and
 * then the case folder into the case's hash chain ({@link CaseSeal}), sets each record's retention from {@link RetentionPolicy} (aspect
 * {@code sx:retention}), puts the AV records under a long-term hold where the archivist names a
 * trigger the profile sets (fushun-2026 细则 第二十三条; aspect {@code sx:legalHold}), and starts {@code sxRetention} for the case. {@code sxRetention} is started by key,
 * not as a call activity: it runs for years after this process ends, and Alfresco's workflow
 * service lists it as a workflow of its own.
 */
public final class ArchiveCase extends SxDelegate {

    public static final String RETENTION_PROCESS = "sxRetention";

    private final CaseRepository cases;
    private final CaseSeal seal;
    private final CaseLocator locator;
    private final CaseRecordRules rules;
    private final ZoneId zone;

    public ArchiveCase(CaseRepository cases, CaseSeal seal, CaseLocator locator, CaseRecordRules rules, ZoneId zone) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.seal = Objects.requireNonNull(seal, "seal");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    protected void execute(StepContext step) {
        String caseId = locator.caseId(step.scope());
        CaseFolder facts = cases.facts(caseId);
        JurisdictionProfile profile = rules.profile(facts);
        RetentionPolicy policy = RetentionPolicy.of(profile);
        Instant now = EngineTime.now();
        LocalDate today = now.atZone(zone).toLocalDate();
        String archivist = step.trimmed(WorkflowVariables.completedBy(CaseRecordProcess.ARCHIVE_TASK));
        List<RetentionPolicy.LongTermTrigger> triggers = longTermTriggers(step, policy, profile);
        LocalDate caseFileUntil = step.day(SanxiangWorkflowModel.PROP_CASE_FILE_RETAIN_UNTIL, zone);

        String action = rules.plan(step, facts).action().code();
        // retention is decided before sealing, so a missing input fails before anything is written
        Map<String, Map<String, Object>> retentions = new LinkedHashMap<>();
        for (CaseRecord record : cases.records(caseId)) {
            if (CaseSeal.sealable(record) && !CaseRecordRules.kindsOf(record).isEmpty()
                    || CaseRecordRules.MISSING_AV_EXPLANATION_KIND.equals(record.property(SanxiangModel.PROP_TEXT_RECORD_KIND))) {
                retentions.put(record.id(), retention(record, action, policy, today, caseFileUntil, !triggers.isEmpty()));
            }
        }

        // the case is marked archived first: the seal's last link commits to the folder as archived
        Map<String, Object> archived = new LinkedHashMap<>();
        archived.put(SanxiangModel.PROP_CASE_STATE.toPrefixString(), "archived");
        archived.put(SanxiangModel.PROP_ARCHIVED_DATE.toPrefixString(), Date.from(today.atStartOfDay(zone).toInstant()));
        String reference = step.trimmed(SanxiangWorkflowModel.PROP_ARCHIVE_REFERENCE);
        if (reference != null) {
            archived.put(SanxiangModel.PROP_ARCHIVE_REFERENCE.toPrefixString(), reference);
        }
        cases.setProperties(caseId, archived);
        String manifest = seal.seal(caseId, archivist == null ? "system" : archivist, now);
        step.set(WorkflowVariables.SEAL_MANIFEST_ID, manifest);
        retentions.forEach((id, properties) -> cases.addAspect(id, SanxiangModel.ASPECT_RETENTION, properties));
        if (!triggers.isEmpty()) {
            List<String> reasons = triggers.stream().map(t -> holdReason(t.reason())).toList();
            String note = triggers.stream().map(t -> t.label("zh_CN") + " (" + t.citation() + ")").collect(Collectors.joining("; "));
            for (CaseRecord record : cases.records(caseId)) {
                if (record.hasType(SanxiangModel.TYPE_AV_RECORD)) {
                    Map<String, Object> hold = new LinkedHashMap<>();
                    hold.put(SanxiangModel.PROP_HOLD_REASONS.toPrefixString(), new ArrayList<>(reasons));
                    hold.put(SanxiangModel.PROP_HOLD_NOTE.toPrefixString(), note);
                    hold.put(SanxiangModel.PROP_HELD_AT.toPrefixString(), Date.from(now));
                    hold.put(SanxiangModel.PROP_HELD_BY.toPrefixString(), archivist == null ? "system" : archivist);
                    cases.addAspect(record.id(), SanxiangModel.ASPECT_LEGAL_HOLD, hold);
                }
            }
        }

        Map<String, Object> start = new LinkedHashMap<>();
        if (step.value(WorkflowVariables.PACKAGE) != null) { // Alfresco's package; the standalone runtime has none
            start.put(WorkflowVariables.PACKAGE, step.value(WorkflowVariables.PACKAGE));
        }
        start.put(WorkflowVariables.CASE_ID, caseId);
        start.put(SanxiangWorkflowModel.PROP_JURISDICTION_PROFILE.toVariableName(), profile.id());
        start.put(SanxiangWorkflowModel.PROP_CASE_NUMBER.toVariableName(), facts.caseNumber());
        start.put(WorkflowVariables.WORKFLOW_DESCRIPTION, "保存期限 " + (facts.caseNumber() == null ? caseId : facts.caseNumber()));
        String retentionId = step.execution().getEngineServices().getRuntimeService()
                .startProcessInstanceByKey(RETENTION_PROCESS, caseId, start).getId();
        step.set(WorkflowVariables.RETENTION_PROCESS_ID, retentionId);
    }

    /** The triggers the archivist names, among those the profile sets; naming one it does not set fails. */
    private static List<RetentionPolicy.LongTermTrigger> longTermTriggers(StepContext step, RetentionPolicy policy,
            JurisdictionProfile profile) {
        Set<LongTermReason> shown = EnumSet.noneOf(LongTermReason.class);
        for (String value : step.list(SanxiangWorkflowModel.PROP_LONG_TERM_REASONS)) {
            shown.add(fromHoldReason(value));
        }
        List<RetentionPolicy.LongTermTrigger> triggers = policy.longTermRetention(shown);
        if (triggers.size() != shown.size()) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_LONG_TERM_REASONS.toVariableName() + ": profile " + profile.id()
                    + " sets long-term retention triggers " + policy.longTermTriggers().stream()
                            .map(t -> holdReason(t.reason())).toList() + ", not " + shown.stream().map(ArchiveCase::holdReason).toList());
        }
        return triggers;
    }

    /** sx:holdReasonOptions value of a trigger (fushun-2026 细则 第二十三条（一）至（四）). */
    public static String holdReason(LongTermReason reason) {
        return switch (reason) {
            case PARTY_OBJECTION -> "objectionOrComplaint";
            case OBSTRUCTION -> "obstruction";
            case MASS_INCIDENT -> "massOrEmergencyIncident";
            case OTHER_IMPORTANT -> "otherImportant";
        };
    }

    public static LongTermReason fromHoldReason(String value) {
        for (LongTermReason reason : LongTermReason.values()) {
            if (holdReason(reason).equals(value) || reason.code().equals(value)) {
                return reason;
            }
        }
        throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_LONG_TERM_REASONS.toVariableName() + ": '" + value
                + "' is not one of objectionOrComplaint|obstruction|massOrEmergencyIncident|otherImportant");
    }

    private Map<String, Object> retention(CaseRecord record, String action, RetentionPolicy policy, LocalDate today,
            LocalDate caseFileUntil, boolean longTerm) {
        boolean av = record.hasType(SanxiangModel.TYPE_AV_RECORD);
        List<String> candidates = !av ? List.of("text")
                : Boolean.TRUE.equals(record.properties().get(SanxiangModel.PROP_USED_AS_EVIDENCE.toPrefixString())) ? List.of("av-evidence", "av-device", "av")
                : "inspection".equals(action)
                        ? List.of("av-routine-inspection", "av-device", "av") : List.of("av-device", "av");
        Optional<Retention> retention = candidates.stream().map(policy::retentionFor).flatMap(Optional::stream).findFirst();
        Map<String, Object> aspect = new LinkedHashMap<>();
        aspect.put(SanxiangModel.PROP_RETENTION_STARTED_AT.toPrefixString(), Date.from(today.atStartOfDay(zone).toInstant()));
        aspect.put(SanxiangModel.PROP_DISPOSITION.toPrefixString(), "review");
        LocalDate until;
        if (retention.isEmpty() || retention.get().caseFile()) {
            if (caseFileUntil == null) {
                throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_CASE_FILE_RETAIN_UNTIL.toVariableName() + ": required: record " + record.id()
                        + " is kept as long as its case file" + retention.map(r -> " (" + r.citation() + ")").orElse(""));
            }
            until = caseFileUntil;
            aspect.put(SanxiangModel.PROP_RETENTION_CLASS.toPrefixString(), av ? "evidenceAv" : "enforcementArchive");
            aspect.put(SanxiangModel.PROP_RETENTION_CITATION.toPrefixString(), retention.map(r -> r.citation().toString()).orElse("case file"));
        } else {
            LocalDate made = Values.day(record.property(SanxiangModel.PROP_AV_STARTED_AT), zone, SanxiangModel.PROP_AV_STARTED_AT.toPrefixString());
            if (made == null) {
                made = Values.day(record.property(SanxiangModel.PROP_RECORDED_AT), zone, SanxiangModel.PROP_RECORDED_AT.toPrefixString());
            }
            until = retention.get().keptUntil(made == null ? today : made).orElseThrow();
            aspect.put(SanxiangModel.PROP_RETENTION_CLASS.toPrefixString(), retention.get().record().equals("av-routine-inspection") ? "routineInspectionAv"
                    : "avDedicatedStorage");
            aspect.put(SanxiangModel.PROP_RETENTION_CITATION.toPrefixString(), retention.get().citation() + (retention.get().atLeast() ? " (at least "
                    + retention.get().period() + ")" : ""));
        }
        if (longTerm && av) {
            aspect.put(SanxiangModel.PROP_RETENTION_CLASS.toPrefixString(), "longTerm");
        }
        aspect.put(SanxiangModel.PROP_RETAIN_UNTIL.toPrefixString(), Date.from(until.atStartOfDay(zone).toInstant()));
        return aspect;
    }
}
