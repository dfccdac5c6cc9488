package org.sanxiang.workflow.record;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.record.RecordKind;
import org.sanxiang.rules.record.Stage;
import org.sanxiang.rules.record.StagePlan;
import org.sanxiang.workflow.CaseLocator;
import org.sanxiang.workflow.EngineTime;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.SxDelegate;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.port.CaseDocuments;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.DocumentDraft;

/**
 * Bean {@code sxRecordCheckStage}, right after the stage task completes (same transaction: when it
 * fails, the completion fails and the task stays open). The stage is complete only when the case
 * holds the records the catalogue requires for it:
 * <ul>
 * <li>{@code complete}: every kind of {@code requiredAll}, AV where it is mandatory, and one of
 * {@code requiredAnyOf}; otherwise the error names the missing kinds and the article;</li>
 * <li>{@code explainMissingAv}: where AV is mandatory but could not be made, a written explanation
 * replaces the AV record (fushun-2026 细则 第九条: 因客观条件不适宜进行音像记录的，需书面说明具体原因); it is
 * filed in the case as a text record of the stage; the other required records are still needed;</li>
 * <li>{@code notApplicable}: a special stage (特别程序环节) that did not occur in this case.</li>
 * </ul>
 * Then the stage's new AV records go to dedicated storage (one storage task each) and the loop moves on.
 */
public final class CheckStage extends SxDelegate {

    private final CaseRepository cases;
    private final CaseDocuments documents;
    private final CaseLocator locator;
    private final CaseRecordRules rules;

    public CheckStage(CaseRepository cases, CaseDocuments documents, CaseLocator locator, CaseRecordRules rules) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    protected void execute(StepContext step) {
        String caseId = locator.caseId(step.scope());
        StagePlan plan = rules.plan(step, cases.facts(caseId));
        Stage stage = CaseRecordRules.stage(plan, (String) step.value(SanxiangWorkflowModel.PROP_STAGE_CODE));
        String outcome = (String) step.value(WorkflowVariables.outcome(CaseRecordProcess.STAGE_TASK));
        List<CaseRecord> stageRecords = CaseRecordRules.ofStage(cases.records(caseId), stage.code());
        Set<RecordKind> present = EnumSet.noneOf(RecordKind.class);
        stageRecords.forEach(r -> present.addAll(CaseRecordRules.kindsOf(r)));

        switch (outcome) {
            case CaseRecordProcess.COMPLETE -> requireRecords(stage, present, false);
            case CaseRecordProcess.EXPLAIN_MISSING_AV -> explain(step, caseId, stage, present);
            case CaseRecordProcess.NOT_APPLICABLE -> {
                if (!"special".equals(stage.type())) {
                    throw new IllegalStateException("stage " + stage.code() + " (" + stage.label("zh_CN") + ") is a "
                            + stage.type() + " stage of every case, not a special one: notApplicable does not apply ("
                            + stage.citation() + ")");
                }
            }
            default -> throw new IllegalStateException(SanxiangWorkflowModel.PROP_STAGE_RECORD_OUTCOME.toVariableName()
                    + ": unknown outcome '" + outcome + "'");
        }
        trackAvRecords(step, stageRecords);
        int next = ((Number) step.value(WorkflowVariables.STAGE_INDEX)).intValue() + 1;
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) step.value(WorkflowVariables.STAGES);
        step.set(WorkflowVariables.STAGE_INDEX, next);
        step.set(WorkflowVariables.MORE_STAGES, next < codes.size());
    }

    /** Fails naming the missing kinds; with {@code avExplained}, a missing AV record is excused. */
    static void requireRecords(Stage stage, Set<RecordKind> present, boolean avExplained) {
        Set<RecordKind> required = EnumSet.noneOf(RecordKind.class);
        required.addAll(stage.requiredAll());
        if (stage.avMandatory()) {
            required.add(RecordKind.AV);
        }
        if (avExplained) {
            required.remove(RecordKind.AV);
        }
        Set<RecordKind> missing = EnumSet.copyOf(required);
        missing.removeAll(present);
        Set<RecordKind> anyOf = EnumSet.noneOf(RecordKind.class);
        anyOf.addAll(stage.requiredAnyOf());
        if (avExplained) {
            anyOf.remove(RecordKind.AV);
        }
        boolean anyOfMissing = !stage.requiredAnyOf().isEmpty() && anyOf.stream().noneMatch(present::contains);
        if (missing.isEmpty() && !anyOfMissing) {
            return;
        }
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add(describe(missing));
        }
        if (anyOfMissing) {
            parts.add("one of " + describe(anyOf.isEmpty() ? stage.requiredAnyOf() : anyOf));
        }
        List<Citation> citations = new ArrayList<>(List.of(stage.citation()));
        stage.avMandatoryCitations().stream().filter(c -> !citations.contains(c)).forEach(citations::add);
        throw new StageIncompleteException("stage " + stage.code() + " (" + stage.label("zh_CN") + ") cannot complete: missing "
                + String.join(" and ", parts) + " (" + citations.stream().map(Citation::toString).collect(Collectors.joining("; "))
                + ")");
    }

    private static String describe(Set<RecordKind> kinds) {
        return kinds.stream().map(k -> k.code() + " " + k.label("zh_CN")).collect(Collectors.joining(", "));
    }

    private void explain(StepContext step, String caseId, Stage stage, Set<RecordKind> present) {
        if (!stage.avMandatory()) {
            throw new IllegalStateException("stage " + stage.code() + " (" + stage.label("zh_CN")
                    + "): AV is not mandatory here, so there is no missing AV record to explain");
        }
        if (present.contains(RecordKind.AV)) {
            throw new IllegalStateException("stage " + stage.code() + " has its AV record: complete it instead of explaining");
        }
        String explanation = step.trimmed(SanxiangWorkflowModel.PROP_MISSING_AV_EXPLANATION);
        String citations = stage.avMandatoryCitations().stream().map(Citation::toString).collect(Collectors.joining("; "));
        if (explanation == null) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_MISSING_AV_EXPLANATION.toVariableName() + ": required to complete stage "
                    + stage.code() + " without its mandatory AV record (" + citations + ")");
        }
        requireRecords(stage, present, true);
        String by = step.trimmed(WorkflowVariables.completedBy(CaseRecordProcess.STAGE_TASK));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(SanxiangModel.PROP_STAGE.toPrefixString(), stage.code());
        properties.put(SanxiangModel.PROP_TEXT_RECORD_KIND.toPrefixString(), CaseRecordRules.MISSING_AV_EXPLANATION_KIND);
        properties.put(SanxiangModel.PROP_RECORDED_AT.toPrefixString(), java.util.Date.from(EngineTime.now()));
        if (by != null) {
            properties.put(SanxiangModel.PROP_RECORDED_BY.toPrefixString(), by);
        }
        String text = "未进行音像记录的书面说明 / Why no AV record was made\n"
                + "环节 Stage: " + stage.label("zh_CN") + " / " + stage.label("en") + " (" + stage.code() + ")\n"
                + "依据 Rule: " + citations + "\n"
                + "说明人 By: " + (by == null ? "" : by) + "\n"
                + "时间 At: " + EngineTime.now() + "\n"
                + "原因 Reason:\n" + explanation + "\n";
        documents.write(caseId, new DocumentDraft(SanxiangModel.TYPE_TEXT_RECORD, "音像记录缺失说明-" + stage.code() + ".txt",
                properties, text));
    }

    private static void trackAvRecords(StepContext step, List<CaseRecord> stageRecords) {
        @SuppressWarnings("unchecked")
        List<String> tracked = new ArrayList<>((List<String>) step.value(WorkflowVariables.AV_TRACKED));
        ArrayList<String> fresh = new ArrayList<>();
        for (CaseRecord r : stageRecords) {
            if (r.hasType(SanxiangModel.TYPE_AV_RECORD) && !tracked.contains(r.id()) && r.property(SanxiangModel.PROP_STORED_AT) == null) {
                fresh.add(r.id());
                tracked.add(r.id());
            }
        }
        step.set(WorkflowVariables.AV_TRACKED, new ArrayList<>(tracked));
        step.set(WorkflowVariables.STAGE_AV_RECORDS, fresh);
        step.set(WorkflowVariables.HAS_STAGE_AV_RECORDS, !fresh.isEmpty());
    }

    /** A stage task completed without the records its stage requires. */
    public static final class StageIncompleteException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        StageIncompleteException(String message) {
            super(message);
        }
    }
}
