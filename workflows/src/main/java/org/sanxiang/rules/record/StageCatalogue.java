package org.sanxiang.rules.record;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
 * 附件4), and the AV rules that stand on their own (Tianjin 三（二）2（1）).
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

    public StagePlan stagesFor(ActionCategory action, Procedure procedure) {
        List<AvRequirement> avRules = avRulesFor(action);
        for (RecordRules.ProcedureSpec spec : rules.procedures()) {
            if (!spec.actions().contains(action.code())) {
                continue;
            }
            Citation citation = Citation.of(profile, spec.citation());
            List<Stage> stages = new ArrayList<>();
            spec.general().forEach(s -> stages.add(stage(s, "general", citation, avRules)));
            spec.special().forEach(s -> stages.add(stage(s, "special", citation, avRules)));
            spec.items().forEach(s -> stages.add(stage(s, "item", citation, avRules)));
            String start = spec.start() == null ? null : spec.start().zhCN();
            String startEn = spec.start() == null ? null : spec.start().en();
            return new StagePlan(profile, action, procedure, true, start, startEn, stages, avRules, citation, null);
        }
        Citation note = rules.notCovered().stream().filter(n -> n.actions().contains(action.code()))
                .findFirst().map(n -> Citation.of(profile, n.citation())).orElse(null);
        return new StagePlan(profile, action, procedure, false, null, null, List.of(), avRules, null, note);
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

    private Stage stage(RecordRules.StageSpec spec, String type, Citation procedureCitation,
            List<AvRequirement> avRules) {
        Citation citation = spec.citation() == null ? procedureCitation : Citation.of(profile, spec.citation());
        RecordRules.RecordsSpec records = spec.records() != null ? spec.records() : rules.defaultRecords();
        Set<RecordKind> all = kinds(records == null ? List.of() : records.allOf());
        Set<RecordKind> anyOf = kinds(records == null ? List.of() : records.anyOf());
        List<AvRequirement> attached = avRules.stream().filter(r -> r.stages().contains(spec.code())).toList();
        boolean mandatory = all.contains(RecordKind.AV)
                || attached.stream().anyMatch(AvRequirement::mandatory);
        Retention storage = spec.minimumStorage() == null ? null
                : Retention.parse(spec.code(), spec.minimumStorage(), true, citation);
        return new Stage(spec.code(), spec.zhCN(), spec.en(), type, spec.item(), spec.phase(), all, anyOf,
                spec.method(), mandatory, attached, storage, spec.begins(), spec.ends(), citation);
    }

    private static Set<RecordKind> kinds(List<String> codes) {
        Set<RecordKind> kinds = new LinkedHashSet<>();
        codes.forEach(c -> kinds.add(RecordKind.fromCode(c)));
        return kinds;
    }
}
