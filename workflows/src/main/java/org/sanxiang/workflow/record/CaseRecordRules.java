package org.sanxiang.workflow.record;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.sanxiang.model.QName;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.SanxiangWorkflowModel;
import org.sanxiang.rules.catalogue.MatterCatalogue;
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
        return StageCatalogue.of(profile(facts)).stagesFor(category, proc, situations(step));
    }

    /** The start form's "none of them holds" ({@code sxwf:situationOptions}). */
    public static final String NO_SITUATION = "none";

    /**
     * The special situations the start form says hold ({@code sxwf:situations}): the {@code when} codes
     * of the profile's mandatory AV rules, e.g. {@code major-property-or-confiscated-goods} (tianjin-2019
     * 实施方案 三（二）2（1）: 直接涉及重大财产权益、罚没财物处置的 ... 全程录音录像) or {@code seal-or-seize}; a rule
     * whose situation does not hold attaches to its stages without making AV mandatory there. Not stated:
     * null, every situation assumed (the strict reading); {@link #NO_SITUATION} alone: none holds.
     */
    static Set<String> situations(StepContext step) {
        List<String> stated = step.list(SanxiangWorkflowModel.PROP_SITUATIONS);
        if (stated.isEmpty()) {
            return null;
        }
        Set<String> holding = new java.util.LinkedHashSet<>();
        for (String code : stated) {
            String c = code == null ? "" : code.strip();
            if (!SITUATIONS.contains(c)) {
                throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_SITUATIONS.toVariableName() + ": '" + code
                        + "' is not a situation (one of " + SITUATIONS + ")");
            }
            if (!NO_SITUATION.equals(c)) {
                holding.add(c);
            }
        }
        return holding;
    }

    /** The values of sxwf:situationOptions. */
    static final List<String> SITUATIONS = List.of("seal-or-seize", "major-property-or-confiscated-goods", NO_SITUATION);

    /** Who records a case that names no catalogued matter: the enforcement unit. */
    public static final String ENFORCEMENT_GROUP = "GROUP_SX_ENFORCEMENT";

    /**
     * The groups of the case's unit tasks: the responsible departments of its catalogued matter
     * ({@code sx:catalogueMatter}, tianjin-2019 实施方案 附件 行政执法决定事项目录: 劳动监察处/总队, 市社保中心 …),
     * else the enforcement unit. A matter the profile's catalogue does not list, or one of another
     * action category, fails naming the property; so does a case naming none where the catalogue is required.
     */
    public List<String> unitGroups(CaseFolder facts, StagePlan plan) {
        String code = Values.trimmed(facts.property(SanxiangModel.PROP_CATALOGUE_MATTER));
        MatterCatalogue catalogue = MatterCatalogue.of(profile(facts));
        if (code == null) {
            if (catalogue.required()) {
                throw new IllegalArgumentException("case " + facts.caseId() + ": " + SanxiangModel.PROP_CATALOGUE_MATTER.toPrefixString()
                        + " is required: every " + facts.profileId() + " case names its catalogued matter ("
                        + catalogue.citation().map(Object::toString).orElse(facts.profileId()) + ")");
            }
            return List.of(ENFORCEMENT_GROUP);
        }
        if (!catalogue.present()) {
            throw new IllegalArgumentException("case " + facts.caseId() + ": " + SanxiangModel.PROP_CATALOGUE_MATTER.toPrefixString()
                    + " '" + code + "': profile " + facts.profileId() + " has no catalogue of matters");
        }
        try {
            List<String> groups = catalogue.require(code, plan.action()).groups();
            return groups.isEmpty() ? List.of(ENFORCEMENT_GROUP) : groups;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("case " + facts.caseId() + ": " + SanxiangModel.PROP_CATALOGUE_MATTER.toPrefixString()
                    + " " + e.getMessage(), e);
        }
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
