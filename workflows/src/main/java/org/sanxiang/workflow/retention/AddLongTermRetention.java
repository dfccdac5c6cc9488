package org.sanxiang.workflow.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.record.LongTermReason;
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
import org.sanxiang.workflow.port.DocumentDraft;
import org.sanxiang.workflow.record.ArchiveCase;
import org.sanxiang.workflow.record.CaseRecordRules;
import org.sanxiang.workflow.record.CaseSeal;

/**
 * Bean {@code sxRetentionAddLongTerm}: a long-term retention trigger shown after the file was archived
 * (fushun-2026 细则 第二十三条: the party later objects or complains, obstructed the officers, a mass or
 * emergency incident, another important situation). The archivists send message
 * {@link RetentionProcess#MESSAGE_LONG_TERM} with {@code sxwf_longTermReasons} (and a note in
 * {@code bpm_comment}); the case's AV records go under a long-term hold ({@code sx:legalHold}, so their
 * disposition waits for its release) with retention class {@code longTerm}, and the addition is a new
 * link of the case's chain ({@link CaseSeal#extend}). A trigger the file already carries changes nothing;
 * one the profile does not set fails naming {@code sxwf_longTermReasons}.
 */
public final class AddLongTermRetention extends SxDelegate {

    private final CaseRepository cases;
    private final CaseSeal seal;
    private final CaseLocator locator;
    private final CaseRecordRules rules;
    private final ZoneId zone;

    public AddLongTermRetention(CaseRepository cases, CaseSeal seal, CaseLocator locator, CaseRecordRules rules, ZoneId zone) {
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
        RetentionPolicy policy = RetentionPolicy.of(rules.profile(facts));
        List<String> named = step.list(SanxiangWorkflowModel.PROP_LONG_TERM_REASONS);
        if (named.isEmpty()) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_LONG_TERM_REASONS.toVariableName()
                    + ": name the trigger shown (fushun-2026 细则 第二十三条（一）至（四）)");
        }
        List<CaseRecord> av = cases.records(caseId).stream().filter(r -> r.hasType(SanxiangModel.TYPE_AV_RECORD)).toList();
        Set<LongTermReason> applied = EnumSet.noneOf(LongTermReason.class);
        for (CaseRecord record : av) {
            for (String held : Values.list(record.property(SanxiangModel.PROP_HOLD_REASONS))) {
                applied.add(ArchiveCase.fromHoldReason(held));
            }
        }
        Instant now = EngineTime.now();
        LocalDate today = now.atZone(zone).toLocalDate();
        String note = step.trimmed(WorkflowVariables.COMMENT);
        List<RetentionPolicy.LongTermAddition> additions = new ArrayList<>();
        for (String value : named) {
            policy.addAfterArchiving(ArchiveCase.fromHoldReason(value), applied, today, note).ifPresent(a -> {
                additions.add(a);
                applied.add(a.trigger().reason());
            });
        }
        if (additions.isEmpty()) {
            return; // every trigger named is applied already
        }
        String by = "sxRetention " + step.processInstanceId();
        String text = additions.stream().map(a -> a.chainMetadata().entrySet().stream()
                .map(e -> e.getKey() + "\t" + e.getValue()).collect(Collectors.joining("\n"))).collect(Collectors.joining("\n\n"));
        String citations = additions.stream().map(a -> a.trigger().label("zh_CN") + " (" + a.trigger().citation() + ")")
                .collect(Collectors.joining("; "));
        String traceId = seal.extend(caseId, new DocumentDraft(SanxiangModel.TYPE_TEXT_RECORD.toPrefixString(),
                "长期保存补充记录-" + today + "-" + additions.get(0).trigger().reason().code() + ".txt",
                Map.of("cm:title", "归档后增加长期保存 / Long-term retention added after archiving"), text + "\n"), by, now);
        for (CaseRecord record : av) {
            Set<String> reasons = new LinkedHashSet<>(Values.list(record.property(SanxiangModel.PROP_HOLD_REASONS)));
            additions.forEach(a -> reasons.add(ArchiveCase.holdReason(a.trigger().reason())));
            Map<String, Object> hold = new LinkedHashMap<>();
            hold.put(SanxiangModel.PROP_HOLD_REASONS.toPrefixString(), new ArrayList<>(reasons));
            Object earlier = record.property(SanxiangModel.PROP_HOLD_NOTE);
            hold.put(SanxiangModel.PROP_HOLD_NOTE.toPrefixString(), (earlier == null ? "" : earlier + "; ") + citations
                    + (note == null ? "" : " — " + note));
            if (record.hasAspect(SanxiangModel.ASPECT_LEGAL_HOLD)) {
                cases.setProperties(record.id(), hold);
            } else {
                hold.put(SanxiangModel.PROP_HELD_AT.toPrefixString(), java.util.Date.from(now));
                hold.put(SanxiangModel.PROP_HELD_BY.toPrefixString(), by);
                cases.addAspect(record.id(), SanxiangModel.ASPECT_LEGAL_HOLD, hold);
            }
            if (record.hasAspect(SanxiangModel.ASPECT_RETENTION)) {
                cases.setProperties(record.id(), Map.of(SanxiangModel.PROP_RETENTION_CLASS.toPrefixString(), "longTerm"));
            }
        }
        step.set(WorkflowVariables.LONG_TERM_TRACE_ID, traceId);
    }
}
