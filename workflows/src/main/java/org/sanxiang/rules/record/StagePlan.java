package org.sanxiang.rules.record;

import java.util.List;
import java.util.Optional;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.Procedure;

/**
 * The stages of one action category under one profile, and the AV rules that apply to it.
 *
 * @param covered   false when the profile's document lists no stages for the action category
 * @param start     what starts the full process (e.g. 获取违法线索), when the document says; {@code startEn} in English
 * @param avRules   every AV rule applying to the action, including those that name no stage
 * @param note      why nothing is listed, when the document says (e.g. Ningxia 附件3 第二十九条)
 * @param basis     how the stages rest on the document: {@code listed}, {@code by-reference} (参照),
 *                  {@code open-list} (等) or {@code reading} (no stages listed; flagged); null when not covered
 * @param basisNote the document's words for a basis other than {@code listed}
 * @param referTo   the action categories whose stages a 参照 / 等 procedure takes
 */
public record StagePlan(
        String profile,
        ActionCategory action,
        Procedure procedure,
        boolean covered,
        String start,
        String startEn,
        List<Stage> stages,
        List<AvRequirement> avRules,
        Citation citation,
        Citation note,
        String basis,
        String basisNote,
        List<ActionCategory> referTo) {

    public StagePlan {
        stages = List.copyOf(stages);
        avRules = List.copyOf(avRules);
        referTo = referTo == null ? List.of() : List.copyOf(referTo);
    }

    public List<Stage> general() {
        return stages.stream().filter(s -> s.type().equals("general")).toList();
    }

    public List<Stage> special() {
        return stages.stream().filter(s -> s.type().equals("special")).toList();
    }

    public Optional<Stage> stage(String code) {
        return stages.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
