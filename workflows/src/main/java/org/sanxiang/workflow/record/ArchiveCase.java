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

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.sanxiang.rules.profile.JurisdictionProfile;
import org.sanxiang.rules.record.LongTermReason;
import org.sanxiang.rules.record.Retention;
import org.sanxiang.rules.record.RetentionPolicy;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseFacts;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;

/**
 * Bean {@code sxRecordArchive}, after the archive task: seals every record into the case's hash
 * chain ({@link CaseSeal}), sets each record's retention from {@link RetentionPolicy} (aspect
 * {@code sx:retention}), puts the AV records under a long-term hold where the archivist names a
 * trigger the profile sets (fushun-2026 细则 第二十三条; aspect {@code sx:legalHold}), marks the case
 * archived, and starts {@code sxRetention} for the case. {@code sxRetention} is started by key,
 * not as a call activity: it runs for years after this process ends, and Alfresco's workflow
 * service lists it as a workflow of its own.
 */
public final class ArchiveCase implements JavaDelegate {

    public static final String RETENTION_PROCESS = "sxRetention";
    public static final String RETENTION = "sx:retention";
    public static final String LEGAL_HOLD = "sx:legalHold";

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
    public void execute(DelegateExecution execution) {
        String caseId = locator.caseId(execution);
        CaseFacts facts = cases.facts(caseId);
        JurisdictionProfile profile = rules.profile(facts);
        RetentionPolicy policy = RetentionPolicy.of(profile);
        Instant now = EngineTime.now();
        LocalDate today = now.atZone(zone).toLocalDate();
        String archivist = CaseRecordRules.text(execution.getVariable(WorkflowVariables.completedBy(RecordVariables.ARCHIVE_TASK)));
        List<RetentionPolicy.LongTermTrigger> triggers = longTermTriggers(execution, policy, profile);
        LocalDate caseFileUntil = CaseRecordRules.day(execution.getVariable(RecordVariables.CASE_FILE_RETAIN_UNTIL), zone);

        String action = rules.plan(execution, facts).action().code();
        // retention is decided before sealing, so a missing input fails before anything is written
        Map<String, Map<String, Object>> retentions = new LinkedHashMap<>();
        for (CaseRecord record : cases.records(caseId)) {
            if (CaseSeal.sealable(record) && !CaseRecordRules.kindsOf(record).isEmpty()
                    || CaseRecordRules.MISSING_AV_EXPLANATION_KIND.equals(record.properties().get(CaseRecordRules.TEXT_RECORD_KIND))) {
                retentions.put(record.id(), retention(record, action, policy, today, caseFileUntil, !triggers.isEmpty()));
            }
        }

        String manifest = seal.seal(caseId, archivist == null ? "system" : archivist, now);
        execution.setVariable(RecordVariables.SEAL_MANIFEST_ID, manifest);
        retentions.forEach((id, properties) -> cases.addAspect(id, RETENTION, properties));
        if (!triggers.isEmpty()) {
            List<String> reasons = triggers.stream().map(t -> holdReason(t.reason())).toList();
            String note = triggers.stream().map(t -> t.label("zh_CN") + " (" + t.citation() + ")").collect(Collectors.joining("; "));
            for (CaseRecord record : cases.records(caseId)) {
                if (CaseRecordRules.AV_RECORD.equals(record.type())) {
                    Map<String, Object> hold = new LinkedHashMap<>();
                    hold.put("sx:holdReasons", new ArrayList<>(reasons));
                    hold.put("sx:holdNote", note);
                    hold.put("sx:heldAt", Date.from(now));
                    hold.put("sx:heldBy", archivist == null ? "system" : archivist);
                    cases.addAspect(record.id(), LEGAL_HOLD, hold);
                }
            }
        }
        Map<String, Object> archived = new LinkedHashMap<>();
        archived.put("sx:caseState", "archived");
        archived.put("sx:archivedDate", Date.from(today.atStartOfDay(zone).toInstant()));
        String reference = CaseRecordRules.text(execution.getVariable(RecordVariables.ARCHIVE_REFERENCE));
        if (reference != null) {
            archived.put("sx:archiveReference", reference);
        }
        cases.setProperties(caseId, archived);

        Map<String, Object> start = new LinkedHashMap<>();
        start.put(WorkflowVariables.PACKAGE, execution.getVariable(WorkflowVariables.PACKAGE));
        start.put(WorkflowVariables.CASE_ID, caseId);
        start.put("sxwf_jurisdictionProfile", profile.id());
        start.put("sxwf_caseNumber", facts.caseNumber());
        start.put(WorkflowVariables.WORKFLOW_DESCRIPTION, "保存期限 " + (facts.caseNumber() == null ? caseId : facts.caseNumber()));
        String retentionId = execution.getEngineServices().getRuntimeService()
                .startProcessInstanceByKey(RETENTION_PROCESS, caseId, start).getId();
        execution.setVariable(RecordVariables.RETENTION_PROCESS_ID, retentionId);
    }

    /** The triggers the archivist names, among those the profile sets; naming one it does not set fails. */
    private static List<RetentionPolicy.LongTermTrigger> longTermTriggers(DelegateExecution execution, RetentionPolicy policy,
            JurisdictionProfile profile) {
        Set<LongTermReason> shown = EnumSet.noneOf(LongTermReason.class);
        for (String value : CaseRecordRules.list(execution.getVariable(RecordVariables.LONG_TERM_REASONS))) {
            shown.add(fromHoldReason(value));
        }
        List<RetentionPolicy.LongTermTrigger> triggers = policy.longTermRetention(shown);
        if (triggers.size() != shown.size()) {
            throw new IllegalArgumentException(RecordVariables.LONG_TERM_REASONS + ": profile " + profile.id()
                    + " sets long-term retention triggers " + policy.longTermTriggers().stream()
                            .map(t -> holdReason(t.reason())).toList() + ", not " + shown.stream().map(ArchiveCase::holdReason).toList());
        }
        return triggers;
    }

    /** sx:holdReasonOptions value of a trigger (fushun-2026 细则 第二十三条（一）至（四）). */
    static String holdReason(LongTermReason reason) {
        return switch (reason) {
            case PARTY_OBJECTION -> "objectionOrComplaint";
            case OBSTRUCTION -> "obstruction";
            case MASS_INCIDENT -> "massOrEmergencyIncident";
            case OTHER_IMPORTANT -> "otherImportant";
        };
    }

    static LongTermReason fromHoldReason(String value) {
        for (LongTermReason reason : LongTermReason.values()) {
            if (holdReason(reason).equals(value) || reason.code().equals(value)) {
                return reason;
            }
        }
        throw new IllegalArgumentException(RecordVariables.LONG_TERM_REASONS + ": '" + value
                + "' is not one of objectionOrComplaint|obstruction|massOrEmergencyIncident|otherImportant");
    }

    private Map<String, Object> retention(CaseRecord record, String action, RetentionPolicy policy, LocalDate today,
            LocalDate caseFileUntil, boolean longTerm) {
        boolean av = CaseRecordRules.AV_RECORD.equals(record.type());
        List<String> candidates = !av ? List.of("text")
                : Boolean.TRUE.equals(record.properties().get("sx:usedAsEvidence")) ? List.of("av-evidence", "av-device", "av")
                : "inspection".equals(action)
                        ? List.of("av-routine-inspection", "av-device", "av") : List.of("av-device", "av");
        Optional<Retention> retention = candidates.stream().map(policy::retentionFor).flatMap(Optional::stream).findFirst();
        Map<String, Object> aspect = new LinkedHashMap<>();
        aspect.put("sx:retentionStartedAt", Date.from(today.atStartOfDay(zone).toInstant()));
        aspect.put("sx:disposition", "review");
        LocalDate until;
        if (retention.isEmpty() || retention.get().caseFile()) {
            if (caseFileUntil == null) {
                throw new IllegalArgumentException(RecordVariables.CASE_FILE_RETAIN_UNTIL + ": required: record " + record.id()
                        + " is kept as long as its case file" + retention.map(r -> " (" + r.citation() + ")").orElse(""));
            }
            until = caseFileUntil;
            aspect.put("sx:retentionClass", av ? "evidenceAv" : "enforcementArchive");
            aspect.put("sx:retentionCitation", retention.map(r -> r.citation().toString()).orElse("case file"));
        } else {
            LocalDate made = CaseRecordRules.day(record.properties().get("sx:avStartedAt"), zone);
            if (made == null) {
                made = CaseRecordRules.day(record.properties().get("sx:recordedAt"), zone);
            }
            until = retention.get().keptUntil(made == null ? today : made).orElseThrow();
            aspect.put("sx:retentionClass", retention.get().record().equals("av-routine-inspection") ? "routineInspectionAv"
                    : "avDedicatedStorage");
            aspect.put("sx:retentionCitation", retention.get().citation() + (retention.get().atLeast() ? " (at least "
                    + retention.get().period() + ")" : ""));
        }
        if (longTerm && av) {
            aspect.put("sx:retentionClass", "longTerm");
        }
        aspect.put("sx:retainUntil", Date.from(until.atStartOfDay(zone).toInstant()));
        return aspect;
    }
}
