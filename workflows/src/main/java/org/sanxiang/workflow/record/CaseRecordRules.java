package org.sanxiang.workflow.record;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.sanxiang.model.QName;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.Procedure;
import org.sanxiang.rules.profile.JurisdictionProfile;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.record.RecordKind;
import org.sanxiang.rules.record.Stage;
import org.sanxiang.rules.record.StageCatalogue;
import org.sanxiang.rules.record.StagePlan;
import org.sanxiang.workflow.StepContext;
import org.sanxiang.workflow.Values;
import org.sanxiang.workflow.port.CaseFolder;
import org.sanxiang.workflow.port.CaseRecord;

/**
 * What the record delegates ask of the rules for one case: its profile, its stage plan, and what
 * kind of record a repository node is. The rules decide; this only reads the case to ask them.
 */
public final class CaseRecordRules {

    /** Written documents that are text records of their stage (children of sx:textRecord in the model). */
    static final Set<QName> TEXT_TYPES = Set.of(SanxiangModel.TYPE_TEXT_RECORD, SanxiangModel.TYPE_DECISION_DOCUMENT,
            SanxiangModel.TYPE_REVIEW_OPINION, SanxiangModel.TYPE_TRANSFER_LIST);
    public static final String MISSING_AV_EXPLANATION_KIND = "missingAvExplanation";

    private final ProfileRegistry profiles;

    public CaseRecordRules(ProfileRegistry profiles) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    public JurisdictionProfile profile(CaseFolder facts) {
        if (!profiles.contains(facts.profileId())) {
            throw new IllegalArgumentException("case " + facts.caseId() + ": unknown jurisdiction profile '" + facts.profileId() + "'");
        }
        return profiles.get(facts.profileId());
    }

    /** The stage plan for the case: action category and procedure from the start form, else from the case. */
    public StagePlan plan(StepContext step, CaseFolder facts) {
        String action = step.trimmed(SanxiangWorkflowModel.PROP_ACTION_CATEGORY);
        if (action == null) {
            action = Values.trimmed(facts.property(SanxiangModel.PROP_ACTION_CATEGORY));
        }
        if (action == null) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_ACTION_CATEGORY.toVariableName() + ": required (case " + facts.caseId()
                    + " has no " + SanxiangModel.PROP_ACTION_CATEGORY.toPrefixString() + " either)");
        }
        String procedure = step.trimmed(SanxiangWorkflowModel.PROP_PROCEDURE);
        if (procedure == null) {
            procedure = Values.trimmed(facts.property(SanxiangModel.PROP_PROCEDURE));
        }
        ActionCategory category;
        try {
            category = ActionCategory.fromCode(action);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_ACTION_CATEGORY.toVariableName() + ": " + e.getMessage(), e);
        }
        Procedure proc = procedure == null ? Procedure.GENERAL : procedure(procedure);
        return StageCatalogue.stagesFor(profile(facts), category, proc);
    }

    private static Procedure procedure(String code) {
        for (Procedure p : Procedure.values()) {
            if (p.code().equals(code)) {
                return p;
            }
        }
        throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_PROCEDURE.toVariableName() + ": '" + code + "' is not general|summary");
    }

    /** The stage with this code in the plan; fails naming the code. */
    public static Stage stage(StagePlan plan, String code) {
        return plan.stage(code).orElseThrow(() -> new IllegalStateException("stage '" + code + "' is not in the "
                + plan.profile() + " plan for " + plan.action().code()));
    }

    /** The kinds of record a node counts as; empty for paperwork that is no stage record. */
    public static Set<RecordKind> kindsOf(CaseRecord record) {
        if (TEXT_TYPES.stream().anyMatch(record::hasType)) {
            return MISSING_AV_EXPLANATION_KIND.equals(record.property(SanxiangModel.PROP_TEXT_RECORD_KIND))
                    ? EnumSet.noneOf(RecordKind.class) : EnumSet.of(RecordKind.TEXT);
        }
        if (record.hasType(SanxiangModel.TYPE_AV_RECORD)) {
            return "photo".equals(record.properties().get(SanxiangModel.PROP_AV_KIND.toPrefixString())) ? EnumSet.of(RecordKind.PHOTO)
                    : EnumSet.of(RecordKind.AV);
        }
        return EnumSet.noneOf(RecordKind.class);
    }

    /** Records that belong to the stage ({@code sx:stage} is its code). */
    public static List<CaseRecord> ofStage(List<CaseRecord> records, String stageCode) {
        return records.stream().filter(r -> stageCode.equals(r.property(SanxiangModel.PROP_STAGE))).toList();
    }



}
