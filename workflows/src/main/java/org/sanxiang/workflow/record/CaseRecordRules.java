package org.sanxiang.workflow.record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.activiti.engine.delegate.VariableScope;
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
import org.sanxiang.workflow.port.CaseFacts;
import org.sanxiang.workflow.port.CaseRecord;

/**
 * What the record delegates ask of the rules for one case: its profile, its stage plan, and what
 * kind of record a repository node is. The rules decide; this only reads the case to ask them.
 */
public final class CaseRecordRules {

    public static final String TEXT_RECORD = SanxiangModel.TYPE_TEXT_RECORD.toPrefixString();
    public static final String AV_RECORD = SanxiangModel.TYPE_AV_RECORD.toPrefixString();
    /** Written documents that are text records of their stage (children of sx:textRecord in the model). */
    static final Set<String> TEXT_TYPES = Set.of(TEXT_RECORD, SanxiangModel.TYPE_DECISION_DOCUMENT.toPrefixString(), SanxiangModel.TYPE_REVIEW_OPINION.toPrefixString(), SanxiangModel.TYPE_TRANSFER_LIST.toPrefixString());
    public static final String STAGE = SanxiangModel.PROP_STAGE.toPrefixString();
    public static final String TEXT_RECORD_KIND = SanxiangModel.PROP_TEXT_RECORD_KIND.toPrefixString();
    public static final String MISSING_AV_EXPLANATION_KIND = "missingAvExplanation";

    private final ProfileRegistry profiles;

    public CaseRecordRules(ProfileRegistry profiles) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    public JurisdictionProfile profile(CaseFacts facts) {
        if (!profiles.contains(facts.profileId())) {
            throw new IllegalArgumentException("case " + facts.caseId() + ": unknown jurisdiction profile '" + facts.profileId() + "'");
        }
        return profiles.get(facts.profileId());
    }

    /** The stage plan for the case: action category and procedure from the start form, else from the case. */
    public StagePlan plan(VariableScope scope, CaseFacts facts) {
        String action = text(scope.getVariable(SanxiangWorkflowModel.PROP_ACTION_CATEGORY.toVariableName()));
        if (action == null) {
            action = text(facts.properties().get(SanxiangModel.PROP_ACTION_CATEGORY.toPrefixString()));
        }
        if (action == null) {
            throw new IllegalArgumentException(SanxiangWorkflowModel.PROP_ACTION_CATEGORY.toVariableName() + ": required (case " + facts.caseId()
                    + " has no " + SanxiangModel.PROP_ACTION_CATEGORY.toPrefixString() + " either)");
        }
        String procedure = text(scope.getVariable(SanxiangWorkflowModel.PROP_PROCEDURE.toVariableName()));
        if (procedure == null) {
            procedure = text(facts.properties().get(SanxiangModel.PROP_PROCEDURE.toPrefixString()));
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
        if (TEXT_TYPES.contains(record.type())) {
            return MISSING_AV_EXPLANATION_KIND.equals(record.properties().get(TEXT_RECORD_KIND))
                    ? EnumSet.noneOf(RecordKind.class) : EnumSet.of(RecordKind.TEXT);
        }
        if (AV_RECORD.equals(record.type())) {
            return "photo".equals(record.properties().get(SanxiangModel.PROP_AV_KIND.toPrefixString())) ? EnumSet.of(RecordKind.PHOTO)
                    : EnumSet.of(RecordKind.AV);
        }
        return EnumSet.noneOf(RecordKind.class);
    }

    /** Records that belong to the stage ({@code sx:stage} is its code). */
    public static List<CaseRecord> ofStage(List<CaseRecord> records, String stageCode) {
        return records.stream().filter(r -> stageCode.equals(r.properties().get(STAGE))).toList();
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().trim();
        return s.isEmpty() ? null : s;
    }

    /** A date property (Date, Instant, LocalDate or ISO text) as a local day, or null. */
    static LocalDate day(Object value, ZoneId zone) {
        if (value == null) {
            return null;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(zone).toLocalDate();
        }
        if (value instanceof Instant i) {
            return i.atZone(zone).toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        String s = value.toString();
        return s.length() > 10 && s.contains("T") ? Instant.parse(s).atZone(zone).toLocalDate() : LocalDate.parse(s);
    }

    /** A multi-valued form field (a list, or comma-separated text). */
    static List<String> list(Object value) {
        if (value == null) {
            return List.of();
        }
        Collection<?> items = value instanceof Collection<?> c ? c : List.of(value.toString().split(","));
        return items.stream().map(Object::toString).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
