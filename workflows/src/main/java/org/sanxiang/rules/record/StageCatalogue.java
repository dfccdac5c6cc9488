package org.sanxiang.rules.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.Procedure;
import org.sanxiang.rules.profile.JurisdictionProfile;

/**
 * The stages of the full-process record per profile and action category, as each seed lists them
 * (Chongqing 全过程记录 第三条, Wuhan 全过程记录 第三条, Ningxia 附件4, Fushun 细则 第一条), each with the
 * records it requires and whether AV is mandatory there (Chongqing 第八条, Fushun 第七–十条, Ningxia
 * 附件4), and the AV rules that stand on their own (Tianjin 三（二）2（1））.
 *
 * <p>An action a seed covers by 参照 (Ningxia 附件3 第二十九条) or 等 (Fushun 细则 第一条) takes the stages
 * of the actions it refers to; the plan says so in {@link StagePlan#basis()}. Where two provisions
 * require different records at one stage, the profile's {@code conflicts} decide which applies.
 *
 * <p>The procedure (general or summary) is carried into the plan: none of the seeds lists
 * different stages for the summary procedure, so it does not change the stages.
 */
public final class StageCatalogue {

    private final String profile;
    private final RecordRules rules;

    private StageCatalogue(String profile, RecordRules rules) {
        this.profile = profile;
        this.rules = rules;
    }

    public static StageCatalogue of(JurisdictionProfile profile) {
        return new StageCatalogue(profile.id(), RecordRules.of(profile));
    }

    /** The stages of an action category under a profile. */
    public static StagePlan stagesFor(JurisdictionProfile profile, ActionCategory action, Procedure procedure) {
        return of(profile).stagesFor(action, procedure);
    }

    /**
     * The stages, every situational AV rule assumed to hold: a mandatory rule with a situation
     * ({@code when}: {@code seal-or-seize}, {@code major-property-or-confiscated-goods}) makes AV mandatory
     * at its stages, the strict reading while the case's situation is not known.
     */
    public StagePlan stagesFor(ActionCategory action, Procedure procedure) {
        return stagesFor(action, procedure, null);
    }

    /**
     * The stages when the case's situations are known ({@code situations}: the {@code when} codes that
     * hold, e.g. {@code major-property-or-confiscated-goods} for tianjin-2019 实施方案 三（二）2（1））: a
     * mandatory rule with another situation attaches to its stages but does not make AV mandatory there.
     * Null assumes every situation.
     */
    public StagePlan stagesFor(ActionCategory action, Procedure procedure, Set<String> situations) {
        for (RecordRules.ProcedureSpec spec : rules.procedures()) {
            if (!spec.actions().contains(action.code())) {
                continue;
            }
            Citation citation = Citation.of(profile, spec.citation());
            String basis = spec.basis() == null ? "listed" : spec.basis();
            if (spec.referTo().isEmpty()) {
                List<AvRequirement> avRules = avRulesFor(action);
                List<Stage> stages = stagesOf(spec, action, citation, avRules, situations);
                return new StagePlan(profile, action, procedure, true, label(spec, true), label(spec, false), stages,
                        avRules, citation, null, basis, spec.note(), List.of());
            }
            List<ActionCategory> referTo = spec.referTo().stream().map(ActionCategory::fromCode).toList();
            Map<String, AvRequirement> avRules = new LinkedHashMap<>();
            avRulesFor(action).forEach(r -> avRules.put(r.code(), r));
            referTo.forEach(target -> avRulesFor(target).forEach(r -> avRules.putIfAbsent(r.code(), r)));
            List<AvRequirement> applying = List.copyOf(avRules.values());
            List<Stage> stages = new ArrayList<>();
            String start = null;
            String startEn = null;
            for (ActionCategory target : referTo) {
                RecordRules.ProcedureSpec listed = listedFor(target);
                stages.addAll(stagesOf(listed, target, Citation.of(profile, listed.citation()), applying, situations));
                if (start == null) {
                    start = label(listed, true);
                    startEn = label(listed, false);
                }
            }
            return new StagePlan(profile, action, procedure, true, start, startEn, stages, applying, citation, null,
                    basis, spec.note(), referTo);
        }
        Citation note = rules.notCovered().stream().filter(n -> n.actions().contains(action.code()))
                .findFirst().map(n -> Citation.of(profile, n.citation())).orElse(null);
        return new StagePlan(profile, action, procedure, false, null, null, List.of(), avRulesFor(action), null, note,
                null, null, List.of());
    }

    /** The AV rules that apply to an action category (rules with no actions apply to all). */
    public List<AvRequirement> avRulesFor(ActionCategory action) {
        return rules.avRules().stream()
                .filter(r -> r.actions().isEmpty() || r.actions().contains(action.code()))
                .map(r -> new AvRequirement(r.code(), r.requirement().equals("mandatory"), r.when(), r.zhCN(), r.en(),
                        r.stages(), Citation.of(profile, r.citation())))
                .toList();
    }

    /** What each AV record must be labelled with (Tianjin 实施方案 三（二）2（2）), where the profile says. */
    public Optional<AvLabelling> avLabelling() {
        RecordRules.AvLabelling labelling = rules.avLabelling();
        return labelling == null ? Optional.empty()
                : Optional.of(new AvLabelling(labelling.fields(), Citation.of(profile, labelling.citation())));
    }

    /** Label fields of an AV record, e.g. {@code case-number}, {@code captured-at}, {@code place}. */
    public record AvLabelling(List<String> fields, Citation citation) {
        public AvLabelling {
            fields = List.copyOf(fields);
        }
    }

    private RecordRules.ProcedureSpec listedFor(ActionCategory action) {
        return rules.procedures().stream()
                .filter(p -> p.referTo().isEmpty() && p.actions().contains(action.code()))
                .findFirst().orElseThrow(() -> new IllegalStateException(profile + ": no stages listed for " + action.code()));
    }

    private List<Stage> stagesOf(RecordRules.ProcedureSpec spec, ActionCategory origin, Citation citation,
            List<AvRequirement> avRules, Set<String> situations) {
        List<Stage> stages = new ArrayList<>();
        spec.general().forEach(s -> stages.add(stage(s, "general", origin, citation, avRules, situations)));
        spec.special().forEach(s -> stages.add(stage(s, "special", origin, citation, avRules, situations)));
        spec.items().forEach(s -> stages.add(stage(s, "item", origin, citation, avRules, situations)));
        return stages;
    }

    private static String label(RecordRules.ProcedureSpec spec, boolean chinese) {
        return spec.start() == null ? null : chinese ? spec.start().zhCN() : spec.start().en();
    }

    private Stage stage(RecordRules.StageSpec spec, String type, ActionCategory origin, Citation procedureCitation,
            List<AvRequirement> avRules, Set<String> holding) {
        Citation citation = spec.citation() == null ? procedureCitation : Citation.of(profile, spec.citation());
        RecordRules.RecordsSpec records = spec.records() != null ? spec.records() : rules.defaultRecords();
        RecordConflict conflict = null;
        for (Map.Entry<String, RecordRules.ConflictSpec> entry : rules.conflicts().entrySet()) {
            RecordRules.ConflictSpec c = entry.getValue();
            if (c.actions().contains(origin.code()) && c.stages().contains(spec.code())) {
                records = c.appliesStricter() ? c.stricter() : c.listed();
                conflict = new RecordConflict(entry.getKey(), c.appliesStricter(), Citation.of(profile, c.listed().citation()),
                        Citation.of(profile, c.stricter().citation()), c.note());
                break;
            }
        }
        Set<RecordKind> all = kinds(records == null ? List.of() : records.allOf());
        Set<RecordKind> anyOf = kinds(records == null ? List.of() : records.anyOf());
        List<AvRequirement> attached = avRules.stream().filter(r -> r.stages().contains(spec.code())).toList();
        boolean mandatory = all.contains(RecordKind.AV) || attached.stream().anyMatch(r -> r.mandatory()
                && (holding == null || "always".equals(r.when()) || holding.contains(r.when())));
        Retention storage = spec.minimumStorage() == null ? null
                : Retention.parse(spec.code(), spec.minimumStorage(), true, citation);
        return new Stage(spec.code(), spec.zhCN(), spec.en(), type, spec.item(), spec.phase(), all, anyOf,
                spec.method(), mandatory, attached, storage, spec.begins(), spec.ends(), citation, conflict);
    }

    private static Set<RecordKind> kinds(List<String> codes) {
        Set<RecordKind> kinds = new LinkedHashSet<>();
        codes.forEach(c -> kinds.add(RecordKind.fromCode(c)));
        return kinds;
    }
}
